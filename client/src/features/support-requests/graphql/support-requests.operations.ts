import { graphql } from '../../../gql';

/** Everything the request form edits and the detail page shows. */
export const SupportRequestFragment = graphql(`
  fragment SupportRequestFields on SupportRequest {
    id
    status
    municipalityCode
    title
    background
    supportTypes
    step
    phase
    desiredStart
    durationMonths
    format
    fundingRoute
    budgetMinYen
    budgetMaxYen
    rmoAgreementConfirmed
    published
    submittedAt
    endorsedAt
    openedAt
    closedAt
    withdrawnAt
    createdAt
    updatedAt
    municipality {
      code
      name
    }
    prefecture {
      code
      name
    }
    authorOrganization {
      id
      name
      kind
    }
    authorRmoId
    rmos {
      id
      name
    }
    interestCount
    allowedActions
  }
`);

/** What a row of the request list shows. */
export const SupportRequestSummaryFragment = graphql(`
  fragment SupportRequestSummaryFields on SupportRequest {
    id
    status
    title
    supportTypes
    desiredStart
    durationMonths
    published
    updatedAt
    municipality {
      code
      name
    }
    rmos {
      id
      name
    }
    interestCount
  }
`);

/** The requests the viewer may read, most recently changed first. */
export const SupportRequestsQuery = graphql(`
  query SupportRequests($filter: SupportRequestFilter, $first: Int, $after: String) {
    supportRequests(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SupportRequestSummaryFields
        }
      }
    }
  }
`);

export const SupportRequestQuery = graphql(`
  query SupportRequest($id: ID!) {
    supportRequest(id: $id) {
      ...SupportRequestFields
    }
  }
`);

/** Supporters ranked against a request, each score with its reasons and warnings. */
export const MatchesForRequestQuery = graphql(`
  query MatchesForRequest($requestId: ID!, $first: Int) {
    matchesForRequest(requestId: $requestId, first: $first) {
      score
      flags
      reasons {
        factor
        weight
        points
        explanation {
          code
          params
        }
      }
      supporter {
        id
        name
        kind
        summary
      }
    }
  }
`);

export const CreateSupportRequestMutation = graphql(`
  mutation CreateSupportRequest($input: SupportRequestInput!) {
    createSupportRequest(input: $input) {
      ...SupportRequestFields
    }
  }
`);

export const UpdateSupportRequestMutation = graphql(`
  mutation UpdateSupportRequest($id: ID!, $input: SupportRequestInput!) {
    updateSupportRequest(id: $id, input: $input) {
      ...SupportRequestFields
    }
  }
`);

export const SubmitSupportRequestMutation = graphql(`
  mutation SubmitSupportRequest($id: ID!) {
    submitSupportRequest(id: $id) {
      ...SupportRequestFields
    }
  }
`);

export const EndorseSupportRequestMutation = graphql(`
  mutation EndorseSupportRequest($id: ID!) {
    endorseSupportRequest(id: $id) {
      ...SupportRequestFields
    }
  }
`);

export const CloseSupportRequestMutation = graphql(`
  mutation CloseSupportRequest($id: ID!) {
    closeSupportRequest(id: $id) {
      ...SupportRequestFields
    }
  }
`);

export const WithdrawSupportRequestMutation = graphql(`
  mutation WithdrawSupportRequest($id: ID!) {
    withdrawSupportRequest(id: $id) {
      ...SupportRequestFields
    }
  }
`);

/** The anonymous view intermediaries browse: no title, background or RMO names. */
export const PublishedSupportRequestFragment = graphql(`
  fragment PublishedSupportRequestFields on PublishedSupportRequest {
    id
    supportTypes
    step
    phase
    desiredStart
    durationMonths
    format
    fundingRoute
    openedAt
    interestedSupporterIds
    municipality {
      code
      name
    }
    prefecture {
      code
      name
    }
  }
`);

export const PublishedSupportRequestsQuery = graphql(`
  query PublishedSupportRequests($filter: PublishedSupportRequestFilter, $first: Int, $after: String) {
    publishedSupportRequests(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PublishedSupportRequestFields
        }
      }
    }
  }
`);

export const MarkSupportRequestInterestMutation = graphql(`
  mutation MarkSupportRequestInterest($requestId: ID!, $supporterId: ID!) {
    markSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {
      id
      interestedSupporterIds
    }
  }
`);

export const WithdrawSupportRequestInterestMutation = graphql(`
  mutation WithdrawSupportRequestInterest($requestId: ID!, $supporterId: ID!) {
    withdrawSupportRequestInterest(requestId: $requestId, supporterId: $supporterId) {
      id
      interestedSupporterIds
    }
  }
`);
