import { add, andInto, emptySet, forEachSlot, fromSlots, grown, has, lowerBound, remove, type Bitset } from './bitset';
import { ByteArena, SearchTextCodec, TABLE_IDS, forEachBigram } from './search-text';

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
 * so a repeated word costs a few set operations. The texts live in one byte arena outside the
 * JavaScript heap.
 */
export class TextIndex {
  private readonly codec = new SearchTextCodec();
  private arena = new ByteArena();
  /** Per slot: where its text starts in the arena (-1: none), its length, and where its name part ends. */
  private start = new Int32Array(0);
  private length = new Int32Array(0);
  private nameEnd = new Int32Array(0);
  private readonly postings: Posting[] = [];
  /** Posting index of a bigram of two frequent characters: a flat table (most bigrams), else a Map. */
  private readonly table = new Int32Array(TABLE_IDS * TABLE_IDS).fill(-1);
  private readonly rare = new Map<number, number>();
  private words = 0;
  private readonly termCache = new Map<string, TermHits>();
  /** While loading everything: texts are stored, postings built once at the end (no growing lists). */
  private bulk = false;

  /** Gives the most frequent characters of `sample` (folded texts) the shortest codes. */
  prime(sample: readonly string[], expectedBytes: number): void {
    this.codec.prime(sample);
    this.arena = new ByteArena(expectedBytes);
  }

  /** Makes room for `capacity` slots (`words` bitset words). */
  resize(capacity: number, words: number): void {
    const widen = (from: Int32Array, fill: number) => {
      const to = new Int32Array(capacity).fill(fill);
      to.set(from.subarray(0, Math.min(capacity, from.length)));
      return to;
    };
    this.start = widen(this.start, -1);
    this.length = widen(this.length, 0);
    this.nameEnd = widen(this.nameEnd, 0);
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

  /** Bytes the texts take (with replaced ones not yet reclaimed). */
  get bytes(): number {
    return this.arena.used;
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
    const eachSlotBigram = (visit: (posting: Posting, slot: number) => void) => {
      for (let slot = 0; slot < this.start.length; slot++) {
        const start = this.start[slot];
        if (start < 0) continue;
        forEachBigram(this.arena.bytes, start, start + this.length[slot], (first, second) => {
          const posting = this.postings[this.postingIndex(first, second, true)];
          if (posting.last === slot) return;
          posting.last = slot;
          visit(posting, slot);
        });
      }
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
    const { start, length, partEnds } = this.codec.encodeInto([foldedName, foldedBody], this.arena);
    this.start[slot] = start;
    this.length[slot] = length;
    this.nameEnd[slot] = partEnds[0];
    if (this.bulk) return;
    forEachBigram(this.arena.bytes, start, start + length, (first, second) => {
      const posting = this.postings[this.postingIndex(first, second, true)];
      if (posting.last === slot) return;
      posting.last = slot;
      this.addToPosting(posting, slot);
    });
    for (const [key, hits] of this.termCache) this.recordHit(hits, Buffer.from(key, 'latin1'), slot);
  }

  /** Forgets a slot's text. */
  clear(slot: number): void {
    const start = this.start[slot];
    if (start < 0) return;
    const seen = new Set<number>();
    forEachBigram(this.arena.bytes, start, start + this.length[slot], (first, second) => {
      const index = this.postingIndex(first, second, false);
      if (index < 0 || seen.has(index)) return;
      seen.add(index);
      this.removeFromPosting(this.postings[index], slot);
    });
    this.arena.dead += this.length[slot];
    this.start[slot] = -1;
    for (const hits of this.termCache.values()) {
      remove(hits.all, slot);
      remove(hits.name, slot);
      remove(hits.prefix, slot);
    }
  }

  /** Rewrites the arena without the replaced texts once they take too much of it (after a batch of changes). */
  compactIfWasteful(): void {
    if (this.arena.dead < this.arena.used * COMPACT_DEAD_SHARE) return;
    const next = new ByteArena(Math.ceil((this.arena.used - this.arena.dead) * 1.1));
    for (let slot = 0; slot < this.start.length; slot++) {
      const start = this.start[slot];
      if (start < 0) continue;
      const target = next.room(this.length[slot]);
      this.arena.bytes.copy(target, next.used, start, start + this.length[slot]);
      this.start[slot] = next.used;
      next.used += this.length[slot];
    }
    this.arena = next;
  }

  /** The hits of one folded word among the `live` slots; remembered until pushed out by other words. */
  hits(term: string, live: Bitset): TermHits {
    const needle = this.codec.encodeWord(term);
    const hits: TermHits = { all: emptySet(this.words), name: emptySet(this.words), prefix: emptySet(this.words) };
    // A character no text has ever held: nothing matches (not remembered, as a later text may bring it).
    if (needle === null) return hits;
    const key = needle.toString('latin1');
    const cached = this.termCache.get(key);
    if (cached) {
      // Most recently used last, so the first key is the one to drop.
      this.termCache.delete(key);
      this.termCache.set(key, cached);
      return cached;
    }
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
    // One bigram is the whole word: its posting is exact. Longer words are confirmed on the text.
    const exact = postings.length === 1;
    if (exact) hits.all = candidates;
    forEachSlot(candidates, (slot) => this.recordHit(hits, needle, slot, exact));
  }

  /** Adds the slot to the hits of an encoded word if its current text contains it. */
  private recordHit(hits: TermHits, needle: Buffer, slot: number, knownToContain = false): void {
    const start = this.start[slot];
    if (start < 0) return;
    const at = this.arena.bytes.subarray(start, start + this.length[slot]).indexOf(needle);
    if (at < 0) return;
    if (!knownToContain) add(hits.all, slot);
    if (at < this.nameEnd[slot]) add(hits.name, slot);
    if (at === 0) add(hits.prefix, slot);
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
