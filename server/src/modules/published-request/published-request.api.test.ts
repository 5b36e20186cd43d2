import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, MURAKAMI, NIIGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { supportRequestInput } from '../../../test/fixtures/request-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { buildAppSchema } from '../../graphql/schema';

const CREATE = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitSupportRequest(id: $id) { id status } }`;
const CLOSE = `mutation ($id: ID!) { closeSupportRequest(id: $id) { id status } }`;
const PUBLISHED = `query ($filter: PublishedSupportRequestFilter) { publishedSupportRequests(filter: $filter, first: 100) {
  edges { node { id municipality { name } prefecture { name } supportTypes step durationMonths interestedSupporterIds } } } }`;
const MARK = `mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id interestedSupporterIds } }`;
const WITHDRAW = `mutation ($r: ID!, $s: ID!) { withdrawSupportRequestInterest(requestId: $r, supporterId: $s) { id interestedSupporterIds } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
});
afterAll(() => app.close());

/** A request of 村上市, submitted (OPEN) unless told to stay a draft. */
async function requestOf(overrides: Record<string, unknown> = {}, submit = true): Promise<string> {
  const created = await app.graphql<{ createSupportRequest: { id: string } }>(CREATE, { input: supportRequestInput(overrides) }, { cookie: actors.murakamiCity.cookie });
  expect(created.errors).toBeUndefined();
  const id = created.data!.createSupportRequest.id;
  if (submit) expect((await app.graphql(SUBMIT, { id }, { cookie: actors.murakamiCity.cookie })).errors).toBeUndefined();
  return id;
}

async function publishedIds(actor: Actor, filter?: Record<string, unknown>): Promise<string[]> {
  const res = await app.graphql<{ publishedSupportRequests: { edges: { node: { id: string } }[] } }>(PUBLISHED, { filter }, { cookie: actor.cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.publishedSupportRequests.edges.map((e) => e.node.id);
}

const auditCount = async (requestId: string) =>
  Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action LIKE '%Interest'`, [requestId]))[0].n);

describe('published requests', () => {
  it('never exposes title, background or RMOs in the published view', async () => {
    const schema = await buildAppSchema();
    const fields = Object.keys((schema.getType('PublishedSupportRequest') as unknown as { getFields: () => object }).getFields());
    for (const hidden of ['title', 'background', 'rmos', 'authorOrganization']) expect(fields).not.toContain(hidden);
  });

  it('lists open, published requests; by default only those wanting a type one of your profiles offers where it works', async () => {
    await insertSupporter(app.dataSource, {
      name: '公開依頼を探す支援室', supportTypes: ['CONSULTATION'] as never, prefectures: [NIIGATA], ownerOrganizationId: actors.ownerIntermediary.organizationId!,
    });
    const wanted = await requestOf({ supportTypes: ['CONSULTATION'] });
    const otherType = await requestOf({ supportTypes: ['RMO_ESTABLISHMENT'] });
    const unpublished = await requestOf({ supportTypes: ['CONSULTATION'], published: false });
    const draft = await requestOf({ supportTypes: ['CONSULTATION'] }, false);

    const mine = await publishedIds(actors.ownerIntermediary);
    expect(mine).toContain(wanted);
    for (const hidden of [otherType, unpublished, draft]) expect(mine).not.toContain(hidden);
    const all = await publishedIds(actors.ownerIntermediary, { matchingMyProfiles: false });
    expect(all).toEqual(expect.arrayContaining([wanted, otherType]));
    expect(all).not.toContain(unpublished);
    expect(await publishedIds(actors.ownerIntermediary, { matchingMyProfiles: false, prefectureCode: '13' })).not.toContain(wanted);
  });

  it('answers a malformed cursor with BAD_USER_INPUT INVALID_CURSOR on "after"', async () => {
    const res = await app.graphql(`query { publishedSupportRequests(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }`, {}, { cookie: actors.ownerIntermediary.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});

describe('interest in a published request', () => {
  it('marks and withdraws interest for your own profile, harmlessly twice, with one audit entry per change', async () => {
    const profile = await insertSupporter(app.dataSource, {
      name: '関心を示す支援室', supportTypes: ['DIALOGUE_FACILITATION'] as never, municipalities: [[NIIGATA, MURAKAMI]],
      ownerOrganizationId: actors.ownerIntermediary.organizationId!,
    });
    const request = await requestOf();
    for (let i = 0; i < 2; i++) {
      const marked = await app.graphql<{ markSupportRequestInterest: { interestedSupporterIds: string[] } }>(MARK, { r: request, s: profile.id }, { cookie: actors.ownerIntermediary.cookie });
      expect(marked.data!.markSupportRequestInterest.interestedSupporterIds).toEqual([profile.id]);
    }
    expect(await auditCount(request)).toBe(1);
    const withdrawn = await app.graphql<{ withdrawSupportRequestInterest: { interestedSupporterIds: string[] } }>(WITHDRAW, { r: request, s: profile.id }, { cookie: actors.ownerIntermediary.cookie });
    expect(withdrawn.data!.withdrawSupportRequestInterest.interestedSupporterIds).toEqual([]);
    expect(await auditCount(request)).toBe(2);
  });

  it('refuses with a reason: another organization’s profile, a profile offering no wanted type, a closed or unpublished request, bad ids', async () => {
    const own = await insertSupporter(app.dataSource, {
      name: '対象外の支援室', supportTypes: ['RMO_ESTABLISHMENT'] as never, prefectures: [NIIGATA], ownerOrganizationId: actors.ownerIntermediary.organizationId!,
    });
    const others = await insertSupporter(app.dataSource, {
      name: '他団体の支援室', supportTypes: ['DIALOGUE_FACILITATION'] as never, prefectures: [NIIGATA], ownerOrganizationId: actors.otherIntermediary.organizationId!,
    });
    const open = await requestOf();
    const closed = await requestOf();
    await app.graphql(CLOSE, { id: closed }, { cookie: actors.murakamiCity.cookie });
    const unpublished = await requestOf({ published: false });
    const refusal = async (r: string, s: string) => (await app.graphql(MARK, { r, s }, { cookie: actors.ownerIntermediary.cookie })).errors?.[0].extensions;

    expect(await refusal(open, others.id)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PROFILE_OWNER' });
    expect(await refusal(open, own.id)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supporterId', reason: 'NO_WANTED_SUPPORT_TYPE' });
    expect(await refusal(closed, own.id)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PUBLISHED' });
    expect(await refusal(unpublished, own.id)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PUBLISHED' });
    expect(await refusal(open, 'not-an-id')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supporterId', reason: 'INVALID_ID' });
    expect(await refusal('not-an-id', own.id)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId', reason: 'INVALID_ID' });
    expect(await refusal(open, '00000000-0000-4000-8000-000000000000')).toMatchObject({ code: 'NOT_FOUND', reason: 'SUPPORTER_PROFILE_NOT_FOUND' });
    expect(await auditCount(open)).toBe(0);
  });
});
