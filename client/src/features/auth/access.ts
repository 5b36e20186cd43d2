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
} as const satisfies Record<string, readonly UserRole[]>;

/** What home and search need to know of the signed-in user's place. */
export interface HomePlace {
  role: UserRole;
  organization: { prefectureCode?: string | null; municipalityCode?: string | null };
}

/**
 * Where a user lands after signing in when no page asked for it, their own page: a municipality's
 * staff its dashboard (with its requests and what awaits it), a prefecture's its dashboard (with the
 * introduction queue and verification), an RMO its record and requests, an intermediary its
 * profiles, the operator the national view.
 */
export function homePathOf({ role, organization: { prefectureCode: p, municipalityCode: m } }: HomePlace): string {
  if (role === UserRole.INTERMEDIARY_STAFF) return '/my/profiles';
  if (role === UserRole.RMO_STAFF) return '/rmos';
  if (role === UserRole.OPERATOR || (role === UserRole.PREFECTURE_STAFF && p)) return `/sufficiency${p ? `/${p}` : ''}`;
  return role === UserRole.MUNICIPALITY_STAFF && p && m ? `/sufficiency/${p}/${m}` : '/';
}

/** The search, opened on the user's own municipality or prefecture. */
export function homeSearchPath({ organization: { prefectureCode: p, municipalityCode: m } }: HomePlace): string {
  return p ? `/?pref=${p}${m ? `&muni=${m}` : ''}` : '/';
}

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
