import { MATCH_WORDING } from '@tsunagu/shared';
import type { Messages } from '../ja';

/** English messages: matches. */
export const matching: Pick<Messages, 'matches' | 'matchExplanations' | 'matchExplanationParts'> = {
  matches: {
    title: 'Candidate supporters',
    lead: 'Supporters offering a wanted support type, by score out of 100. The score adds up eight factors — support types, area, availability, funding, step, track record, acquaintance and interest — each with its reason.',
    loading: 'Loading candidates…',
    empty: 'No candidate supporters yet.',
    emptyHint: 'Enter the wanted support types to see the supporters who offer them.',
    listLabel: 'Candidate supporters, best first',
    rank: 'No. {{rank}}',
    outOf: ' / 100 points',
    breakdownCaption: 'How {{name}} scored',
    factor: 'Factor',
    points: 'Points',
    reason: 'Why',
    pointsOf: '{{points}} / {{weight}}',
    weight: 'up to {{weight}}',
    total: 'Total',
    noReason: 'Not scored',
    flagsLabel: 'Warnings',
    compare: 'Add to comparison',
    comparisonHeading: 'Comparison ({{count}} of {{max}})',
    comparisonHint: 'Choose up to {{max}} with “Add to comparison” to see them side by side, factor by factor.',
    comparisonCaption: 'Candidates compared factor by factor',
    comparisonFull: 'You can compare at most {{max}}. Remove one from the comparison first.',
    removeFromComparison: 'Remove from comparison',
    removeFromComparisonLabel: 'Remove from comparison: {{name}}',
    compareWhom: ' ({{name}})',
    added: 'Added {{name}} to the comparison ({{count}} of {{max}})',
    removed: 'Removed {{name}} from the comparison',
  },
  ...MATCH_WORDING.en,
};
