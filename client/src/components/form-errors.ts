import type { TFunction } from 'i18next';
import { graphQLErrorsOf } from './describe-error';

/** Messages by field path as the server names it (`name`, `serviceArea.prefectureCodes`). */
export type FieldErrors = Readonly<Record<string, string>>;

interface FieldProblem {
  field: string;
  reason: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    typeof value.field === 'string' &&
    'reason' in value &&
    typeof value.reason === 'string'
  );
}

/**
 * Every field-level problem in a failed request: all of class-validator's (`extensions.problems`),
 * or the one field a service named (BAD_USER_INPUT, or CONFLICT such as an email already in use).
 */
function fieldProblemsOf(error: unknown): FieldProblem[] {
  return graphQLErrorsOf(error).flatMap((graphQLError) => {
    const extensions = graphQLError.extensions ?? {};
    if (Array.isArray(extensions.problems)) return extensions.problems.filter(isFieldProblem);
    if (typeof extensions.field !== 'string') return [];
    const reason = typeof extensions.reason === 'string' ? extensions.reason : graphQLError.message;
    return [{ field: extensions.field, reason }];
  });
}

// The server's reasons are English and stable; each known one gets a Japanese (or English) sentence.
const REASONS: readonly { pattern: RegExp; message: (t: TFunction, match: RegExpMatchArray) => string }[] = [
  // Before the generic "is required": a draft may leave it empty, a submission may not.
  { pattern: /is required to submit the request/, message: (t) => t('validation.requiredToSubmit') },
  { pattern: /must not be blank|is required/, message: (t) => t('validation.required') },
  { pattern: /must be at most (\d+) characters/, message: (t, m) => t('validation.maxLength', { max: Number(m[1]) }) },
  { pattern: /must be at least (\d+) characters/, message: (t, m) => t('validation.minLength', { min: Number(m[1]) }) },
  { pattern: /must be an email address/, message: (t) => t('validation.email') },
  { pattern: /already exists/, message: (t) => t('validation.emailTaken') },
  { pattern: /already registered; its owner invites its members/, message: (t) => t('validation.organizationExists') },
  { pattern: /must not be negative/, message: (t) => t('validation.notNegative') },
  { pattern: /must not exceed capacity \((\d+)\)/, message: (t, m) => t('validation.loadOverCapacity', { capacity: Number(m[1]) }) },
  { pattern: /must be at most (\d+)$/, message: (t, m) => t('validation.maxNumber', { max: Number(m[1]) }) },
  { pattern: /at least one support type/, message: (t) => t('validation.chooseOne') },
  { pattern: /http:\/\/ or https:\/\//, message: (t) => t('validation.url') },
  { pattern: /phone number/, message: (t) => t('validation.phone') },
  { pattern: /at least one prefecture or municipality/, message: (t) => t('validation.serviceAreaEmpty') },
  { pattern: /already served as a whole/, message: (t) => t('validation.municipalityInWholePrefecture') },
  { pattern: /is invalid, has expired or has already been used/, message: (t) => t('validation.tokenInvalid') },
  { pattern: /is a ward/, message: (t) => t('validation.wardNotAllowed') },
  { pattern: /must be later than/, message: (t) => t('validation.dateOrder') },
  { pattern: /cannot remove yourself/, message: (t) => t('validation.removeSelf') },
  { pattern: /the RMO must have agreed/, message: (t) => t('validation.rmoAgreement') },
  { pattern: /must be between (\d+) and (\d+) months/, message: (t, m) => t('validation.monthsRange', { min: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /must be a month written as YYYY-MM/, message: (t) => t('validation.yearMonth') },
  { pattern: /must not be less than budgetMinYen/, message: (t) => t('validation.budgetOrder') },
  { pattern: /must be at most (\d+) yen/, message: (t, m) => t('validation.maxYen', { max: Number(m[1]).toLocaleString('ja-JP') }) },
  { pattern: /must be (\d+) or later/, message: (t, m) => t('validation.minYear', { min: Number(m[1]) }) },
  { pattern: /must be a real year/, message: (t) => t('validation.realYear') },
  { pattern: /must include the writing RMO's own record/, message: (t) => t('validation.ownRmo') },
  { pattern: /belongs to another municipality/, message: (t) => t('validation.rmoOtherMunicipality') },
  { pattern: /offers none of the support types/, message: (t) => t('validation.profileTypeMismatch') },
];

/** A message for one reason the server gave, in the UI language. */
export function describeReason(reason: string, t: TFunction): string {
  for (const { pattern, message } of REASONS) {
    const match = reason.match(pattern);
    if (match) return message(t, match);
  }
  return t('errors.badUserInput');
}

/** The server's field problems as messages by field path (the first per field). */
export function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  const errors: Record<string, string> = {};
  for (const { field, reason } of fieldProblemsOf(error)) {
    errors[field] ??= describeReason(reason, t);
  }
  return errors;
}

/** A field the form shows: its server path, the id of the control to focus, and its label. */
export interface FormFieldRef {
  path: string;
  id: string;
  label: string;
}

export interface ErrorSummaryEntry {
  id: string;
  label: string;
  message: string;
}

/**
 * The summary of a form's errors in the order the fields appear; problems on fields the form does
 * not show (a token, an id) are returned apart, to be shown as a message of the whole form.
 */
export function summarizeErrors(
  errors: FieldErrors,
  fields: readonly FormFieldRef[],
): { entries: ErrorSummaryEntry[]; unplaced: string[] } {
  const entries = fields.flatMap((field) => {
    const message = errors[field.path];
    return message ? [{ id: field.id, label: field.label, message }] : [];
  });
  const known = new Set(fields.map((field) => field.path));
  const unplaced = Object.entries(errors)
    .filter(([path]) => !known.has(path))
    .map(([, message]) => message);
  return { entries, unplaced };
}
