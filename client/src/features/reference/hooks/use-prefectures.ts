import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Region, enumValues } from '@tsunagu/shared';
import type { PrefecturesQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { PrefecturesQuery as PrefecturesDocument } from '../graphql/reference.operations';

export type PrefectureOption = PrefecturesQuery['prefectures'][number];

/** The 47 prefectures, by code and grouped by region in the eight-region order. */
export function usePrefectures() {
  const { data, error } = useQuery(PrefecturesDocument);
  const locale = useLocale();
  return useMemo(() => {
    const prefectures = data?.prefectures ?? [];
    const byCode = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));
    const byRegion = enumValues(Region)
      .map((region) => ({ region, prefectures: prefectures.filter((prefecture) => prefecture.region === region) }))
      .filter((group) => group.prefectures.length > 0);
    /** A prefecture's name in the UI language (undefined until the list has loaded). */
    const nameOf = (code: string): string | undefined => {
      const prefecture = byCode.get(code);
      return prefecture && (locale === 'ja' ? prefecture.name : prefecture.nameEn);
    };
    return { byCode, byRegion, nameOf, isLoaded: data !== undefined, error };
  }, [data, error, locale]);
}
