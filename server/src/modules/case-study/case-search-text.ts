import { STEP_LABELS, SUPPORT_TYPE_LABELS, distinctBigrams, foldForSearch, type Step, type SupportType } from '@tsunagu/shared';

/** What a case is found by: its own words, its places, its support types and steps in Japanese, and the RMOs' names unless hidden. */
export interface CaseSearchSource {
  title: string;
  summary: string;
  process: string;
  outcomes: string;
  lessons: string;
  supportTypes: readonly SupportType[];
  steps: readonly Step[];
  placeNames: readonly string[];
  rmoNames: readonly string[];
}

/**
 * The folded text a case search reads and its distinct bigrams, computed once when a case is
 * written (the catalogue's folding, foldForSearch; its bigram approach, distinctBigrams): a search
 * finds candidates by bigrams and confirms each word on the folded text.
 */
export function caseSearchFields(source: CaseSearchSource): { searchText: string; searchBigrams: string[] } {
  const text = [
    source.title,
    source.summary,
    source.process,
    source.outcomes,
    source.lessons,
    ...source.placeNames,
    ...source.supportTypes.map((t) => SUPPORT_TYPE_LABELS[t].ja),
    ...source.steps.map((s) => STEP_LABELS[s].ja),
    ...source.rmoNames,
  ].join('\n');
  const searchText = foldForSearch(text);
  return { searchText, searchBigrams: distinctBigrams(searchText) };
}
