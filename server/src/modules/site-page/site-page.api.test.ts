import { createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PAGE = `query ($slug: SitePageSlug!) { sitePage(slug: $slug) { slug title body titleEn bodyEn updatedAt } }`;
const PAGES = `{ sitePages { slug title } }`;
const UPDATE = `mutation ($slug: SitePageSlug!, $input: SitePageInput!) { updateSitePage(slug: $slug, input: $input) { slug title body titleEn bodyEn } }`;

describe('public-service pages', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;

  beforeAll(async () => {
    app = await startTestApp();
    actors = await createRoleActors(app);
  });
  afterAll(() => app.close());

  it('shows every page to anyone, in footer order, with Japanese text from the start', async () => {
    const res = await app.graphql<{ sitePages: { slug: string; title: string }[] }>(PAGES);
    expect(res.data!.sitePages).toEqual([
      { slug: 'TERMS', title: '利用規約' },
      { slug: 'PRIVACY', title: 'プライバシーポリシー' },
      { slug: 'OPERATOR', title: '運営者情報' },
      { slug: 'ACCESSIBILITY', title: 'アクセシビリティ方針' },
      { slug: 'CONTACT', title: 'お問い合わせ' },
    ]);
  });

  it('lets an operator replace a page, audited with before and after, and everyone then reads the new text', async () => {
    const input = { title: '利用規約（改定）', body: '## 第1条\n改定した本文です。\nhttps://example.jp/ は文字のまま表示します。', titleEn: '  ', bodyEn: null };
    const res = await app.graphql<{ updateSitePage: Record<string, unknown> }>(UPDATE, { slug: 'TERMS', input }, { cookie: actors.operator.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateSitePage).toMatchObject({ slug: 'TERMS', title: '利用規約（改定）', titleEn: null, bodyEn: null });
    const read = await app.graphql<{ sitePage: { title: string; body: string } }>(PAGE, { slug: 'TERMS' });
    expect(read.data!.sitePage).toMatchObject({ title: '利用規約（改定）', body: input.body });
    const [entry] = await app.dataSource.query(`SELECT actor_user_id, entity_type, entity_id, before, after FROM audit_entry WHERE action = 'updateSitePage'`);
    expect(entry).toMatchObject({ actor_user_id: actors.operator.userId, entity_type: 'SitePage', entity_id: 'TERMS', before: { title: '利用規約' }, after: { title: '利用規約（改定）' } });
  });

  it.each(['anonymous', 'niigataPrefecture', 'murakamiCity', 'murakamiRmo', 'ownerIntermediary'] as const)('refuses %s an edit and changes nothing', async (actor) => {
    const before = await app.graphql(PAGE, { slug: 'PRIVACY' });
    const res = await app.graphql(UPDATE, { slug: 'PRIVACY', input: { title: '乗っ取り', body: '本文' } }, { cookie: actors[actor].cookie });
    expect(res.errors?.[0].extensions?.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(await app.graphql(PAGE, { slug: 'PRIVACY' })).toEqual(before);
  });

  it('refuses a blank title and an over-long body, naming the field', async () => {
    const blank = await app.graphql(UPDATE, { slug: 'CONTACT', input: { title: ' ', body: '本文' } }, { cookie: actors.operator.cookie });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'REQUIRED' });
    const long = await app.graphql(UPDATE, { slug: 'CONTACT', input: { title: 'お問い合わせ', body: 'あ'.repeat(20_001) } }, { cookie: actors.operator.cookie });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', reason: 'TOO_LONG' });
  });
});
