import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Region, enumValues } from '@tsunagu/shared';
import type { PrefecturesQuery } from '../../../gql/graphql';
import { PrefecturesQuery as PrefecturesDocument } from '../graphql/reference.operations';

export type PrefectureOption = PrefecturesQuery['prefectures'][number];

/** The 47 prefectures, by code and grouped by region in the eight-region order. */
export function usePrefectures() {
  const { data, error } = useQuery(PrefecturesDocument);
  return useMemo(() => {
    const prefectures = data?.prefectures ?? [];
    const byCode = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));
    const byRegion = enumValues(Region)
      .map((region) => ({ region, prefectures: prefectures.filter((prefecture) => prefecture.region === region) }))
      .filter((group) => group.prefectures.length > 0);
    return { byCode, byRegion, isLoaded: data !== undefined, error };
  }, [data, error]);
}
