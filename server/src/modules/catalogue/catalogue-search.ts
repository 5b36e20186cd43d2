import { LOCALITY_TIERS, SupporterSort, VerificationStatus, type LocalityPlace, type LocalityTier, type SupportType } from '@tsunagu/shared';
import type { SupporterSearchQuery } from '../supporter/supporter-search';
import {
  ScratchSets,
  and,
  andInto,
  andNot,
  count,
  countAnd,
  forEachSlot,
  has,
  isEmpty,
  or,
  orInto,
  type Bitset,
} from './bitset';
import { AVAILABILITIES, SUPPORT_TYPES, VERIFICATION_STATUSES, type CatalogueDisplay, type CatalogueEntry, type CatalogueStore } from './catalogue-store';
import { localitySets, type LocalitySets } from './locality-sets';
import type { TermHits } from './text-index';

// Relevance points per search word: a hit in the name or kana outweighs one in the text.
export const SCORE_NAME_HIT = 10;
export const SCORE_NAME_PREFIX = 5;
export const SCORE_BODY_ONLY_HIT = 2;

/** A SupporterSearchQuery with instants as epoch milliseconds and the cursor decoded. */
export type CatalogueSearchQuery = Omit<SupporterSearchQuery, 'hiddenBefore' | 'staleBefore' | 'after'> & {
  /** Confirmed at or before this instant (ms): left out until reconfirmed. */
  hiddenBefore: number;
  /** Confirmed at or before this instant (ms): stale, ranked after the fresh ones of a tier. */
  staleBefore: number;
  after: SearchPosition | null;
};

/**
 * Where a result stands in its order: the group key (numbers compared in ascending order; for
 * relevance: tier, then fresh before stale, then score, as [tier, −fresh, −score]), then the
 * newest confirmation first, then the larger id. A cursor carries it, so paging is exact.
 */
export interface SearchPosition {
  group: number[];
  confirmedAt: number;
  id: string;
}

export interface CatalogueSearchHit {
  entry: CatalogueEntry;
  display: CatalogueDisplay;
  /** How near it is to the chosen area; null without one. */
  locality: LocalityTier | null;
  position: SearchPosition;
}

export interface CatalogueSearchFacets {
  /** Every support type, in the survey order, with its count in the result. */
  supportTypes: { value: SupportType; count: number }[];
  /** Per prefecture, those of the result without the area criterion that serve it (whole or part). */
  prefectures: { code: string; count: number }[];
  /** With an area: the result per locality tier (tiers with none left out). */
  localities: { tier: LocalityTier; count: number }[];
  /** With an area: those in the result that reach it only by working remotely. */
  remoteOnly: number;
}

export interface CatalogueSearchResult {
  hits: CatalogueSearchHit[];
  hasNextPage: boolean;
  totalCount: number;
  facets: CatalogueSearchFacets;
}

/** A run of results sharing a group key, as a set (ordered by freshness) or as slots already in order. */
interface Group {
  key: number[];
  bits: Bitset | null;
  slots: number[] | null;
}

/** Facet counts of every listed supporter: a filtered set nearly as large is counted by what it leaves out. */
interface ListedCounts {
  size: number;
  types: number[];
  prefectures: number[];
}

/** The listed supporters matching a query: the filtered set, and the tiers when an area is chosen. */
interface Matched {
  /** Every listed supporter (not hidden), with its facet counts. */
  listed: Bitset;
  listedCounts: ListedCounts;
  /** Everything but the area criterion (the prefecture facet counts this). */
  withoutArea: Bitset;
  result: Bitset;
  locality: LocalitySets | null;
}

/** Places whose tier sets are kept per store revision. */
const LOCALITY_CACHE_PLACES = 32;

/** Above this many words, scores are worked out supporter by supporter instead of as sets (3^words combinations). */
const MAX_WORDS_SCORED_AS_SETS = 3;

/**
 * Search over the in-memory catalogue: every criterion is a set operation, facets are counts of
 * intersections, and a page takes the first results of each group in freshness order, so no
 * search sorts more than the few results it returns. Temporary sets come from one scratch pool,
 * reused by the next search.
 */
export class CatalogueSearch {
  private readonly scratch = new ScratchSets();
  /** Sets of slots confirmed at or before a cut-off, per store and revision (they only change with the store or the clock). */
  private readonly suffixCache = new WeakMap<CatalogueStore, Map<string, Bitset>>();
  private readonly listedCountsCache = new WeakMap<CatalogueStore, { key: string; counts: ListedCounts }>();
  /** Tier sets per place, for the store revision they were made from: the same areas are searched again and again. */
  private readonly localityCache = new WeakMap<CatalogueStore, { revision: number; byPlace: Map<string, LocalitySets> }>();

