import { UserRole } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { Rmo } from './rmo.entity';

type RmoPlace = Pick<Rmo, 'prefectureCode' | 'municipalityCode' | 'organizationId'>;

/** Public-sector users of the place and operators read RMO records; intermediaries never see RMO names. */
export function canSeeRmo(viewer: Viewer, rmo: RmoPlace): boolean {
  switch (viewer.role) {
    case UserRole.OPERATOR:
      return true;
    case UserRole.PREFECTURE_STAFF:
      return viewer.prefectureCode === rmo.prefectureCode;
    case UserRole.MUNICIPALITY_STAFF:
    case UserRole.RMO_STAFF:
      return viewer.municipalityCode === rmo.municipalityCode;
    default:
      return false;
  }
}

/** Its municipality's staff keep the record, and so does the RMO's own secretariat. */
export function canEditRmo(viewer: Viewer, rmo: RmoPlace): boolean {
  if (viewer.role === UserRole.MUNICIPALITY_STAFF) return viewer.municipalityCode === rmo.municipalityCode;
  if (viewer.role === UserRole.RMO_STAFF) return rmo.organizationId !== null && rmo.organizationId === viewer.organizationId;
  return false;
}
