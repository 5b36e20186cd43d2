import { UserRole } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { SupporterProfile } from './supporter-profile.entity';

/** A member of the intermediary organization that owns the profile. */
export function ownsProfile(viewer: Viewer | null, profile: Pick<SupporterProfile, 'ownerOrganizationId'>): boolean {
  return (
    viewer !== null &&
    viewer.role === UserRole.INTERMEDIARY_STAFF &&
    profile.ownerOrganizationId !== null &&
    profile.ownerOrganizationId === viewer.organizationId
  );
}

/** Owners and operators see a profile whatever its state (archived, draft, hidden by staleness). */
export function canSeeUnlisted(viewer: Viewer | null, profile: Pick<SupporterProfile, 'ownerOrganizationId'>): boolean {
  return viewer?.role === UserRole.OPERATOR || ownsProfile(viewer, profile);
}
