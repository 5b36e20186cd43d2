import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ErrorCode, badUserInput, conflict, unauthenticated } from '../../graphql/errors';

/** Wrong email or password: one neutral message, so the answer does not reveal which emails have accounts. */
export function invalidCredentials(): GraphQLError {
  return unauthenticated('Email or password is incorrect');
}

/** Too many failed sign-ins for this account or address; the client may wait `retryAfterSeconds`. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Too many failed sign-in attempts; try again later', {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
  });
}

export function emailTaken(): GraphQLError {
  return conflict('An account with this email address already exists', { field: 'email' });
}

/**
 * An invitation along the chain of trust names an organization that already exists: only its
 * own owner adds members to it (`field` is the input that named it).
 */
export function organizationExists(field: string): GraphQLError {
  return conflict('This organization is already registered; its owner invites its members', { field, reason: 'ORGANIZATION_EXISTS' });
}

/** A reset or invitation token that is unknown, expired or already used (which one is not said). */
export function invalidToken(): GraphQLError {
  return badUserInput('token', 'is invalid, has expired or has already been used');
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
