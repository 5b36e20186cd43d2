import { graphql } from '../../../gql';

/** What a verifier looks at: the public card plus the verification state. */
export const VerificationCandidateFragment = graphql(`
  fragment VerificationCandidateFields on SupporterProfile {
    id
    ...SupporterCardFields
    verificationReason
    verifiedAt
    updatedAt
  }
`);

/** Listed profiles serving a prefecture (its whole area or any municipality in it), freshest first. */
export const VerificationCandidatesQuery = graphql(`
  query VerificationCandidates($filter: SupporterFilter, $first: Int, $after: String) {
    supporters(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...VerificationCandidateFields
        }
      }
    }
  }
`);

export const VerifySupporterProfileMutation = graphql(`
  mutation VerifySupporterProfile($id: ID!, $decision: VerificationDecision!, $reason: String) {
    verifySupporterProfile(id: $id, decision: $decision, reason: $reason) {
      id
      verificationStatus
      verificationReason
      verifiedAt
    }
  }
`);
