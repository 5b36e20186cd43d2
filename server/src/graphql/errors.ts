import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import {
  ErrorCode,
  InputReason,
  QueryLimitReason,
  ServiceUnavailableReason,
  assertUnreachable,
  isEnumValue,
  type ReasonParams,
  type ReasonParamValue,
} from '@tsunagu/shared';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from '../common/domain-errors';
import { databaseUnavailableReason } from '../db/database-errors';
import { reasonOfConstraint } from './validation';

type Extensions = Record<string, unknown>;

/** Every concrete domain error, so a switch on `code` narrows to its class. */
type AnyDomainError = InvalidInputError | UnauthenticatedError | ForbiddenError | NotFoundError | ConflictError | RateLimitedError;

// Codes Apollo or graphql-js give problems in the request document or its variables; safe to show.
const REQUEST_ERROR_CODES = new Set<string>([
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TOO_COMPLEX,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ErrorCode.BAD_USER_INPUT,
]);

const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; please try again shortly';

/** The database cannot serve now; `http.status` makes Apollo answer 503 (e.g. from the context function). */
export function serviceUnavailable(reason: ServiceUnavailableReason): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}

const MESSAGE_MAX = 1000;
const PARAM_TEXT_MAX = 200;
const PARAMS_MAX = 20;
const PROBLEMS_MAX = 50;
const VALIDATION_DEPTH_MAX = 10;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to serialise and show: a string, lone surrogates replaced, at most `max` characters. */
function safeText(value: unknown, max = MESSAGE_MAX): string {
  if (typeof value !== 'string') return '';
  const clipped = value.length > max ? `${value.slice(0, max)}…` : value;
  return clipped.replace(LONE_SURROGATE, '\uFFFD');
}

/** Only short text, finite numbers and flags survive, so nothing cyclic or huge reaches the response. */
function safeParams(params: unknown): ReasonParams {
  if (typeof params !== 'object' || params === null) return {};
  const safe: Record<string, ReasonParamValue> = {};
  for (const key of Object.keys(params).slice(0, PARAMS_MAX)) {
    const value: unknown = (params as Record<string, unknown>)[key];
    if (typeof value === 'string') safe[safeText(key, 100)] = safeText(value, PARAM_TEXT_MAX);
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') safe[safeText(key, 100)] = value;
  }
  return safe;
}

