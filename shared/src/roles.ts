import type { BilingualLabel } from './labels';

/** The kind of organization a user belongs to; it decides what the user may do. */
export enum OrganizationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PREFECTURE = 'PREFECTURE',
  RMO = 'RMO',
  INTERMEDIARY = 'INTERMEDIARY',
  OPERATOR = 'OPERATOR',
}

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, BilingualLabel>> = {
  MUNICIPALITY: { ja: '市区町村', en: 'Municipality' },
  PREFECTURE: { ja: '都道府県', en: 'Prefecture' },
  RMO: { ja: '地域運営組織', en: 'Regional management organization' },
  INTERMEDIARY: { ja: '中間支援者', en: 'Intermediary supporter' },
  OPERATOR: { ja: '運営事務局', en: 'Operator' },
};

/** A user's role, one per organization kind (used by @Authorized on the server). */
export enum UserRole {
  MUNICIPALITY_STAFF = 'MUNICIPALITY_STAFF',
  PREFECTURE_STAFF = 'PREFECTURE_STAFF',
  RMO_STAFF = 'RMO_STAFF',
  INTERMEDIARY_STAFF = 'INTERMEDIARY_STAFF',
  OPERATOR = 'OPERATOR',
}

export const USER_ROLE_LABELS: Readonly<Record<UserRole, BilingualLabel>> = {
  MUNICIPALITY_STAFF: { ja: '市区町村職員', en: 'Municipality staff' },
  PREFECTURE_STAFF: { ja: '都道府県職員', en: 'Prefecture staff' },
  RMO_STAFF: { ja: '地域運営組織 事務局', en: 'RMO secretariat' },
  INTERMEDIARY_STAFF: { ja: '中間支援者', en: 'Intermediary supporter' },
  OPERATOR: { ja: '管理者', en: 'Administrator' },
};

const ROLE_OF_KIND: Readonly<Record<OrganizationKind, UserRole>> = {
  MUNICIPALITY: UserRole.MUNICIPALITY_STAFF,
  PREFECTURE: UserRole.PREFECTURE_STAFF,
  RMO: UserRole.RMO_STAFF,
  INTERMEDIARY: UserRole.INTERMEDIARY_STAFF,
  OPERATOR: UserRole.OPERATOR,
};

/** The role every member of an organization of this kind has. */
export function roleOfOrganizationKind(kind: OrganizationKind): UserRole {
  return ROLE_OF_KIND[kind];
}

/** Roles that may see supporters' contact details (public-sector users and operators). */
export const CONTACT_VIEWER_ROLES: readonly UserRole[] = [
  UserRole.MUNICIPALITY_STAFF,
  UserRole.PREFECTURE_STAFF,
  UserRole.RMO_STAFF,
  UserRole.OPERATOR,
];

/** Membership within an organization: owners invite and remove members. */
export enum MembershipRole {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}

export const MEMBERSHIP_ROLE_LABELS: Readonly<Record<MembershipRole, BilingualLabel>> = {
  OWNER: { ja: 'オーナー', en: 'Owner' },
  MEMBER: { ja: 'メンバー', en: 'Member' },
};
