import { graphql } from '../../../gql';

/** What lists of engagements show. */
export const EngagementSummaryFragment = graphql(`
  fragment EngagementSummaryFields on Engagement {
    id
    title
    status
    origin
    currentStep
    stale
    lastActivityAt
    rmoNames
    municipality {
      code
      name
    }
    supporter {
      id
      name
    }
  }
`);

export const EngagementsQuery = graphql(`
  query Engagements($filter: EngagementFilter) {
    engagements(filter: $filter, first: 100) {
      edges {
        node {
          ...EngagementSummaryFields
        }
      }
    }
  }
`);

export const EngagementOverviewQuery = graphql(`
  query EngagementOverview {
    engagementOverview {
      total
      staleTotal
      counts {
        step
        status
        count
        stale
      }
      stale {
        ...EngagementSummaryFields
      }
    }
  }
`);

export const EngagementQuery = graphql(`
  query Engagement($id: ID!) {
    engagement(id: $id) {
      ...EngagementSummaryFields
      requestId
      requestAims
      supportTypes
      holdsPlace
      endReason
      endComment
      startedAt
      endedAt
      party
      allowedActions
      mayAdvanceStep
      myReviewPart
      prefecture {
        code
        name
      }
      steps {
        step
        startedOn
        endedOn
      }
      checklist {
        code
        step
        party
        done
        mayTick
      }
      activities {
        id
        kind
        heldOn
        step
        participants
        notes
        links
        party
        author
      }
      trainees {
        supporter {
          id
          name
        }
        status
        mayRespond
      }
      review {
        part
        changes
        lessons
        ratings {
          criterion
          score
        }
        author
        submittedAt
      }
      caseStudy {
        id
        status
        title
      }
    }
  }
`);

export const StartEngagementMutation = graphql(`
  mutation StartEngagement($id: ID!) {
    startEngagement(id: $id) {
      id
      status
    }
  }
`);

export const AdvanceEngagementStepMutation = graphql(`
  mutation AdvanceEngagementStep($id: ID!) {
    advanceEngagementStep(id: $id) {
      id
      currentStep
    }
  }
`);

export const BeginEngagementReviewMutation = graphql(`
  mutation BeginEngagementReview($id: ID!) {
    beginEngagementReview(id: $id) {
      id
      status
    }
  }
`);

export const EndEngagementEarlyMutation = graphql(`
  mutation EndEngagementEarly($input: EndEngagementInput!) {
    endEngagementEarly(input: $input) {
      id
      status
    }
  }
`);

export const SetEngagementCheckMutation = graphql(`
  mutation SetEngagementCheck($engagementId: ID!, $itemCode: String!, $done: Boolean!) {
    setEngagementCheck(engagementId: $engagementId, itemCode: $itemCode, done: $done) {
      id
      checklist {
        code
        done
      }
    }
  }
`);

export const AddEngagementActivityMutation = graphql(`
  mutation AddEngagementActivity($input: AddEngagementActivityInput!) {
    addEngagementActivity(input: $input) {
      id
    }
  }
`);

export const AddEngagementTraineeMutation = graphql(`
  mutation AddEngagementTrainee($engagementId: ID!, $supporterId: ID!) {
    addEngagementTrainee(engagementId: $engagementId, supporterId: $supporterId) {
      id
    }
  }
`);

export const RespondToTraineeInvitationMutation = graphql(`
  mutation RespondToTraineeInvitation($engagementId: ID!, $supporterId: ID!, $accept: Boolean!) {
    respondToTraineeInvitation(engagementId: $engagementId, supporterId: $supporterId, accept: $accept) {
      id
    }
  }
`);

export const WriteEngagementReviewMutation = graphql(`
  mutation WriteEngagementReview($input: WriteEngagementReviewInput!) {
    writeEngagementReview(input: $input) {
      id
      status
    }
  }
`);

export const MyOrganizationProfilesQuery = graphql(`
  query TraineeCandidates {
    mySupporterProfiles {
      id
      name
    }
  }
`);

export const CaseSummaryFragment = graphql(`
  fragment CaseSummaryFields on CaseStudy {
    id
    title
    summary
    status
    fictional
    supportTypes
    steps
    populationBand
    rmoAreaUnit
    publishedAt
    prefecture {
      code
      name
    }
    municipality {
      code
      name
    }
  }
`);

export const CaseStudiesQuery = graphql(`
  query CaseStudies($search: CaseSearchInput, $after: String) {
    caseStudies(search: $search, first: 20, after: $after) {
      totalCount
      edges {
        node {
          ...CaseSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CaseStudyQuery = graphql(`
  query CaseStudy($id: ID!) {
    caseStudy(id: $id) {
      ...CaseSummaryFields
      process
      outcomes
      lessons
      hideRmoName
      hidePeople
      rmoNames
      draftedBy
      allowedActions
      mayEdit
      engagementId
      supporter {
        id
        name
      }
    }
  }
`);

export const CreateCaseStudyMutation = graphql(`
  mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`);

export const MoveCaseStudyMutation = graphql(`
  mutation MoveCaseStudy($id: ID!, $action: CaseAction!) {
    moveCaseStudy(id: $id, action: $action) {
      id
      status
      allowedActions
    }
  }
`);

export const RecordEngagementMutation = graphql(`
  mutation RecordEngagement($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      id
    }
  }
`);

export const UpdateCaseStudyMutation = graphql(`
  mutation UpdateCaseStudy($id: ID!, $input: CaseStudyInput!) {
    updateCaseStudy(id: $id, input: $input) {
      id
    }
  }
`);