/** graphql-js's `locations` and `path`, copied value by value. */
function position(formatted: GraphQLFormattedError): Pick<GraphQLFormattedError, 'locations' | 'path'> {
  const locations = Array.isArray(formatted.locations)
    ? formatted.locations.slice(0, 10).map((l) => ({ line: Number(l?.line) || 0, column: Number(l?.column) || 0 }))
    : undefined;
  const path = Array.isArray(formatted.path)
    ? formatted.path.slice(0, 50).map((segment) => (typeof segment === 'number' ? segment : safeText(segment, 200)))
    : undefined;
  return { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
}

/** The one mapping from domain errors to `extensions`; assertUnreachable keeps it complete. */
export function extensionsOfDomainError(error: AnyDomainError): Extensions {
  const params = safeParams(error.params);
  switch (error.code) {
    case ErrorCode.BAD_USER_INPUT:
      return { code: error.code, field: safeText(error.field, 200), reason: error.reason, params };
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.NOT_FOUND:
      return { code: error.code, reason: error.reason, params };
    case ErrorCode.CONFLICT:
      return { code: error.code, reason: error.reason, params, ...(error.field ? { field: safeText(error.field, 200) } : {}) };
    case ErrorCode.RATE_LIMITED:
      return { code: error.code, reason: error.reason, params, retryAfterSeconds: Math.max(1, Math.ceil(Number(error.retryAfterSeconds) || 1)) };
    default:
      return assertUnreachable(error);
  }
}

interface ValidationIssue {
  property?: unknown;
  constraints?: unknown;
  contexts?: unknown;
  children?: unknown;
}

interface FieldProblem {
  field: string;
  reason: InputReason;
  params: ReasonParams;
}

/**
 * class-validator's nested errors as dotted field paths, each with the reason code and params its
 * decorator declared (graphql/validation.ts): the first failed constraint per field.
 */
function flattenValidation(issues: unknown, prefix = '', depth = 0): FieldProblem[] {
  if (!Array.isArray(issues) || depth > VALIDATION_DEPTH_MAX) return [];
  return issues.slice(0, PROBLEMS_MAX).flatMap((issue: ValidationIssue) => {
    const property = safeText(typeof issue?.property === 'number' ? String(issue.property) : issue?.property, 200);
    const field = prefix ? `${prefix}.${property}` : property;
    const constraints = typeof issue?.constraints === 'object' && issue.constraints !== null ? Object.keys(issue.constraints) : [];
    const reasons = constraints.map((constraint) => reasonOfConstraint(constraint, (issue.contexts as Record<string, unknown> | undefined)?.[constraint]));
    // An empty field is first of all missing (a blank reading is not "not kana").
    const first = reasons.find((r) => r.reason === InputReason.REQUIRED) ?? reasons[0];
    const own = first ? [{ field, reason: first.reason, params: safeParams(first.params) }] : [];
    return [...own, ...flattenValidation(issue?.children, field, depth + 1)];
  });
}

// graphql-js words a refused variable as: Variable "$input" got invalid value … at "input.budgetMaxYen"; Int cannot represent …
const VARIABLE_ERROR = /^Variable "\$([\w]+)" got invalid value[\s\S]*?(?: at "([\w.[\]]+)")?; ([\s\S]*)$/;
const INT32 = { min: -2147483648, max: 2147483647 };
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables';

/** The field and reason of a variable GraphQL's own type checks refused (e.g. an Int beyond 32 bits). */
function variableProblem(message: string): FieldProblem | null {
  const match = VARIABLE_ERROR.exec(message.slice(0, 5000));
  if (!match) return null;
  const [, variable, path, detail] = match;
  // Inside an input argument the field is the path below the variable, as class-validator names it.
  const field = path ? path.replace(/\[\d+\]/g, '').split('.').slice(1).join('.') || variable : variable;
  if (/non 32-bit signed integer/.test(detail)) return { field, reason: InputReason.OUT_OF_RANGE, params: INT32 };
  if (/Int cannot represent non-integer/.test(detail)) return { field, reason: InputReason.NOT_WHOLE_NUMBER, params: {} };
  return { field, reason: InputReason.INVALID_VALUE, params: {} };
}

interface FormatterOptions {
  log: (error: unknown) => void;
  warn?: (message: string, error: unknown) => void;
}

function formatSafely(formatted: GraphQLFormattedError, error: unknown, options: FormatterOptions): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Thrown by a service, or carried by the GraphQLError a plugin threw to set the HTTP status.
  const domain = original instanceof DomainError ? original : original instanceof GraphQLError && original.originalError instanceof DomainError ? original.originalError : null;
  if (domain) {
    return { message: safeText(domain.message), ...position(formatted), extensions: extensionsOfDomainError(domain as AnyDomainError) };
  }
  const unavailable = databaseUnavailableReason(original);
  if (unavailable) {
    options.warn?.('database unavailable', original);
    return { message: UNAVAILABLE_MESSAGE, ...position(formatted), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: unavailable } };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = flattenValidation(original.extensions.validationErrors);
    const first = problems[0] ?? { field: 'input', reason: InputReason.INVALID_VALUE, params: {} };
    return {
      message: `Invalid value for "${first.field}": ${first.reason}`,
      ...position(formatted),
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, reason: first.reason, params: first.params, problems },
    };
  }
  // graphql-js gives up on variables after 50 problems with an untagged error (e.g. a long list of bad
  // input objects): the problems are still the caller's input, reported before it.
  if (original instanceof GraphQLError && original.message.startsWith(VARIABLE_ERROR_LIMIT)) {
    return {
      message: safeText(original.message),
      ...position(formatted),
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'variables', reason: InputReason.INVALID_VALUE, params: {} },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const message = safeText(formatted.message);
    const problem = code === ErrorCode.BAD_USER_INPUT ? variableProblem(message) : null;
    const reason = formatted.extensions?.reason;
    const unavailableReason = code === ErrorCode.SERVICE_UNAVAILABLE && isEnumValue(ServiceUnavailableReason, reason) ? { reason } : {};
    const limitReason =
      code === ErrorCode.QUERY_TOO_COMPLEX && isEnumValue(QueryLimitReason, reason) ? { reason, params: safeParams(formatted.extensions?.params) } : {};
    return { message, ...position(formatted), extensions: { code, ...(problem ?? {}), ...unavailableReason, ...limitReason } };
  }
  logSafely(options, original);
  return { message: 'Internal server error', ...position(formatted), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function logSafely(options: FormatterOptions, error: unknown): void {
  try {
    options.log(error);
  } catch {
    // A throwable that cannot even be logged is still masked.
  }
}

const LAST_RESORT: GraphQLFormattedError = Object.freeze({
  message: 'Internal server error',
  extensions: Object.freeze({ code: ErrorCode.INTERNAL_SERVER_ERROR }),
});

/**
 * Apollo's formatError, the one place errors become responses: domain errors become their code,
 * reason, field and params; class-validator failures BAD_USER_INPUT with every problem; a database
 * that cannot serve SERVICE_UNAVAILABLE; problems of the request itself pass; anything else is
 * logged and masked in every environment (no stack traces, SQL or server paths). It never throws,
 * whatever was thrown (cyclic objects, lone surrogates, non-Errors, huge messages).
 */
export function createErrorFormatter(options: FormatterOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    try {
      return formatSafely(formatted, error, options);
    } catch (formatterError) {
      logSafely(options, formatterError);
      return LAST_RESORT;
    }
  };
}

