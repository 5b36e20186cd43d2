import { SupportRequestStatus, UserRole } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { SupportRequest } from './support-request.entity';

type RequestPlace = Pick<SupportRequest, 'status' | 'prefectureCode' | 'municipalityCode' | 'authorOrganizationId'>;

/** A member of the organization that wrote the request. */
export function isAuthor(viewer: Viewer, request: RequestPlace): boolean {
  return viewer.organizationId === request.authorOrganizationId;
}

/** Staff of the requesting municipality: co-owners of every request of their municipality, and its endorsers. */
export function isRequestMunicipality(viewer: Viewer, request: RequestPlace): boolean {
  return viewer.role === UserRole.MUNICIPALITY_STAFF && viewer.municipalityCode === request.municipalityCode;
}

/**
 * Who reads a request in full: its author; its municipality (RMO drafts excepted: they are the
 * RMO's own until submitted); RMOs it concerns once submitted; its prefecture once submitted;
 * operators. Intermediaries see only the anonymous published view.
 */
export function canSeeRequest(viewer: Viewer, request: RequestPlace, concernsViewerRmo: boolean): boolean {
  if (isAuthor(viewer, request) || viewer.role === UserRole.OPERATOR) return true;
  const submitted = request.status !== SupportRequestStatus.DRAFT;
  switch (viewer.role) {
    case UserRole.MUNICIPALITY_STAFF:
      return isRequestMunicipality(viewer, request) && submitted;
    case UserRole.PREFECTURE_STAFF:
      return viewer.prefectureCode === request.prefectureCode && submitted;
    case UserRole.RMO_STAFF:
      return concernsViewerRmo && submitted;
    default:
      return false;
  }
}

/** The author and the requesting municipality change, close or withdraw a request. */
export function canManageRequest(viewer: Viewer, request: RequestPlace): boolean {
  return isAuthor(viewer, request) || isRequestMunicipality(viewer, request);
}
