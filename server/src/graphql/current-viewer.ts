import { createParameterDecorator } from 'type-graphql';
import { UnauthenticatedError } from '../common/domain-errors';
import type { Viewer } from '../modules/account/viewer';
import type { RequestContext } from './context';

/**
 * The signed-in viewer as a resolver argument: `@CurrentViewer() viewer: Viewer`. Resolved after
 * `@Authorized` has run; UNAUTHENTICATED should a field use it without that guard.
 */
export function CurrentViewer() {
  return createParameterDecorator<RequestContext>(({ context }) => {
    if (!context.viewer) throw new UnauthenticatedError();
    return context.viewer;
  });
}
