import { graphql } from '../../../gql';

/** What every list and card of offers shows. */
export const OfferSummaryFragment = graphql(`
  fragment OfferSummaryFields on Offer {
    id
    kind
    status
    respondBy
    offeredAt
    daysLeft
    overdue
    party
    offeredByName
    unreadMessageCount
    declineReason
    allowedActions
    supporter {
      id
      name
      capacity
      currentLoad
    }
    municipality {
      code
      name
    }
    prefecture {
      code
      name
    }
    request {
      id
      title
      status
    }
  }
`);

/** One offer in full: the request's text, the answer, the thread. */
export const OfferQuery = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferSummaryFields
      message
      respondedAt
      availabilityNote
      declineComment
      confirmedAt
      engagementId
      endedAt
      introduction {
        id
        note
        requestedAt
      }
      request {
        id
        title
        status
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
        rmoNames
      }
      messages {
        id
        body
        party
        author
        mine
        createdAt
      }
    }
  }
`);

export const OffersQuery = graphql(`
  query Offers($filter: OfferFilter, $first: Int, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OfferSummaryFields
        }
      }
    }
  }
`);

/** A request's offers, its chosen supporter, its open introduction request and marked interest (the request page). */
export const RequestOffersQuery = graphql(`
  query RequestOffers($requestId: ID!) {
    supportRequest(id: $requestId) {
      id
      status
      returnComment
      returnedAt
      offeredSupporterIds
      chosenSupporter {
        id
        name
      }
      openIntroduction {
        id
        note
        requestedAt
        ageDays
        overdue
        proposalsLeft
        allowedActions
      }
      interests {
        message
        markedAt
        supporter {
          id
          name
        }
      }
    }
    offers(filter: { requestId: $requestId }, first: 50) {
      edges {
        node {
          ...OfferSummaryFields
        }
      }
    }
  }
`);

export const IntroductionQueueQuery = graphql(`
  query IntroductionQueue($first: Int, $after: String) {
    introductionRequests(filter: { statuses: [OPEN] }, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          note
          requestedAt
          ageDays
          overdue
          proposalsLeft
          municipality {
            code
            name
          }
          request {
            id
            title
            supportTypes
          }
          proposals {
            id
            status
            supporter {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const ApproachSupporterMutation = graphql(`
  mutation ApproachSupporter($input: ApproachSupporterInput!) {
    approachSupporter(input: $input) {
      ...OfferSummaryFields
    }
  }
`);

export const RequestIntroductionMutation = graphql(`
  mutation RequestIntroduction($input: RequestIntroductionInput!) {
    requestIntroduction(input: $input) {
      id
      status
    }
  }
`);

export const CancelIntroductionMutation = graphql(`
  mutation CancelIntroduction($id: ID!) {
    cancelIntroduction(id: $id) {
      id
      status
    }
  }
`);

export const ProposeIntroductionMutation = graphql(`
  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {
    proposeIntroduction(input: $input) {
      ...OfferSummaryFields
    }
  }
`);

export const RespondToOfferMutation = graphql(`
  mutation RespondToOffer($input: RespondToOfferInput!) {
    respondToOffer(input: $input) {
      ...OfferSummaryFields
      availabilityNote
      declineComment
      respondedAt
    }
  }
`);

export const ConfirmOfferMutation = graphql(`
  mutation ConfirmOffer($id: ID!) {
    confirmOffer(id: $id) {
      ...OfferSummaryFields
      confirmedAt
    }
  }
`);

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      ...OfferSummaryFields
      endedAt
    }
  }
`);

export const PostOfferMessageMutation = graphql(`
  mutation PostOfferMessage($input: PostOfferMessageInput!) {
    postOfferMessage(input: $input) {
      id
      body
      party
      author
      mine
      createdAt
    }
  }
`);

export const MarkOfferThreadReadMutation = graphql(`
  mutation MarkOfferThreadRead($id: ID!) {
    markOfferThreadRead(id: $id) {
      id
      unreadMessageCount
    }
  }
`);

export const ReturnSupportRequestMutation = graphql(`
  mutation ReturnSupportRequest($input: ReturnSupportRequestInput!) {
    returnSupportRequest(input: $input) {
      id
      status
      returnComment
      returnedAt
      allowedActions
    }
  }
`);
