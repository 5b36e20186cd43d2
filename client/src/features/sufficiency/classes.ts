import { SUFFICIENCY_CLASSES } from '@tsunagu/shared';
import type { SufficiencyClass } from '../../gql/graphql';

/** A symbol per class, shown beside colour and pattern so that colour is never the only signal. */
export const CLASS_SYMBOLS: Readonly<Record<SufficiencyClass, string>> = {
  SUFFICIENT: '◎',
  SHORT_IN_NUMBER: '△',
  SHORT_IN_VARIETY: '◇',
  SHORT_IN_BOTH: '✕',
  UNKNOWN: '？',
};

/** Legends list the classes from best to unknown. */
export const LEGEND_ORDER: readonly SufficiencyClass[] = SUFFICIENCY_CLASSES as readonly string[] as readonly SufficiencyClass[];

/** The modifier class that gives a tile or badge its colour and pattern. */
export function classModifier(classification: SufficiencyClass): string {
  return `suff-class--${classification.toLowerCase().replace(/_/g, '-')}`;
}
