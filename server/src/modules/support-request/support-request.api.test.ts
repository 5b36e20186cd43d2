import { MatchExplanationCode } from '@tsunagu/shared';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, MURAKAMI, NIIGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { insertRmo, supportRequestInput } from '../../../test/fixtures/request-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';

const CREATE = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id status title supportTypes rmos { id name } allowedActions } }`;
const UPDATE = `mutation ($id: ID!, $input: SupportRequestInput!) { updateSupportRequest(id: $id, input: $input) { id status title } }`;
const SUBMIT = `mutation ($id: ID!) { submitSupportRequest(id: $id) { id status submittedAt openedAt allowedActions } }`;
const ENDORSE = `mutation ($id: ID!) { endorseSupportRequest(id: $id) { id status endorsedAt } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportRequest(id: $id) { id status } }`;
const CLOSE = `mutation ($id: ID!) { closeSupportRequest(id: $id) { id status } }`;
const GET = `query ($id: ID!) { supportRequest(id: $id) { id status title municipality { name } prefecture { name } rmos { name } interestCount } }`;
const LIST = `query ($filter: SupportRequestFilter) { supportRequests(filter: $filter, first: 50) { edges { node { id status } } pageInfo { hasNextPage } } }`;
const MATCHES = `query ($id: ID!, $first: Int) { matchesForRequest(requestId: $id, first: $first) {
  score flags supporter { id name supportTypes } reasons { factor weight points explanation { code params } } } }`;
const PUBLISHED = `query ($filter: PublishedSupportRequestFilter) { publishedSupportRequests(filter: $filter) {
  edges { node { id municipality { name } supportTypes step desiredStart durationMonths interestedSupporterIds } } } }`;
const MARK = `mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id interestedSupporterIds } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
});
afterAll(() => app.close());

const countRequests = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM support_request'))[0].n);

