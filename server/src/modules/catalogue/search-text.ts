/**
 * The catalogue keeps every profile's folded search text in memory to confirm words of three or
 * more characters exactly. As JavaScript strings, Japanese text costs two bytes a character; this
 * code stores it in one-byte strings instead, one byte for the ~160 most frequent characters and
 * two to four for the rest (about 1.15 bytes a character on the bench data).
 *
 * The code is self-synchronising: single bytes, lead bytes and trail bytes come from disjoint
 * ranges, so a match of an encoded word can only start where a character starts, and plain
 * `indexOf` on the encoded strings finds exactly the matches of the original text.
 */

/** Separates the name part from the body part; no character encodes to it. */
export const PART_SEPARATOR = '\u0000';

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

/** Character ids below this are "small": bigram keys of two small ids stay small integers. */
const SMALL_ID = 1 << 15;

/**
 * Character ↔ id ↔ bytes. Ids are dense and handed out in order of first sight; `prime` gives
 * the most frequent characters of a sample the one-byte codes first.
 */
export class SearchTextCodec {
  private readonly idByChar = new Map<number, number>();
  private readonly bytesById: string[] = [];
  private buffer = Buffer.allocUnsafe(4096);

  /** Number of characters with a code so far. */
  get size(): number {
    return this.bytesById.length;
  }

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
  idOf(codePoint: number, assign: boolean): number {
    const known = this.idByChar.get(codePoint);
    if (known !== undefined) return known;
    if (!assign) return -1;
    const id = this.bytesById.length;
    if (id >= MAX_CODES) throw new Error('search text codec: too many distinct characters');
    this.idByChar.set(codePoint, id);
    this.bytesById.push(bytesOfId(id));
    return id;
  }

  /**
   * The encoded form of folded text, as a one-byte string; with `assign` false, null when some
   * character has never been seen (then nothing can contain the text).
   */
  encode(text: string, assign: boolean): string | null {
    return this.encodeParts([text], assign);
  }

  /** Several texts encoded into one flat string, PART_SEPARATOR between them. */
  encodeParts(parts: readonly string[], assign: boolean): string | null {
    let length = parts.length;
    for (const part of parts) length += part.length * 4;
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(length + 64);
    const out = this.buffer;
    let n = 0;
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) out[n++] = 0;
      const text = parts[p];
      for (let i = 0; i < text.length; i++) {
        let cp = text.charCodeAt(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
          cp = text.codePointAt(i)!;
          i += 1;
        }
        const id = this.idOf(cp, assign);
        if (id < 0) return null;
        const bytes = this.bytesById[id];
        for (let k = 0; k < bytes.length; k++) out[n++] = bytes.charCodeAt(k);
      }
    }
    return out.toString('latin1', 0, n);
  }
}

/** A bigram as one number: a small integer when both ids are small (the usual case), else a larger exact one. */
function bigramKey(first: number, second: number): number {
  return first < SMALL_ID && second < SMALL_ID ? first * SMALL_ID + second : 2 ** 40 + first * 2 ** 20 + second;
}

function bytesOfId(id: number): string {
  if (id < SINGLE_COUNT) return String.fromCharCode(SINGLE_FIRST + id);
  let rest = id - SINGLE_COUNT;
  if (rest < TWO_BYTE_CODES) {
    return String.fromCharCode(LEAD2_FIRST + Math.floor(rest / TRAIL_COUNT), TRAIL_FIRST + (rest % TRAIL_COUNT));
  }
  rest -= TWO_BYTE_CODES;
  if (rest < THREE_BYTE_CODES) {
    return String.fromCharCode(LEAD3, TRAIL_FIRST + Math.floor(rest / TRAIL_COUNT), TRAIL_FIRST + (rest % TRAIL_COUNT));
  }
  rest -= THREE_BYTE_CODES;
  return String.fromCharCode(
    LEAD4,
    TRAIL_FIRST + Math.floor(rest / (TRAIL_COUNT * TRAIL_COUNT)),
    TRAIL_FIRST + (Math.floor(rest / TRAIL_COUNT) % TRAIL_COUNT),
    TRAIL_FIRST + (rest % TRAIL_COUNT),
  );
}

/**
 * Calls `visit` with the key of every bigram (two neighbouring characters) of an encoded text,
 * repeats included; no bigram spans PART_SEPARATOR.
 */
export function forEachEncodedBigram(encoded: string, visit: (key: number) => void): void {
  let previous = -1;
  for (let i = 0; i < encoded.length; ) {
    const b = encoded.charCodeAt(i);
    let id: number;
    if (b === 0) {
      previous = -1;
      i += 1;
      continue;
    } else if (b < LEAD2_FIRST) {
      id = b - SINGLE_FIRST;
      i += 1;
    } else if (b < LEAD3) {
      id = SINGLE_COUNT + (b - LEAD2_FIRST) * TRAIL_COUNT + (encoded.charCodeAt(i + 1) - TRAIL_FIRST);
      i += 2;
    } else if (b === LEAD3) {
      id = SINGLE_COUNT + TWO_BYTE_CODES + (encoded.charCodeAt(i + 1) - TRAIL_FIRST) * TRAIL_COUNT + (encoded.charCodeAt(i + 2) - TRAIL_FIRST);
      i += 3;
    } else {
      id =
        SINGLE_COUNT +
        TWO_BYTE_CODES +
        THREE_BYTE_CODES +
        ((encoded.charCodeAt(i + 1) - TRAIL_FIRST) * TRAIL_COUNT + (encoded.charCodeAt(i + 2) - TRAIL_FIRST)) * TRAIL_COUNT +
        (encoded.charCodeAt(i + 3) - TRAIL_FIRST);
      i += 4;
    }
    if (previous >= 0) visit(bigramKey(previous, id));
    previous = id;
  }
}
