import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MembershipRole, OrganizationKind, SupportRequestStatus, UserRole, enumValues } from '@tsunagu/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import type { Viewer } from '../account/viewer';
import { canSeeRequest, whereVisible } from './support-request-access';
import { SupportRequest } from './support-request.entity';

/**
 * The rule "who reads a request" exists twice: canSeeRequest (TypeScript, for one request) and
 * whereVisible (SQL, for lists). Generated viewers and requests, run against real PostgreSQL, must
 * get the same answer from both.
 */

let db: TestDatabase;
let places: { prefectureCode: string; municipalityCode: string }[];
let organizationIds: string[];
/** RMO records, three of them kept by an organization of the pool and one by none. */
let rmos: { id: string; organizationId: string | null }[];
let userId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const query = db.dataSource.query.bind(db.dataSource);
  // Two municipalities of 新潟県 and one of 山形県.
  places = await query(
    `(SELECT prefecture_code AS "prefectureCode", code AS "municipalityCode" FROM municipality WHERE code IN ('152129', '151009'))
     UNION ALL (SELECT prefecture_code, code FROM municipality WHERE prefecture_code = '06' ORDER BY code LIMIT 1)`,
  );
  expect(places).toHaveLength(3);
  organizationIds = [];
  for (let i = 0; i < 5; i++) {
    const [{ id }] = await query(`INSERT INTO organization (kind, name) VALUES ($1, $2) RETURNING id`, [OrganizationKind.INTERMEDIARY, `組織${i}`]);
    organizationIds.push(id);
  }
  [{ id: userId }] = await query(
    `INSERT INTO app_user (organization_id, email, display_name, password_hash, membership_role) VALUES ($1, 'author@example.jp', '作成者', 'x', $2) RETURNING id`,
    [organizationIds[0], MembershipRole.OWNER],
  );
  rmos = [];
  for (const [i, organizationId] of [organizationIds[0], organizationIds[1], organizationIds[2], null].entries()) {
    const [{ id }] = await query(
      `INSERT INTO rmo (prefecture_code, municipality_code, name, legal_form, optimization_state, organization_id)
       VALUES ($1, $2, $3, 'OTHER', 'NEITHER', $4) RETURNING id`,
      [places[i % places.length].prefectureCode, places[i % places.length].municipalityCode, `協議会${i}`, organizationId],
    );
    rmos.push({ id, organizationId });
  }
});
afterAll(() => db.drop());

const requestArbitrary = fc.record({
  status: fc.constantFrom(...enumValues(SupportRequestStatus)),
  place: fc.nat({ max: 2 }),
  author: fc.nat({ max: 4 }),
  rmos: fc.subarray([0, 1, 2, 3]),
});

const viewerArbitrary = fc.record({
  role: fc.constantFrom(...enumValues(UserRole)),
  // An organization of the pool (an author, an RMO's keeper) or one that is nobody's.
  organization: fc.option(fc.nat({ max: 4 }), { nil: null }),
  prefecture: fc.option(fc.nat({ max: 2 }), { nil: null }),
  municipality: fc.option(fc.nat({ max: 2 }), { nil: null }),
});

function viewerOf(generated: { role: UserRole; organization: number | null; prefecture: number | null; municipality: number | null }): Viewer {
  return {
    userId: randomUUID(),
    email: 'viewer@example.jp',
    displayName: '閲覧者',
    organizationId: generated.organization === null ? randomUUID() : organizationIds[generated.organization],
    organizationKind: OrganizationKind.INTERMEDIARY,
    organizationName: '閲覧者の組織',
    role: generated.role,
    isOwner: false,
    prefectureCode: generated.prefecture === null ? null : places[generated.prefecture].prefectureCode,
    municipalityCode: generated.municipality === null ? null : places[generated.municipality].municipalityCode,
    sessionTokenHash: 'x',
    canSeeContactDetails: false,
  };
}

it('agrees with canSeeRequest on every generated viewer and set of requests (SQL against real PostgreSQL)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(requestArbitrary, { minLength: 1, maxLength: 6 }), viewerArbitrary, async (generatedRequests, generatedViewer) => {
      const viewer = viewerOf(generatedViewer);
      const runner = db.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        const expected: string[] = [];
        const ids: string[] = [];
        for (const generated of generatedRequests) {
          const place = places[generated.place];
          const authorOrganizationId = organizationIds[generated.author];
          const [{ id }] = await runner.query(
            // Complete, as the table requires of anything past DRAFT.
            `INSERT INTO support_request (status, prefecture_code, municipality_code, author_organization_id, created_by_user_id, title,
               support_types, step, desired_start, duration_months, format, funding_route, rmo_agreement_confirmed, submitted_at)
             VALUES ($1, $2, $3, $4, $5, '生成された依頼', '{CONSULTATION}', 'REFLECTION', '2027-04', 12, 'REMOTE', 'MUNICIPAL_BUDGET', true,
               CASE WHEN $1 = 'DRAFT' THEN NULL ELSE now() END) RETURNING id`,
            [generated.status, place.prefectureCode, place.municipalityCode, authorOrganizationId, userId],
          );
          for (const rmo of generated.rmos) await runner.query('INSERT INTO support_request_rmo (request_id, rmo_id) VALUES ($1, $2)', [id, rmos[rmo].id]);
          ids.push(id);
          const concernsViewerRmo = generated.rmos.some((rmo) => rmos[rmo].organizationId === viewer.organizationId);
          const request = { status: generated.status, ...place, authorOrganizationId };
          if (canSeeRequest(viewer, request, concernsViewerRmo)) expected.push(id);
        }
        const query = runner.manager.getRepository(SupportRequest).createQueryBuilder('sr');
        whereVisible(query, viewer);
        const visible = await query.andWhere('sr.id = ANY(CAST(:ids AS uuid[]))', { ids }).getMany();
        expect(visible.map((r) => r.id).sort()).toEqual(expected.sort());
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }),
    { numRuns: 200 },
  );
});
