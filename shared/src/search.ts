import type { BilingualLabel } from './labels';

/** Orders of the supporter search. */
export enum SupporterSort {
  /** Nearest locality tier first (with an area chosen), then fresh before stale, text relevance, newest confirmation. */
  RELEVANCE = 'RELEVANCE',
  /** Newest availability confirmation first. */
  CONFIRMED = 'CONFIRMED',
  /** Most free slots first (not accepting counts as none), then as RELEVANCE. */
  FREE_CAPACITY = 'FREE_CAPACITY',
}

export const SUPPORTER_SORT_LABELS: Readonly<Record<SupporterSort, BilingualLabel>> = {
  RELEVANCE: { ja: '関連度順', en: 'Relevance' },
  CONFIRMED: { ja: '確認日が新しい順', en: 'Newest confirmation' },
  FREE_CAPACITY: { ja: '空きが多い順', en: 'Most free slots' },
};
