import { graphql } from '../../../gql';

/** All 47 prefectures; small and static, so the cache keeps them for the session. */
export const PrefecturesQuery = graphql(`
  query Prefectures {
    prefectures {
      code
      name
      nameEn
      region
    }
  }
`);

/** Municipalities of one prefecture, with designated-city wards (parentCode set). */
export const MunicipalitiesQuery = graphql(`
  query Municipalities($prefectureCode: String!) {
    municipalities(prefectureCode: $prefectureCode) {
      code
      name
      kind
      prefectureCode
      parentCode
    }
  }
`);
