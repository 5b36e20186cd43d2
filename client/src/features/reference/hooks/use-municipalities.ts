import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MunicipalitiesQuery } from '../../../gql/graphql';
import { MunicipalitiesQuery as MunicipalitiesDocument } from '../graphql/reference.operations';

export type MunicipalityOption = MunicipalitiesQuery['municipalities'][number] & {
  /** 1 for a ward listed under its designated city. */
  depth: 0 | 1;
};

/** Municipalities of a prefecture, each designated city followed by its wards. */
export function useMunicipalities(prefectureCode: string | null) {
  const { data, loading, error } = useQuery(MunicipalitiesDocument, {
    variables: { prefectureCode: prefectureCode ?? '' },
    skip: !prefectureCode,
  });
  const options = useMemo<MunicipalityOption[]>(() => {
    const municipalities = data?.municipalities ?? [];
    const wardsByCity = new Map<string, MunicipalitiesQuery['municipalities']>();
    for (const municipality of municipalities) {
      if (!municipality.parentCode) continue;
      wardsByCity.set(municipality.parentCode, [...(wardsByCity.get(municipality.parentCode) ?? []), municipality]);
    }
    // Don't rely on code order to place wards: attach them to their city explicitly.
    return municipalities
      .filter((municipality) => !municipality.parentCode)
      .flatMap((municipality) => [
        { ...municipality, depth: 0 as const },
        ...(wardsByCity.get(municipality.code) ?? []).map((ward) => ({ ...ward, depth: 1 as const })),
      ]);
  }, [data]);
  return { options, isLoading: loading, error };
}
