import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { LIMITS } from '@tsunagu/shared';
import { SearchSupportersQuery } from '../graphql/supporters.operations';
import { toSupporterFilter, type SupporterSearchState } from '../search-state';

/** Runs the search for a state; keeps showing the previous results while a new search loads. */
export function useSupporterSearch(state: SupporterSearchState) {
  const filter = useMemo(() => toSupporterFilter(state), [state]);
  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(SearchSupportersQuery, {
    variables: { filter, sort: state.sort, first: LIMITS.pageSizeDefault },
    notifyOnNetworkStatusChange: true,
  });

  const connection = (data ?? previousData)?.supporters;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  // "Current" means the shown results belong to this exact filter and nothing is in flight.
  const isCurrent = data !== undefined && networkStatus === NetworkStatus.ready;

  const loadMore = useCallback(async () => {
    const endCursor = data?.supporters.pageInfo.endCursor;
    if (!endCursor) return;
    // The Query.supporters field policy appends the page to the cached connection.
    await fetchMore({ variables: { after: endCursor } });
  }, [data, fetchMore]);

  const retry = useCallback(() => {
    void refetch();
  }, [refetch]);

  return {
    connection,
    isSearching: !isCurrent && !isLoadingMore && !error,
    isLoadingMore,
    isCurrent,
    error,
    loadMore,
    retry,
  };
}
