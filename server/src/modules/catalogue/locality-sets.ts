import { LocalityTier, type LocalityPlace } from '@tsunagu/shared';
import { add, andNot, andNotInto, emptySet, orInto, type Bitset } from './bitset';
import type { CatalogueStore } from './catalogue-store';

/** Every live supporter sorted into the tiers of `localityTier` (shared/src/locality.ts) for one place, as sets. */
export interface LocalitySets {
  /** One set per tier; together they partition the live supporters. */
  tiers: Record<LocalityTier, Bitset>;
  /** Those that serve the place (`servesPlace`): the municipality itself or its whole prefecture; for a prefecture, any part of it. */
  serving: Bitset;
}

/**
 * The set form of `localityTier`: the same rule, evaluated for every supporter at once with a few
 * word-by-word set operations. A test holds the two to the same answer for every supporter.
 * `empty` hands out the sets it fills (a search passes its scratch sets).
 */
export function localitySets(store: CatalogueStore, place: LocalityPlace, empty: () => Bitset = () => emptySet(store.words)): LocalitySets {
  const municipality = empty();
  if (place.municipalityCodes) for (const code of place.municipalityCodes) for (const slot of store.servingMunicipality(code)) add(municipality, slot);
  const none = empty();
  const whole = store.prefectureWhole.get(place.prefectureCode) ?? none;
  const any = store.prefectureAny.get(place.prefectureCode) ?? none;
  const neighbours = empty();
  for (const code of place.neighbourCodes) {
    const bits = store.prefectureAny.get(code);
    if (bits) orInto(neighbours, bits);
  }
  const reached = orInto(orInto(orInto(empty(), any), neighbours), store.remote);
  const tiers: Record<LocalityTier, Bitset> = {
    MUNICIPALITY: municipality,
    PREFECTURE_WIDE: andNot(whole, municipality, empty()),
    IN_PREFECTURE: andNotInto(andNot(any, whole, empty()), municipality),
    NEIGHBOUR: andNot(neighbours, any, empty()),
    REMOTE_ONLY: andNotInto(andNot(store.remote, any, empty()), neighbours),
    OUTSIDE: andNot(store.live, reached, empty()),
  };
  const serving = place.municipalityCodes ? orInto(orInto(empty(), municipality), whole) : orInto(empty(), any);
  return { tiers, serving };
}
