import { loadConfig } from '../../config';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SUPPORTER_EMAILS, seedDemoAccounts, shouldSeedDemoAccounts } from './demo-accounts';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { role organization { name } } }`;

describe('demo accounts', () => {
  let app: TestApp;
  const logs: string[] = [];
  const log = (message: string) => void logs.push(message);
  const snapshot = () =>
    app.dataSource.query(`SELECT
      (SELECT json_agg(email ORDER BY email) FROM app_user) AS users,
      (SELECT count(*)::int FROM organization) AS organizations,
      (SELECT json_agg(id ORDER BY id) FROM supporter_profile WHERE owner_organization_id IS NOT NULL) AS owned`);

  beforeAll(async () => {
    app = await startTestApp();
    // By byte order: あ… (not in 新潟県) < まぢラボ (a real case study) < 米… < 越… < 雪…
    await insertSupporter(app.dataSource, { name: 'あおぞら支援室（東京のみ）', prefectures: ['13'] });
    await insertSupporter(app.dataSource, { name: 'まぢラボ', prefectures: ['15'] });
    await insertSupporter(app.dataSource, { name: '雪国つなぎ室', prefectures: ['15'] });
    await insertSupporter(app.dataSource, { name: '越後まちづくり研究所', municipalities: [['15', '152129']] });
    await insertSupporter(app.dataSource, { name: '米どころ支援ネット', prefectures: ['15'] });
    await seedDemoAccounts(app.dataSource, log);
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

  it('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot();
    const logged = logs.length;
    await seedDemoAccounts(app.dataSource, log);
    expect(await snapshot()).toEqual(before);
    expect(logs.length).toBe(logged);
    expect(before[0].users).toHaveLength(DEMO_ACCOUNTS.length + DEMO_SUPPORTER_EMAILS.length);
  });

  it('is never enabled in production, even with SEED_DEMO_DATA=true', () => {
    const productionSecret = 'a-production-secret-of-at-least-32-characters';
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: productionSecret, SEED_DEMO_DATA: 'true' }))).toBe(false);
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'development' }))).toBe(true);
    expect(shouldSeedDemoAccounts(loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://db/x' }))).toBe(false);
  });
});
