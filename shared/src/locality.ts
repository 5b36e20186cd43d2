/**
 * "Serves this place": the one definition of how near a supporter is to a municipality or a
 * prefecture. Search ranks by it, matching scores its AREA factor by it, and sufficiency counts
 * supply by it. The server's catalogue evaluates the same rule over whole sets at once (and a
 * test holds it to this function).
 */
import type { BilingualLabel } from './labels';

/** How near a supporter's service area is to a place, nearest first. */
export enum LocalityTier {
  /** Serves the municipality itself (a ward counts as its designated city, and the city as any of its wards). */
  MUNICIPALITY = 'MUNICIPALITY',
  /** Serves the whole prefecture. */
  PREFECTURE_WIDE = 'PREFECTURE_WIDE',
  /** Serves some other municipality of the prefecture (for a prefecture-level place: any part of it). */
  IN_PREFECTURE = 'IN_PREFECTURE',
  /** Serves a land-adjacent prefecture. */
  NEIGHBOUR = 'NEIGHBOUR',
  /** Serves none of these, but works remotely. */
  REMOTE_ONLY = 'REMOTE_ONLY',
  /** Serves none of these and does not work remotely. */
  OUTSIDE = 'OUTSIDE',
}

/** Tiers nearest first: the order search ranks by. */
export const LOCALITY_TIERS: readonly LocalityTier[] = [
  LocalityTier.MUNICIPALITY,
  LocalityTier.PREFECTURE_WIDE,
  LocalityTier.IN_PREFECTURE,
  LocalityTier.NEIGHBOUR,
  LocalityTier.REMOTE_ONLY,
  LocalityTier.OUTSIDE,
];

export const LOCALITY_TIER_LABELS: Readonly<Record<LocalityTier, BilingualLabel>> = {
  MUNICIPALITY: { ja: '市区町村を対応地域に含む', en: 'Serves the municipality' },
  PREFECTURE_WIDE: { ja: '都道府県全域に対応', en: 'Serves the whole prefecture' },
  IN_PREFECTURE: { ja: '都道府県内の他の市区町村で活動', en: 'Works elsewhere in the prefecture' },
  NEIGHBOUR: { ja: '隣県で活動', en: 'Works in a neighbouring prefecture' },
  REMOTE_ONLY: { ja: 'リモート対応', en: 'Remote only' },
  OUTSIDE: { ja: '対応地域外', en: 'Outside the service area' },
};

/** One place a supporter serves: a whole prefecture (municipalityCode null) or one municipality. */
export interface ServicePlace {
  prefectureCode: string;
  municipalityCode: string | null;
}

/** The place asked about, with the reference data the rule needs already resolved. */
export interface LocalityPlace {
  prefectureCode: string;
  /**
   * The municipality's code and those counted as the same place (its designated city, or the
   * city's wards); null when the place is the whole prefecture.
   */
  municipalityCodes: ReadonlySet<string> | null;
  /** Land-adjacent prefectures (reference data `neighbourCodes`). */
  neighbourCodes: readonly string[];
}

/** What the rule reads about a supporter. */
export interface LocalitySupporter {
  serviceArea: readonly ServicePlace[];
  remoteAvailable: boolean;
}

/** The nearest tier by which the supporter reaches the place. */
export function localityTier(place: LocalityPlace, supporter: LocalitySupporter): LocalityTier {
  const area = supporter.serviceArea;
  const municipalities = place.municipalityCodes;
  if (municipalities && area.some((p) => p.municipalityCode !== null && municipalities.has(p.municipalityCode))) {
    return LocalityTier.MUNICIPALITY;
  }
  if (area.some((p) => p.prefectureCode === place.prefectureCode && p.municipalityCode === null)) return LocalityTier.PREFECTURE_WIDE;
  if (area.some((p) => p.prefectureCode === place.prefectureCode)) return LocalityTier.IN_PREFECTURE;
  if (area.some((p) => place.neighbourCodes.includes(p.prefectureCode))) return LocalityTier.NEIGHBOUR;
  return supporter.remoteAvailable ? LocalityTier.REMOTE_ONLY : LocalityTier.OUTSIDE;
}

/**
 * Whether a supporter of this tier serves the place: the municipality itself or its whole
 * prefecture; for a prefecture-level place, any part of the prefecture.
 */
export function servesPlace(place: Pick<LocalityPlace, 'municipalityCodes'>, tier: LocalityTier): boolean {
  return (
    tier === LocalityTier.MUNICIPALITY ||
    tier === LocalityTier.PREFECTURE_WIDE ||
    (place.municipalityCodes === null && tier === LocalityTier.IN_PREFECTURE)
  );
}
