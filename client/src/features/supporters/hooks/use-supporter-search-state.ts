import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchParams, toSearchParams, type SupporterSearchState } from '../search-state';

export interface SearchStateUpdateOptions {
  /** Replace the history entry (typing) instead of adding one (discrete choices, so Back undoes them). */
  replace?: boolean;
}

/** A change made here that the URL has not caught up with yet. */
interface PendingChange {
  /** The query string it was made on; once the URL differs, the URL is the truth again. */
  madeOnQuery: string;
  state: SupporterSearchState;
}

/**
 * The search state read from and written to the URL query string. Router navigation is
 * asynchronous, so a change is shown at once (checkboxes must not flick back) until the URL has it.
 */
export function useSupporterSearchState(): [
  SupporterSearchState,
  (patch: Partial<SupporterSearchState>, options?: SearchStateUpdateOptions) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const queryString = searchParams.toString();
  const urlState = useMemo(() => parseSearchParams(new URLSearchParams(queryString)), [queryString]);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const state = pending && pending.madeOnQuery === queryString ? pending.state : urlState;

  const update = useCallback(
    (patch: Partial<SupporterSearchState>, options: SearchStateUpdateOptions = {}) => {
      const next = { ...state, ...patch };
      // A new prefecture invalidates the municipality chosen inside the old one.
      if ('prefectureCode' in patch && !('municipalityCode' in patch)) next.municipalityCode = null;
      setPending({ madeOnQuery: queryString, state: next });
      setSearchParams(toSearchParams(next), { replace: options.replace ?? false, preventScrollReset: true });
    },
    [state, queryString, setSearchParams],
  );

  return [state, update];
}
