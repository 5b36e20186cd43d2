import {
  ConflictReason,
  type ImportFileReason,
  ErrorCode,
  ForbiddenReason,
  InputReason,
  NotFoundReason,
  RateLimitReason,
  UnauthenticatedReason,
  assertUnreachable,
  type ReasonParams,
  type ReasonParamsArgs,
  type Refusal,
} from '@tsunagu/shared';

/**
 * What services throw when they refuse: a code, a machine-readable reason and its params. They
 * know nothing of GraphQL; graphql/errors.ts maps them to `extensions` in one place. The message
 * is English for developers reading the raw API; the client words the reason itself.
 */
export abstract class DomainError extends Error {
  abstract readonly code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>;
  abstract readonly reason: string;

  protected constructor(
    message: string,
    /** Values the reason's message interpolates. */
    readonly params: ReasonParams = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** BAD_USER_INPUT: `field` (an argument, or a dotted path inside an input argument) is refused for `reason`. */
export class InvalidInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;

  constructor(
    readonly field: string,
    readonly reason: InputReason | ImportFileReason,
    params: ReasonParams = {},
    message = `Invalid value for "${field}": ${reason}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`,
  ) {
    super(message, params);
  }
}

/** UNAUTHENTICATED: the caller is not signed in, or gave wrong credentials. */
export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;

  constructor(
    readonly reason: UnauthenticatedReason = UnauthenticatedReason.SIGN_IN_REQUIRED,
    message = 'Sign in first',
  ) {
    super(message);
  }
}

/** FORBIDDEN: the caller is known but may not do this (wrong role, organization or area). */
export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;

  constructor(
    readonly reason: ForbiddenReason,
    message = 'You may not do this',
  ) {
    super(message);
  }
}

/** NOT_FOUND: no record has the id. */
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;

  constructor(
    readonly reason: NotFoundReason | ImportFileReason,
    message = 'Not found',
  ) {
    super(message);
  }
}

/** CONFLICT: the record's current state refuses the change (e.g. an invalid lifecycle transition). */
export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;

  constructor(
    readonly reason: ConflictReason,
    message: string,
    params: ReasonParams = {},
    /** The input field the conflict concerns, when there is one (an email address in use). */
    readonly field?: string,
  ) {
    super(message, params);
  }
}

/** RATE_LIMITED: too many attempts; the client may try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;

  constructor(
    readonly reason: RateLimitReason,
    readonly retryAfterSeconds: number,
    message = 'Too many attempts; try again later',
  ) {
    super(message, { retryAfterSeconds });
  }
}

/** The usual way to refuse a value: `invalidInput('title', InputReason.TOO_LONG, { max: 120 })` (params typed by reason). */
export function invalidInput<R extends InputReason>(field: string, reason: R, ...params: ReasonParamsArgs<R>): InvalidInputError {
  return new InvalidInputError(field, reason, (params[0] ?? {}) as ReasonParams);
}

/** The domain error of a refusal decided by a rule in `shared` (e.g. a lifecycle guard). */
export function errorOfRefusal(refusal: Refusal, message?: string): DomainError {
  switch (refusal.code) {
    case ErrorCode.BAD_USER_INPUT:
      return new InvalidInputError(refusal.field, refusal.reason, refusal.params, message);
    case ErrorCode.FORBIDDEN:
      return new ForbiddenError(refusal.reason, message);
    case ErrorCode.CONFLICT:
      return new ConflictError(refusal.reason, message ?? `Refused: ${refusal.reason}`, refusal.params);
    default:
      return assertUnreachable(refusal);
  }
}
