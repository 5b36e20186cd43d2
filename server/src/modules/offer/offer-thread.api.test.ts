import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { openRequest, ownedSupporter, recordNotifications, type OwnedSupporter } from '../../../test/fixtures/offer-fixtures';

const POST = `mutation ($input: PostOfferMessageInput!) { postOfferMessage(input: $input) { id body party author mine createdAt } }`;
const READ = `mutation ($id: ID!) { markOfferThreadRead(id: $id) { id unreadMessageCount } }`;
const THREAD = `query ($id: ID!) { offer(id: $id) { id unreadMessageCount messages { body party author mine } } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;
let supporter: OwnedSupporter;
let offerId: string;
let notifications: ReturnType<typeof recordNotifications>;

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
  notifications = recordNotifications(app);
  supporter = await ownedSupporter(app, 'やりとりする支援室');
  const requestId = await openRequest(app, actors.murakamiCity);
  const intro = await app.graphql<{ requestIntroduction: { id: string } }>(
    'mutation ($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }',
    { input: { requestId, note: '紹介を' } },
    { cookie: actors.murakamiCity.cookie },
  );
  const proposed = await app.graphql<{ proposeIntroduction: { id: string } }>(
    'mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id } }',
    { input: { introductionId: intro.data!.requestIntroduction.id, supporterId: supporter.profile.id, note: '推薦' } },
    { cookie: actors.niigataPrefecture.cookie },
  );
  offerId = proposed.data!.proposeIntroduction.id;
});
afterAll(() => app.close());

async function thread(actor: Actor) {
  const res = await app.graphql<{ offer: { unreadMessageCount: number; messages: { body: string; party: string; author: string; mine: boolean }[] } }>(
    THREAD,
    { id: offerId },
    { cookie: actor.cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.offer;
}

it('carries plain-text messages between the municipality, the broker prefecture and the supporter, with read state per person', async () => {
  notifications.clear();
  const posted = await app.graphql<{ postOfferMessage: { party: string; mine: boolean; author: string } }>(
    POST,
    { input: { offerId, body: '初回の打ち合わせは4月上旬でいかがでしょうか。' } },
    { cookie: actors.murakamiCity.cookie },
  );
  expect(posted.data!.postOfferMessage).toMatchObject({ party: 'MUNICIPALITY', mine: true, author: expect.stringContaining('（') });
  // The other two sides are told; the author's side is not.
  expect(notifications.events).toHaveLength(1);
  expect(notifications.events[0]).toMatchObject({ kind: 'OFFER_MESSAGE', params: { fromParty: 'MUNICIPALITY' } });
  expect([...notifications.events[0].organizationIds!].sort()).toEqual([actors.niigataPrefecture.organizationId!, supporter.member.organizationId!].sort());

  await app.graphql(POST, { input: { offerId, body: '4月8日の午後なら伺えます。' } }, { cookie: supporter.member.cookie });

  // Writing reads the thread up to one's own message; what came after is unread.
  expect((await thread(actors.murakamiCity)).unreadMessageCount).toBe(1);
  expect((await thread(supporter.member)).unreadMessageCount).toBe(0);
  const prefectureView = await thread(actors.niigataPrefecture);
  expect(prefectureView.unreadMessageCount).toBe(2);
  expect(prefectureView.messages.map((m) => [m.party, m.body, m.mine])).toEqual([
    ['MUNICIPALITY', '初回の打ち合わせは4月上旬でいかがでしょうか。', false],
    ['SUPPORTER', '4月8日の午後なら伺えます。', false],
  ]);

  const read = await app.graphql<{ markOfferThreadRead: { unreadMessageCount: number } }>(READ, { id: offerId }, { cookie: actors.niigataPrefecture.cookie });
  expect(read.data!.markOfferThreadRead.unreadMessageCount).toBe(0);
  // Read state is per person: the municipality still has its one unread.
  expect((await thread(actors.murakamiCity)).unreadMessageCount).toBe(1);
});

it('keeps messages plain and short: at most 2,000 characters, not blank', async () => {
  const long = await app.graphql(POST, { input: { offerId, body: 'あ'.repeat(2001) } }, { cookie: actors.murakamiCity.cookie });
  expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', reason: 'TOO_LONG', params: { max: 2000 } });
  const blank = await app.graphql(POST, { input: { offerId, body: ' \n ' } }, { cookie: actors.murakamiCity.cookie });
  expect(blank.errors?.[0].extensions).toMatchObject({ field: 'body', reason: 'REQUIRED' });
  const exact = await app.graphql(POST, { input: { offerId, body: '字'.repeat(2000) } }, { cookie: actors.murakamiCity.cookie });
  expect(exact.errors).toBeUndefined();
  // Markup is kept as text, never interpreted.
  const markup = await app.graphql<{ postOfferMessage: { body: string } }>(POST, { input: { offerId, body: '<b>太字</b>' } }, { cookie: actors.murakamiCity.cookie });
  expect(markup.data!.postOfferMessage.body).toBe('<b>太字</b>');
});
