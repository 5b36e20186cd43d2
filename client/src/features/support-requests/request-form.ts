import type { TFunction } from 'i18next';
import { InputReason, REQUEST_LIMITS, type FundingRoute, type RequestFormat, type Step, type SupportPhase, type SupportType } from '@tsunagu/shared';
import { FormCheck } from '../../components/form-check';
import type { FieldErrors } from '../../components/form-errors';
import type { SupportRequestFieldsFragment, SupportRequestInput } from '../../gql/graphql';
import { isWholeNumber, parseWholeNumber } from '../../components/whole-number';

/** Whether the request concerns the whole municipality or named RMOs. */
export type RequestScope = 'WHOLE' | 'RMOS';

/** The form's state: text as typed, `''` for a choice not made yet (saved as null in a draft). */
export interface RequestFormValues {
  title: string;
  background: string;
  scope: RequestScope;
  rmoIds: string[];
  /** Most important first. */
  supportTypes: SupportType[];
  step: Step | '';
  phase: SupportPhase | '';
  startYear: string;
  startMonth: string;
  durationMonths: string;
  format: RequestFormat | '';
  fundingRoute: FundingRoute | '';
  budgetMinYen: string;
  budgetMaxYen: string;
  rmoAgreementConfirmed: boolean;
  published: boolean;
}

export const EMPTY_REQUEST: RequestFormValues = {
  title: '',
  background: '',
  scope: 'WHOLE',
  rmoIds: [],
  supportTypes: [],
  step: '',
  phase: '',
  startYear: '',
  startMonth: '',
  durationMonths: '',
  format: '',
  fundingRoute: '',
  budgetMinYen: '',
  budgetMaxYen: '',
  rmoAgreementConfirmed: false,
  published: false,
};

/** The form's five steps, in order (1-based in the URL). */
export const REQUEST_FORM_STEPS = ['overview', 'support', 'schedule', 'funding', 'review'] as const;
export type RequestFormStep = (typeof REQUEST_FORM_STEPS)[number];

/** The step that shows each field the server may name, so a refused field is shown where it can be corrected. */
export const STEP_OF_FIELD: Readonly<Record<string, RequestFormStep>> = {
  title: 'overview',
  background: 'overview',
  rmoIds: 'overview',
  supportTypes: 'support',
  step: 'support',
  phase: 'support',
  desiredStart: 'schedule',
  durationMonths: 'schedule',
  format: 'schedule',
  fundingRoute: 'funding',
  budgetMinYen: 'funding',
  budgetMaxYen: 'funding',
  rmoAgreementConfirmed: 'review',
  published: 'review',
};

export function valuesOfRequest(request: SupportRequestFieldsFragment): RequestFormValues {
  const [startYear = '', startMonth = ''] = request.desiredStart?.split('-') ?? [];
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    title: request.title,
    background: request.background,
    scope: request.rmos.length > 0 ? 'RMOS' : 'WHOLE',
    rmoIds: request.rmos.map((rmo) => rmo.id),
    supportTypes: [...request.supportTypes],
    step: request.step ?? '',
    phase: request.phase ?? '',
    startYear,
    startMonth,
    durationMonths: text(request.durationMonths),
    format: request.format ?? '',
    fundingRoute: request.fundingRoute ?? '',
    budgetMinYen: text(request.budgetMinYen),
    budgetMaxYen: text(request.budgetMaxYen),
    rmoAgreementConfirmed: request.rmoAgreementConfirmed,
    published: request.published,
  };
}

/** "YYYY-MM" once both parts are chosen. */
export function desiredStartOf(values: Pick<RequestFormValues, 'startYear' | 'startMonth'>): string | null {
  return values.startYear && values.startMonth ? `${values.startYear}-${values.startMonth}` : null;
}

/**
 * What the client can tell before saving, all at once: the title, lengths, whole numbers in their
 * ranges (a budget beyond ¥1,000,000,000 is named on its field, never sent as an overflowing Int),
 * a start month chosen whole, RMOs named when the scope says so. Completeness for submission is
 * the server's to judge.
 */
export function checkRequest(values: RequestFormValues, t: TFunction): FieldErrors {
  const check = new FormCheck(t)
    .text('title', values.title, REQUEST_LIMITS.titleMaxLength, { required: true })
    .text('background', values.background, REQUEST_LIMITS.backgroundMaxLength);
  if (values.scope === 'RMOS' && values.rmoIds.length === 0) check.refuse('rmoIds', InputReason.TOO_FEW, { min: 1 });
  if (Boolean(values.startYear) !== Boolean(values.startMonth)) check.refuse('desiredStart', InputReason.NOT_YEAR_MONTH);
  const { durationMonthsMin, durationMonthsMax, budgetYenMax } = REQUEST_LIMITS;
  check.wholeNumber('durationMonths', values.durationMonths, { min: durationMonthsMin, max: durationMonthsMax });
  const budgetMin = check.wholeNumber('budgetMinYen', values.budgetMinYen, { min: 0, max: budgetYenMax });
  const budgetMax = check.wholeNumber('budgetMaxYen', values.budgetMaxYen, { min: 0, max: budgetYenMax });
  if (budgetMin !== null && budgetMax !== null && budgetMax < budgetMin) check.refuse('budgetMaxYen', InputReason.BUDGET_MAX_BELOW_MIN);
  return check.result();
}

/** The whole request as the server replaces it (undecided is null); check it first with checkRequest. */
export function toRequestInput(values: RequestFormValues, municipalityCode: string): SupportRequestInput {
  const number = (value: string) => (isWholeNumber(value) ? parseWholeNumber(value) : null);
  return {
    municipalityCode,
    title: values.title.trim(),
    background: values.background.trim() || null,
    rmoIds: values.scope === 'RMOS' ? values.rmoIds : [],
    // An empty list is refused: "not decided yet" is null.
    supportTypes: values.supportTypes.length > 0 ? values.supportTypes : null,
    step: values.step || null,
    phase: values.phase || null,
    desiredStart: desiredStartOf(values),
    durationMonths: number(values.durationMonths),
    format: values.format || null,
    fundingRoute: values.fundingRoute || null,
    budgetMinYen: number(values.budgetMinYen),
    budgetMaxYen: number(values.budgetMaxYen),
    rmoAgreementConfirmed: values.rmoAgreementConfirmed,
    published: values.published,
  };
}
