import { loadConfig } from '../../config';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SUPPORTER_EMAILS, seedDemoAccounts, shouldSeedDemoAccounts } from './demo-accounts';
import { DEMO_OWN_RMO_NAME, DEMO_REQUESTS, DEMO_RMOS, FICTIONAL_NOTE_REQUEST } from './demo-requests';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { role organization { name } } }`;
const REQUESTS = `{ supportRequests(first: 100) { edges { node { id title status published rmos { name } authorOrganization { name } allowedActions } } } }`;
const now = new Date('2026-11-27T09:00:00+09:00');
const DAY_MS = 86_400_000;

interface RequestRow {
  id: string;
  status: string;
  prefecture_code: string;
  municipality_code: string;
  author: string;
  created_by: string;
  published: boolean;
  support_types: string[];
  step: string | null;
  desired_start: string | null;
  background: string;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  endorsed_at: Date | null;
  endorsed_by: string | null;
  opened_at: Date | null;
  closed_at: Date | null;
  withdrawn_at: Date | null;
  rmos: string[];
}

describe('demo accounts', () => {
  let app: TestApp;
  const logs: string[] = [];
  const log = (message: string) => void logs.push(message);
  const snapshot = () =>
    app.dataSource.query(`SELECT
      (SELECT json_agg(email ORDER BY email) FROM app_user) AS users,
      (SELECT count(*)::int FROM organization) AS organizations,
      (SELECT json_agg(id ORDER BY id) FROM supporter_profile WHERE owner_organization_id IS NOT NULL) AS owned,
      (SELECT json_agg(json_build_object('id', id, 'name', name, 'org', organization_id) ORDER BY id) FROM rmo) AS rmos,
      (SELECT json_agg(json_build_object('id', id, 'status', status, 'updated', updated_at) ORDER BY id) FROM support_request) AS requests,
      (SELECT count(*)::int FROM support_request_rmo) AS links`);
  const requestRows = (): Promise<RequestRow[]> =>
    app.dataSource.query(
      `SELECT sr.id, sr.status, sr.prefecture_code, sr.municipality_code, o.name AS author, u.email AS created_by, sr.published,
              sr.support_types, sr.step, sr.desired_start, sr.background, sr.created_at, sr.updated_at, sr.submitted_at,
              sr.endorsed_at, e.email AS endorsed_by, sr.opened_at, sr.closed_at, sr.withdrawn_at,
              ARRAY(SELECT r.name FROM support_request_rmo l JOIN rmo r ON r.id = l.rmo_id WHERE l.request_id = sr.id ORDER BY r.name) AS rmos
         FROM support_request sr
         JOIN organization o ON o.id = sr.author_organization_id
         JOIN app_user u ON u.id = sr.created_by_user_id
         LEFT JOIN app_user e ON e.id = sr.endorsed_by_user_id
        ORDER BY sr.created_at`,
    );

  beforeAll(async () => {
    app = await startTestApp();
    // By byte order: あ… (not in 新潟県) < まぢラボ (a real case study) < 米… < 越… < 雪…
    await insertSupporter(app.dataSource, { name: 'あおぞら支援室（東京のみ）', prefectures: ['13'] });
    await insertSupporter(app.dataSource, { name: 'まぢラボ', prefectures: ['15'] });
    await insertSupporter(app.dataSource, { name: '雪国つなぎ室', prefectures: ['15'] });
    await insertSupporter(app.dataSource, { name: '越後まちづくり研究所', municipalities: [['15', '152129']] });
    await insertSupporter(app.dataSource, { name: '米どころ支援ネット', prefectures: ['15'] });
    await seedDemoAccounts(app.dataSource, log, now);
  });
  afterAll(() => app.close());

  it('creates the six accounts, each signing in with the demo password into the right organization', async () => {
    const expected: [string, string, string][] = [
      ['operator@demo.example.jp', 'OPERATOR', 'つなぐ運営事務局'],
      ['niigata-pref@demo.example.jp', 'PREFECTURE_STAFF', '新潟県'],
      ['murakami-city@demo.example.jp', 'MUNICIPALITY_STAFF', '村上市'],
      ['murakami-rmo@demo.example.jp', 'RMO_STAFF', '（架空）山北地区まちづくり協議会'],
    ];
    for (const [email, role, organization] of expected) {
      const res = await app.graphql<{ signIn: { role: string; organization: { name: string } } }>(SIGN_IN, { email, password: DEMO_PASSWORD });
      expect(res.errors).toBeUndefined();
      expect(res.data!.signIn).toEqual({ role, organization: { name: organization } });
    }
    const [murakami] = await app.dataSource.query(`SELECT prefecture_code, municipality_code FROM organization WHERE kind = 'RMO'`);
    expect(murakami).toEqual({ prefecture_code: '15', municipality_code: '152129' });
  });

  it('gives each supporter account its own intermediary owning the first invented profiles serving 新潟県 by name', async () => {
    const rows: { email: string; organization: string; kind: string; profile: string }[] = await app.dataSource.query(
      `SELECT u.email, o.name AS organization, o.kind, p.name AS profile
         FROM app_user u JOIN organization o ON o.id = u.organization_id
         JOIN supporter_profile p ON p.owner_organization_id = o.id
        WHERE u.email = ANY($1) ORDER BY u.email`,
      [DEMO_SUPPORTER_EMAILS],
    );
    expect(rows).toEqual([
      { email: 'supporter1@demo.example.jp', organization: '米どころ支援ネット', kind: 'INTERMEDIARY', profile: '米どころ支援ネット' },
      { email: 'supporter2@demo.example.jp', organization: '越後まちづくり研究所', kind: 'INTERMEDIARY', profile: '越後まちづくり研究所' },
    ]);
    const res = await app.graphql<{ signIn: { role: string } }>(SIGN_IN, { email: DEMO_SUPPORTER_EMAILS[0], password: DEMO_PASSWORD });
    expect(res.data?.signIn.role).toBe('INTERMEDIARY_STAFF');
  });

  it('records the invented RMOs of 村上市, the first linked to the demo RMO organization', async () => {
    const rows: { name: string; prefecture_code: string; municipality_code: string; organization: string | null; legal_form: string }[] =
      await app.dataSource.query(
        `SELECT r.name, r.prefecture_code, r.municipality_code, r.legal_form, o.name AS organization
           FROM rmo r LEFT JOIN organization o ON o.id = r.organization_id ORDER BY r.name`,
      );
    expect(rows.map((r) => r.name).sort()).toEqual(DEMO_RMOS.map((r) => r.name).sort());
    for (const row of rows) {
      expect(row.name).toMatch(/^（架空）/);
      expect([row.prefecture_code, row.municipality_code]).toEqual(['15', '152129']);
      expect(row.organization).toBe(row.name === DEMO_OWN_RMO_NAME ? DEMO_OWN_RMO_NAME : null);
    }
    expect(new Set(rows.map((r) => r.legal_form)).size).toBeGreaterThan(1);
  });

  it('writes requests of 村上市 in each state, with timestamps that tell one consistent story', async () => {
    const rows = await requestRows();
    expect(rows).toHaveLength(DEMO_REQUESTS.length);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    const openPublished = rows.filter((r) => r.status === 'OPEN' && r.published && r.author === '村上市');
    expect(openPublished.length).toBeGreaterThanOrEqual(2);
    expect(openPublished.map((r) => r.support_types)).toEqual(
      expect.arrayContaining([
        ['DIALOGUE_FACILITATION', 'ISSUE_VISUALIZATION'],
        ['HUMAN_RESOURCE_DEVELOPMENT', 'SECRETARIAT_STAFF_TRAINING'],
      ]),
    );
    const reflection = openPublished.find((r) => r.step === 'REFLECTION');
    expect(reflection?.rmos).toEqual([DEMO_OWN_RMO_NAME]);
    expect(openPublished.some((r) => r.rmos.length === 0)).toBe(true);
    expect(count('DRAFT')).toBe(1);
    expect(count('CLOSED')).toBe(1);
    const awaiting = rows.filter((r) => r.status === 'AWAITING_ENDORSEMENT');
    expect(awaiting).toHaveLength(1);
    expect(awaiting[0]).toMatchObject({ author: DEMO_OWN_RMO_NAME, created_by: 'murakami-rmo@demo.example.jp', opened_at: null });

    const ms = (d: Date | null) => (d === null ? null : d.getTime());
    for (const r of rows) {
      expect([r.prefecture_code, r.municipality_code]).toEqual(['15', '152129']);
      expect(r.created_by).toBe(r.author === '村上市' ? 'murakami-city@demo.example.jp' : 'murakami-rmo@demo.example.jp');
      expect(r.background.endsWith(FICTIONAL_NOTE_REQUEST)).toBe(true);
      expect(r.withdrawn_at).toBeNull();
      if (r.desired_start !== null) expect(r.desired_start).toMatch(/^20\d{2}-(0[1-9]|1[0-2])$/);
      // Created in the past, each later step no earlier than the one before, the last change being updated_at.
      const steps = [r.created_at, r.submitted_at, r.opened_at, r.closed_at].filter((d): d is Date => d !== null).map((d) => d.getTime());
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(ms(r.updated_at)).toBe(Math.max(...steps, ms(r.endorsed_at) ?? 0));
      expect(r.created_at.getTime()).toBeLessThan(now.getTime());
      expect(r.submitted_at === null).toBe(r.status === 'DRAFT');
      expect(r.opened_at === null).toBe(r.status === 'DRAFT' || r.status === 'AWAITING_ENDORSEMENT');
      expect(r.closed_at === null).toBe(r.status !== 'CLOSED');
      // Requests by the RMO open only through their municipality's endorsement.
      if (r.author === DEMO_OWN_RMO_NAME && r.opened_at) {
        expect(ms(r.endorsed_at)).toBe(ms(r.opened_at));
        expect(r.endorsed_by).toBe('murakami-city@demo.example.jp');
      } else {
        expect([r.endorsed_at, r.endorsed_by]).toEqual([null, null]);
      }
    }
    expect(rows.find((r) => r.status === 'CLOSED')!.closed_at!.getTime()).toBeLessThan(now.getTime() - 30 * DAY_MS);
  });

  it('shows the requests to the 村上市 users as the app decides: the city endorses, the RMO sees only submitted ones', async () => {
    type Requests = { supportRequests: { edges: { node: { id: string; title: string; status: string; allowedActions: string[] } }[] } };
    const signIn = async (email: string) => {
      const res = await app.graphql(SIGN_IN, { email, password: DEMO_PASSWORD });
      return res.setCookie.map((c) => c.split(';')[0]).join('; ');
    };
    const city = await app.graphql<Requests>(REQUESTS, {}, { cookie: await signIn('murakami-city@demo.example.jp') });
    expect(city.errors).toBeUndefined();
    const cityNodes = city.data!.supportRequests.edges.map((e) => e.node);
    expect(cityNodes).toHaveLength(DEMO_REQUESTS.length);
    expect(cityNodes.find((n) => n.status === 'AWAITING_ENDORSEMENT')?.allowedActions).toContain('ENDORSE');

    const rmo = await app.graphql<Requests>(REQUESTS, {}, { cookie: await signIn('murakami-rmo@demo.example.jp') });
    expect(rmo.errors).toBeUndefined();
    const statuses = rmo.data!.supportRequests.edges.map((e) => e.node.status).sort();
    // Its own two, and the city's open request that concerns it; not the city's draft or its municipality-wide request.
    expect(statuses).toEqual(['AWAITING_ENDORSEMENT', 'CLOSED', 'OPEN']);

    // Their inboxes hold what those events said: the city's unread call to endorse, links to the requests.
    type Inbox = { notifications: { edges: { node: { kind: string; link: string; readAt: string | null } }[] }; unreadNotificationCount: number };
    const INBOX = `{ notifications { edges { node { kind link readAt } } } unreadNotificationCount }`;
    const cityInbox = (await app.graphql<Inbox>(INBOX, {}, { cookie: await signIn('murakami-city@demo.example.jp') })).data!;
    const awaiting = cityNodes.find((n) => n.status === 'AWAITING_ENDORSEMENT')!;
    expect(cityInbox.unreadNotificationCount).toBe(1);
    expect(cityInbox.notifications.edges[0].node).toEqual({ kind: 'REQUEST_AWAITING_ENDORSEMENT', link: `/requests/${awaiting.id}`, readAt: null });
    const rmoInbox = (await app.graphql<Inbox>(INBOX, {}, { cookie: await signIn('murakami-rmo@demo.example.jp') })).data!;
    expect(rmoInbox.notifications.edges.map((e) => e.node.kind)).toEqual(['REQUEST_ENDORSED']);
    expect(rmoInbox.unreadNotificationCount).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot();
    const logged = logs.length;
    await seedDemoAccounts(app.dataSource, log, new Date(now.getTime() + DAY_MS));
    expect(await snapshot()).toEqual(before);
    expect(logs.length).toBe(logged);
    expect(before[0].users).toHaveLength(DEMO_ACCOUNTS.length + DEMO_SUPPORTER_EMAILS.length);
    expect(before[0].rmos).toHaveLength(DEMO_RMOS.length);
    expect(before[0].requests).toHaveLength(DEMO_REQUESTS.length);
  });

  it('gives a demo database whose accounts predate requests its RMOs and requests, in one go', async () => {
    await app.dataSource.query('DELETE FROM support_request');
    await app.dataSource.query('DELETE FROM rmo');
    await seedDemoAccounts(app.dataSource, log, now);
    expect(logs.at(-1)).toMatch(/^Demo RMOs and support requests of 村上市: /);
    const [counts] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM rmo) AS rmos, (SELECT count(*)::int FROM support_request) AS requests,
              (SELECT count(*)::int FROM rmo r JOIN organization o ON o.id = r.organization_id AND o.name = r.name) AS linked`,
    );
    expect(counts).toEqual({ rmos: DEMO_RMOS.length, requests: DEMO_REQUESTS.length, linked: 1 });
  });

  it('never tops up requests once the demo organizations have written any', async () => {
    await app.dataSource.query(`DELETE FROM support_request WHERE status <> 'DRAFT'`);
    await seedDemoAccounts(app.dataSource, log, now);
    const [{ requests }] = await app.dataSource.query(`SELECT count(*)::int AS requests FROM support_request`);
    expect(requests).toBe(1);
  });

  it('is never enabled in production, even with SEED_DEMO_DATA=true', () => {
    const productionSecret = 'a-production-secret-of-at-least-32-characters';
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: productionSecret, SMTP_URL: 'smtp://127.0.0.1:25', SEED_DEMO_DATA: 'true' }))).toBe(false);
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'development' }))).toBe(true);
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://db/x' }))).toBe(false);
  });
});
