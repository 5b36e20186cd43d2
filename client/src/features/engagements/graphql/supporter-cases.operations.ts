import { graphql } from '../../../gql';

/** A supporter's published cases (evidence on its page). */
export const SupporterCasesQuery = graphql(`
  query SupporterCases($id: ID!) {
    supporter(id: $id) {
      id
      trackRecord {
        ojt
      }
      caseStudies {
        id
        title
        fictional
      }
    }
  }
`);
