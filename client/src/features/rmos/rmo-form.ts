import type { TFunction } from 'i18next';
import { OptimizationState, RmoLegalForm, type RmoActivity, type RmoChallenge } from '@tsunagu/shared';
import type { FieldErrors } from '../../components/form-errors';
import { isWholeNumber, parseWholeNumber } from '../../components/whole-number';
import type { RmoFieldsFragment, RmoInput } from '../../gql/graphql';

/** The RMO form's state: text as typed. */
export interface RmoFormValues {
  name: string;
  areaUnit: string;
  legalForm: RmoLegalForm;
  foundedYear: string;
  activities: RmoActivity[];
  activitiesNote: string;
  challenges: RmoChallenge[];
  challengesNote: string;
  optimizationState: OptimizationState;
}

// Defaults are the survey's most common answers (任意団体 90.9%), to be corrected where they differ.
export const EMPTY_RMO: RmoFormValues = {
  name: '',
  areaUnit: '',
  legalForm: RmoLegalForm.VOLUNTARY_ASSOCIATION,
  foundedYear: '',
  activities: [],
  activitiesNote: '',
  challenges: [],
  challengesNote: '',
  optimizationState: OptimizationState.NEITHER,
};

export function valuesOfRmo(rmo: RmoFieldsFragment): RmoFormValues {
  return {
    name: rmo.name,
    areaUnit: rmo.areaUnit ?? '',
    legalForm: rmo.legalForm,
    foundedYear: rmo.foundedYear === null || rmo.foundedYear === undefined ? '' : String(rmo.foundedYear),
    activities: [...rmo.activities],
    activitiesNote: rmo.activitiesNote ?? '',
    challenges: [...rmo.challenges],
    challengesNote: rmo.challengesNote ?? '',
    optimizationState: rmo.optimizationState,
  };
}

/** What the client can tell before asking the server: a name, and a year in digits. */
export function checkRmo(values: RmoFormValues, t: TFunction): FieldErrors {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = t('reasons.input.REQUIRED');
  if (values.foundedYear.trim() && !isWholeNumber(values.foundedYear)) errors.foundedYear = t('reasons.input.NOT_WHOLE_NUMBER');
  return errors;
}

/** The whole record as the server replaces it; call after checkRmo found nothing. Blank text is null. */
export function toRmoInput(values: RmoFormValues, municipalityCode: string): RmoInput {
  const optionalText = (value: string) => value.trim() || null;
  return {
    municipalityCode,
    name: values.name.trim(),
    areaUnit: optionalText(values.areaUnit),
    legalForm: values.legalForm,
    foundedYear: values.foundedYear.trim() ? parseWholeNumber(values.foundedYear) : null,
    activities: values.activities,
    activitiesNote: optionalText(values.activitiesNote),
    challenges: values.challenges,
    challengesNote: optionalText(values.challengesNote),
    optimizationState: values.optimizationState,
  };
}
