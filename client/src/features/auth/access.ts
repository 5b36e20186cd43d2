import { UserRole } from '@tsunagu/shared';

/** Who may open the pages behind sign-in (the server checks every operation again). */
export const PAGE_ROLES = {
  myProfiles: [UserRole.INTERMEDIARY_STAFF],
  verification: [UserRole.PREFECTURE_STAFF, UserRole.OPERATOR],
  audit: [UserRole.OPERATOR],
  sitePages: [UserRole.OPERATOR],
  mail: [UserRole.OPERATOR],
  requests: [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF, UserRole.PREFECTURE_STAFF, UserRole.OPERATOR],
  writeRequests: [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF],
  publishedRequests: [UserRole.INTERMEDIARY_STAFF, UserRole.OPERATOR],
  rmos: [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF],
  offers: [UserRole.INTERMEDIARY_STAFF, UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF],
  introductions: [UserRole.PREFECTURE_STAFF],
  engagements: [UserRole.MUNICIPALITY_STAFF, UserRole.PREFECTURE_STAFF, UserRole.RMO_STAFF, UserRole.INTERMEDIARY_STAFF],
} as const satisfies Record<string, readonly UserRole[]>;

/** A `?next=` target only if it is a path on this site (never `//host` or `https://…`). */
export function safeNextPath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  return raw;
}

/** The sign-in address that returns to `path` afterwards. */
export function loginPathFor(path: string): string {
  return `/login?${new URLSearchParams({ next: path }).toString()}`;
}

export function hasRole(role: UserRole, allowed: readonly UserRole[]): boolean {
  return allowed.includes(role);
}
