/**
 * Fixed-size sets of catalogue slots, 32 per word. Filters, tiers, facets and text postings are
 * combined word by word, so a search over 20,000 supporters touches 625 words per set instead
 * of 20,000 rows. Int32 words keep every value a small integer for the JIT (no doubles).
 */
export type Bitset = Int32Array;

/** Words needed for `slots` slots. */
export function wordsFor(slots: number): number {
  return (slots + 31) >>> 5;
}

export function emptySet(words: number): Bitset {
  return new Int32Array(words);
}

export function has(set: Bitset, slot: number): boolean {
  return (set[slot >>> 5] & (1 << (slot & 31))) !== 0;
}

export function add(set: Bitset, slot: number): void {
  set[slot >>> 5] |= 1 << (slot & 31);
}

export function remove(set: Bitset, slot: number): void {
  set[slot >>> 5] &= ~(1 << (slot & 31));
}

/** A copy with room for `words` words (larger or equal). */
export function grown(set: Bitset, words: number): Bitset {
  const next = new Int32Array(words);
  next.set(set.subarray(0, Math.min(set.length, words)));
  return next;
}

/** `target` ∩= `other` in place; returns target. */
export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i] &= other[i];
  return target;
}

/** `target` ∪= `other` in place; returns target. */
export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i] |= other[i];
  return target;
}

/** `target` −= `other` in place; returns target. */
export function andNotInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i] &= ~other[i];
  return target;
}

/** a ∩ b, into `out` (a new set if not given). */
export function and(a: Bitset, b: Bitset, out: Bitset = new Int32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

/** a − b, into `out` (a new set if not given). */
export function andNot(a: Bitset, b: Bitset, out: Bitset = new Int32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] & ~b[i];
  return out;
}

/** a ∪ b, into `out` (a new set if not given). */
export function or(a: Bitset, b: Bitset, out: Bitset = new Int32Array(a.length)): Bitset {
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

/** Whether the set is empty. */
export function isEmpty(set: Bitset): boolean {
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) return false;
  return true;
}

/**
 * Sets for one synchronous computation, reused by the next: a search needs a dozen temporary
 * sets, and allocating them fresh each time costs more than the set operations themselves.
 */
export class ScratchSets {
  private pool: Bitset[] = [];
  private used = 0;
  private words = -1;

  /** Starts a computation over sets of `words` words; every set handed out before is free again. */
  reset(words: number): void {
    if (words !== this.words) {
      this.pool = [];
      this.words = words;
    }
    this.used = 0;
  }

  /** An empty set, valid until the next reset. */
  empty(): Bitset {
    const set = this.next();
    set.fill(0);
    return set;
  }

  /** A copy of `source`, valid until the next reset. */
  copy(source: Bitset): Bitset {
    const set = this.next();
    set.set(source);
    return set;
  }

  private next(): Bitset {
    let set = this.pool[this.used];
    if (!set) {
      set = new Int32Array(this.words);
      this.pool.push(set);
    }
    this.used += 1;
    return set;
  }
}

/** Set bits of every 16-bit value: two lookups count a word, faster than bit arithmetic here (the facets count 17 sets a search). */
const BITS_OF_16 = new Uint8Array(1 << 16);
for (let i = 1; i < BITS_OF_16.length; i++) BITS_OF_16[i] = (i & 1) + BITS_OF_16[i >>> 1];

/** Number of slots in the set. */
export function count(set: Bitset): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) {
    const v = set[i];
    if (v !== 0) n += BITS_OF_16[v & 0xffff] + BITS_OF_16[v >>> 16];
  }
  return n;
}

/** |a ∩ b| without building the intersection. */
export function countAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] & b[i];
    if (v !== 0) n += BITS_OF_16[v & 0xffff] + BITS_OF_16[v >>> 16];
  }
  return n;
}

/** Whether a ∩ b is empty. */
export function disjoint(a: Bitset, b: Bitset): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] & b[i]) !== 0) return false;
  return true;
}

/** Calls `visit` for every slot in ascending order. */
export function forEachSlot(set: Bitset, visit: (slot: number) => void): void {
  for (let i = 0; i < set.length; i++) {
    let v = set[i];
    while (v !== 0) {
      const low = v & -v;
      visit((i << 5) + 31 - Math.clz32(low));
      v ^= low;
    }
  }
}

/** The slots of the set in ascending order. */
export function slotsOf(set: Bitset): Int32Array {
  const out = new Int32Array(count(set));
  let k = 0;
  forEachSlot(set, (slot) => {
    out[k++] = slot;
  });
  return out;
}

/** A set holding the given slots. */
export function fromSlots(words: number, slots: ArrayLike<number>): Bitset {
  const set = new Int32Array(words);
  for (let i = 0; i < slots.length; i++) add(set, slots[i]);
  return set;
}

/** The first index whose value is ≥ `value` in an ascending list of slots. */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds a slot to an ascending list (once); appending is the common case while loading. */
export function insertSorted(values: number[], value: number): void {
  if (values.length === 0 || values[values.length - 1] < value) {
    values.push(value);
    return;
  }
  const at = lowerBound(values, value);
  if (values[at] !== value) values.splice(at, 0, value);
}

/** Removes a slot from an ascending list; false if it was not there. */
export function removeSorted(values: number[], value: number): boolean {
  const at = lowerBound(values, value);
  if (values[at] !== value) return false;
  values.splice(at, 1);
  return true;
}
