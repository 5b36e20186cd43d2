import { add, andInto, emptySet, forEachSlot, fromSlots, grown, has, insertSorted, remove, removeSorted, type Bitset } from './bitset';
import { PART_SEPARATOR, SearchTextCodec, forEachEncodedBigram } from './search-text';

/** The slots holding a bigram: a sorted list while rare, a bitset once a list would be larger. */
interface Posting {
  size: number;
  slots: number[] | null;
  bits: Bitset | null;
  /** The slot last added (a text's repeats of the bigram are added once). */
  last: number;
}

/** Where a folded word occurs: anywhere, in the name part (name and kana), or at the very start of the name. */
export interface TermHits {
  all: Bitset;
  name: Bitset;
  prefix: Bitset;
}

/** Words whose hits are kept (and kept current) between searches. */
const TERM_CACHE_SIZE = 128;

/**
 * Japanese-aware text search over the catalogue. A bigram index gives the candidates of a word
 * (exact for two-character words such as 防災, which pg_trgm cannot index); longer words are
 * confirmed on the encoded text, and a word's hits are remembered and updated with each change,
 * so a repeated word costs a few set operations.
 */
export class TextIndex {
  private readonly codec = new SearchTextCodec();
  private readonly postings = new Map<number, Posting>();
  private texts: (string | undefined)[] = [];
  private nameEnd = new Int32Array(0);
  private words = 0;
  private readonly termCache = new Map<string, TermHits>();

  /** Gives the most frequent characters of `sample` (folded texts) the shortest codes. */
  prime(sample: readonly string[]): void {
    this.codec.prime(sample);
  }

  /** Makes room for `capacity` slots (`words` bitset words). */
  resize(capacity: number, words: number): void {
    const nameEnd = new Int32Array(capacity);
    nameEnd.set(this.nameEnd.subarray(0, Math.min(capacity, this.nameEnd.length)));
    this.nameEnd = nameEnd;
    if (words !== this.words) {
      for (const posting of this.postings.values()) if (posting.bits) posting.bits = grown(posting.bits, words);
      for (const hits of this.termCache.values()) {
        hits.all = grown(hits.all, words);
        hits.name = grown(hits.name, words);
        hits.prefix = grown(hits.prefix, words);
      }
      this.words = words;
    }
  }

  /** Indexes the folded name part (name and kana) and body part (summary and description) of a slot, replacing what it held. */
  set(slot: number, foldedName: string, foldedBody: string): void {
    this.clear(slot);
    const encoded = this.codec.encodeParts([foldedName, foldedBody], true)!;
    this.texts[slot] = encoded;
    this.nameEnd[slot] = encoded.indexOf(PART_SEPARATOR);
    forEachEncodedBigram(encoded, (key) => {
      let posting = this.postings.get(key);
      if (!posting) {
        posting = { size: 0, slots: [], bits: null, last: -1 };
        this.postings.set(key, posting);
      }
      if (posting.last === slot) return;
      posting.last = slot;
      this.addToPosting(posting, slot);
    });
    for (const [term, hits] of this.termCache) this.recordHit(hits, term, slot);
  }

  /** Forgets a slot's text. */
  clear(slot: number): void {
    const encoded = this.texts[slot];
    if (encoded === undefined) return;
    const seen = new Set<number>();
    forEachEncodedBigram(encoded, (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      const posting = this.postings.get(key);
      if (posting) this.removeFromPosting(key, posting, slot);
    });
    this.texts[slot] = undefined;
    for (const hits of this.termCache.values()) {
      remove(hits.all, slot);
      remove(hits.name, slot);
      remove(hits.prefix, slot);
    }
  }

  /** The hits of one folded word among the `live` slots; remembered until pushed out by other words. */
  hits(term: string, live: Bitset): TermHits {
    const encoded = this.codec.encode(term, false);
    const hits: TermHits = { all: emptySet(this.words), name: emptySet(this.words), prefix: emptySet(this.words) };
    // A character no text has ever held: nothing matches (not remembered, as a later text may bring it).
    if (encoded === null) return hits;
    const cached = this.termCache.get(encoded);
    if (cached) {
      // Most recently used last, so the first key is the one to drop.
      this.termCache.delete(encoded);
      this.termCache.set(encoded, cached);
      return cached;
    }
    this.findHits(encoded, live, hits);
    this.termCache.set(encoded, hits);
    if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value as string);
    return hits;
  }

  private findHits(encoded: string, live: Bitset, hits: TermHits): void {
    const keys: number[] = [];
    forEachEncodedBigram(encoded, (key) => keys.push(key));
    let candidates: Bitset;
    if (keys.length === 0) {
      candidates = live.slice();
    } else {
      const postings: Posting[] = [];
      for (const key of keys) {
        const posting = this.postings.get(key);
        if (!posting) return;
        postings.push(posting);
      }
      postings.sort((a, b) => a.size - b.size);
      candidates = this.postingSet(postings[0]);
      for (let i = 1; i < postings.length; i++) {
        const posting = postings[i];
        if (posting.bits) andInto(candidates, posting.bits);
        else andInto(candidates, fromSlots(this.words, posting.slots!));
      }
    }
    // One bigram is the whole word: its posting is exact. Longer words are confirmed on the text.
    const exact = keys.length === 1;
    if (exact) hits.all = candidates;
    forEachSlot(candidates, (slot) => this.recordHit(hits, encoded, slot, exact));
  }

  /** Adds the slot to the hits of an encoded word if its current text contains it. */
  private recordHit(hits: TermHits, encoded: string, slot: number, knownToContain = false): void {
    const text = this.texts[slot];
    if (text === undefined) return;
    const at = text.indexOf(encoded);
    if (at < 0) return;
    if (!knownToContain) add(hits.all, slot);
    if (at < this.nameEnd[slot]) add(hits.name, slot);
    if (at === 0) add(hits.prefix, slot);
  }

  private postingSet(posting: Posting): Bitset {
    return posting.bits ? posting.bits.slice() : fromSlots(this.words, posting.slots!);
  }

  private addToPosting(posting: Posting, slot: number): void {
    posting.size += 1;
    if (posting.bits) {
      add(posting.bits, slot);
      return;
    }
    const slots = posting.slots!;
    insertSorted(slots, slot);
    // A sorted list of 4-byte slots outgrows a bitset of `words` 4-byte words past `words` entries.
    if (slots.length > this.words) {
      posting.bits = fromSlots(this.words, slots);
      posting.slots = null;
    }
  }

  private removeFromPosting(key: number, posting: Posting, slot: number): void {
    if (posting.bits) {
      if (!has(posting.bits, slot)) return;
      remove(posting.bits, slot);
    } else if (!removeSorted(posting.slots!, slot)) {
      return;
    }
    posting.size -= 1;
    if (posting.last === slot) posting.last = -1;
    if (posting.size === 0) this.postings.delete(key);
  }
}
