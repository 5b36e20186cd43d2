import { useRef, useState } from 'react';

/**
 * 「もっと見る」 for a cursor-paged list: fetches the page after `endCursor`, then moves focus to its
 * first item, so keyboard and screen-reader users continue where the new items start.
 */
export function useLoadMore<E extends HTMLElement>(shown: number, endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const firstNewRef = useRef<E>(null);
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);
  return {
    async loadMore(): Promise<void> {
      if (!endCursor) return;
      await fetchPage(endCursor);
      setFirstNewIndex(shown);
      requestAnimationFrame(() => firstNewRef.current?.focus());
    },
    /** Whether the item at `index` is the first of the page loaded last. */
    isFirstNew: (index: number) => index === firstNewIndex,
    /** The ref of the item at `index`: only the first of the page loaded last has it. */
    refAt: (index: number) => (index === firstNewIndex ? firstNewRef : undefined),
  };
}
