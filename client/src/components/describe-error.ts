import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';
import {
  BadRequestReason,
  QueryLimitReason,
  ConflictReason,
  ErrorCode,
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  RateLimitReason,
  ServiceUnavailableReason,
  UnauthenticatedReason,
  isEnumValue,
  type ReasonParams,
} from '@tsunagu/shared';

/** The GraphQL errors carried by an Apollo error, also when a non-200 response had a GraphQL body. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
        return body.errors as GraphQLFormattedError[];
      }
    } catch {
      // Not JSON: a proxy or gateway answered, which is a connection problem for the user.
    }
  }
  return [];
}

/** The stable `extensions.code` of the first GraphQL error, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The machine-readable `extensions.reason` of the first GraphQL error, if any. */
export function errorReasonOf(error: unknown): string | undefined {
  const reason = graphQLErrorsOf(error)[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** The offending input field the server named (`filter.text` → `text`). */
export function errorFieldOf(error: unknown): string | undefined {
  const field = graphQLErrorsOf(error)[0]?.extensions?.field;
  return typeof field === 'string' ? field.split('.').at(-1) : undefined;
}

/** `extensions.params` as message values: only text, numbers and flags. */
export function paramsOf(value: unknown): ReasonParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
  ) as ReasonParams;
}

// Where the general wording of a reason would read oddly for one field (the field's last path segment).
const FIELD_WORDING: Partial<Record<string, Partial<Record<InputReason, 'fieldReasons.monthsRange' | 'fieldReasons.yenAtMost' | 'fieldReasons.yearRange'>>>> = {
  durationMonths: { OUT_OF_RANGE: 'fieldReasons.monthsRange' },
  budgetMinYen: { OUT_OF_RANGE: 'fieldReasons.yenAtMost', TOO_LARGE: 'fieldReasons.yenAtMost' },
  budgetMaxYen: { OUT_OF_RANGE: 'fieldReasons.yenAtMost', TOO_LARGE: 'fieldReasons.yenAtMost' },
  foundedYear: { OUT_OF_RANGE: 'fieldReasons.yearRange' },
};

/**
 * The message of an input reason (the server's or the form's own check), in the UI language,
 * with its params; `field` picks a field-specific wording where there is one.
 */
export function describeInputReason(t: TFunction, reason: unknown, params: ReasonParams = {}, field?: string): string {
  if (!isEnumValue(InputReason, reason)) return t('errors.badUserInput');
  const special = field ? FIELD_WORDING[field.split('.').at(-1) ?? field]?.[reason] : undefined;
  return special ? t(special, params) : t(`reasons.input.${reason}`, params);
}

/** Whole minutes to wait after RATE_LIMITED (at least one). */
export function retryAfterMinutes(error: unknown): number {
  const seconds = graphQLErrorsOf(error)[0]?.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** A message an officer can act on, in the UI language, from the code and reason; never the server's English. */
export function describeError(error: unknown, t: TFunction): string {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length === 0) return t('errors.network');
  const extensions = graphQLErrors[0].extensions ?? {};
  const reason = extensions.reason;
  switch (errorCodeOf(error)) {
    case ErrorCode.BAD_USER_INPUT:
    case 'GRAPHQL_VALIDATION_FAILED': {
      const field = errorFieldOf(error);
      const fieldNames: Record<string, string> = t('errors.fields', { returnObjects: true });
      const fieldName = field ? (fieldNames[field] ?? field) : undefined;
      const detail = describeInputReason(t, reason, paramsOf(extensions.params), field);
      return fieldName ? t('errors.badUserInputField', { field: fieldName, reason: detail }) : detail;
    }
    case ErrorCode.UNAUTHENTICATED:
      return isEnumValue(UnauthenticatedReason, reason) ? t(`reasons.unauthenticated.${reason}`) : t('errors.unauthenticated');
    case ErrorCode.FORBIDDEN:
      return isEnumValue(ForbiddenReason, reason) ? t(`reasons.forbidden.${reason}`) : t('errors.forbidden');
    case ErrorCode.NOT_FOUND:
      return isEnumValue(NotFoundReason, reason) ? t(`reasons.notFound.${reason}`) : t('errors.notFound');
    case ErrorCode.CONFLICT:
      return isEnumValue(ConflictReason, reason) ? t(`reasons.conflict.${reason}`) : t('errors.conflict');
    case ErrorCode.RATE_LIMITED:
      return isEnumValue(RateLimitReason, reason)
        ? t(`reasons.rateLimited.${reason}`, { minutes: retryAfterMinutes(error) })
        : t('errors.rateLimited');
    case ErrorCode.SERVICE_UNAVAILABLE:
      return isEnumValue(ServiceUnavailableReason, reason) ? t(`reasons.serviceUnavailable.${reason}`) : t('errors.internal');
    case ErrorCode.BAD_REQUEST:
      return isEnumValue(BadRequestReason, reason) ? t(`reasons.badRequest.${reason}`) : t('errors.internal');
    case ErrorCode.QUERY_TOO_COMPLEX:
      return isEnumValue(QueryLimitReason, reason) ? t(`reasons.queryLimit.${reason}`) : t('errors.internal');
    // A page loaded before a release asks by hashes the new server no longer has.
    case ErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ErrorCode.PERSISTED_QUERY_REQUIRED:
      return t('errors.outdatedClient');
    default:
      return t('errors.internal');
  }
}
