import type { TFunction } from 'i18next';
import { Availability, type Framework, type Step, type SupportType, SupporterKind } from '@tsunagu/shared';
import type { FieldErrors } from '../../components/form-errors';
import { isWholeNumber, parseWholeNumber } from '../../components/whole-number';
import type { OwnProfileFieldsFragment, SupporterProfileInput } from '../../gql/graphql';

/** A municipality in the service area, with what the editor needs to show it without a look-up. */
export interface ChosenMunicipality {
  code: string;
  name: string;
  prefectureCode: string;
}

/** The editor's state: text as typed (numbers too, so a half-typed value is not lost). */
export interface ProfileFormValues {
  name: string;
  kana: string;
  kind: SupporterKind;
  summary: string;
  description: string;
  supportTypes: SupportType[];
  prefectureCodes: string[];
  municipalities: ChosenMunicipality[];
  remoteAvailable: boolean;
  frameworks: Framework[];
  feeNotes: string;
  capacity: string;
  currentLoad: string;
  availability: Availability;
  steps: Step[];
  yearsActive: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
}

export const EMPTY_PROFILE: ProfileFormValues = {
  name: '',
  kana: '',
  kind: SupporterKind.NPO,
  summary: '',
  description: '',
  supportTypes: [],
  prefectureCodes: [],
  municipalities: [],
  remoteAvailable: false,
  frameworks: [],
  feeNotes: '',
  capacity: '1',
  currentLoad: '0',
  availability: Availability.ACCEPTING,
  steps: [],
  yearsActive: '',
  website: '',
  contactEmail: '',
  contactPhone: '',
};

export function valuesOfProfile(profile: OwnProfileFieldsFragment): ProfileFormValues {
  return {
    name: profile.name,
    kana: profile.kana,
    kind: profile.kind,
    summary: profile.summary,
    description: profile.description,
    supportTypes: [...profile.supportTypes],
    prefectureCodes: profile.serviceArea.prefectures.map((prefecture) => prefecture.code),
    municipalities: profile.serviceArea.municipalities.map(({ code, name, prefectureCode }) => ({ code, name, prefectureCode })),
    remoteAvailable: profile.remoteAvailable,
    frameworks: [...profile.frameworks],
    feeNotes: profile.feeNotes ?? '',
    capacity: String(profile.capacity),
    currentLoad: String(profile.currentLoad),
    availability: profile.availability,
    steps: [...profile.steps],
    yearsActive: profile.yearsActive === null || profile.yearsActive === undefined ? '' : String(profile.yearsActive),
    website: profile.website ?? '',
    contactEmail: profile.contact?.email ?? '',
    contactPhone: profile.contact?.phone ?? '',
  };
}

/** What the client can tell before asking the server: required text and whole numbers. */
export function checkProfile(values: ProfileFormValues, t: TFunction): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of ['name', 'kana', 'summary'] as const) {
    if (!values[field].trim()) errors[field] = t('reasons.input.REQUIRED');
  }
  for (const field of ['capacity', 'currentLoad'] as const) {
    if (!isWholeNumber(values[field])) errors[field] = t('reasons.input.NOT_WHOLE_NUMBER');
  }
  if (values.yearsActive.trim() && !isWholeNumber(values.yearsActive)) errors.yearsActive = t('reasons.input.NOT_WHOLE_NUMBER');
  return errors;
}

/** The mutation input; call after checkProfile found nothing. Blank optional text is sent as null. */
export function toProfileInput(values: ProfileFormValues): SupporterProfileInput {
  const optionalText = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    kana: values.kana.trim(),
    kind: values.kind,
    summary: values.summary.trim(),
    description: values.description.trim(),
    supportTypes: values.supportTypes,
    remoteAvailable: values.remoteAvailable,
    serviceArea: {
      prefectureCodes: values.prefectureCodes,
      // A municipality inside a prefecture served as a whole adds nothing (and the server refuses it).
      municipalityCodes: values.municipalities
        .filter((municipality) => !values.prefectureCodes.includes(municipality.prefectureCode))
        .map((municipality) => municipality.code),
    },
    frameworks: values.frameworks,
    feeNotes: optionalText(values.feeNotes),
    capacity: parseWholeNumber(values.capacity),
    currentLoad: parseWholeNumber(values.currentLoad),
    availability: values.availability,
    steps: values.steps,
    yearsActive: values.yearsActive.trim() ? parseWholeNumber(values.yearsActive) : null,
    website: optionalText(values.website),
    contactEmail: optionalText(values.contactEmail),
    contactPhone: optionalText(values.contactPhone),
  };
}
