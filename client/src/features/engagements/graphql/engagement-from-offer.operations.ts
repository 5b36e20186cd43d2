import { graphql } from '../../../gql';

// Its own module: the offer page imports it without the engagement pages' operations.
export const CreateEngagementFromOfferMutation = graphql(`
  mutation CreateEngagementFromOffer($input: CreateEngagementFromOfferInput!) {
    createEngagementFromOffer(input: $input) {
      id
    }
  }
`);
