import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorFieldOf } from '../../../components/describe-error';
import { SupporterDetailQuery } from '../graphql/supporters.operations';

/** One supporter's profile; a malformed id counts as "not found" rather than as an error. */
export function useSupporterDetail(id: string) {
  const { data, loading, error, refetch } = useQuery(SupporterDetailQuery, { variables: { id } });
  const isMalformedId = errorCodeOf(error) === 'BAD_USER_INPUT' && errorFieldOf(error) === 'id';
  return {
    supporter: data?.supporter ?? null,
    isLoading: loading,
    isNotFound: isMalformedId || (!loading && !error && data?.supporter === null),
    error: isMalformedId ? undefined : error,
    retry: () => void refetch(),
  };
}
