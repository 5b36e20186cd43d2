import { CONTACT_VIEWER_ROLES, MembershipRole, OrganizationKind, UserRole, roleOfOrganizationKind } from '@tsunagu/shared';

/** The signed-in user of a request, resolved once from the session cookie. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  organizationName: string;
  role: UserRole;
  isOwner: boolean;
  /** The prefecture of a prefecture, municipality or RMO user. */
  prefectureCode: string | null;
  /** The municipality of a municipality or RMO user. */
  municipalityCode: string | null;
  sessionTokenHash: string;
  canSeeContactDetails: boolean;
}

/** Row shape of the session look-up (see SessionService.resolveViewer). */
export interface ViewerRow {
  user_id: string;
  email: string;
  display_name: string;
  membership_role: MembershipRole;
  organization_id: string;
  organization_kind: OrganizationKind;
  organization_name: string;
  prefecture_code: string | null;
  municipality_code: string | null;
}

export function viewerFromRow(row: ViewerRow, sessionTokenHash: string): Viewer {
  const role = roleOfOrganizationKind(row.organization_kind);
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    organizationId: row.organization_id,
    organizationKind: row.organization_kind,
    organizationName: row.organization_name,
    role,
    isOwner: row.membership_role === MembershipRole.OWNER,
    prefectureCode: row.prefecture_code,
    municipalityCode: row.municipality_code,
    sessionTokenHash,
    canSeeContactDetails: CONTACT_VIEWER_ROLES.includes(role),
  };
}
