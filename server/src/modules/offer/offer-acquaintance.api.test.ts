import { SupportType } from '@tsunagu/shared';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { openRequest, ownedSupporter, type OwnedSupporter } from '../../../test/fixtures/offer-fixtures';

const MATCHES = `query ($id: ID!) { matchesForRequest(requestId: $id, first: 100) { supporter { id } reasons { factor points } } }`;
const TRACK_RECORD = `query ($id: ID!) { supporter(id: $id) { trackRecord { prefecture { name } municipality { name } introductions engagements latestYear } } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;
// A support type of its own, so other tests' supporters never compete in these rankings.
const TYPE = SupportType.VISION_DRAFTING;

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
});
afterAll(() => app.close());

async function gql<T>(query: string, variables: Record<string, unknown>, actor?: Actor): Promise<T> {
  const res = await app.graphql<T>(query, variables, { cookie: actor?.cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function acquaintancePoints(requestId: string, supporterId: string): Promise<number | undefined> {
  const { matchesForRequest } = await gql<{ matchesForRequest: { supporter: { id: string }; reasons: { factor: string; points: number }[] }[] }>(
    MATCHES,
    { id: requestId },
    actors.murakamiCity,
  );
  return matchesForRequest.find((m) => m.supporter.id === supporterId)?.reasons.find((r) => r.factor === 'ACQUAINTANCE')?.points;
}

/** Offers the request to the supporter (approach, or through the prefecture), which accepts; the municipality confirms. */
async function confirmedOffer(requestId: string, supporter: OwnedSupporter, brokered: boolean): Promise<void> {
  let offerId: string;
  if (brokered) {
    const { requestIntroduction } = await gql<{ requestIntroduction: { id: string } }>(
      'mutation ($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }',
      { input: { requestId, note: '紹介を' } },
      actors.murakamiCity,
    );
    offerId = (
      await gql<{ proposeIntroduction: { id: string } }>(
        'mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id } }',
        { input: { introductionId: requestIntroduction.id, supporterId: supporter.profile.id, note: '推薦' } },
        actors.niigataPrefecture,
      )
    ).proposeIntroduction.id;
  } else {
    offerId = (
      await gql<{ approachSupporter: { id: string } }>(
        'mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }',
        { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } },
        actors.murakamiCity,
      )
    ).approachSupporter.id;
  }
  await gql('mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }', { input: { offerId, response: 'ACCEPT', availabilityNote: '可能です' } }, supporter.member);
  await gql('mutation ($id: ID!) { confirmOffer(id: $id) { id } }', { id: offerId }, actors.murakamiCity);
}

it("makes acquaintance real: a confirmed offer gives the supporter 面識 with the municipality in the next ranking", async () => {
  const supporter = await ownedSupporter(app, 'ビジョンの支援室', { supportTypes: [TYPE] });
  const first = await openRequest(app, actors.murakamiCity, { supportTypes: [TYPE] });
  expect(await acquaintancePoints(first, supporter.profile.id)).toBe(0);
  await confirmedOffer(first, supporter, false);

  const next = await openRequest(app, actors.murakamiCity, { supportTypes: [TYPE] });
  // An introduction to the municipality itself: 75% of the factor's 8 points.
  expect(await acquaintancePoints(next, supporter.profile.id)).toBe(6);
});

it('shows a supporter’s introductions and engagements by municipality to signed-in users, and only per prefecture to the public', async () => {
  const supporter = await ownedSupporter(app, '実績の見える支援室', { supportTypes: [TYPE], capacity: 5 });
  await confirmedOffer(await openRequest(app, actors.murakamiCity, { supportTypes: [TYPE] }), supporter, true);
  // Offered but never confirmed: no record.
  const unconfirmed = await openRequest(app, actors.murakamiCity, { supportTypes: [TYPE] });
  await gql('mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }', {
    input: { requestId: unconfirmed, supporterId: supporter.profile.id, message: '打診だけ' },
  }, actors.murakamiCity);
  await app.dataSource.query(
    `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary) VALUES ($1, 'ENGAGEMENT', '15', '152129', 2024, '地区の話し合いの進行')`,
    [supporter.profile.id],
  );

  const signedIn = await gql<{ supporter: { trackRecord: unknown[] } }>(TRACK_RECORD, { id: supporter.profile.id }, actors.otherIntermediary);
  const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date()));
  expect(signedIn.supporter.trackRecord).toEqual([
    // The prefecture brokered it: an introduction with the prefecture as a whole…
    { prefecture: { name: '新潟県' }, municipality: null, introductions: 1, engagements: 0, latestYear: thisYear },
    // …and with the municipality, beside earlier work there.
    { prefecture: { name: '新潟県' }, municipality: { name: '村上市' }, introductions: 1, engagements: 1, latestYear: thisYear },
  ]);

  const anonymous = await gql<{ supporter: { trackRecord: unknown[] } }>(TRACK_RECORD, { id: supporter.profile.id });
  expect(anonymous.supporter.trackRecord).toEqual([{ prefecture: { name: '新潟県' }, municipality: null, introductions: 2, engagements: 1, latestYear: null }]);
  // Nothing of the offers themselves reaches the public: no request, RMO, date or summary field exists to ask for.
  const probe = await app.graphql(`query ($id: ID!) { supporter(id: $id) { trackRecord { summary } } }`, { id: supporter.profile.id });
  expect(probe.errors?.[0].message).toMatch(/summary/);
});

it('lets marked interest carry a short message the municipality reads', async () => {
  const supporter = await ownedSupporter(app, '関心を示す支援室', { supportTypes: [TYPE] });
  const requestId = await openRequest(app, actors.murakamiCity, { supportTypes: [TYPE] });
  const MARK = `mutation ($r: ID!, $s: ID!, $m: String) { markSupportRequestInterest(requestId: $r, supporterId: $s, message: $m) { id } }`;
  const tooLong = await app.graphql(MARK, { r: requestId, s: supporter.profile.id, m: 'あ'.repeat(301) }, { cookie: supporter.member.cookie });
  expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message', reason: 'TOO_LONG', params: { max: 300 } });
  await gql(MARK, { r: requestId, s: supporter.profile.id, m: '昨年、近隣の町で同様のワークショップを行いました。' }, supporter.member);
  const { supportRequest } = await gql<{ supportRequest: { interests: { supporter: { name: string }; message: string }[] } }>(
    `query ($id: ID!) { supportRequest(id: $id) { interests { supporter { name } message markedAt } } }`,
    { id: requestId },
    actors.murakamiCity,
  );
  expect(supportRequest.interests).toEqual([
    { supporter: { name: '関心を示す支援室' }, message: '昨年、近隣の町で同様のワークショップを行いました。', markedAt: expect.any(String) },
  ]);
  // Marking again with a new message replaces it; without one, keeps it.
  await gql(MARK, { r: requestId, s: supporter.profile.id, m: '日程の相談ができます。' }, supporter.member);
  await gql(MARK, { r: requestId, s: supporter.profile.id, m: null }, supporter.member);
  const again = await gql<{ supportRequest: { interests: { message: string }[] } }>(
    `query ($id: ID!) { supportRequest(id: $id) { interests { message } } }`,
    { id: requestId },
    actors.murakamiCity,
  );
  expect(again.supportRequest.interests).toEqual([{ message: '日程の相談ができます。' }]);
});
