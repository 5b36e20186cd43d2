import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { databaseUnavailableReason, type DatabaseUnavailableReason } from '../db/database-errors';

/** Stable codes clients may branch on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database cannot serve right now (down, restarting, busy, timed out): retry shortly. HTTP 503. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The request itself cannot be read (malformed JSON, too large). HTTP 400/413. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Over the depth, alias or cost limit (`reason`, `limit`, `actual`), refused before running. HTTP 400. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Production runs only the client's trusted documents: the request sent a query text instead of a hash. HTTP 400. */
  PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED',
  /** No trusted document has this hash. HTTP 400. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The database cannot serve now; `http.status` makes Apollo answer 503 (e.g. from the context function). */
export function serviceUnavailable(reason: DatabaseUnavailableReason): GraphQLError {
  return new GraphQLError('The service is temporarily unavailable; please try again shortly', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}

/**
 * Invalid input: names the offending field and why, so a form can point at it. `field` is the
 * argument's name, or the path inside an input object argument (as class-validator reports it).
 */
export function badUserInput(field: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${field}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason },
  });
}

/** The caller is not signed in. */
export function unauthenticated(message = 'Sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** The caller is known but may not do this (wrong role, organization or area). */
export function forbidden(message = 'You may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

// Codes produced by Apollo or graphql-js for problems in the request itself; safe to show.
const REQUEST_ERROR_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** Flattens class-validator's nested errors into dotted field paths with their first reason. */
function flattenValidation(issues: ValidationIssue[], prefix = ''): { field: string; reason: string }[] {
  return issues.flatMap((issue) => {
    const field = prefix ? `${prefix}.${issue.property}` : issue.property;
    const own = issue.constraints ? [{ field, reason: Object.values(issue.constraints)[0] }] : [];
    return [...own, ...flattenValidation(issue.children ?? [], field)];
  });
}

/**
 * Apollo's formatError: class-validator failures become BAD_USER_INPUT with field and reason; a
 * database that cannot serve becomes SERVICE_UNAVAILABLE; anything else without a known code is
 * logged and masked, in every environment, so no stack traces, SQL or server paths leak.
 */
export function createErrorFormatter(options: {
  log: (error: unknown) => void;
  warn?: (message: string, error: unknown) => void;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const unavailable = databaseUnavailableReason(original);
    if (unavailable) {
      options.warn?.('database unavailable', original);
      return {
        message: 'The service is temporarily unavailable; please try again shortly',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: unavailable },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidation(original.extensions.validationErrors as ValidationIssue[]);
      const first = problems[0] ?? { field: 'input', reason: 'is invalid' };
      return {
        message: `Invalid value for "${first.field}": ${first.reason}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, reason: first.reason, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    options.log(original);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
  // A formatter that throws would lose the answer and the log line: it falls back to the masked error.
  return (formatted, error) => {
    try {
      return format(formatted, error);
    } catch (formatterError) {
      options.log(formatterError);
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  };
}
