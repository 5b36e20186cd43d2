import { graphql } from '../../../gql';

/** What a result card shows. */
export const SupporterCardFragment = graphql(`
  fragment SupporterCardFields on SupporterProfile {
    id
    name
    kind
    summary
    supportTypes
    availability
    availabilityConfirmedAt
    isStale
    verificationStatus
    serviceArea {
      remoteAvailable
      prefectures {
        code
        name
        nameEn
      }
      municipalities {
        code
        name
        prefectureCode
      }
    }
  }
`);

/** One page of search results with the total and facet counts of the whole filtered set. */
export const SearchSupportersQuery = graphql(`
  query SearchSupporters($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {
    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      facets {
        supportTypes {
          value
          count
        }
        localities {
          tier
          count
        }
        remoteOnly
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        locality
        node {
          id
          ...SupporterCardFields
        }
      }
    }
  }
`);

/** Every public field of one profile; contact is null for signed-out visitors. */
export const SupporterDetailQuery = graphql(`
  query SupporterDetail($id: ID!) {
    supporter(id: $id) {
      ...SupporterCardFields
      kana
      description
      remoteAvailable
      frameworks
      feeNotes
      capacity
      currentLoad
      steps
      yearsActive
      website
      updatedAt
      contact {
        email
        phone
      }
      trackRecord {
        prefecture {
          code
          name
        }
        municipality {
          code
          name
        }
        introductions
        engagements
        latestYear
      }
    }
  }
`);
