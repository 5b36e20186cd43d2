import { TextFile } from './text-file';

/** Texts of varied length, some long enough that a joined read must stop at them. */
function textsOf(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`${i}:`.padEnd(5 + ((i * 7919) % 3000), String.fromCharCode(97 + (i % 26)))));
}

function roundTrip(file: TextFile): void {
  const texts = textsOf(1500);
  const offsets = texts.map((text) => file.append(text, 0, text.length));
  expect(file.size).toBe(texts.reduce((sum, t) => sum + t.length, 0));
  // Every third text, and then all of them: sparse and neighbouring reads.
  for (const picked of [texts.map((_, i) => i).filter((i) => i % 3 === 0), texts.map((_, i) => i)]) {
    const seen: number[] = [];
    file.read(
      picked,
      (i) => offsets[i],
      (i) => texts[i].length,
      (i, bytes, start, end) => {
        expect(Buffer.compare(bytes.subarray(start, end), texts[i])).toBe(0);
        seen.push(i);
      },
    );
    expect(seen).toEqual(picked);
  }
  expect(Buffer.compare(file.readOne(offsets[700], texts[700].length).subarray(0, texts[700].length), texts[700])).toBe(0);
  file.close();
}

describe('catalogue text file', () => {
  it('gives back every text as written, read one by one or joined with its neighbours', () => {
    const file = new TextFile();
    expect(file.inFile).toBe(true);
    roundTrip(file);
  });

  it('keeps the texts in memory where no temporary file can be made', () => {
    // Not even root can make a directory in /proc.
    const file = new TextFile('/proc/no-such-directory');
    expect(file.inFile).toBe(false);
    roundTrip(file);
  });
});
