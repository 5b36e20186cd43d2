import type { SelectQueryBuilder } from 'typeorm';
import { SupportRequestStatus, UserRole, isRequestAuthor, isRequestMunicipality } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { SupportRequest } from './support-request.entity';

type RequestPlace = Pick<SupportRequest, 'status' | 'prefectureCode' | 'municipalityCode' | 'authorOrganizationId'>;

/**
 * Who reads a request in full: its author; its municipality (RMO drafts excepted: they are the
 * RMO's own until submitted); RMOs it concerns once submitted; its prefecture once submitted;
 * operators. Intermediaries see only the anonymous published view. `whereVisible` is the same
 * rule in SQL (a property test holds the two together).
 */
export function canSeeRequest(viewer: Viewer, request: RequestPlace, concernsViewerRmo: boolean): boolean {
  if (isRequestAuthor(viewer, request) || viewer.role === UserRole.OPERATOR) return true;
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

/** Restricts a query on `sr` to the requests the viewer may read: canSeeRequest in SQL. */
export function whereVisible(query: SelectQueryBuilder<SupportRequest>, viewer: Viewer): void {
  const org = { org: viewer.organizationId };
  switch (viewer.role) {
    case UserRole.OPERATOR:
      query.where('TRUE');
      return;
    case UserRole.PREFECTURE_STAFF:
      query.where(`(sr.author_organization_id = :org OR (sr.prefecture_code = :pref AND sr.status <> 'DRAFT'))`, { ...org, pref: viewer.prefectureCode });
      return;
    case UserRole.MUNICIPALITY_STAFF:
      query.where(`(sr.author_organization_id = :org OR (sr.municipality_code = :muni AND sr.status <> 'DRAFT'))`, {
        ...org,
        muni: viewer.municipalityCode,
      });
      return;
    case UserRole.RMO_STAFF:
      query.where(
        `(sr.author_organization_id = :org OR (sr.status <> 'DRAFT' AND EXISTS (
           SELECT 1 FROM support_request_rmo srr JOIN rmo r ON r.id = srr.rmo_id WHERE srr.request_id = sr.id AND r.organization_id = :org)))`,
        org,
      );
      return;
    default:
      query.where('sr.author_organization_id = :org', org);
  }
}
