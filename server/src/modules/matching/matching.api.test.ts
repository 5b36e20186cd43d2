import { OrganizationKind, VerificationStatus } from '@tsunagu/shared';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createAccount, sessionCookieFor } from '../../../test/fixtures/account-fixtures';
import { createRoleActors, MURAKAMI, NIIGATA, YAMAGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { supportRequestInput } from '../../../test/fixtures/request-fixtures';
import { SupportRequest } from '../support-request/support-request.entity';
import { insertSupporter, type SupporterFixture } from '../../../test/fixtures/supporter-fixtures';

const CREATE = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitSupportRequest(id: $id) { status } }`;
const MATCHES = `query ($id: ID!, $first: Int) { matchesForRequest(requestId: $id, first: $first) {
  score flags supporter { id name } reasons { factor weight points explanation { code params } } } }`;
const PUBLISHED = `query ($filter: PublishedSupportRequestFilter) { publishedSupportRequests(filter: $filter) { edges { node { id } } } }`;

interface Match {
  score: number;
  flags: string[];
  supporter: { id: string; name: string };
  reasons: { factor: string; weight: number; points: number; explanation: { code: string; params: Record<string, unknown> } }[];
}

let app: TestApp;
let actors: Record<ActorName, Actor>;
/** A fresh supporter type unique to each test, so earlier tests' supporters never compete. */
const TYPES = ['DIALOGUE_FACILITATION', 'CONSULTATION', 'ISSUE_VISUALIZATION', 'VISION_DRAFTING', 'PROJECT_SUPPORT', 'HUMAN_RESOURCE_DEVELOPMENT', 'RMO_ESTABLISHMENT', 'SECRETARIAT_STAFF_TRAINING', 'PARTNER_MATCHING', 'RESTRUCTURING'];
let typeIndex = 0;
let wanted: string;

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
});
afterAll(() => app.close());
beforeEach(() => {
  wanted = TYPES[typeIndex++];
});

const supporter = (fixture: SupporterFixture) => insertSupporter(app.dataSource, { supportTypes: [wanted] as never, ...fixture });

async function openRequest(actor: Actor = actors.murakamiCity, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await app.graphql<{ createSupportRequest: { id: string } }>(
    CREATE, { input: supportRequestInput({ supportTypes: [wanted], ...overrides }) }, { cookie: actor.cookie });
  expect(created.errors).toBeUndefined();
  const id = created.data!.createSupportRequest.id;
  expect((await app.graphql(SUBMIT, { id }, { cookie: actor.cookie })).errors).toBeUndefined();
  return id;
}

async function matches(id: string, actor: Actor = actors.murakamiCity, first?: number) {
  const res = await app.graphql<{ matchesForRequest: Match[] }>(MATCHES, { id, first }, { cookie: actor.cookie });
  expect(res.errors).toBeUndefined();
  return { list: res.data!.matchesForRequest, sql: res.extensions?.queryStats?.sqlStatements };
}

const reason = (m: Match, factor: string) => m.reasons.find((r) => r.factor === factor)!;

describe('matchesForRequest', () => {
  it('lists at most two profiles per organization', async () => {
    const org = actors.otherIntermediary.organizationId!;
    for (const name of ['支部A', '支部B', '支部C']) await supporter({ name, municipalities: [[NIIGATA, MURAKAMI]], ownerOrganizationId: org });
    await supporter({ name: '別団体', prefectures: [NIIGATA] });
    const { list } = await matches(await openRequest());
    expect(list.map((m) => m.supporter.name).sort()).toEqual(['別団体', ...['支部A', '支部B', '支部C'].filter((n) => list.some((m) => m.supporter.name === n))].sort());
    expect(list.filter((m) => m.supporter.name.startsWith('支部'))).toHaveLength(2);
  });

  it('flags unverified and stale profiles without hiding them, and leaves out rejected and archived ones', async () => {
    await supporter({ name: '確認済み', prefectures: [NIIGATA], verificationStatus: VerificationStatus.VERIFIED });
    await supporter({ name: '古い', prefectures: [NIIGATA], verificationStatus: VerificationStatus.VERIFIED, confirmedDaysAgo: 200 });
    await supporter({ name: '未確認', prefectures: [NIIGATA] });
    await supporter({ name: '差戻し', prefectures: [NIIGATA], verificationStatus: VerificationStatus.REJECTED });
    await supporter({ name: '終了', prefectures: [NIIGATA], archivedAt: new Date() });
    const { list } = await matches(await openRequest());
    const flags = Object.fromEntries(list.map((m) => [m.supporter.name, m.flags]));
    expect(flags).toEqual({ 確認済み: [], 古い: ['STALE'], 未確認: ['UNVERIFIED'] });
  });

  it('ranks by area: the municipality, then its prefecture, then a neighbour, then remote only; others are left out', async () => {
    await supporter({ name: '市内', municipalities: [[NIIGATA, MURAKAMI]] });
    await supporter({ name: '県全域', prefectures: [NIIGATA] });
    await supporter({ name: '隣県', prefectures: [YAMAGATA] });
    await supporter({ name: 'リモート', prefectures: ['47'], remoteAvailable: true });
    await supporter({ name: '遠方', prefectures: ['47'] });
    const { list } = await matches(await openRequest());
    expect(list.map((m) => m.supporter.name)).toEqual(['市内', '県全域', '隣県', 'リモート']);
    expect(list.map((m) => reason(m, 'AREA').explanation)).toEqual([
      { code: 'AREA_MUNICIPALITY', params: { municipalityName: '村上市', prefectureCode: NIIGATA, prefectureName: '新潟県' } },
      { code: 'AREA_WHOLE_PREFECTURE', params: { prefectureCode: NIIGATA, prefectureName: '新潟県' } },
      {
        code: 'AREA_NEIGHBOUR',
        params: { prefectureCode: NIIGATA, prefectureName: '新潟県', neighbourPrefectureCodes: [YAMAGATA], neighbourPrefectureNames: ['山形県'] },
      },
      { code: 'AREA_REMOTE_ONLY', params: {} },
    ]);
    for (let i = 1; i < list.length; i += 1) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
  });

  it('counts earlier work with the municipality as acquaintance, from the track record', async () => {
    const known = await supporter({ name: '顔なじみ', prefectures: [NIIGATA] });
    await supporter({ name: '初対面', prefectures: [NIIGATA] });
    await app.dataSource.query(
      `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary)
       VALUES ($1, 'ENGAGEMENT', $2, $3, 2024, '地区のあり方検討会'), ($1, 'INTRODUCTION', $2, NULL, 2023, '県の派遣')`,
      [known.id, NIIGATA, MURAKAMI],
    );
    const { list } = await matches(await openRequest());
    expect(list[0].supporter.name).toBe('顔なじみ');
    expect(reason(list[0], 'ACQUAINTANCE')).toMatchObject({
      points: 8,
      explanation: { code: 'ACQUAINTANCE_WORK_WITH_MUNICIPALITY', params: { count: 1, municipalityName: '村上市' } },
    });
    expect(reason(list[1], 'ACQUAINTANCE')).toMatchObject({
      points: 0,
      explanation: { code: 'ACQUAINTANCE_NONE', params: { municipalityName: '村上市', prefectureName: '新潟県' } },
    });
  });

  it('treats a ward of the requesting city as the city itself', async () => {
    const { user } = await createAccount(app.dataSource, {
      kind: OrganizationKind.MUNICIPALITY, prefectureCode: NIIGATA, municipalityCode: '151009', email: 'niigata-city@matching.example.jp',
    });
    const niigataCity: Actor = { name: 'murakamiCity', cookie: await sessionCookieFor(app, user.id), userId: user.id };
    await supporter({ name: '北区の支援者', municipalities: [[NIIGATA, '151017']] });
    const { list } = await matches(await openRequest(niigataCity, { municipalityCode: '151009' }), niigataCity);
    expect(reason(list[0], 'AREA').explanation).toMatchObject({ code: 'AREA_MUNICIPALITY', params: { municipalityName: '新潟市' } });
  });

  it('costs the same few SQL statements however many supporters compete', async () => {
    for (let i = 0; i < 30; i += 1) await supporter({ name: `候補${i}`, prefectures: [NIIGATA] });
    const id = await openRequest();
    // The first ranking after a catalogue change loads the catalogue once; later ones read none of it.
    await matches(id, actors.murakamiCity, 1);
    const few = await matches(id, actors.murakamiCity, 3);
    const many = await matches(id, actors.murakamiCity, 30);
    expect(many.list).toHaveLength(30);
    expect(many.sql).toBe(few.sql);
    expect(many.sql).toBeLessThanOrEqual(6);
  });

  it('sees a profile change at once: the catalogue reloads when its version moves', async () => {
    const profile = await supporter({ name: '受付中の支援者', prefectures: [NIIGATA] });
    const id = await openRequest();
    const availability = async () => reason((await matches(id)).list.find((m) => m.supporter.id === profile.id)!, 'AVAILABILITY').points;
    expect(await availability()).toBeGreaterThan(0);
    await app.dataSource.query(`UPDATE supporter_profile SET availability = 'NOT_ACCEPTING' WHERE id = $1`, [profile.id]);
    expect(await availability()).toBe(0);
    await app.dataSource.query(`UPDATE supporter_profile SET archived_at = now() WHERE id = $1`, [profile.id]);
    expect((await matches(id)).list.map((m) => m.supporter.id)).not.toContain(profile.id);
  });

  it('re-ranks when a candidate’s confirmation turns one more whole day old, though nothing was written', async () => {
    const t = Date.now();
    const profile = await supporter({ name: '日付の境目', prefectures: [NIIGATA], availabilityConfirmedAt: new Date(t - 45 * 86_400_000 + 1_000) });
    const request = await app.dataSource.getRepository(SupportRequest).findOneByOrFail({ id: await openRequest() });
    const explanation = async (now: number) => {
      const { matches: ranked } = await app.services.matching.rank(request, 20, new Date(now));
      return ranked.find((m) => m.entry.id === profile.id)!.result.reasons.find((r) => r.factor === 'AVAILABILITY')!.explanation;
    };
    expect(await explanation(t)).toMatchObject({ code: 'AVAILABILITY', days: 44 });
    expect(await explanation(t + 500)).toMatchObject({ code: 'AVAILABILITY', days: 44 });
    expect(await explanation(t + 2_000)).toMatchObject({ code: 'AVAILABILITY', days: 45 });
  });

  it('refuses first outside 1–100 naming the field, and other prefectures’ staff', async () => {
    const id = await openRequest();
    const bad = await app.graphql(MATCHES, { id, first: 0 }, { cookie: actors.murakamiCity.cookie });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const other = await app.graphql(MATCHES, { id }, { cookie: actors.yamagataPrefecture.cookie });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('publishedSupportRequests', () => {
  it('lists open, published requests in the types and prefectures of my profiles; unpublished ones never', async () => {
    await supporter({ name: '自組織の支援者', prefectures: [NIIGATA], ownerOrganizationId: actors.ownerIntermediary.organizationId! });
    const published = await openRequest();
    const unpublished = await openRequest(actors.murakamiCity, { published: false });
    const ids = async (actor: Actor, filter?: Record<string, unknown>) =>
      (await app.graphql<{ publishedSupportRequests: { edges: { node: { id: string } }[] } }>(PUBLISHED, { filter }, { cookie: actor.cookie }))
        .data!.publishedSupportRequests.edges.map((e) => e.node.id);
    expect(await ids(actors.ownerIntermediary)).toContain(published);
    expect(await ids(actors.ownerIntermediary)).not.toContain(unpublished);
    // The other intermediary has no profile offering this type: only the unfiltered list shows it.
    expect(await ids(actors.otherIntermediary)).not.toContain(published);
    expect(await ids(actors.otherIntermediary, { matchingMyProfiles: false })).toContain(published);
  });
});
