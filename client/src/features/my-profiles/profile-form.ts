import type { TFunction } from 'i18next';
import { Availability, InputReason, LIMITS, PROFILE_LIMITS, type Framework, type Step, type SupportType, SupporterKind } from '@tsunagu/shared';
import { FormCheck } from '../../components/form-check';
import type { FieldErrors } from '../../components/form-errors';
import { parseWholeNumber } from '../../components/whole-number';
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

/**
 * Every rule the client can tell before asking the server, all at once (numbers, addresses,
 * readings, lengths and the service area alike), so one save shows every problem.
 */
export function checkProfile(values: ProfileFormValues, t: TFunction): FieldErrors {
  const check = new FormCheck(t)
    .text('name', values.name, LIMITS.nameMaxLength, { required: true })
    .text('kana', values.kana, LIMITS.kanaMaxLength, { required: true, kana: true })
    .text('summary', values.summary, LIMITS.summaryMaxLength, { required: true })
    .text('description', values.description, LIMITS.descriptionMaxLength);
  if (values.supportTypes.length === 0) check.refuse('supportTypes', InputReason.TOO_FEW, { min: 1 });
  if (values.prefectureCodes.length === 0 && values.municipalities.length === 0 && !values.remoteAvailable) {
    check.refuse('serviceArea', InputReason.SERVICE_AREA_EMPTY);
  }
  const capacity = check.wholeNumber('capacity', values.capacity, { min: 0, max: PROFILE_LIMITS.capacityMax, required: true });
  const load = check.wholeNumber('currentLoad', values.currentLoad, { min: 0, max: Number.MAX_SAFE_INTEGER, required: true });
  if (capacity !== null && load !== null && load > capacity) check.refuse('currentLoad', InputReason.LOAD_OVER_CAPACITY, { capacity });
  check.text('feeNotes', values.feeNotes, LIMITS.feeNotesMaxLength);
  check.wholeNumber('yearsActive', values.yearsActive, { min: 0, max: PROFILE_LIMITS.yearsActiveMax });
  return check
    .webAddress('website', values.website, PROFILE_LIMITS.websiteMaxLength)
    .email('contactEmail', values.contactEmail)
    .phone('contactPhone', values.contactPhone)
    .result();
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
