import { graphql } from '../../../gql';

/** Every field of an RMO record, and whether the viewer keeps it. */
export const RmoFragment = graphql(`
  fragment RmoFields on Rmo {
    id
    municipalityCode
    name
    areaUnit
    legalForm
    foundedYear
    activities
    activitiesNote
    challenges
    challengesNote
    wantedSupportTypes
    optimizationState
    updatedAt
    viewerCanEdit
    municipality {
      code
      name
    }
  }
`);

/** The RMOs of the viewer's municipality, by name. */
export const RmosQuery = graphql(`
  query Rmos {
    rmos {
      ...RmoFields
    }
  }
`);

export const RmoQuery = graphql(`
  query Rmo($id: ID!) {
    rmo(id: $id) {
      ...RmoFields
    }
  }
`);

export const CreateRmoMutation = graphql(`
  mutation CreateRmo($input: RmoInput!) {
    createRmo(input: $input) {
      ...RmoFields
    }
  }
`);

export const UpdateRmoMutation = graphql(`
  mutation UpdateRmo($id: ID!, $input: RmoInput!) {
    updateRmo(id: $id, input: $input) {
      ...RmoFields
    }
  }
`);
