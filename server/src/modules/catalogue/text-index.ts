import { add, andInto, emptySet, forEachSlot, fromSlots, grown, has, lowerBound, remove, type Bitset } from './bitset';
import { ByteArena, SearchTextCodec, TABLE_IDS, forEachBigram } from './search-text';
import { TextFile } from './text-file';

/** The slots holding a bigram: a sorted list (exactly as long as needed) while rare, a bitset once a list would be larger. */
interface Posting {
  size: number;
  slots: Int32Array | null;
  bits: Bitset | null;
  /** The slot last counted or added (a text's repeats of the bigram count once). */
  last: number;
}

/** Where a folded word occurs: anywhere, in the name part (name and kana), or at the very start of the name. */
export interface TermHits {
  all: Bitset;
  name: Bitset;
  prefix: Bitset;
}

const EMPTY_SLOTS = new Int32Array(0);

/** Words whose hits are kept (and kept current) between searches. */
const TERM_CACHE_SIZE = 128;
/** Replaced texts are reclaimed once they are this share of the arena. */
const COMPACT_DEAD_SHARE = 0.3;

/**
 * Japanese-aware text search over the catalogue. A bigram index gives the candidates of a word
 * (exact for two-character words such as 防災, which pg_trgm cannot index); longer words are
 * confirmed on the encoded text, and a word's hits are remembered and updated with each change,
 * so a repeated word costs a few set operations. Names (and kana) live in a byte arena outside the
 * JavaScript heap, where every search for a word can check them; the longer bodies (summary and
 * description) in a temporary file, read only to confirm a word not yet cached and to update the
 * postings when a profile changes.
 */
export class TextIndex {
  private readonly codec = new SearchTextCodec();
  private names = new ByteArena();
  private bodies = new TextFile();
  /** Per slot: where its name starts in the arena (-1: no text) and its length; where its body starts in the file and its length. */
  private nameStart = new Int32Array(0);
  private nameLength = new Int32Array(0);
  private bodyAt = new Float64Array(0);
  private bodyLength = new Int32Array(0);
  /** A body being encoded, before it is written. */
  private readonly encoding = new ByteArena(4096);
  private readonly postings: Posting[] = [];
  /** Posting index of a bigram of two frequent characters: a flat table (most bigrams), else a Map. */
  private readonly table = new Int32Array(TABLE_IDS * TABLE_IDS).fill(-1);
  private readonly rare = new Map<number, number>();
  private words = 0;
  private readonly termCache = new Map<string, TermHits>();
  /** While loading everything: texts are stored, postings built once at the end (no growing lists). */
  private bulk = false;

  /** Gives the most frequent characters of `sample` (folded texts) the shortest codes; `expectedNameBytes` sizes the names' arena. */
  prime(sample: readonly string[], expectedNameBytes: number): void {
    this.codec.prime(sample);
    this.names = new ByteArena(expectedNameBytes);
  }

  /** Makes room for `capacity` slots (`words` bitset words). */
  resize(capacity: number, words: number): void {
    const widen = <A extends Int32Array | Float64Array>(from: A, to: A, fill: number): A => {
      to.fill(fill);
      to.set(from.subarray(0, Math.min(capacity, from.length)));
      return to;
    };
    this.nameStart = widen(this.nameStart, new Int32Array(capacity), -1);
    this.nameLength = widen(this.nameLength, new Int32Array(capacity), 0);
    this.bodyAt = widen(this.bodyAt, new Float64Array(capacity), 0);
    this.bodyLength = widen(this.bodyLength, new Int32Array(capacity), 0);
    if (words !== this.words) {
      for (const posting of this.postings) if (posting.bits) posting.bits = grown(posting.bits, words);
      for (const hits of this.termCache.values()) {
        hits.all = grown(hits.all, words);
        hits.name = grown(hits.name, words);
        hits.prefix = grown(hits.prefix, words);
      }
      this.words = words;
    }
  }

  /** Bytes the names take in memory (with replaced ones not yet reclaimed). */
  get bytes(): number {
    return this.names.used;
  }

  /** Bytes the bodies take in their file. */
  get fileBytes(): number {
    return this.bodies.size;
  }

  /** Stores texts without indexing them until `endBulk` (a full load). */
  beginBulk(): void {
    this.bulk = true;
  }

  /**
   * Builds every posting at its final size from the stored texts: one pass counts each bigram's
   * slots, the next fills lists or bitsets allocated once.
   */
  endBulk(): void {
    this.bulk = false;
    const slots = this.slotsByBody();
    const eachSlotBigram = (visit: (posting: Posting, slot: number) => void) => {
      this.readBodies(slots, (slot, body, start, end) => {
        this.forEachTextBigram(slot, body, start, end, (first, second) => {
          const posting = this.postings[this.postingIndex(first, second, true)];
          if (posting.last === slot) return;
          posting.last = slot;
          visit(posting, slot);
        });
      });
    };
    eachSlotBigram((posting) => {
      posting.size += 1;
    });
    for (const posting of this.postings) {
      if (posting.size > this.words) posting.bits = emptySet(this.words);
      else posting.slots = new Int32Array(posting.size);
      posting.last = -1;
      posting.size = 0;
    }
    eachSlotBigram((posting, slot) => {
      if (posting.bits) add(posting.bits, slot);
      else posting.slots![posting.size] = slot;
      posting.size += 1;
    });
  }

