/**
 * The catalogue keeps the folded search text of every profile in memory to confirm words of three
 * or more characters exactly, and the names and summaries it shows in results. As JavaScript
 * strings, Japanese text costs two bytes a character and lives on the garbage-collected heap; this
 * code stores it in plain byte arrays instead, one byte for the ~160 most frequent characters and
 * two to four for the rest (about 1.15 bytes a character on the bench data).
 *
 * The code is self-synchronising: single bytes, lead bytes and trail bytes come from disjoint
 * ranges, so a match of an encoded word can only start where a character starts, and a plain byte
 * search finds exactly the matches of the original text.
 */

/** Separates the parts of one text (name | body); no character encodes to it. */
export const PART_SEPARATOR = 0;

const SINGLE_FIRST = 0x01;
const SINGLE_COUNT = 0xa0 - SINGLE_FIRST; // 0x01–0x9f
const LEAD2_FIRST = 0xa0;
const LEAD2_COUNT = 0xbe - LEAD2_FIRST; // 0xa0–0xbd, then one trail byte
const LEAD3 = 0xbe; // then two trail bytes
const LEAD4 = 0xbf; // then three trail bytes
const TRAIL_FIRST = 0xc0;
const TRAIL_COUNT = 0x40; // 0xc0–0xff

const TWO_BYTE_CODES = LEAD2_COUNT * TRAIL_COUNT;
const THREE_BYTE_CODES = TRAIL_COUNT * TRAIL_COUNT;
const FOUR_BYTE_CODES = TRAIL_COUNT * TRAIL_COUNT * TRAIL_COUNT;
const MAX_CODES = SINGLE_COUNT + TWO_BYTE_CODES + THREE_BYTE_CODES + FOUR_BYTE_CODES;

/** Character ids below this have their bigrams looked up in a flat table instead of a Map. */
export const TABLE_IDS = 1024;

/**
 * Character ↔ id ↔ bytes. Ids are dense and handed out in order of first sight; `prime` gives
 * the most frequent characters of a sample the one-byte codes first.
 */
export class SearchTextCodec {
  private readonly idByChar = new Map<number, number>();
  private readonly bytesById: number[][] = [];
  /** UTF-16 code units of each id's character (two for one outside the BMP), for decoding. */
  private readonly unitsById: number[][] = [];
  private scratch = Buffer.allocUnsafe(4096);
  private units = new Uint16Array(4096);

  /** Hands out codes to the characters of `sample`, most frequent first. */
  prime(sample: readonly string[]): void {
    const frequency = new Map<number, number>();
    for (const text of sample) {
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        frequency.set(cp, (frequency.get(cp) ?? 0) + 1);
      }
    }
    for (const [cp] of [...frequency].sort((a, b) => b[1] - a[1] || a[0] - b[0])) this.idOf(cp, true);
  }

  /** The id of a code point; with `assign`, a new one if it has none (else -1). */
  private idOf(codePoint: number, assign: boolean): number {
    const known = this.idByChar.get(codePoint);
    if (known !== undefined) return known;
    if (!assign) return -1;
    const id = this.bytesById.length;
    if (id >= MAX_CODES) throw new Error('search text codec: too many distinct characters');
    this.idByChar.set(codePoint, id);
    this.bytesById.push(bytesOfId(id));
    const char = String.fromCodePoint(codePoint);
    this.unitsById.push(char.length === 1 ? [char.charCodeAt(0)] : [char.charCodeAt(0), char.charCodeAt(1)]);
    return id;
  }

  /**
   * Writes the parts, PART_SEPARATOR between them, to `target` from `offset` (growing it through
   * `grow` when needed); returns the bytes written and, per part, where it ends.
   */
  encodeInto(parts: readonly string[], target: ByteArena): { start: number; length: number; partEnds: number[] } {
    let bound = parts.length;
    for (const part of parts) bound += part.length * 4;
    const out = target.room(bound);
    const start = target.used;
    let n = start;
    const partEnds: number[] = [];
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) out[n++] = PART_SEPARATOR;
      const text = parts[p];
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
          cp = text.codePointAt(i)!;
          i += 1;
        }
        const bytes = this.bytesById[this.idOf(cp, true)];
        for (let k = 0; k < bytes.length; k++) out[n++] = bytes[k];
      }
      partEnds.push(n - start);
    }
    target.used = n;
    return { start, length: n - start, partEnds };
  }

  /** The encoded form of a folded word, or null when some character has never been seen (nothing can contain it). */
  encodeWord(word: string): Buffer | null {
    if (this.scratch.length < word.length * 4) this.scratch = Buffer.allocUnsafe(word.length * 4);
    let n = 0;
    for (let i = 0; i < word.length; i++) {
      let cp = word.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < word.length) {
        cp = word.codePointAt(i)!;
        i += 1;
      }
      const id = this.idOf(cp, false);
      if (id < 0) return null;
      for (const byte of this.bytesById[id]) this.scratch[n++] = byte;
    }
    return Buffer.from(this.scratch.subarray(0, n));
  }

  /** The text of `bytes[start, end)`, split at PART_SEPARATOR. */
  decode(bytes: Uint8Array, start: number, end: number): string[] {
    // At most two code units per byte; the code units are gathered in one array and cut into
    // strings per part (a page of results decodes 20 names and summaries per request).
    if (this.units.length < (end - start) * 2) this.units = new Uint16Array((end - start) * 2);
    const units = this.units;
    const unitsById = this.unitsById;
    const parts: string[] = [];
    let n = 0;
    let partStart = 0;
    forEachCharId(bytes, start, end, (id) => {
      if (id < 0) {
        parts.push(stringOf(units, partStart, n));
        partStart = n;
      } else {
        const char = unitsById[id];
        units[n++] = char[0];
        if (char.length === 2) units[n++] = char[1];
      }
    });
    parts.push(stringOf(units, partStart, n));
    return parts;
  }
}

