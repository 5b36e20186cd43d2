import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { openRequest, ownedSupporter, type OwnedSupporter } from '../../../test/fixtures/offer-fixtures';

const APPROACH = `mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }`;
const RESPOND = `mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id status } }`;
const CONFIRM = `mutation ($id: ID!) { confirmOffer(id: $id) { id status supporter { currentLoad } } }`;

const CONFIRMATIONS = 50;
const CAPACITY = 10;
const FREE_PLACES = 2;

let app: TestApp;
let actors: Record<ActorName, Actor>;
let supporter: OwnedSupporter;
const offerIds: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
  supporter = await ownedSupporter(app, '枠が二つの支援室', { capacity: CAPACITY, currentLoad: CAPACITY - FREE_PLACES });
  // Fifty open requests, each with an accepted offer to the same supporter.
  for (let i = 0; i < CONFIRMATIONS; i++) {
    const requestId = await openRequest(app, actors.murakamiCity, { title: `同時確定の依頼 ${i + 1}` });
    const approached = await app.graphql<{ approachSupporter: { id: string } }>(
      APPROACH,
      { input: { requestId, supporterId: supporter.profile.id, message: 'お願いします' } },
      { cookie: actors.murakamiCity.cookie },
    );
    const id = approached.data!.approachSupporter.id;
    const accepted = await app.graphql(RESPOND, { input: { offerId: id, response: 'ACCEPT', availabilityNote: 'いつでも' } }, { cookie: supporter.member.cookie });
    expect(accepted.errors).toBeUndefined();
    offerIds.push(id);
  }
}, 120_000);
afterAll(() => app.close());

it('confirms exactly as many offers as the supporter has free places when fifty arrive at once, and the load and the audit log agree', async () => {
  const results = await Promise.all(offerIds.map((id) => app.graphql<{ confirmOffer: { status: string } }>(CONFIRM, { id }, { cookie: actors.murakamiCity.cookie })));

  const succeeded = results.filter((r) => !r.errors);
  const refused = results.filter((r) => r.errors);
  expect(succeeded).toHaveLength(FREE_PLACES);
  // Every other one is a clear refusal with its reason: nothing half-done, nothing internal.
  expect(refused.map((r) => r.errors![0].extensions)).toEqual(
    Array.from({ length: CONFIRMATIONS - FREE_PLACES }, () => expect.objectContaining({ code: 'CONFLICT', reason: 'AT_CAPACITY', params: { capacity: CAPACITY } })),
  );

  const [profile] = await app.dataSource.query(`SELECT current_load, capacity FROM supporter_profile WHERE id = $1`, [supporter.profile.id]);
  expect(profile).toEqual({ current_load: CAPACITY, capacity: CAPACITY });
  const audit: { load: number }[] = await app.dataSource.query(
    `SELECT (after->>'supporterLoad')::int AS load FROM audit_entry WHERE action = 'confirmOffer' AND after->>'supporterId' = $1 ORDER BY load`,
    [supporter.profile.id],
  );
  expect(audit.map((a) => a.load)).toEqual([CAPACITY - 1, CAPACITY]);
  const [{ confirmed }] = await app.dataSource.query(`SELECT count(*)::int AS confirmed FROM offer WHERE supporter_id = $1 AND status = 'CONFIRMED'`, [
    supporter.profile.id,
  ]);
  expect(confirmed).toBe(FREE_PLACES);
  const [{ records }] = await app.dataSource.query(`SELECT count(*)::int AS records FROM supporter_track_record WHERE supporter_id = $1`, [supporter.profile.id]);
  expect(records).toBe(FREE_PLACES);
  // The refused requests are untouched: still looking, their offers still accepted.
  const [{ chosen }] = await app.dataSource.query(
    `SELECT count(*)::int AS chosen FROM support_request WHERE confirmed_offer_id IS NOT NULL AND id IN (SELECT request_id FROM offer WHERE supporter_id = $1)`,
    [supporter.profile.id],
  );
  expect(chosen).toBe(FREE_PLACES);
});

it('refuses the supporter at capacity an acceptance too', async () => {
  const requestId = await openRequest(app, actors.murakamiCity);
  const approached = await app.graphql<{ approachSupporter: { id: string } }>(
    APPROACH,
    { input: { requestId, supporterId: supporter.profile.id, message: 'お願いします' } },
    { cookie: actors.murakamiCity.cookie },
  );
  const refused = await app.graphql(
    RESPOND,
    { input: { offerId: approached.data!.approachSupporter.id, response: 'ACCEPT', availabilityNote: '空きができ次第' } },
    { cookie: supporter.member.cookie },
  );
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AT_CAPACITY', params: { capacity: CAPACITY } });
});
