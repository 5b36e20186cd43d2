import { ApolloClient, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';

/** The cached shape of a SupporterConnection that paging needs to know about. */
interface CachedConnection {
  edges: readonly unknown[];
  [field: string]: unknown;
}

/**
 * One cache entry per filter: the first page replaces it, a page fetched with `after` is
 * appended (totalCount, facets and pageInfo come from the newest page).
 */
const supporterConnectionPolicy: FieldPolicy<CachedConnection> = {
  keyArgs: ['filter'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { supporters: supporterConnectionPolicy } },
        // Reference data has natural keys instead of ids.
        Prefecture: { keyFields: ['code'] },
        Municipality: { keyFields: ['code'] },
        // Facets and contact belong to their parent; no identity of their own.
        SupporterFacets: { keyFields: false },
        ServiceArea: { keyFields: false },
      },
    }),
  });
}
