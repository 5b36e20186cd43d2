import { sufficiencySentence, type SufficiencyExplanation } from '@tsunagu/shared';
import type { SufficiencyExplanationFieldsFragment } from '../../gql/graphql';
import type { Locale } from '@tsunagu/shared';

/** The explanation's sentence in the viewer's language (the server sends codes and figures). */
export function explain(explanation: SufficiencyExplanationFieldsFragment, locale: Locale): string {
  return sufficiencySentence(explanation as SufficiencyExplanation, locale);
}
