import { graphql } from '../../../gql';

/** What a sentence needs (shared `sufficiencySentence` words it). */
export const SufficiencyExplanationFragment = graphql(`
  fragment SufficiencyExplanationFields on SufficiencyExplanationType {
    code
    placeKind
    placeSuffix
    supportType
    rmos
    requests
    unmet
    supply
    freePlaces
    wantedTypes
    otherShortTypes
  }
`);

/** An area in a list or on the map. */
export const SufficiencySummaryFragment = graphql(`
  fragment SufficiencySummaryFields on Sufficiency {
    areaCode
    prefectureCode
    municipalityCode
    name
    classification
    demandTotal
    supplyTotal
    missingTypes
    scarceTypes
    explanation {
      ...SufficiencyExplanationFields
    }
  }
`);

/** A dashboard's figures by type. */
export const SufficiencyTypesFragment = graphql(`
  fragment SufficiencyTypesFields on Sufficiency {
    types {
      supportType
      wanted
      classification
      demand {
        rmos
        requests
        unmet
      }
      supply {
        serving
        freePlaces
        verified
        municipality
        prefectureWide
        inPrefecture
        neighbour
        remoteOnly
      }
      explanation {
        ...SufficiencyExplanationFields
      }
    }
    trend {
      month
      classification
      demand
      supply
    }
  }
`);

export const SufficiencyMapQuery = graphql(`
  query SufficiencyMap {
    sufficiencyMap {
      prefectures {
        ...SufficiencySummaryFields
      }
      trend {
        month
        classification
        areas
      }
    }
  }
`);

export const PrefectureSufficiencyQuery = graphql(`
  query PrefectureSufficiency($prefectureCode: String!) {
    sufficiency(prefectureCode: $prefectureCode) {
      ...SufficiencySummaryFields
      ...SufficiencyTypesFields
      municipalities {
        ...SufficiencySummaryFields
      }
    }
  }
`);

export const MunicipalitySufficiencyQuery = graphql(`
  query MunicipalitySufficiency($municipalityCode: String!) {
    sufficiency(municipalityCode: $municipalityCode) {
      ...SufficiencySummaryFields
      ...SufficiencyTypesFields
    }
  }
`);

/** Names, for viewers the server lets read them (the municipality's and prefecture's staff, operators). */
export const MunicipalityRmosQuery = graphql(`
  query MunicipalityRmos($municipalityCode: String!) {
    rmos(municipalityCode: $municipalityCode) {
      id
      name
      wantedSupportTypes
    }
  }
`);

export const MunicipalityOpenRequestsQuery = graphql(`
  query MunicipalityOpenRequests($filter: SupportRequestFilter) {
    supportRequests(filter: $filter, first: 100) {
      edges {
        node {
          id
          title
          status
          supportTypes
          openIntroduction {
            id
          }
        }
      }
    }
  }
`);

/** What awaits a municipality's staff: RMO requests to endorse, accepted offers to confirm. */
export const MunicipalityWorkQuery = graphql(`
  query MunicipalityWork($municipalityCode: String!) {
    awaitingEndorsement: supportRequests(filter: { municipalityCode: $municipalityCode, statuses: [AWAITING_ENDORSEMENT] }, first: 20) {
      edges {
        node {
          id
          title
        }
      }
    }
    acceptedOffers: offers(filter: { statuses: [ACCEPTED] }, first: 20) {
      edges {
        node {
          id
          supporter {
            id
            name
          }
          request {
            id
            title
          }
        }
      }
    }
  }
`);

/** What awaits a prefecture's staff: open introduction requests, profiles to verify. */
export const PrefectureWorkQuery = graphql(`
  query PrefectureWork($prefectureCode: String!) {
    introductionRequests(filter: { statuses: [OPEN] }, first: 20) {
      edges {
        node {
          id
          overdue
          municipality {
            code
            name
          }
          request {
            id
            title
          }
        }
      }
    }
    unverified: supporters(filter: { prefectureCode: $prefectureCode, verificationStatus: [UNVERIFIED] }, first: 1) {
      totalCount
    }
  }
`);

/** What awaits an intermediary: offers to answer, published requests in its area (the default filter). */
export const IntermediaryWorkQuery = graphql(`
  query IntermediaryWork {
    waitingOffers: offers(filter: { statuses: [OFFERED] }, first: 20) {
      edges {
        node {
          id
        }
      }
    }
    publishedSupportRequests(first: 20) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