  search(store: CatalogueStore, query: CatalogueSearchQuery): CatalogueSearchResult {
    this.scratch.reset(store.words);
    const matched = this.match(store, query);
    const hits = this.page(store, query, matched);
    const hasNextPage = hits.length > query.limit;
    if (hasNextPage) hits.length = query.limit;
    const totalCount = count(matched.result);
    return { hits, hasNextPage, totalCount, facets: this.facets(store, query, matched, totalCount) };
  }

  private match(store: CatalogueStore, query: CatalogueSearchQuery): Matched {
    const scratch = this.scratch;
    const listed = andNot(store.live, this.confirmedBy(store, query.hiddenBefore), scratch.empty());
    const listedCounts = this.listedCounts(store, listed);
    const set = scratch.copy(listed);
    if (query.supportTypes.length > 0) {
      const types = query.supportTypes.map((type) => store.byType[SUPPORT_TYPES.indexOf(type)]);
      if (query.matchAllTypes) for (const bits of types) andInto(set, bits);
      else andInto(set, types.reduce((union, bits) => orInto(union, bits), scratch.empty()));
    }
    if (query.availability.length > 0) {
      const union = scratch.empty();
      for (const value of query.availability) orInto(union, store.byAvailability[AVAILABILITIES.indexOf(value)]);
      andInto(set, union);
    }
    if (query.verifiedOnly) andInto(set, store.byVerification[VERIFICATION_STATUSES.indexOf(VerificationStatus.VERIFIED)]);
    if (query.verificationStatus.length > 0) {
      const union = scratch.empty();
      for (const value of query.verificationStatus) orInto(union, store.byVerification[VERIFICATION_STATUSES.indexOf(value)]);
      andInto(set, union);
    }
    for (const term of query.terms) andInto(set, store.text.hits(term, store.live).all);
    if (!query.place) return { listed, listedCounts, withoutArea: set, result: set, locality: null };
    const locality = this.localityOf(store, query.place);
    const reach = query.includeRemote ? or(locality.serving, store.remote, scratch.empty()) : locality.serving;
    return { listed, listedCounts, withoutArea: set, result: and(set, reach, scratch.empty()), locality };
  }

  /** The tier sets of a place (read only: they are shared by the searches of this revision). */
  private localityOf(store: CatalogueStore, place: LocalityPlace): LocalitySets {
    let cache = this.localityCache.get(store);
    if (!cache || cache.revision !== store.revision) {
      cache = { revision: store.revision, byPlace: new Map() };
      this.localityCache.set(store, cache);
    }
    const key = `${place.prefectureCode}:${place.municipalityCodes ? [...place.municipalityCodes].sort().join(',') : ''}`;
    let sets = cache.byPlace.get(key);
    if (!sets) {
      // Oldest first out; seven sets a place (175 KB at 200,000 supporters).
      if (cache.byPlace.size >= LOCALITY_CACHE_PLACES) cache.byPlace.delete(cache.byPlace.keys().next().value!);
      sets = localitySets(store, place);
      cache.byPlace.set(key, sets);
    }
    return sets;
  }

  /** Type and prefecture counts of all listed supporters, kept while the store and the hidden cut-off stay the same. */
  private listedCounts(store: CatalogueStore, listed: Bitset): ListedCounts {
    const size = count(listed);
    const key = `${store.revision}:${size}:${store.order.length}`;
    const cached = this.listedCountsCache.get(store);
    if (cached && cached.key === key) return cached.counts;
    const counts: ListedCounts = { size, types: new Array<number>(SUPPORT_TYPES.length).fill(0), prefectures: new Array<number>(48).fill(0) };
    forEachSlot(listed, (slot) => {
      addTypes(store, slot, counts.types, 1);
      for (const n of store.prefectureNumbers(slot)) counts.prefectures[n] += 1;
    });
    this.listedCountsCache.set(store, { key, counts });
    return counts;
  }

