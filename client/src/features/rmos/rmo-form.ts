import type { TFunction } from 'i18next';
import { OptimizationState, REQUEST_LIMITS, RmoLegalForm, type RmoActivity, type RmoChallenge, type SupportType } from '@tsunagu/shared';
import { FormCheck } from '../../components/form-check';
import type { FieldErrors } from '../../components/form-errors';
import { parseWholeNumber } from '../../components/whole-number';
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
  wantedSupportTypes: SupportType[];
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
  wantedSupportTypes: [],
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
    wantedSupportTypes: [...rmo.wantedSupportTypes],
    optimizationState: rmo.optimizationState,
  };
}

/** Every rule the client can tell before asking the server, all at once: the name, lengths and the year. */
export function checkRmo(values: RmoFormValues, t: TFunction): FieldErrors {
  const check = new FormCheck(t)
    .text('name', values.name, REQUEST_LIMITS.rmoNameMaxLength, { required: true })
    .text('areaUnit', values.areaUnit, REQUEST_LIMITS.areaUnitMaxLength)
    .text('activitiesNote', values.activitiesNote, REQUEST_LIMITS.rmoNoteMaxLength)
    .text('challengesNote', values.challengesNote, REQUEST_LIMITS.rmoNoteMaxLength);
  check.wholeNumber('foundedYear', values.foundedYear, { min: REQUEST_LIMITS.foundedYearMin, max: REQUEST_LIMITS.foundedYearMax });
  return check.result();
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
    wantedSupportTypes: values.wantedSupportTypes,
    optimizationState: values.optimizationState,
  };
}