  /** Indexes the folded name part (name and kana) and body part (summary and description) of a slot, replacing what it held. */
  set(slot: number, foldedName: string, foldedBody: string): void {
    this.clear(slot);
    const name = this.codec.encodeInto([foldedName], this.names);
    this.nameStart[slot] = name.start;
    this.nameLength[slot] = name.length;
    this.encoding.used = 0;
    const body = this.codec.encodeInto([foldedBody], this.encoding);
    const bodyEnd = body.start + body.length;
    this.bodyAt[slot] = this.bodies.append(this.encoding.bytes, body.start, bodyEnd);
    this.bodyLength[slot] = body.length;
    if (this.bulk) return;
    this.forEachTextBigram(slot, this.encoding.bytes, body.start, bodyEnd, (first, second) => {
      const posting = this.postings[this.postingIndex(first, second, true)];
      if (posting.last === slot) return;
      posting.last = slot;
      this.addToPosting(posting, slot);
    });
    for (const [key, hits] of this.termCache) {
      const needle = Buffer.from(key, 'latin1');
      if (!this.recordNameHit(hits, needle, slot, false) && this.encoding.bytes.subarray(body.start, bodyEnd).indexOf(needle) >= 0) add(hits.all, slot);
    }
  }

  /** Forgets a slot's text. */
  clear(slot: number): void {
    if (this.nameStart[slot] < 0) return;
    const seen = new Set<number>();
    const body = this.bodies.readOne(this.bodyAt[slot], this.bodyLength[slot]);
    this.forEachTextBigram(slot, body, 0, this.bodyLength[slot], (first, second) => {
      const index = this.postingIndex(first, second, false);
      if (index < 0 || seen.has(index)) return;
      seen.add(index);
      this.removeFromPosting(this.postings[index], slot);
    });
    this.names.dead += this.nameLength[slot];
    this.bodies.dead += this.bodyLength[slot];
    this.nameStart[slot] = -1;
    for (const hits of this.termCache.values()) {
      remove(hits.all, slot);
      remove(hits.name, slot);
      remove(hits.prefix, slot);
    }
  }

  /** Rewrites the names' arena and the bodies' file without the replaced texts once they take too much of either (after a batch of changes). */
  compactIfWasteful(): void {
    if (this.names.dead > 0 && this.names.dead >= this.names.used * COMPACT_DEAD_SHARE) {
      const next = new ByteArena(Math.ceil((this.names.used - this.names.dead) * 1.1));
      for (let slot = 0; slot < this.nameStart.length; slot++) {
        const start = this.nameStart[slot];
        if (start < 0) continue;
        const target = next.room(this.nameLength[slot]);
        this.names.bytes.copy(target, next.used, start, start + this.nameLength[slot]);
        this.nameStart[slot] = next.used;
        next.used += this.nameLength[slot];
      }
      this.names = next;
    }
    // Never for a file with nothing replaced: an empty one would be made anew after every change.
    if (this.bodies.dead > 0 && this.bodies.dead >= this.bodies.size * COMPACT_DEAD_SHARE) {
      const next = new TextFile();
      this.readBodies(this.slotsByBody(), (slot, bytes, start, end) => {
        this.bodyAt[slot] = next.append(bytes, start, end);
      });
      this.bodies.close();
      this.bodies = next;
    }
  }