/** The string of code units `units[start, end)`, in chunks small enough for an argument list. */
function stringOf(units: Uint16Array, start: number, end: number): string {
  const CHUNK = 8192;
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  let text = '';
  for (let i = start; i < end; i += CHUNK) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  return text;
}

/** Growable bytes addressed by offset; texts are appended, and replaced ones counted as dead until compaction. */
export class ByteArena {
  bytes: Buffer = Buffer.alloc(0);
  used = 0;
  dead = 0;

  constructor(initial = 0) {
    this.bytes = Buffer.allocUnsafeSlow(initial);
  }

  /** The buffer, with at least `bytes` free after `used`. */
  room(bytes: number): Buffer {
    if (this.used + bytes > this.bytes.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(this.used + bytes, Math.ceil(this.bytes.length * 1.25)) + 4096);
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    return this.bytes;
  }
}

/** Calls `visit` with the id of every character in `bytes[start, end)`, and -1 for each PART_SEPARATOR. */
export function forEachCharId(bytes: Uint8Array, start: number, end: number, visit: (id: number) => void): void {
  for (let i = start; i < end; ) {
    const b = bytes[i];
    if (b === PART_SEPARATOR) {
      visit(-1);
      i += 1;
    } else if (b < LEAD2_FIRST) {
      visit(b - SINGLE_FIRST);
      i += 1;
    } else if (b < LEAD3) {
      visit(SINGLE_COUNT + (b - LEAD2_FIRST) * TRAIL_COUNT + (bytes[i + 1] - TRAIL_FIRST));
      i += 2;
    } else if (b === LEAD3) {
      visit(SINGLE_COUNT + TWO_BYTE_CODES + (bytes[i + 1] - TRAIL_FIRST) * TRAIL_COUNT + (bytes[i + 2] - TRAIL_FIRST));
      i += 3;
    } else {
      visit(
        SINGLE_COUNT +
          TWO_BYTE_CODES +
          THREE_BYTE_CODES +
          ((bytes[i + 1] - TRAIL_FIRST) * TRAIL_COUNT + (bytes[i + 2] - TRAIL_FIRST)) * TRAIL_COUNT +
          (bytes[i + 3] - TRAIL_FIRST),
      );
      i += 4;
    }
  }
}

/**
 * Calls `visit` with every bigram (two neighbouring characters, no PART_SEPARATOR between them) of
 * `bytes[start, end)` as a pair of character ids, repeats included.
 */
export function forEachBigram(bytes: Uint8Array, start: number, end: number, visit: (first: number, second: number) => void): void {
  let previous = -1;
  forEachCharId(bytes, start, end, (id) => {
    if (id >= 0 && previous >= 0) visit(previous, id);
    previous = id;
  });
}

function bytesOfId(id: number): number[] {
  if (id < SINGLE_COUNT) return [SINGLE_FIRST + id];
  let rest = id - SINGLE_COUNT;
  if (rest < TWO_BYTE_CODES) return [LEAD2_FIRST + Math.floor(rest / TRAIL_COUNT), TRAIL_FIRST + (rest % TRAIL_COUNT)];
  rest -= TWO_BYTE_CODES;
  if (rest < THREE_BYTE_CODES) return [LEAD3, TRAIL_FIRST + Math.floor(rest / TRAIL_COUNT), TRAIL_FIRST + (rest % TRAIL_COUNT)];
  rest -= THREE_BYTE_CODES;
  return [
    LEAD4,
    TRAIL_FIRST + Math.floor(rest / (TRAIL_COUNT * TRAIL_COUNT)),
    TRAIL_FIRST + (Math.floor(rest / TRAIL_COUNT) % TRAIL_COUNT),
    TRAIL_FIRST + (rest % TRAIL_COUNT),
  ];
}
