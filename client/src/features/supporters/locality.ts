import type { TFunction } from 'i18next';
import { LocalityTier, servesPlace } from '@tsunagu/shared';

/** The area a search is about, named for the user. */
export interface SearchedPlace {
  prefectureName: string;
  /** Null when the whole prefecture was chosen. */
  municipalityName: string | null;
}

/** 「村上市を対応地域に含む」「新潟県全域に対応」「リモート対応」: how near a result is to the searched area. */
export function localityText(t: TFunction, tier: LocalityTier, place: SearchedPlace): string {
  const names = { municipality: place.municipalityName ?? '', prefecture: place.prefectureName };
  // For a whole prefecture, serving part of it is serving it: "elsewhere" would mislead.
  if (tier === LocalityTier.IN_PREFECTURE && place.municipalityName === null) return t('supporter.locality.IN_PREFECTURE_WHOLE', names);
  return t(`supporter.locality.${tier}`, names);
}

/** Whether the tier serves the searched area itself (the rest reach it only by working remotely): shared/src/locality.ts decides. */
export function servesSearchedPlace(tier: LocalityTier, place: SearchedPlace): boolean {
  return servesPlace({ municipalityCodes: place.municipalityName === null ? null : new Set() }, tier);
}
