import type { EntityManager } from 'typeorm';
import { SupportType, enumValues } from '@tsunagu/shared';

/** The survey: 8,193 RMOs in 893 municipalities. */
export const SURVEY_RMOS = 8_193;
export const SURVEY_MUNICIPALITIES = 893;
export const SCALE_REQUESTS = 100_000;

/** Share of RMOs wanting each type from a third party (the survey, n=2,728; DOMAIN.md). */
export const WANTED_SHARES: Readonly<Record<SupportType, number>> = {
  ISSUE_VISUALIZATION: 0.413,
  DIALOGUE_FACILITATION: 0.426,
  VISION_DRAFTING: 0.241,
  PROJECT_SUPPORT: 0.479,
  HUMAN_RESOURCE_DEVELOPMENT: 0.488,
  RMO_ESTABLISHMENT: 0.082,
  SECRETARIAT_STAFF_TRAINING: 0.22,
  PARTNER_MATCHING: 0.335,
  RESTRUCTURING: 0.186,
  CONSULTATION: 0.339,
};

/** Marks the generated rows, so a rerun replaces exactly them. */
export const SCALE_RMO_PREFIX = '（ベンチ）地域運営組織';
export const SCALE_REQUEST_PREFIX = '（ベンチ）支援依頼';

export interface DemandScale {
  rmos: number;
  municipalities: number;
  requests: number;
}

/**
 * Replaces the generated demand with `rmos` RMO records spread over `municipalities` municipalities
 * (chosen by a fixed hash, designated cities' wards left out) wanting types at the survey's shares,
 * and `requests` requests of those municipalities (40% open, the rest closed, drafts or withdrawn)
 * wanting one to three types, written by `author`. Generated in SQL from hashes of the row number:
 * the same sizes give the same data, and 100,000 requests take seconds.
 */
export async function seedScaleDemand(manager: EntityManager, scale: DemandScale, author: { organizationId: string; userId: string }): Promise<void> {
  const types = enumValues(SupportType);
  const shares = types.map((t) => WANTED_SHARES[t]);
  await manager.query(`DELETE FROM rmo WHERE name LIKE $1`, [`${SCALE_RMO_PREFIX}%`]);
  await manager.query(`DELETE FROM support_request WHERE title LIKE $1`, [`${SCALE_REQUEST_PREFIX}%`]);
  // hash(i, salt) in [0, 1): a fixed pseudo-random number per row and purpose.
  const unit = (expr: string) => `(('x' || substr(md5(${expr}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  await manager.query(
    `WITH places AS (
       SELECT code, prefecture_code, row_number() OVER (ORDER BY md5(code)) - 1 AS n
         FROM municipality WHERE parent_code IS NULL ORDER BY md5(code) LIMIT $2
     )
     INSERT INTO rmo (prefecture_code, municipality_code, name, legal_form, activities, challenges, optimization_state, wanted_support_types)
     SELECT p.prefecture_code, p.code, $3 || i, 'VOLUNTARY_ASSOCIATION', '{}', '{}', 'NEITHER',
            ARRAY(SELECT t FROM unnest($4::text[], $5::float8[]) AS s(t, share) WHERE ${unit(`i || ':' || t`)} < share)
       FROM generate_series(1, $1::int) AS i
       JOIN places p ON p.n = i % (SELECT count(*) FROM places)`,
    [scale.rmos, scale.municipalities, SCALE_RMO_PREFIX, types, shares],
  );
  await manager.query(
    `WITH places AS (
       SELECT code, prefecture_code, row_number() OVER (ORDER BY md5(code)) - 1 AS n
         FROM municipality WHERE parent_code IS NULL ORDER BY md5(code) LIMIT $2
     ), rows AS (
       SELECT i, ${unit(`'status:' || i`)} AS s, (SELECT count(*) FROM places) AS places FROM generate_series(1, $1::int) AS i
     )
     INSERT INTO support_request (status, prefecture_code, municipality_code, author_organization_id, created_by_user_id, title, support_types, opened_at,
                                  step, desired_start, duration_months, format, funding_route, rmo_agreement_confirmed, submitted_at)
     SELECT CASE WHEN r.s < 0.4 THEN 'OPEN' WHEN r.s < 0.7 THEN 'CLOSED' WHEN r.s < 0.9 THEN 'DRAFT' ELSE 'WITHDRAWN' END,
            p.prefecture_code, p.code, $3, $4, $5 || r.i,
            ARRAY(SELECT DISTINCT ($6::text[])[1 + floor(${unit(`r.i || ':' || k`)} * 10)::int] FROM generate_series(1, 1 + (r.i % 3)) AS k),
            CASE WHEN r.s < 0.7 THEN now() END,
            'REFLECTION', '2027-04', 12, 'IN_PERSON', 'MUNICIPAL_BUDGET', true, CASE WHEN r.s < 0.7 THEN now() END
       FROM rows r JOIN places p ON p.n = (r.i * 7) % r.places`,
    [scale.requests, scale.municipalities, author.organizationId, author.userId, SCALE_REQUEST_PREFIX, types],
  );
}

/** How many generated RMOs and requests the database holds (to tell whether a dataset can be reused). */
export async function countScaleDemand(manager: EntityManager): Promise<{ rmos: number; requests: number }> {
  const [row]: { rmos: number; requests: number }[] = await manager.query(
    `SELECT (SELECT count(*)::int FROM rmo WHERE name LIKE $1) AS rmos, (SELECT count(*)::int FROM support_request WHERE title LIKE $2) AS requests`,
    [`${SCALE_RMO_PREFIX}%`, `${SCALE_REQUEST_PREFIX}%`],
  );
  return row;
}
