import { ConflictReason, ForbiddenReason, SupportRequestStatus, isRequestMunicipality } from '@tsunagu/shared';
import { ConflictError, ForbiddenError } from '../../common/domain-errors';
import type { Viewer } from '../account/viewer';
import type { SupportRequest } from '../support-request/support-request.entity';

/** Only the request's municipality approaches supporters and asks its prefecture (an RMO's request too, once endorsed). */
export function requireRequestMunicipality(viewer: Viewer, request: SupportRequest): void {
  if (!isRequestMunicipality(viewer, request)) {
    throw new ForbiddenError(ForbiddenReason.NOT_REQUEST_MUNICIPALITY, "Only the request's municipality may do this");
  }
}

/** Offers are made for open requests that have no supporter yet. */
export function assertRequestTakesOffers(request: SupportRequest): void {
  if (request.status !== SupportRequestStatus.OPEN) {
    throw new ConflictError(ConflictReason.REQUEST_NOT_OPEN, 'Offers and introductions are only for open requests', { status: request.status });
  }
  if (request.confirmedOfferId) throw new ConflictError(ConflictReason.SUPPORTER_CHOSEN, 'This request already has its supporter');
}
