import { ConflictReason, InputReason, RateLimitReason, UnauthenticatedReason } from '@tsunagu/shared';
import { ConflictError, RateLimitedError, UnauthenticatedError, invalidInput, type InvalidInputError } from '../../common/domain-errors';

/** Wrong email or password: one neutral refusal, so the answer does not reveal which emails have accounts. */
export function invalidCredentials(): UnauthenticatedError {
  return new UnauthenticatedError(UnauthenticatedReason.INVALID_CREDENTIALS, 'Email or password is incorrect');
}

/** Too many failed sign-ins for this account or address; the client may wait `retryAfterSeconds`. */
export function rateLimited(retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(RateLimitReason.TOO_MANY_SIGN_IN_ATTEMPTS, retryAfterSeconds, 'Too many failed sign-in attempts; try again later');
}

/** The email address belongs to an account already (CONFLICT naming the field "email"). */
export function emailTaken(): ConflictError {
  return new ConflictError(ConflictReason.EMAIL_TAKEN, 'An account with this email address already exists', {}, 'email');
}

/**
 * An invitation along the chain of trust names an organization that already exists: only its
 * own owner adds members to it (`field` is the input that named it).
 */
export function organizationExists(field: string): ConflictError {
  return new ConflictError(ConflictReason.ORGANIZATION_EXISTS, 'This organization is already registered; its owner invites its members', {}, field);
}

/** A reset or invitation token that is unknown, expired or already used (which one is not said). */
export function invalidToken(): InvalidInputError {
  return invalidInput('token', InputReason.INVALID_TOKEN);
}
