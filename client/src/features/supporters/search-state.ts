import { Availability, LIMITS, SupportType, SupporterSort, enumValues } from '@tsunagu/shared';
import type { SupporterFilter } from '../../gql/graphql';

/** Everything that decides a search; it lives in the URL so a reload or a shared link gives the same results. */
export interface SupporterSearchState {
  text: string;
  supportTypes: SupportType[];
  matchAllTypes: boolean;
  prefectureCode: string | null;
  municipalityCode: string | null;
  includeRemote: boolean;
  availability: Availability[];
  verifiedOnly: boolean;
  sort: SupporterSort;
}

/** Query-string names, short so shared URLs stay readable: `?types=…&pref=15&q=防災`. */
const PARAM = {
  text: 'q',
  supportTypes: 'types',
  matchAllTypes: 'all',
  prefectureCode: 'pref',
  municipalityCode: 'muni',
  includeRemote: 'remote',
  availability: 'avail',
  verifiedOnly: 'verified',
  sort: 'sort',
} as const;

/** URL words for the sorts other than the default relevance order. */
const SORT_PARAMS: Partial<Record<SupporterSort, string>> = { CONFIRMED: 'confirmed', FREE_CAPACITY: 'free' };

const SUPPORT_TYPES = enumValues(SupportType);
const AVAILABILITIES = enumValues(Availability);

/** Reads a list given either comma-separated or as repeated parameters; unknown values are dropped. */
function readList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).flatMap((value) => value.split(','));
  // Keep the canonical order so equal selections give equal URLs and cache keys.
  return allowed.filter((value) => values.includes(value));
}

function readFlag(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = params.get(name);
  if (raw === null) return fallback;
  return raw === '1' || raw === 'true';
}

export function parseSearchParams(params: URLSearchParams): SupporterSearchState {
  const prefectureCode = params.get(PARAM.prefectureCode)?.trim() || null;
  return {
    text: (params.get(PARAM.text) ?? '').slice(0, LIMITS.searchTextMaxLength),
    supportTypes: readList(params, PARAM.supportTypes, SUPPORT_TYPES),
    matchAllTypes: readFlag(params, PARAM.matchAllTypes, false),
    prefectureCode,
    // A municipality only means something inside its prefecture.
    municipalityCode: prefectureCode ? params.get(PARAM.municipalityCode)?.trim() || null : null,
    includeRemote: readFlag(params, PARAM.includeRemote, true),
    availability: readList(params, PARAM.availability, AVAILABILITIES),
    verifiedOnly: readFlag(params, PARAM.verifiedOnly, false),
    sort: (Object.keys(SORT_PARAMS) as SupporterSort[]).find((sort) => SORT_PARAMS[sort] === params.get(PARAM.sort)) ?? SupporterSort.RELEVANCE,
  };
}

/** The canonical query string of a state; defaults are left out. */
export function toSearchParams(state: SupporterSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.supportTypes.length) params.set(PARAM.supportTypes, state.supportTypes.join(','));
  if (state.matchAllTypes) params.set(PARAM.matchAllTypes, '1');
  if (state.prefectureCode) params.set(PARAM.prefectureCode, state.prefectureCode);
  if (state.prefectureCode && state.municipalityCode) params.set(PARAM.municipalityCode, state.municipalityCode);
  if (!state.includeRemote) params.set(PARAM.includeRemote, '0');
  if (state.availability.length) params.set(PARAM.availability, state.availability.join(','));
  if (state.verifiedOnly) params.set(PARAM.verifiedOnly, '1');
  const sort = SORT_PARAMS[state.sort];
  if (sort) params.set(PARAM.sort, sort);
  if (state.text.trim()) params.set(PARAM.text, state.text);
  return params;
}

/** The GraphQL filter for a state, with a fixed key set so equal searches share one cache entry. */
export function toSupporterFilter(state: SupporterSearchState): SupporterFilter {
  return {
    text: state.text.trim() || null,
    supportTypes: state.supportTypes.length ? state.supportTypes : null,
    matchAllTypes: state.matchAllTypes,
    prefectureCode: state.prefectureCode,
    municipalityCode: state.prefectureCode ? state.municipalityCode : null,
    includeRemote: state.includeRemote,
    availability: state.availability.length ? state.availability : null,
    verifiedOnly: state.verifiedOnly,
  };
}

/** Every filter back to its default (the keyword and the order stay). */
export const NO_FILTERS: Omit<SupporterSearchState, 'text' | 'sort'> = {
  supportTypes: [],
  matchAllTypes: false,
  prefectureCode: null,
  municipalityCode: null,
  includeRemote: true,
  availability: [],
  verifiedOnly: false,
};

/** How many filters (not the keyword) are narrowing the search; shown on the collapsed filter panel. */
export function countActiveFilters(state: SupporterSearchState): number {
  return (
    state.supportTypes.length +
    state.availability.length +
    (state.prefectureCode ? 1 : 0) +
    (state.municipalityCode ? 1 : 0) +
    (state.matchAllTypes ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0) +
    (state.includeRemote ? 0 : 1)
  );
}
