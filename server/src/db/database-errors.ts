import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ServiceUnavailableReason as DatabaseUnavailableReason } from '@tsunagu/shared';

/** Why the database could not serve a request (the reasons of SERVICE_UNAVAILABLE, in shared/src/errors.ts). */
export { ServiceUnavailableReason as DatabaseUnavailableReason } from '@tsunagu/shared';

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html) that say nothing about the request.
const BUSY_STATES = new Set(['55P03', '40001', '40P01', '53300']);
const TIMEOUT_STATES = new Set(['57014', '25P03']);
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53000', '53100', '53200', '58000', '58030']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// node-postgres and pg-pool say these in words only.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'Connection is not established with postgres database',
];

function codeOf(error: object): string | undefined {
  return 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The reason when `error` (a driver, pool or TypeORM error) means the database cannot serve now; else null. */
export function databaseUnavailableReason(error: unknown): DatabaseUnavailableReason | null {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    const code = codeOf(current);
    if (code && BUSY_STATES.has(code)) return DatabaseUnavailableReason.DATABASE_BUSY;
    if (code && TIMEOUT_STATES.has(code)) return DatabaseUnavailableReason.DATABASE_TIMEOUT;
    if (code && (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) {
      return DatabaseUnavailableReason.DATABASE_UNAVAILABLE;
    }
    // TypeORM, when the connection of a transaction died under it (a database restart mid-commit) and a
    // later statement of the same transaction reaches for the released connection.
    if (current instanceof QueryRunnerAlreadyReleasedError || current instanceof QueryRunnerProviderAlreadyReleasedError) {
      return DatabaseUnavailableReason.DATABASE_UNAVAILABLE;
    }
    const message = current instanceof Error ? current.message : '';
    if (message === 'timeout exceeded when trying to connect') return DatabaseUnavailableReason.DATABASE_BUSY;
    if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return DatabaseUnavailableReason.DATABASE_UNAVAILABLE;
    if (current instanceof AggregateError && current.errors.length) {
      current = current.errors[0];
      continue;
    }
    current = current instanceof QueryFailedError ? current.driverError : (current as { cause?: unknown }).cause;
  }
  return null;
}

/** True when a statement failed on the unique index `constraint` (e.g. two registrations racing for one email). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  return (
    typeof driverError === 'object' &&
    driverError !== null &&
    'code' in driverError &&
    driverError.code === '23505' &&
    'constraint' in driverError &&
    driverError.constraint === constraint
  );
}