  private facets(store: CatalogueStore, query: CatalogueSearchQuery, matched: Matched, totalCount: number): CatalogueSearchFacets {
    const { result, locality } = matched;
    const localities: CatalogueSearchFacets['localities'] = [];
    let remoteOnly = 0;
    if (locality) {
      for (const tier of LOCALITY_TIERS) {
        const n = countAnd(result, locality.tiers[tier]);
        if (n > 0) localities.push({ tier, count: n });
      }
      remoteOnly = totalCount - countAnd(result, locality.serving);
    }
    const types = this.typeCounts(store, matched, result, totalCount);
    return {
      supportTypes: SUPPORT_TYPES.map((value, i) => ({ value, count: types[i] })),
      // Counting 47 prefectures over up to every supporter is the costliest facet: only when asked for.
      prefectures: query.prefectureFacet ? prefectureCounts(store, matched.withoutArea, matched.listed, matched.listedCounts) : [],
      localities: query.place ? localities : [],
      remoteOnly,
    };
  }

  /** Type counts of the result: one by one when it is small, as the listed counts minus what it leaves out when it is nearly everything, else by intersecting with each type's set. */
  private typeCounts(store: CatalogueStore, matched: Matched, set: Bitset, size: number): number[] {
    const few = set.length;
    const { listedCounts } = matched;
    if (size < few) {
      const types = new Array<number>(SUPPORT_TYPES.length).fill(0);
      forEachSlot(set, (slot) => addTypes(store, slot, types, 1));
      return types;
    }
    if (listedCounts.size - size < few) {
      const types = [...listedCounts.types];
      forEachSlot(andNot(matched.listed, set, this.scratch.empty()), (slot) => addTypes(store, slot, types, -1));
      return types;
    }
    return SUPPORT_TYPES.map((_, i) => countAnd(set, store.byType[i]));
  }

  /** The page (and one more, to know whether there is a next page) after the cursor. */
  private page(store: CatalogueStore, query: CatalogueSearchQuery, matched: Matched): CatalogueSearchHit[] {
    const need = query.limit + 1;
    const slots: number[] = [];
    const keys: number[][] = [];
    if (query.sort === SupporterSort.FREE_CAPACITY) {
      this.takeByFreeCapacity(store, query, matched, need, slots, keys);
    } else {
      const groups: Iterable<Group> =
        query.sort === SupporterSort.CONFIRMED ? [{ key: [], bits: matched.result, slots: null }] : this.relevanceGroups(store, query, matched);
      // Groups are made as they are needed: a full page usually comes from the first one or two.
      for (const group of groups) {
        let start = 0;
        if (query.after) {
          const order = compareKeys(group.key, query.after.group);
          if (order < 0) continue;
          if (order === 0) start = store.positionAfter(query.after.confirmedAt, query.after.id);
        }
        const before = slots.length;
        this.takeInOrder(store, group, start, need - slots.length, slots);
        for (let i = before; i < slots.length; i++) keys.push(group.key);
        if (slots.length >= need) break;
      }
    }
    return slots.map((slot, i) => {
      const entry = store.entry(slot)!;
      return {
        entry,
        display: store.display(slot),
        locality: matched.locality ? tierOf(matched.locality, slot) : null,
        position: { group: keys[i], confirmedAt: store.confirmedAt[slot], id: entry.id },
      };
    });
  }

  /** Groups of the relevance order, nearest tier first; with words, fresh before stale, then by score, each as a group key. */
  private *relevanceGroups(store: CatalogueStore, query: CatalogueSearchQuery, matched: Matched): Generator<Group> {
    const scratch = this.scratch;
    const tiers: [number, Bitset | null][] = matched.locality ? LOCALITY_TIERS.map((tier, index) => [index, matched.locality!.tiers[tier]]) : [[0, null]];
    const hits = query.terms.map((term) => store.text.hits(term, store.live));
    const stale = hits.length > 0 ? this.confirmedBy(store, query.staleBefore) : null;
    for (const [index, tierBits] of tiers) {
      const bits = tierBits ? and(matched.result, tierBits, scratch.empty()) : matched.result;
      if (isEmpty(bits)) continue;
      if (!stale) {
        // Without words, fresh before stale is already the freshness order.
        yield { key: [index], bits, slots: null };
        continue;
      }
      for (const fresh of [1, 0]) {
        const group = fresh ? andNot(bits, stale, scratch.empty()) : and(bits, stale, scratch.empty());
        if (!isEmpty(group)) yield* this.scoreGroups(store, group, [index, -fresh], hits);
      }
    }
  }

