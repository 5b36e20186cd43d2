import { ManualClock, DAY_MS } from '../../common/clock';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { OFFER_FIELDS, openRequest, ownedSupporter, recordNotifications, type OwnedSupporter } from '../../../test/fixtures/offer-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';

const REQUEST_INTRODUCTION = `mutation ($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id status note ageDays overdue proposalsLeft allowedActions } }`;
const PROPOSE = `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { ${OFFER_FIELDS} } }`;
const APPROACH = `mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { ${OFFER_FIELDS} } }`;
const RESPOND = `mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { ${OFFER_FIELDS} } }`;
const CONFIRM = `mutation ($id: ID!) { confirmOffer(id: $id) { ${OFFER_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawOffer(id: $id) { ${OFFER_FIELDS} } }`;
const OFFER = `query ($id: ID!) { offer(id: $id) { ${OFFER_FIELDS} } }`;
const OFFERS = `query ($filter: OfferFilter) { offers(filter: $filter, first: 50) { edges { node { id status kind supporter { name } } } pageInfo { hasNextPage } } }`;
const REQUEST = `query ($id: ID!) { supportRequest(id: $id) { id status chosenSupporter { id name } confirmedOffer { id } openIntroduction { id } offeredSupporterIds } }`;
const QUEUE = `query { introductionRequests(filter: { statuses: [OPEN] }) { edges { node { id ageDays overdue proposalsLeft note request { title }
  proposals { id status supporter { name } } allowedActions } } } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;
let clock: ManualClock;
let notifications: ReturnType<typeof recordNotifications>;

beforeAll(async () => {
  clock = new ManualClock(new Date('2027-01-10T01:00:00Z'));
  app = await startTestApp({}, { clock });
  actors = await createRoleActors(app);
  notifications = recordNotifications(app);
});
afterAll(() => app.close());
beforeEach(() => notifications.clear());

async function ok<T>(query: string, variables: Record<string, unknown>, actor: Actor): Promise<T> {
  const res = await app.graphql<T>(query, variables, { cookie: actor.cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors, null, 1));
  return res.data!;
}

async function refusal(query: string, variables: Record<string, unknown>, actor: Actor) {
  const res = await app.graphql(query, variables, { cookie: actor.cookie });
  expect(res.errors).toBeDefined();
  return res.errors![0].extensions!;
}

type OfferData = { id: string; status: string; allowedActions: string[]; supporter: { currentLoad: number }; request: { title: string } };

describe('brokered introduction: the municipality asks, the prefecture proposes, supporters answer, the municipality confirms', () => {
  let requestId: string;
  let accepting: OwnedSupporter;
  let declining: OwnedSupporter;

  beforeAll(async () => {
    requestId = await openRequest(app, actors.murakamiCity, { title: '山北地区の対話の場づくり（紹介依頼）' });
    accepting = await ownedSupporter(app, '受ける支援室', { capacity: 3, currentLoad: 1 });
    declining = await ownedSupporter(app, '断る支援室', { capacity: 2, currentLoad: 2 });
  });

  it('runs the whole path and tells every party', async () => {
    const { requestIntroduction: introduction } = await ok<{ requestIntroduction: { id: string; status: string; proposalsLeft: number; allowedActions: string[] } }>(
      REQUEST_INTRODUCTION,
      { input: { requestId, note: 'ワークショップの進行に慣れた方を紹介してください。' } },
      actors.murakamiCity,
    );
    expect(introduction).toMatchObject({ status: 'OPEN', proposalsLeft: 3, allowedActions: ['CANCEL'] });
    expect(notifications.events).toEqual([
      expect.objectContaining({ kind: 'INTRODUCTION_REQUESTED', organizationIds: [actors.niigataPrefecture.organizationId], link: `/requests/${requestId}` }),
    ]);

    // The prefecture's queue shows it, with its age.
    const queue = await ok<{ introductionRequests: { edges: { node: { id: string; ageDays: number; allowedActions: string[] } }[] } }>(QUEUE, {}, actors.niigataPrefecture);
    expect(queue.introductionRequests.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: introduction.id, ageDays: 0, allowedActions: ['PROPOSE'] })]);

    notifications.clear();
    const proposals: OfferData[] = [];
    for (const supporter of [accepting, declining]) {
      const { proposeIntroduction } = await ok<{ proposeIntroduction: OfferData & { kind: string; daysLeft: number; respondBy: string } }>(
        PROPOSE,
        { input: { introductionId: introduction.id, supporterId: supporter.profile.id, note: '県内で実績のある団体です。' } },
        actors.niigataPrefecture,
      );
      expect(proposeIntroduction).toMatchObject({ kind: 'PROPOSAL', status: 'OFFERED', daysLeft: 15, allowedActions: ['WITHDRAW'] });
      // The end of the Japanese day fourteen days on: 2027-01-24 24:00 JST.
      expect(proposeIntroduction.respondBy).toBe('2027-01-24T15:00:00.000Z');
      proposals.push(proposeIntroduction);
    }
    expect(notifications.kinds()).toEqual(['OFFER_RECEIVED', 'INTRODUCTION_PROPOSED', 'OFFER_RECEIVED', 'INTRODUCTION_PROPOSED']);
    expect(notifications.events[0].organizationIds).toEqual([accepting.member.organizationId]);
    expect(notifications.events[1].organizationIds).toEqual([actors.murakamiCity.organizationId]);
    expect(notifications.events[0]).toMatchObject({ actorUserId: actors.niigataPrefecture.userId, link: `/offers/${proposals[0].id}` });
    expect(notifications.events[0].params).toMatchObject({
      offerKind: 'PROPOSAL',
      municipalityName: '村上市',
      prefectureName: '新潟県',
      supporterName: '受ける支援室',
      requestTitle: '山北地区の対話の場づくり（紹介依頼）',
      deadline: '2027-01-24',
    });

    // The supporter reads the request's full text now that it is offered, and answers.
    const seen = await ok<{ offer: OfferData & { party: string } }>(OFFER, { id: proposals[0].id }, accepting.member);
    expect(seen.offer).toMatchObject({ party: 'SUPPORTER', allowedActions: ['ACCEPT', 'DECLINE'], request: { title: '山北地区の対話の場づくり（紹介依頼）' } });

    notifications.clear();
    const accepted = await ok<{ respondToOffer: OfferData & { availabilityNote: string } }>(
      RESPOND,
      { input: { offerId: proposals[0].id, response: 'ACCEPT', availabilityNote: '4月から月2回伺えます。' } },
      accepting.member,
    );
    expect(accepted.respondToOffer).toMatchObject({ status: 'ACCEPTED', availabilityNote: '4月から月2回伺えます。', allowedActions: ['DECLINE'] });
    // At capacity: the second supporter cannot accept, and declines saying so.
    expect(await refusal(RESPOND, { input: { offerId: proposals[1].id, response: 'ACCEPT', availabilityNote: 'すぐ' } }, declining.member)).toMatchObject({
      code: 'CONFLICT',
      reason: 'AT_CAPACITY',
      params: { capacity: 2 },
    });
    const declined = await ok<{ respondToOffer: { status: string; declineReason: string } }>(
      RESPOND,
      { input: { offerId: proposals[1].id, response: 'DECLINE', declineReason: 'AT_CAPACITY' } },
      declining.member,
    );
    expect(declined.respondToOffer).toMatchObject({ status: 'DECLINED', declineReason: 'AT_CAPACITY' });
    expect(notifications.kinds()).toEqual(['OFFER_ACCEPTED', 'OFFER_DECLINED']);
    // The municipality and the broker prefecture hear both.
    for (const event of notifications.events) {
      expect([...event.organizationIds!].sort()).toEqual([actors.murakamiCity.organizationId!, actors.niigataPrefecture.organizationId!].sort());
    }
    expect(notifications.events[1].params).toMatchObject({ reason: 'AT_CAPACITY' });

    notifications.clear();
    const confirmed = await ok<{ confirmOffer: OfferData & { confirmedAt: string } }>(CONFIRM, { id: proposals[0].id }, actors.murakamiCity);
    expect(confirmed.confirmOffer).toMatchObject({ status: 'CONFIRMED', supporter: { currentLoad: 2 }, allowedActions: [] });
    expect(notifications.kinds()).toEqual(['OFFER_CONFIRMED']);
    expect([...notifications.events[0].organizationIds!].sort()).toEqual([accepting.member.organizationId!, actors.niigataPrefecture.organizationId!].sort());

    // The request knows its chosen supporter; its introduction request is closed.
    const request = await ok<{ supportRequest: Record<string, unknown> }>(REQUEST, { id: requestId }, actors.murakamiCity);
    expect(request.supportRequest).toEqual({
      id: requestId,
      status: 'OPEN',
      chosenSupporter: { id: accepting.profile.id, name: '受ける支援室' },
      confirmedOffer: { id: proposals[0].id },
      openIntroduction: null,
      offeredSupporterIds: [accepting.profile.id],
    });
    // Acquaintance: the municipality and, brokered, the prefecture.
    const records = await app.dataSource.query(
      `SELECT kind, prefecture_code, municipality_code FROM supporter_track_record WHERE offer_id = $1 ORDER BY municipality_code NULLS LAST`,
      [proposals[0].id],
    );
    expect(records).toEqual([
      { kind: 'INTRODUCTION', prefecture_code: '15', municipality_code: '152129' },
      { kind: 'INTRODUCTION', prefecture_code: '15', municipality_code: null },
    ]);
    // Each party finds it in its inbox, and what asks for action by mail at once (the inbox's defaults).
    const INBOX = `{ notifications(first: 50) { edges { node { kind link delivery } } } }`;
    const inbox = async (actor: Actor) =>
      (await ok<{ notifications: { edges: { node: { kind: string; link: string; delivery: string } }[] } }>(INBOX, {}, actor)).notifications.edges.map((e) => e.node);
    expect(await inbox(accepting.member)).toEqual(
      expect.arrayContaining([
        { kind: 'OFFER_RECEIVED', link: `/offers/${proposals[0].id}`, delivery: 'IMMEDIATE' },
        { kind: 'OFFER_CONFIRMED', link: `/offers/${proposals[0].id}`, delivery: 'DAILY_DIGEST' },
      ]),
    );
    expect((await inbox(declining.member)).map((n) => n.kind)).toEqual(['OFFER_RECEIVED']);
    expect((await inbox(actors.murakamiCity)).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['INTRODUCTION_PROPOSED', 'INTRODUCTION_PROPOSED', 'OFFER_ACCEPTED', 'OFFER_DECLINED']),
    );
    expect((await inbox(actors.niigataPrefecture)).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['INTRODUCTION_REQUESTED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_CONFIRMED']),
    );
    await app.services.jobs.runUntilIdle();
    const mailed: { subject: string }[] = await app.dataSource.query(
      `SELECT m.subject FROM mail_delivery m JOIN app_user u ON u.email = m.recipient WHERE m.status = 'SENT' AND u.id = $1`,
      [accepting.member.userId],
    );
    expect(mailed.length).toBeGreaterThanOrEqual(1);

    // No more offers for a request with its supporter.
    const other = await ownedSupporter(app, '遅れた支援室');
    expect(await refusal(APPROACH, { input: { requestId, supporterId: other.profile.id, message: 'お願いします' } }, actors.murakamiCity)).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUPPORTER_CHOSEN',
    });
  });
});

describe('direct approach', () => {
  it('shows the supporter the full text only once approached, closes the other offers politely on confirmation', async () => {
    const requestId = await openRequest(app, actors.murakamiCity, { title: '直接打診する依頼', background: '背景の全文です。' });
    const first = await ownedSupporter(app, '一番目の支援室');
    const second = await ownedSupporter(app, '二番目の支援室');

    // Before: an intermediary cannot read the request.
    expect(await refusal(`query ($id: ID!) { supportRequest(id: $id) { title } }`, { id: requestId }, first.member)).toMatchObject({ code: 'FORBIDDEN' });

    const offers: string[] = [];
    for (const supporter of [first, second]) {
      const { approachSupporter } = await ok<{ approachSupporter: OfferData & { kind: string; offeredByName: string } }>(
        APPROACH,
        { input: { requestId, supporterId: supporter.profile.id, message: '来年度の対話の場づくりをお願いできますか。' } },
        actors.murakamiCity,
      );
      expect(approachSupporter).toMatchObject({ kind: 'APPROACH', status: 'OFFERED', offeredByName: expect.any(String) });
      offers.push(approachSupporter.id);
    }
    const read = await ok<{ offer: { request: { title: string; background: string; rmoNames: string[] } } }>(OFFER, { id: offers[0] }, first.member);
    expect(read.offer.request).toEqual({ id: requestId, title: '直接打診する依頼', background: '背景の全文です。', rmoNames: [] });
    // Approached twice: refused.
    expect(await refusal(APPROACH, { input: { requestId, supporterId: first.profile.id, message: 'もう一度' } }, actors.murakamiCity)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_OFFERED',
    });
    // A confirmation needs an accepted offer.
    expect(await refusal(CONFIRM, { id: offers[0] }, actors.murakamiCity)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', params: { status: 'OFFERED', action: 'CONFIRM' } });

    await ok(RESPOND, { input: { offerId: offers[0], response: 'ACCEPT', availabilityNote: '来月から可能です。' } }, first.member);
    notifications.clear();
    await ok(CONFIRM, { id: offers[0] }, actors.murakamiCity);
    const closed = await ok<{ offer: OfferData & { endedAt: string } }>(OFFER, { id: offers[1] }, second.member);
    expect(closed.offer).toMatchObject({ status: 'CLOSED', allowedActions: [], endedAt: expect.any(String) });
    expect(notifications.kinds()).toEqual(['OFFER_CONFIRMED', 'OFFER_CLOSED']);
    expect(notifications.events[1].organizationIds).toEqual([second.member.organizationId]);
    // Direct approaches involve no prefecture.
    expect(notifications.events[0].organizationIds).toEqual([first.member.organizationId]);
    const records = await app.dataSource.query(`SELECT municipality_code FROM supporter_track_record WHERE offer_id = $1`, [offers[0]]);
    expect(records).toEqual([{ municipality_code: '152129' }]);
  });

  it('refuses what cannot be offered, saying why', async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    const imported = await insertSupporter(app.dataSource, { name: '登録していない支援者', prefectures: ['15'], supportTypes: ['DIALOGUE_FACILITATION'] as never });
    expect(await refusal(APPROACH, { input: { requestId, supporterId: imported.id, message: 'お願い' } }, actors.murakamiCity)).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUPPORTER_NOT_REGISTERED',
      field: 'supporterId',
    });
    const wrongField = await ownedSupporter(app, '分野違いの支援室', { supportTypes: ['RMO_ESTABLISHMENT'] as never });
    expect(await refusal(APPROACH, { input: { requestId, supporterId: wrongField.profile.id, message: 'お願い' } }, actors.murakamiCity)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'supporterId',
      reason: 'NO_WANTED_SUPPORT_TYPE',
    });
    const supporter = await ownedSupporter(app, '空欄の支援室');
    expect(await refusal(APPROACH, { input: { requestId, supporterId: supporter.profile.id, message: '  ' } }, actors.murakamiCity)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'message',
      reason: 'REQUIRED',
    });
    expect(await refusal(APPROACH, { input: { requestId, supporterId: supporter.profile.id, message: 'あ'.repeat(2001) } }, actors.murakamiCity)).toMatchObject({
      reason: 'TOO_LONG',
      params: { max: 2000 },
    });
    // The RMO concerned cannot approach anyone, nor can another role.
    expect(await refusal(APPROACH, { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } }, actors.niigataPrefecture)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    // A draft takes no offers.
    const draft = await app.graphql<{ createSupportRequest: { id: string } }>(
      'mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
      { input: (await import('../../../test/fixtures/request-fixtures')).supportRequestInput() },
      { cookie: actors.murakamiCity.cookie },
    );
    expect(
      await refusal(APPROACH, { input: { requestId: draft.data!.createSupportRequest.id, supporterId: supporter.profile.id, message: 'お願い' } }, actors.murakamiCity),
    ).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_NOT_OPEN' });

    // Answers need their words: a note to accept, a reason to decline, a comment for OTHER.
    const { approachSupporter } = await ok<{ approachSupporter: { id: string } }>(
      APPROACH,
      { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } },
      actors.murakamiCity,
    );
    const id = approachSupporter.id;
    expect(await refusal(RESPOND, { input: { offerId: id, response: 'ACCEPT' } }, supporter.member)).toMatchObject({ field: 'availabilityNote', reason: 'REQUIRED' });
    expect(await refusal(RESPOND, { input: { offerId: id, response: 'DECLINE' } }, supporter.member)).toMatchObject({ field: 'declineReason', reason: 'REQUIRED' });
    expect(await refusal(RESPOND, { input: { offerId: id, response: 'DECLINE', declineReason: 'OTHER' } }, supporter.member)).toMatchObject({
      field: 'comment',
      reason: 'REQUIRED',
    });
    // The municipality withdraws; the supporter is told; nothing more can happen to it.
    notifications.clear();
    const withdrawn = await ok<{ withdrawOffer: OfferData }>(WITHDRAW, { id }, actors.murakamiCity);
    expect(withdrawn.withdrawOffer).toMatchObject({ status: 'WITHDRAWN', allowedActions: [] });
    expect(notifications.kinds()).toEqual(['OFFER_WITHDRAWN']);
    expect(await refusal(RESPOND, { input: { offerId: id, response: 'DECLINE', declineReason: 'TIMING' } }, supporter.member)).toMatchObject({
      reason: 'INVALID_TRANSITION',
    });
    // Withdrawn, the supporter may be approached again.
    await ok(APPROACH, { input: { requestId, supporterId: supporter.profile.id, message: 'もう一度お願いします' } }, actors.murakamiCity);
  });

  it('closes the live offers of a request its municipality closes, and tells their supporters', async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    const supporter = await ownedSupporter(app, '閉じられる支援室');
    const { approachSupporter } = await ok<{ approachSupporter: { id: string } }>(
      APPROACH,
      { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } },
      actors.murakamiCity,
    );
    notifications.clear();
    await ok('mutation ($id: ID!) { closeSupportRequest(id: $id) { status } }', { id: requestId }, actors.murakamiCity);
    const closed = await ok<{ offer: OfferData }>(OFFER, { id: approachSupporter.id }, supporter.member);
    expect(closed.offer.status).toBe('CLOSED');
    expect(notifications.kinds()).toEqual(['OFFER_CLOSED']);
  });
});

describe('introduction requests', () => {
  it('takes one open introduction request per request and at most three proposals', async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    const { requestIntroduction } = await ok<{ requestIntroduction: { id: string } }>(REQUEST_INTRODUCTION, { input: { requestId, note: '紹介をお願いします' } }, actors.murakamiCity);
    expect(await refusal(REQUEST_INTRODUCTION, { input: { requestId, note: 'もう一度' } }, actors.murakamiCity)).toMatchObject({
      code: 'CONFLICT',
      reason: 'INTRODUCTION_PENDING',
    });
    for (const name of ['紹介1', '紹介2', '紹介3']) {
      const supporter = await ownedSupporter(app, name);
      await ok(PROPOSE, { input: { introductionId: requestIntroduction.id, supporterId: supporter.profile.id, note: '推薦します' } }, actors.niigataPrefecture);
    }
    const fourth = await ownedSupporter(app, '紹介4');
    expect(
      await refusal(PROPOSE, { input: { introductionId: requestIntroduction.id, supporterId: fourth.profile.id, note: '推薦します' } }, actors.niigataPrefecture),
    ).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_PROPOSALS', params: { max: 3 } });
    // Cancelled by the municipality, it leaves the queue; a new one may be asked for.
    await ok('mutation ($id: ID!) { cancelIntroduction(id: $id) { status } }', { id: requestIntroduction.id }, actors.murakamiCity);
    const queue = await ok<{ introductionRequests: { edges: { node: { id: string } }[] } }>(QUEUE, {}, actors.niigataPrefecture);
    expect(queue.introductionRequests.edges.map((e) => e.node.id)).not.toContain(requestIntroduction.id);
    await ok(REQUEST_INTRODUCTION, { input: { requestId, note: '改めてお願いします' } }, actors.murakamiCity);
  });
});

describe('who can see an offer', () => {
  let offerId: string;
  let introductionId: string;
  let proposed: OwnedSupporter;
  let outsider: OwnedSupporter;

  beforeAll(async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    proposed = await ownedSupporter(app, '当事者の支援室');
    outsider = await ownedSupporter(app, '部外者の支援室');
    introductionId = (await ok<{ requestIntroduction: { id: string } }>(REQUEST_INTRODUCTION, { input: { requestId, note: '紹介を' } }, actors.murakamiCity)).requestIntroduction.id;
    offerId = (
      await ok<{ proposeIntroduction: { id: string } }>(
        PROPOSE,
        { input: { introductionId, supporterId: proposed.profile.id, note: '推薦' } },
        actors.niigataPrefecture,
      )
    ).proposeIntroduction.id;
  });

  it('lets each party read it, with its own side and buttons', async () => {
    for (const [actor, party] of [
      [actors.murakamiCity, 'MUNICIPALITY'],
      [actors.niigataPrefecture, 'PREFECTURE'],
      [proposed.member, 'SUPPORTER'],
    ] as const) {
      const { offer } = await ok<{ offer: { party: string } }>(OFFER, { id: offerId }, actor);
      expect(offer.party).toBe(party);
      const { offers } = await ok<{ offers: { edges: { node: { id: string } }[] } }>(OFFERS, {}, actor);
      expect(offers.edges.map((e) => e.node.id)).toContain(offerId);
    }
  });

  it('answers everyone else exactly as for an offer that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const notFound = await app.graphql(OFFER, { id: unknown }, { cookie: actors.murakamiCity.cookie });
    for (const actor of [actors.yamagataPrefecture, actors.operator, actors.murakamiRmo, outsider.member, actors.otherIntermediary]) {
      const res = await app.graphql(OFFER, { id: offerId }, { cookie: actor.cookie });
      expect({ errors: res.errors, data: res.data }).toEqual({ errors: notFound.errors, data: notFound.data });
      const { offers } = await ok<{ offers: { edges: unknown[] } }>(OFFERS, {}, actor);
      expect(offers.edges).toEqual([]);
      const message = await app.graphql('mutation ($input: PostOfferMessageInput!) { postOfferMessage(input: $input) { id } }', { input: { offerId, body: '覗き見' } }, {
        cookie: actor.cookie,
      });
      const unknownMessage = await app.graphql(
        'mutation ($input: PostOfferMessageInput!) { postOfferMessage(input: $input) { id } }',
        { input: { offerId: unknown, body: '覗き見' } },
        { cookie: actor.cookie },
      );
      expect(message.errors).toEqual(unknownMessage.errors);
    }
    // Another prefecture cannot see the introduction request either.
    const intro = await app.graphql('query ($id: ID!) { introductionRequest(id: $id) { id } }', { id: introductionId }, { cookie: actors.yamagataPrefecture.cookie });
    const introUnknown = await app.graphql('query ($id: ID!) { introductionRequest(id: $id) { id } }', { id: unknown }, { cookie: actors.yamagataPrefecture.cookie });
    expect(intro.errors).toEqual(introUnknown.errors);
    expect(intro.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INTRODUCTION_NOT_FOUND' });
    const anonymous = await app.graphql(OFFER, { id: offerId });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('deadlines that run themselves', () => {
  it('reminds three days before, then expires at the deadline by the job queue, telling the municipality, the broker and the supporter', async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    const supporter = await ownedSupporter(app, '返事をしない支援室');
    const { requestIntroduction } = await ok<{ requestIntroduction: { id: string } }>(REQUEST_INTRODUCTION, { input: { requestId, note: '紹介を' } }, actors.murakamiCity);
    const { proposeIntroduction: offer } = await ok<{ proposeIntroduction: { id: string; respondBy: string } }>(
      PROPOSE,
      { input: { introductionId: requestIntroduction.id, supporterId: supporter.profile.id, note: '推薦' } },
      actors.niigataPrefecture,
    );
    notifications.clear();
    const respondBy = new Date(offer.respondBy).getTime();
    // Other tests' offers fall due too: only this one's events count here.
    const mine = () => notifications.events.filter((e) => e.subject.id === offer.id);

    // Just before the reminder is due: nothing.
    clock.set(new Date(respondBy - 3 * DAY_MS - 60_000));
    await app.services.jobs.runUntilIdle();
    expect(mine()).toEqual([]);

    clock.set(new Date(respondBy - 3 * DAY_MS + 60_000));
    await app.services.jobs.runUntilIdle();
    expect(mine().map((e) => e.kind)).toEqual(['OFFER_DEADLINE_REMINDER']);
    expect(mine()[0]).toMatchObject({ organizationIds: [supporter.member.organizationId], params: { daysLeft: 3 } });
    // Once only, even when the sweep runs as well.
    await app.services.jobs.fireSchedules(app.dataSource.manager);
    await app.services.jobs.runUntilIdle();
    expect(mine().map((e) => e.kind)).toEqual(['OFFER_DEADLINE_REMINDER']);

    notifications.clear();
    clock.set(new Date(respondBy + 60_000));
    await app.services.jobs.runUntilIdle();
    const { offer: expired } = await ok<{ offer: { status: string; endedAt: string; allowedActions: string[] } }>(OFFER, { id: offer.id }, actors.murakamiCity);
    expect(expired).toMatchObject({ status: 'EXPIRED', allowedActions: [] });
    expect(mine().map((e) => e.kind)).toEqual(['OFFER_EXPIRED']);
    expect([...mine()[0].organizationIds!].sort()).toEqual(
      [actors.murakamiCity.organizationId!, actors.niigataPrefecture.organizationId!, supporter.member.organizationId!].sort(),
    );
    expect(mine()[0].actorUserId).toBeNull();
    // Too late to answer now.
    expect(await refusal(RESPOND, { input: { offerId: offer.id, response: 'ACCEPT', availabilityNote: 'いまから' } }, supporter.member)).toMatchObject({
      reason: 'INVALID_TRANSITION',
    });
    // The broker sees the introduction request overdue, among the overdue ones first in its queue.
    const queue = await ok<{ introductionRequests: { edges: { node: { id: string; overdue: boolean } }[] } }>(QUEUE, {}, actors.niigataPrefecture);
    const nodes = queue.introductionRequests.edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === requestIntroduction.id)).toMatchObject({ overdue: true });
    expect(nodes.map((n) => n.overdue)).toEqual([...nodes.map((n) => n.overdue)].sort((a, b) => Number(b) - Number(a)));
    const audit = await app.dataSource.query(`SELECT action, actor_user_id FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [offer.id]);
    expect(audit).toEqual([
      { action: 'proposeIntroduction', actor_user_id: actors.niigataPrefecture.userId },
      { action: 'expireOffer', actor_user_id: null },
    ]);
  });

  it('refuses an answer once the deadline has passed, even before the sweep has run', async () => {
    const requestId = await openRequest(app, actors.murakamiCity);
    const supporter = await ownedSupporter(app, '遅れて答える支援室');
    const { approachSupporter } = await ok<{ approachSupporter: { id: string; respondBy: string } }>(
      APPROACH,
      { input: { requestId, supporterId: supporter.profile.id, message: 'お願い' } },
      actors.murakamiCity,
    );
    clock.set(new Date(new Date(approachSupporter.respondBy).getTime() + 1000));
    expect(await refusal(RESPOND, { input: { offerId: approachSupporter.id, response: 'ACCEPT', availabilityNote: '今から' } }, supporter.member)).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEADLINE_PASSED',
    });
    const { offer } = await ok<{ offer: { overdue: boolean; daysLeft: number } }>(OFFER, { id: approachSupporter.id }, actors.murakamiCity);
    expect(offer).toMatchObject({ overdue: true, daysLeft: 0 });
    await app.services.jobs.runUntilIdle();
  });

  it('shows an introduction request waiting past the target days as overdue, before newer ones', async () => {
    const older = await openRequest(app, actors.murakamiCity);
    const newer = await openRequest(app, actors.murakamiCity);
    const first = await ok<{ requestIntroduction: { id: string } }>(REQUEST_INTRODUCTION, { input: { requestId: older, note: '古い' } }, actors.murakamiCity);
    clock.advance(8 * DAY_MS);
    const second = await ok<{ requestIntroduction: { id: string } }>(REQUEST_INTRODUCTION, { input: { requestId: newer, note: '新しい' } }, actors.murakamiCity);
    const queue = await ok<{ introductionRequests: { edges: { node: { id: string; overdue: boolean; ageDays: number } }[] } }>(QUEUE, {}, actors.niigataPrefecture);
    const ids = queue.introductionRequests.edges.map((e) => e.node.id);
    expect(ids.indexOf(first.requestIntroduction.id)).toBeLessThan(ids.indexOf(second.requestIntroduction.id));
    const olderNode = queue.introductionRequests.edges.find((e) => e.node.id === first.requestIntroduction.id)!.node;
    const newerNode = queue.introductionRequests.edges.find((e) => e.node.id === second.requestIntroduction.id)!.node;
    expect(olderNode).toMatchObject({ overdue: true, ageDays: 8 });
    expect(newerNode).toMatchObject({ overdue: false, ageDays: 0 });
    // Every overdue one comes before every other.
    const overdueFlags = queue.introductionRequests.edges.map((e) => e.node.overdue);
    expect(overdueFlags).toEqual([...overdueFlags].sort((a, b) => Number(b) - Number(a)));
  });
});
