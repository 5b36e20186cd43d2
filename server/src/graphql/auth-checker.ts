import type { AuthChecker } from 'type-graphql';
import type { UserRole } from '@tsunagu/shared';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(roles)` one of those roles. Anonymous
 * callers get UNAUTHENTICATED, signed-in callers without the role FORBIDDEN. Ownership and
 * area checks live in the services.
 */
export const authChecker: AuthChecker<RequestContext, UserRole> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) {
    throw unauthenticated();
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw forbidden('Your role may not do this');
  }
  return true;
};
