import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/** The cached shape of a cursor connection (supporters, audit log, requests) that paging needs to know about. */
interface CachedConnection {
  edges: readonly unknown[];
  [field: string]: unknown;
}

/**
 * One cache entry per filter (and order): the first page replaces it, a page fetched with `after`
 * is appended (totalCount, facets and pageInfo come from the newest page).
 */
const cursorConnectionPolicy: FieldPolicy<CachedConnection> = {
  keyArgs: ['filter', 'sort'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};

/** The hash codegen embeds in every generated document (src/gql/persisted-documents.json holds its text). */
function trustedDocumentHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('An operation without a trusted-document hash: write it with graphql() and run npm run codegen');
  return hash;
}

/**
 * Trusted documents: every request names its operation by the hash codegen generated, never by
 * its text, and is never retried with the text (production runs only the build's own operations).
 */
const trustedDocumentLink = new PersistedQueryLink({ generateHash: trustedDocumentHash, retry: () => false, disable: () => false });

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // The session is an httpOnly cookie on this origin; the browser sends it, scripts never see it.
    link: ApolloLink.from([trustedDocumentLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            supporters: cursorConnectionPolicy,
            auditLog: cursorConnectionPolicy,
            supportRequests: cursorConnectionPolicy,
            publishedSupportRequests: cursorConnectionPolicy,
            notifications: cursorConnectionPolicy,
            // A request or RMO just saved is already cached: its page opens without a round trip.
            supportRequest: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'SupportRequest', id: args?.id }) },
            rmo: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Rmo', id: args?.id }) },
          },
        },
        // Reference data and site pages have natural keys instead of ids.
        Prefecture: { keyFields: ['code'] },
        SitePage: { keyFields: ['slug'] },
        Municipality: { keyFields: ['code'] },
        // Facets and contact belong to their parent; no identity of their own.
        SupporterFacets: { keyFields: false },
        ServiceArea: { keyFields: false },
        SupporterContact: { keyFields: false },
        // The viewer is a singleton under Query.me; its user and organization have ids.
        Me: { keyFields: false },
      },
    }),
  });
}
