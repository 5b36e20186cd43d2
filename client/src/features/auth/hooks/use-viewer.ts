import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { MeQuery } from '../graphql/auth.operations';

export type Viewer = ViewerFieldsFragment;

/** The signed-in user (null when signed out); `isLoading` only until the first answer. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return {
    viewer: data?.me ?? null,
    isLoading: loading && data === undefined,
    error,
    retry: () => void refetch(),
  };
}

/**
 * Forgets everything fetched under the previous identity and refetches what is on screen:
 * contact details, own profiles and `me` itself depend on who is signed in.
 */
export function useResetAfterSessionChange(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    // A page query the new identity may not run fails on its own and shows its own error.
    await client.resetStore().catch(() => undefined);
  }, [client]);
}
