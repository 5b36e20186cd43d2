import type { AuthChecker } from 'type-graphql';
import { ForbiddenReason, type UserRole } from '@tsunagu/shared';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from '../common/domain-errors';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(roles)` one of those roles. Anonymous
 * callers get UNAUTHENTICATED, signed-in callers without the role FORBIDDEN. Ownership and
 * area checks live in the services.
 */
export const authChecker: AuthChecker<RequestContext, UserRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED, 'Your role may not do this');
  }
  return true;
};