  /**
   * A group split by text score, best first. Anyone with a word in the name scores above everyone
   * without, so only they need scoring: as sets per combination of hit kinds when there are few
   * words, else one by one.
   */
  private *scoreGroups(store: CatalogueStore, group: Bitset, key: number[], hits: TermHits[]): Generator<Group> {
    const scratch = this.scratch;
    const inName = scratch.empty();
    for (const h of hits) orInto(inName, h.name);
    andInto(inName, group);
    const plain = SCORE_BODY_ONLY_HIT * hits.length;
    if (!isEmpty(inName)) {
      if (hits.length <= MAX_WORDS_SCORED_AS_SETS) {
        const byScore = new Map<number, Bitset>();
        // Each word's hit kinds within the named part: at the start of the name, elsewhere in it, only in the body.
        const kinds = hits.map((h) => [
          { points: SCORE_NAME_HIT + SCORE_NAME_PREFIX, bits: and(inName, h.prefix, scratch.empty()) },
          { points: SCORE_NAME_HIT, bits: andNot(and(inName, h.name, scratch.empty()), h.prefix, scratch.empty()) },
          { points: SCORE_BODY_ONLY_HIT, bits: andNot(inName, h.name, scratch.empty()) },
        ]);
        const combine = (word: number, bits: Bitset, points: number) => {
          if (word === kinds.length) {
            const sum = byScore.get(points);
            if (sum) orInto(sum, bits);
            else byScore.set(points, bits);
            return;
          }
          for (const kind of kinds[word]) {
            const next = and(bits, kind.bits, scratch.empty());
            if (!isEmpty(next)) combine(word + 1, next, points + kind.points);
          }
        };
        combine(0, inName, 0);
        for (const score of [...byScore.keys()].sort((a, b) => b - a)) yield { key: [...key, -score], bits: byScore.get(score)!, slots: null };
      } else {
        const byScore = new Map<number, number[]>();
        forEachSlot(inName, (slot) => {
          let score = 0;
          for (const h of hits) score += (has(h.name, slot) ? SCORE_NAME_HIT : SCORE_BODY_ONLY_HIT) + (has(h.prefix, slot) ? SCORE_NAME_PREFIX : 0);
          const list = byScore.get(score);
          if (list) list.push(slot);
          else byScore.set(score, [slot]);
        });
        for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
          const list = byScore.get(score)!.sort((a, b) => store.positionOf[a] - store.positionOf[b]);
          yield { key: [...key, -score], bits: null, slots: list };
        }
      }
    }
    const rest = andNot(group, inName, scratch.empty());
    if (!isEmpty(rest)) yield { key: [...key, -plain], bits: rest, slots: null };
  }
  /** Appends up to `need` slots of the group from freshness position `start` on, in order. */
  private takeInOrder(store: CatalogueStore, group: Group, start: number, need: number, out: number[]): void {
    if (group.slots) {
      for (const slot of group.slots) {
        if (need === 0) return;
        if (store.positionOf[slot] >= start) {
          out.push(slot);
          need -= 1;
        }
      }
      return;
    }
    const bits = group.bits!;
    const size = count(bits);
    if (size === 0) return;
    const order = store.order;
    // Walking the freshness order meets `need` members after about need × order / size steps;
    // collecting the members reads every word and then ranks them. The cheaper one is taken.
    if (need * order.length <= size * (bits.length + size)) {
      for (let p = start; p < order.length && need > 0; p++) {
        const slot = order[p];
        if ((bits[slot >>> 5] & (1 << (slot & 31))) !== 0) {
          out.push(slot);
          need -= 1;
        }
      }
      return;
    }
    // Sparse: the `need` members earliest in the order, kept in order as they are met.
    const positions = store.positionOf;
    const best: number[] = [];
    forEachSlot(bits, (slot) => {
      const position = positions[slot];
      if (position < start || (best.length === need && position >= positions[best[need - 1]])) return;
      // Into place from the end (the last one drops out when the list is full).
      let at = Math.min(best.length, need - 1);
      while (at > 0 && positions[best[at - 1]] > position) {
        best[at] = best[at - 1];
        at -= 1;
      }
      best[at] = slot;
    });
    for (const slot of best) out.push(slot);
  }

  /** 空きが多い順: most free slots first, then the relevance order; keeps only the best `need` after the cursor. */
  private takeByFreeCapacity(store: CatalogueStore, query: CatalogueSearchQuery, matched: Matched, need: number, slots: number[], keys: number[][]): void {
    const best: { key: number[]; slot: number }[] = [];
    const worse = (a: { key: number[]; slot: number }, b: { key: number[]; slot: number }) => compareFull(store, a.key, a.slot, b.key, b.slot) > 0;
    for (const group of this.relevanceGroups(store, query, matched)) {
      const visit = (slot: number) => {
        const free = -store.freeCapacity[slot];
        // Most results lose to the page already kept: told without making anything for them.
        if (best.length === need && compareToKept(store, free, group.key, slot, best[need - 1]) >= 0) return;
        const candidate = { key: [free, ...group.key], slot };
        if (query.after && compareToPosition(store, candidate.key, slot, query.after) <= 0) return;
        if (best.length === need && !worse(best[need - 1], candidate)) return;
        let at = best.length;
        while (at > 0 && worse(best[at - 1], candidate)) at -= 1;
        best.splice(at, 0, candidate);
        if (best.length > need) best.pop();
      };
      if (group.slots) group.slots.forEach(visit);
      else forEachSlot(group.bits!, visit);
    }
    for (const { key, slot } of best) {
      slots.push(slot);
      keys.push(key);
    }
  }

  /** The live slots confirmed at or before `cutoff`: a suffix of the freshness order, kept while the store and the suffix stay the same. */
  private confirmedBy(store: CatalogueStore, cutoff: number): Bitset {
    const position = store.positionConfirmedBy(cutoff);
    const key = `${store.revision}:${position}`;
    let cache = this.suffixCache.get(store);
    if (!cache) {
      cache = new Map();
      this.suffixCache.set(store, cache);
    }
    let set = cache.get(key);
    if (!set) {
      set = store.suffixSet(position);
      if (cache.size >= 8) cache.delete(cache.keys().next().value as string);
      cache.set(key, set);
    }
    return set;
  }
}