  /** Slots holding a text, in the order of their bodies in the file. */
  private slotsByBody(): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.nameStart.length; slot++) if (this.nameStart[slot] >= 0) slots.push(slot);
    return slots.sort((a, b) => this.bodyAt[a] - this.bodyAt[b]);
  }

  /** Reads the bodies of `slots` (in file order), joining neighbouring reads. */
  private readBodies(slots: readonly number[], visit: (slot: number, bytes: Buffer, start: number, end: number) => void): void {
    this.bodies.read(
      slots,
      (slot) => this.bodyAt[slot],
      (slot) => this.bodyLength[slot],
      visit,
    );
  }

  /** Every bigram of a slot's name (in the arena) and of its body (`body[start, end)`), repeats included. */
  private forEachTextBigram(slot: number, body: Uint8Array, start: number, end: number, visit: (first: number, second: number) => void): void {
    const nameStart = this.nameStart[slot];
    forEachBigram(this.names.bytes, nameStart, nameStart + this.nameLength[slot], visit);
    forEachBigram(body, start, end, visit);
  }

  /** The hits of one folded word among the `live` slots; remembered until pushed out by other words. */
  hits(term: string, live: Bitset): TermHits {
    const needle = this.codec.encodeWord(term);
    // A character no text has ever held: nothing matches (not remembered, as a later text may bring it).
    if (needle === null) return { all: emptySet(this.words), name: emptySet(this.words), prefix: emptySet(this.words) };
    const key = needle.toString('latin1');
    const cached = this.termCache.get(key);
    if (cached) {
      // Most recently used last, so the first key is the one to drop.
      this.termCache.delete(key);
      this.termCache.set(key, cached);
      return cached;
    }
    // Sets are made only for a word not yet cached: three of them are 80 KB at 200,000 supporters.
    const hits: TermHits = { all: emptySet(this.words), name: emptySet(this.words), prefix: emptySet(this.words) };
    this.findHits(needle, live, hits);
    this.termCache.set(key, hits);
    if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value as string);
    return hits;
  }

  private findHits(needle: Buffer, live: Bitset, hits: TermHits): void {
    const postings: Posting[] = [];
    let missing = false;
    forEachBigram(needle, 0, needle.length, (first, second) => {
      const index = this.postingIndex(first, second, false);
      if (index < 0) missing = true;
      else postings.push(this.postings[index]);
    });
    if (missing) return;
    let candidates: Bitset;
    if (postings.length === 0) {
      candidates = live.slice();
    } else {
      postings.sort((a, b) => a.size - b.size);
      candidates = this.postingSet(postings[0]);
      for (let i = 1; i < postings.length; i++) {
        const posting = postings[i];
        andInto(candidates, posting.bits ?? fromSlots(this.words, posting.slots!));
      }
    }
    // One bigram is the whole word: its posting is exact. Longer words are confirmed on the text,
    // the name first (in memory), then the bodies of the rest (read from the file together).
    const exact = postings.length === 1;
    if (exact) hits.all = candidates;
    const inBody: number[] = [];
    forEachSlot(candidates, (slot) => {
      if (!this.recordNameHit(hits, needle, slot, exact) && !exact && this.nameStart[slot] >= 0) inBody.push(slot);
    });
    inBody.sort((a, b) => this.bodyAt[a] - this.bodyAt[b]);
    this.readBodies(inBody, (slot, bytes, start, end) => {
      if (bytes.subarray(start, end).indexOf(needle) >= 0) add(hits.all, slot);
    });
  }

  /**
   * Adds the slot to the hits of an encoded word (all, name, and prefix when the name starts with
   * it) if its name contains it; false if the name does not (the body may still).
   */
  private recordNameHit(hits: TermHits, needle: Buffer, slot: number, knownToContain: boolean): boolean {
    const start = this.nameStart[slot];
    if (start < 0) return false;
    const at = this.names.bytes.subarray(start, start + this.nameLength[slot]).indexOf(needle);
    if (at < 0) return false;
    if (!knownToContain) add(hits.all, slot);
    add(hits.name, slot);
    if (at === 0) add(hits.prefix, slot);
    return true;
  }

  /** The posting of a bigram; with `create`, a new empty one if it has none (else -1). */
  private postingIndex(first: number, second: number, create: boolean): number {
    const inTable = first < TABLE_IDS && second < TABLE_IDS;
    const cell = first * TABLE_IDS + second;
    const key = first * 2 ** 21 + second;
    let index = inTable ? this.table[cell] : (this.rare.get(key) ?? -1);
    if (index < 0 && create) {
      index = this.postings.length;
      this.postings.push({ size: 0, slots: EMPTY_SLOTS, bits: null, last: -1 });
      if (inTable) this.table[cell] = index;
      else this.rare.set(key, index);
    }
    return index;
  }

  private postingSet(posting: Posting): Bitset {
    return posting.bits ? posting.bits.slice() : fromSlots(this.words, posting.slots!);
  }

  private addToPosting(posting: Posting, slot: number): void {
    if (posting.bits) {
      if (!has(posting.bits, slot)) posting.size += 1;
      add(posting.bits, slot);
      return;
    }
    const slots = posting.slots!;
    const at = lowerBound(slots, slot);
    if (slots[at] === slot) return;
    posting.size += 1;
    // A sorted list of 4-byte slots outgrows a bitset of `words` 4-byte words past `words` entries.
    if (posting.size > this.words) {
      posting.bits = fromSlots(this.words, slots);
      add(posting.bits, slot);
      posting.slots = null;
      return;
    }
    // Changes are rare next to searches: a list is replaced, never grown in place.
    const next = new Int32Array(slots.length + 1);
    next.set(slots.subarray(0, at));
    next[at] = slot;
    next.set(slots.subarray(at), at + 1);
    posting.slots = next;
  }

  private removeFromPosting(posting: Posting, slot: number): void {
    if (posting.bits) {
      if (!has(posting.bits, slot)) return;
      remove(posting.bits, slot);
    } else {
      const slots = posting.slots!;
      const at = lowerBound(slots, slot);
      if (slots[at] !== slot) return;
      const next = new Int32Array(slots.length - 1);
      next.set(slots.subarray(0, at));
      next.set(slots.subarray(at + 1), at);
      posting.slots = next;
    }
    posting.size -= 1;
    if (posting.last === slot) posting.last = -1;
  }
}
