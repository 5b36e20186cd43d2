import type { Locale } from '@tsunagu/shared';
import type { SupporterCardFieldsFragment } from '../../gql/graphql';

type ServiceArea = SupporterCardFieldsFragment['serviceArea'];

/** Prefecture names by code, in the UI language. */
export type PrefectureNameOf = (code: string) => string | undefined;

/**
 * One entry per prefecture in code order: 「新潟県」 for a whole prefecture,
 * 「新潟県 / 村上市、胎内市」 for individual municipalities. The searched prefecture, if any,
 * comes first so a shortened list never hides the reason a supporter matched.
 */
export function describeServiceArea(
  area: ServiceArea,
  prefectureNameOf: PrefectureNameOf,
  locale: Locale,
  searchedPrefectureCode: string | null = null,
): string[] {
  const separator = locale === 'ja' ? '、' : ', ';
  const wholePrefectureCodes = new Set(area.prefectures.map((prefecture) => prefecture.code));
  const municipalitiesByPrefecture = new Map<string, string[]>();
  for (const municipality of area.municipalities) {
    // Serving the whole prefecture already covers its municipalities.
    if (wholePrefectureCodes.has(municipality.prefectureCode)) continue;
    const names = municipalitiesByPrefecture.get(municipality.prefectureCode) ?? [];
    municipalitiesByPrefecture.set(municipality.prefectureCode, [...names, municipality.name]);
  }
  const entries = [
    ...area.prefectures.map((prefecture) => ({
      code: prefecture.code,
      text: locale === 'ja' ? prefecture.name : prefecture.nameEn,
    })),
    ...[...municipalitiesByPrefecture].map(([code, names]) => ({
      code,
      text: `${prefectureNameOf(code) ?? code} / ${names.join(separator)}`,
    })),
  ];
  const rank = (code: string) => (code === searchedPrefectureCode ? '' : code);
  return entries.sort((a, b) => rank(a.code).localeCompare(rank(b.code))).map((entry) => entry.text);
}