/** Adds (or with −1 takes away) one supporter's types to facet counts. */
function addTypes(store: CatalogueStore, slot: number, types: number[], by: number): void {
  const mask = store.typeMask[slot];
  for (let i = 0; i < types.length; i++) if (mask & (1 << i)) types[i] += by;
}

/**
 * Per prefecture (numbers 1–47), how many of `set` serve it: one by one unless the set is nearly
 * every listed supporter, then the listed counts minus what it leaves out.
 */
function prefectureCounts(store: CatalogueStore, set: Bitset, listed: Bitset, listedCounts: ListedCounts): CatalogueSearchFacets['prefectures'] {
  let counts: number[];
  const size = count(set);
  if (listedCounts.size - size < size) {
    counts = [...listedCounts.prefectures];
    forEachSlot(andNot(listed, set), (slot) => {
      for (const n of store.prefectureNumbers(slot)) counts[n] -= 1;
    });
  } else {
    counts = new Array<number>(48).fill(0);
    forEachSlot(set, (slot) => {
      for (const n of store.prefectureNumbers(slot)) counts[n] += 1;
    });
  }
  const prefectures: CatalogueSearchFacets['prefectures'] = [];
  for (let n = 1; n < counts.length; n++) if (counts[n] > 0) prefectures.push({ code: String(n).padStart(2, '0'), count: counts[n] });
  return prefectures;
}

function tierOf(sets: LocalitySets, slot: number): LocalityTier {
  for (const tier of LOCALITY_TIERS) if (has(sets.tiers[tier], slot)) return tier;
  return LOCALITY_TIERS[LOCALITY_TIERS.length - 1];
}

/** Lexicographic order of group keys. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The order of a result (free places as the key's first part, then its group's key) against one kept for 空きが多い順. */
function compareToKept(store: CatalogueStore, free: number, groupKey: readonly number[], slot: number, kept: { key: readonly number[]; slot: number }): number {
  if (free !== kept.key[0]) return free - kept.key[0];
  const length = Math.min(groupKey.length, kept.key.length - 1);
  for (let i = 0; i < length; i++) if (groupKey[i] !== kept.key[i + 1]) return groupKey[i] - kept.key[i + 1];
  if (groupKey.length !== kept.key.length - 1) return groupKey.length - (kept.key.length - 1);
  // The freshness order's positions: the same order as comparing confirmations and ids.
  return store.positionOf[slot] - store.positionOf[kept.slot];
}

/** Full order of two results: group key, then newest confirmation, then larger id. */
function compareFull(store: CatalogueStore, keyA: readonly number[], a: number, keyB: readonly number[], b: number): number {
  return compareKeys(keyA, keyB) || store.compareFreshness(a, b);
}

/** Positive when the slot comes after the cursor position. */
function compareToPosition(store: CatalogueStore, key: readonly number[], slot: number, position: SearchPosition): number {
  const byKey = compareKeys(key, position.group);
  if (byKey !== 0) return byKey;
  const t = store.confirmedAt[slot];
  if (t !== position.confirmedAt) return position.confirmedAt - t;
  const id = store.idOf(slot);
  return id < position.id ? 1 : id > position.id ? -1 : 0;
}
