import type { TFunction } from 'i18next';
import { ConflictReason, ErrorCode, isEnumValue, type ReasonParams } from '@tsunagu/shared';
import { describeInputReason, graphQLErrorsOf, paramsOf } from './describe-error';

/** Messages by field path as the server names it (`name`, `serviceArea.prefectureCodes`). */
export type FieldErrors = Readonly<Record<string, string>>;

interface FieldProblem {
  field: string;
  reason: unknown;
  params: ReasonParams;
}

function isFieldProblem(value: unknown): value is { field: string; reason?: unknown; params?: unknown } {
  return typeof value === 'object' && value !== null && 'field' in value && typeof value.field === 'string';
}

/**
 * Every field-level problem in a failed request: all of class-validator's (`extensions.problems`),
 * or the one field a service named (BAD_USER_INPUT, or CONFLICT such as an email already in use).
 */
function fieldProblemsOf(error: unknown): { problem: FieldProblem; code: unknown }[] {
  return graphQLErrorsOf(error).flatMap((graphQLError) => {
    const extensions = graphQLError.extensions ?? {};
    const code = extensions.code;
    const problems = Array.isArray(extensions.problems) ? extensions.problems.filter(isFieldProblem) : isFieldProblem(extensions) ? [extensions] : [];
    return problems.map((problem) => ({ problem: { field: problem.field, reason: problem.reason, params: paramsOf(problem.params) }, code }));
  });
}

/** The server's field problems as messages by field path (the first per field), worded from their reason codes. */
export function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  const errors: Record<string, string> = {};
  for (const { problem, code } of fieldProblemsOf(error)) {
    // A CONFLICT on a field (an email in use) words its own reason.
    const message =
      code === ErrorCode.CONFLICT && isEnumValue(ConflictReason, problem.reason)
        ? t(`reasons.conflict.${problem.reason}`)
        : describeInputReason(t, problem.reason, problem.params, problem.field);
    errors[problem.field] ??= message;
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
