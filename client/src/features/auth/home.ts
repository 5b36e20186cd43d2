import { UserRole } from '@tsunagu/shared';

// Apart from access.ts: only pages loaded later (sign-in, the account nav, dashboards) need these.

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
