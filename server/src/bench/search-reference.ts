import type { DataSource } from 'typeorm';
import { LOCALITY_TIERS, SupportType, type LocalityTier } from '@tsunagu/shared';
import type { CatalogueSearchQuery } from '../modules/catalogue/catalogue-search';

/** What the reference computes: every result id in order, the total and the facets. */
export interface SqlSearchResult {
  ids: string[];
  totalCount: number;
  supportTypes: { value: SupportType; count: number }[];
  prefectures: { code: string; count: number }[];
  localities: { tier: LocalityTier; count: number }[];
  remoteOnly: number;
}

const escape = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The specification in SQL: the same filter, tiers, facets and whole order computed by PostgreSQL
 * from the tables (confirmation compared at millisecond precision, as the catalogue holds it).
 * Tests and the benchmark hold the in-memory search to it; it is far too slow to serve.
 */
export async function searchInSql(ds: DataSource, q: CatalogueSearchQuery): Promise<SqlSearchResult> {
  const params: unknown[] = [new Date(q.hiddenBefore), new Date(q.staleBefore)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`p.archived_at IS NULL`, `p.support_types <> '{}'`, `date_trunc('milliseconds', p.availability_confirmed_at) > $1`];
  if (q.supportTypes.length) where.push(`p.support_types ${q.matchAllTypes ? '@>' : '&&'} ${p(q.supportTypes)}::text[]`);
  if (q.availability.length) where.push(`p.availability = ANY(${p(q.availability)}::text[])`);
  if (q.verifiedOnly) where.push(`p.verification_status = 'VERIFIED'`);
  if (q.verificationStatus.length) where.push(`p.verification_status = ANY(${p(q.verificationStatus)}::text[])`);
  const scores: string[] = [];
  for (const term of q.terms) {
    const anywhere = p(`%${escape(term)}%`);
    where.push(`(p.search_name LIKE ${anywhere} OR p.search_body LIKE ${anywhere})`);
    scores.push(`(CASE WHEN p.search_name LIKE ${anywhere} THEN 10 ELSE 2 END + CASE WHEN p.search_name LIKE ${p(`${escape(term)}%`)} THEN 5 ELSE 0 END)`);
  }
  const score = scores.length ? scores.join(' + ') : '0';
  let tier = '0';
  let include = 'true';
  if (q.place) {
    const munis = p([...(q.place.municipalityCodes ?? [])]);
    const pref = p(q.place.prefectureCode);
    const neighbours = p(q.place.neighbourCodes);
    const area = (condition: string) => `EXISTS (SELECT 1 FROM supporter_service_area a WHERE a.supporter_id = p.id AND ${condition})`;
    tier = `CASE WHEN ${area(`a.municipality_code = ANY(${munis}::text[])`)} THEN 0
      WHEN ${area(`a.prefecture_code = ${pref} AND a.municipality_code IS NULL`)} THEN 1
      WHEN ${area(`a.prefecture_code = ${pref}`)} THEN 2
      WHEN ${area(`a.prefecture_code = ANY(${neighbours}::text[])`)} THEN 3
      WHEN p.remote_available THEN 4 ELSE 5 END`;
    const serving = q.place.municipalityCodes ? 'tier IN (0, 1)' : 'tier IN (1, 2)';
    include = q.includeRemote ? `(${serving} OR remote_available)` : serving;
  }
  const relevance = q.terms.length ? 'tier, fresh DESC, score DESC' : 'tier';
  const orderBy = {
    RELEVANCE: `${relevance}, confirmed DESC, id DESC`,
    CONFIRMED: `confirmed DESC, id DESC`,
    FREE_CAPACITY: `free DESC, ${relevance}, confirmed DESC, id DESC`,
  }[q.sort];
  const rows: { id: string; tier: number; serving: boolean; support_types: string[]; in_result: boolean; prefectures: string[] }[] = await ds.query(
    `WITH f AS (
       SELECT p.id, p.remote_available, p.support_types, date_trunc('milliseconds', p.availability_confirmed_at) AS confirmed,
              CASE WHEN date_trunc('milliseconds', p.availability_confirmed_at) > $2 THEN 1 ELSE 0 END AS fresh,
              ${score} AS score, ${tier} AS tier,
              CASE WHEN p.availability = 'NOT_ACCEPTING' THEN 0 ELSE greatest(0, p.capacity - p.current_load) END AS free,
              ARRAY(SELECT DISTINCT a.prefecture_code::text FROM supporter_service_area a WHERE a.supporter_id = p.id) AS prefectures
         FROM supporter_profile p WHERE ${where.join(' AND ')})
     SELECT id, tier, support_types, prefectures, ${include} AS in_result,
            ${q.place ? (q.place.municipalityCodes ? 'tier IN (0, 1)' : 'tier IN (1, 2)') : 'true'} AS serving
       FROM f ORDER BY in_result DESC, ${orderBy}`,
    params,
  );
  const result = rows.filter((r) => r.in_result);
  const prefectureCounts = new Map<string, number>();
  for (const row of rows) for (const code of row.prefectures) prefectureCounts.set(code, (prefectureCounts.get(code) ?? 0) + 1);
  const tierCounts = new Map<number, number>();
  for (const row of result) tierCounts.set(row.tier, (tierCounts.get(row.tier) ?? 0) + 1);
  return {
    ids: result.map((r) => r.id),
    totalCount: result.length,
    supportTypes: Object.values(SupportType).map((value) => ({ value, count: result.filter((r) => r.support_types.includes(value)).length })),
    prefectures: [...prefectureCounts].map(([code, count]) => ({ code, count })).sort((a, b) => a.code.localeCompare(b.code)),
    localities: q.place ? LOCALITY_TIERS.flatMap((t, i) => (tierCounts.get(i) ? [{ tier: t, count: tierCounts.get(i)! }] : [])) : [],
    remoteOnly: q.place ? result.filter((r) => !r.serving).length : 0,
  };
}