async function createAs(actor: Actor, overrides: Record<string, unknown> = {}) {
  const res = await app.graphql<{ createSupportRequest: { id: string; status: string } }>(CREATE, { input: supportRequestInput(overrides) }, { cookie: actor.cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.createSupportRequest;
}

describe('support request lifecycle', () => {
  it('drafts, submits (municipality: opens at once) and withdraws, each transition checked', async () => {
    const draft = await createAs(actors.murakamiCity, { durationMonths: null, rmoAgreementConfirmed: false });
    expect(draft.status).toBe('DRAFT');

    // Incomplete: names the missing field, nothing changes.
    const incomplete = await app.graphql(SUBMIT, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMonths', reason: 'REQUIRED_TO_SUBMIT' });
    await app.graphql(UPDATE, { id: draft.id, input: supportRequestInput({ rmoAgreementConfirmed: false }) }, { cookie: actors.murakamiCity.cookie });
    const noAgreement = await app.graphql(SUBMIT, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(noAgreement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rmoAgreementConfirmed', reason: 'RMO_AGREEMENT_REQUIRED' });

    await app.graphql(UPDATE, { id: draft.id, input: supportRequestInput() }, { cookie: actors.murakamiCity.cookie });
    const submitted = await app.graphql<{ submitSupportRequest: { status: string; openedAt: string | null; allowedActions: string[] } }>(
      SUBMIT, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitSupportRequest.status).toBe('OPEN');
    expect(submitted.data!.submitSupportRequest.openedAt).not.toBeNull();
    expect(submitted.data!.submitSupportRequest.allowedActions).toEqual(['UPDATE', 'CLOSE', 'WITHDRAW']);

    const again = await app.graphql(SUBMIT, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', params: { status: 'OPEN', action: 'SUBMIT' } });

    const withdrawn = await app.graphql<{ withdrawSupportRequest: { status: string } }>(WITHDRAW, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(withdrawn.data!.withdrawSupportRequest.status).toBe('WITHDRAWN');
    const closeWithdrawn = await app.graphql(CLOSE, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(closeWithdrawn.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('withdraws an unfinished draft', async () => {
    const draft = await createAs(actors.murakamiCity, { supportTypes: null, step: null, format: null, fundingRoute: null, rmoAgreementConfirmed: false });
    const res = await app.graphql<{ withdrawSupportRequest: { status: string } }>(WITHDRAW, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.withdrawSupportRequest.status).toBe('WITHDRAWN');
  });

  it("needs the municipality's endorsement before an RMO's request opens", async () => {
    const own = await insertRmo(app.dataSource, { name: '（テスト）山北地区協議会', organizationId: actors.murakamiRmo.organizationId! });
    const draft = await createAs(actors.murakamiRmo, { rmoIds: [own.id] });
    // The municipality does not see the RMO's draft: to it, the draft does not exist.
    const hidden = await app.graphql(GET, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(hidden.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SUPPORT_REQUEST_NOT_FOUND' });

    const submitted = await app.graphql<{ submitSupportRequest: { status: string } }>(SUBMIT, { id: draft.id }, { cookie: actors.murakamiRmo.cookie });
    expect(submitted.data!.submitSupportRequest.status).toBe('AWAITING_ENDORSEMENT');
    const byRmo = await app.graphql(ENDORSE, { id: draft.id }, { cookie: actors.murakamiRmo.cookie });
    expect(byRmo.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const endorsed = await app.graphql<{ endorseSupportRequest: { status: string } }>(ENDORSE, { id: draft.id }, { cookie: actors.murakamiCity.cookie });
    expect(endorsed.errors).toBeUndefined();
    expect(endorsed.data!.endorseSupportRequest.status).toBe('OPEN');
  });
});

describe('bad input and access', () => {
  it('refuses a request for another municipality with FORBIDDEN and writes nothing', async () => {
    const before = await countRequests();
    const res = await app.graphql(CREATE, { input: supportRequestInput({ municipalityCode: '151009' }) }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_MUNICIPALITY' });
    expect(await countRequests()).toBe(before);
  });

  it.each([
    ['durationMonths', { durationMonths: 48 }, { reason: 'OUT_OF_RANGE', params: { min: 1, max: 36 } }],
    ['supportTypes', { supportTypes: [] }, { reason: 'TOO_FEW', params: { min: 1 } }],
    ['budgetMaxYen', { budgetMaxYen: 1_500_000_000 }, { reason: 'OUT_OF_RANGE', params: { min: 0, max: 1_000_000_000 } }],
    // Beyond GraphQL's 32-bit Int: refused before any resolver runs, still naming the field.
    ['budgetMaxYen', { budgetMaxYen: 3_000_000_000 }, { reason: 'OUT_OF_RANGE', params: { min: -2147483648, max: 2147483647 } }],
    ['title', { title: 'あ'.repeat(121) }, { reason: 'TOO_LONG', params: { max: 120 } }],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field and the reason, and writes nothing', async (field, overrides, expected) => {
    const before = await countRequests();
    const res = await app.graphql(CREATE, { input: supportRequestInput(overrides) }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...expected });
    expect(await countRequests()).toBe(before);
  });

  it('reports every refused field of an input at once', async () => {
    const res = await app.graphql(
      CREATE,
      { input: supportRequestInput({ title: 'あ'.repeat(121), background: 'い'.repeat(4001), durationMonths: 0, desiredStart: '2027/04' }) },
      { cookie: actors.murakamiCity.cookie },
    );
    const problems = res.errors?.[0].extensions?.problems as { field: string; reason: string }[];
    expect(problems.map((p) => `${p.field}:${p.reason}`).sort()).toEqual([
      'background:TOO_LONG',
      'desiredStart:NOT_YEAR_MONTH',
      'durationMonths:OUT_OF_RANGE',
      'title:TOO_LONG',
    ]);
  });

  it.each([
    ['budgetMaxYen', { budgetMinYen: 500000, budgetMaxYen: 100000 }, 'BUDGET_MAX_BELOW_MIN'],
    ['desiredStart', { desiredStart: '2027/04' }, 'NOT_YEAR_MONTH'],
    ['title', { title: ' ' }, 'REQUIRED'],
  ])('refuses an inconsistent %s naming the field and the reason', async (field, overrides, reason) => {
    const before = await countRequests();
    const res = await app.graphql(CREATE, { input: supportRequestInput(overrides) }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await countRequests()).toBe(before);
  });

  it("refuses an RMO of another municipality, and an RMO's request that leaves out its own RMO", async () => {
    const elsewhere = await insertRmo(app.dataSource, { name: '（テスト）新潟市の協議会', municipalityCode: '151009' });
    const foreign = await app.graphql(CREATE, { input: supportRequestInput({ rmoIds: [elsewhere.id] }) }, { cookie: actors.murakamiCity.cookie });
    // Another municipality's RMO reads as an unknown one: its name and existence stay hidden.
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rmoIds', reason: 'UNKNOWN_RMO' });
    expect(JSON.stringify(foreign)).not.toContain('新潟市の協議会');
    const withoutOwn = await app.graphql(CREATE, { input: supportRequestInput({ rmoIds: [] }) }, { cookie: actors.murakamiRmo.cookie });
    expect(withoutOwn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rmoIds', reason: 'OWN_RMO_REQUIRED' });
  });

  it('keeps a submitted request complete: an update that empties a required field is refused and changes nothing', async () => {
    const request = await createAs(actors.murakamiCity);
    await app.graphql(SUBMIT, { id: request.id }, { cookie: actors.murakamiCity.cookie });
    const res = await app.graphql(UPDATE, { id: request.id, input: supportRequestInput({ format: null, title: '変更' }) }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format', reason: 'REQUIRED_TO_SUBMIT' });
    const [row] = await app.dataSource.query('SELECT title, format FROM support_request WHERE id = $1', [request.id]);
    expect(row).toEqual({ title: supportRequestInput().title, format: 'IN_PERSON' });
  });

  it('shows a submitted request to its municipality and prefecture, not to other prefectures or intermediaries', async () => {
    const request = await createAs(actors.murakamiCity);
    await app.graphql(SUBMIT, { id: request.id }, { cookie: actors.murakamiCity.cookie });
    const seen = async (actor: Actor) => (await app.graphql(GET, { id: request.id }, { cookie: actor.cookie })).errors?.[0].extensions?.code ?? 'OK';
    expect(await seen(actors.niigataPrefecture)).toBe('OK');
    expect(await seen(actors.operator)).toBe('OK');
    // Not FORBIDDEN, which would confirm the id exists; intermediaries may read no request by id at all (their role).
    expect(await seen(actors.yamagataPrefecture)).toBe('NOT_FOUND');
    expect(await seen(actors.ownerIntermediary)).toBe('FORBIDDEN');
    expect(await seen(actors.anonymous)).toBe('UNAUTHENTICATED');
    const list = await app.graphql<{ supportRequests: { edges: { node: { id: string } }[] } }>(LIST, {}, { cookie: actors.yamagataPrefecture.cookie });
    expect(list.data!.supportRequests.edges.map((e) => e.node.id)).not.toContain(request.id);
  });
});

describe('matchesForRequest', () => {
  it('ranks only supporters offering a wanted type, scores descending, explained, and interest shows', async () => {
    const local = await insertSupporter(app.dataSource, {
      name: '村上の対話支援', supportTypes: ['DIALOGUE_FACILITATION', 'ISSUE_VISUALIZATION'] as never, municipalities: [[NIIGATA, MURAKAMI]],
      ownerOrganizationId: actors.ownerIntermediary.organizationId!,
    });
    const remote = await insertSupporter(app.dataSource, { name: 'オンライン相談室', supportTypes: ['ISSUE_VISUALIZATION'] as never, remoteAvailable: true, prefectures: ['13'] });
    await insertSupporter(app.dataSource, { name: '関係のない支援者', supportTypes: ['RMO_ESTABLISHMENT'] as never, prefectures: [NIIGATA] });
    const request = await createAs(actors.murakamiCity);
    await app.graphql(SUBMIT, { id: request.id }, { cookie: actors.murakamiCity.cookie });

    type Match = { score: number; supporter: { id: string; supportTypes: string[] }; reasons: { factor: string; points: number; explanation: { code: string; params: Record<string, unknown> } }[] };
    const ranked = async () => (await app.graphql<{ matchesForRequest: Match[] }>(MATCHES, { id: request.id }, { cookie: actors.murakamiCity.cookie })).data!.matchesForRequest;
    const matches = await ranked();
    expect(matches.map((m) => m.supporter.id)).toEqual([local.id, remote.id]);
    for (const m of matches) {
      expect(m.supporter.supportTypes.some((t) => ['DIALOGUE_FACILITATION', 'ISSUE_VISUALIZATION'].includes(t))).toBe(true);
      expect(m.score).toBe(m.reasons.reduce((s, r) => s + r.points, 0));
      for (const r of m.reasons) expect(Object.values(MatchExplanationCode)).toContain(r.explanation.code);
    }
    expect(matches[0].reasons.find((r) => r.factor === 'AREA')?.explanation).toEqual({
      code: 'AREA_MUNICIPALITY',
      params: { municipalityName: '村上市', prefectureCode: NIIGATA, prefectureName: '新潟県' },
    });

    // The intermediary finds the anonymized request and marks interest; the ranking shows it.
    const published = await app.graphql<{ publishedSupportRequests: { edges: { node: { id: string; municipality: { name: string } } }[] } }>(
      PUBLISHED, {}, { cookie: actors.ownerIntermediary.cookie });
    const node = published.data!.publishedSupportRequests.edges.find((e) => e.node.id === request.id)?.node;
    expect(node?.municipality.name).toBe('村上市');
    const marked = await app.graphql(MARK, { r: request.id, s: local.id }, { cookie: actors.ownerIntermediary.cookie });
    expect(marked.errors).toBeUndefined();
    const after = await ranked();
    const interest = after.find((m) => m.supporter.id === local.id)!.reasons.find((r) => r.factor === 'INTEREST');
    expect(interest).toMatchObject({ points: 6, explanation: { code: 'INTEREST_MARKED', params: {} } });
  });
});
