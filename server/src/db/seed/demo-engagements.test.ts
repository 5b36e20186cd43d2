import { SupportType } from '@tsunagu/shared';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { DEMO_PASSWORD, seedDemoAccounts } from './demo-accounts';
import { seedDemoEngagementsIfMissing } from './demo-engagements';

const now = new Date('2026-11-27T09:00:00+09:00');
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { role } }`;

describe('demo engagements and cases', () => {
  let app: TestApp;
  const logs: string[] = [];
  const signIn = async (email: string) => (await app.graphql(SIGN_IN, { email, password: DEMO_PASSWORD })).setCookie.map((c) => c.split(';')[0]).join('; ');

  beforeAll(async () => {
    app = await startTestApp();
    await insertSupporter(app.dataSource, { name: '雪国つなぎ室', prefectures: ['15'], supportTypes: [SupportType.PROJECT_SUPPORT] });
    await insertSupporter(app.dataSource, {
      name: '越後まちづくり研究所',
      municipalities: [['15', '152129']],
      supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.CONSULTATION],
    });
    await seedDemoAccounts(app.dataSource, () => undefined, now);
    await seedDemoEngagementsIfMissing(app.dataSource, (m) => void logs.push(m), now);
  });
  afterAll(() => app.close());

  it('has engagements in every state and at every step, which 村上市 and 新潟県 see (one flagged as not updated for 90 days)', async () => {
    const rows: { status: string; current_step: string }[] = await app.dataSource.query(`SELECT status, current_step FROM engagement WHERE municipality_code = '152129'`);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PLANNED', 'ACTIVE', 'IN_REVIEW', 'COMPLETED', 'ENDED_EARLY']));
    expect(new Set(rows.map((r) => r.current_step))).toEqual(new Set(['REFLECTION', 'SHARING', 'MODEL_FORMATION', 'HORIZONTAL_EXPANSION', 'REVIEW']));
    const city = await app.graphql<{ engagements: { edges: unknown[] } }>(`{ engagements(first: 100) { edges { node { id } } } }`, {}, { cookie: await signIn('murakami-city@demo.example.jp') });
    expect(city.data?.engagements.edges).toHaveLength(rows.length);
    // The demo clock is the seed's `now`; the app's is today, so the flag is read against the seed's dates.
    const [{ stale }]: { stale: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS stale FROM engagement WHERE prefecture_code = '15' AND status IN ('PLANNED','ACTIVE','IN_REVIEW') AND last_activity_at <= $1::timestamptz - interval '90 days'`,
      [now],
    );
    expect(stale).toBe(1);
  });

  it('publishes at least five fictional cases across several prefectures and types, found by anyone by type and by a Japanese word', async () => {
    const cases = await app.graphql<{ caseStudies: { totalCount: number; edges: { node: { fictional: boolean; prefecture: { code: string }; supportTypes: string[] } }[] } }>(
      `{ caseStudies(first: 100) { totalCount edges { node { fictional prefecture { code } supportTypes } } } }`,
    );
    const nodes = cases.data!.caseStudies.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(5);
    expect(nodes.every((n) => n.fictional)).toBe(true);
    expect(new Set(nodes.map((n) => n.prefecture.code)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(nodes.flatMap((n) => n.supportTypes)).size).toBeGreaterThanOrEqual(6);
    const byWord = await app.graphql<{ caseStudies: { totalCount: number } }>(`query ($s: CaseSearchInput) { caseStudies(search: $s) { totalCount } }`, { s: { text: '地域カルテ' } });
    expect(byWord.data?.caseStudies.totalCount).toBe(1);
    const byType = await app.graphql<{ caseStudies: { totalCount: number } }>(`query ($s: CaseSearchInput) { caseStudies(search: $s) { totalCount } }`, {
      s: { supportTypes: ['SECRETARIAT_STAFF_TRAINING'] },
    });
    expect(byType.data?.caseStudies.totalCount).toBe(1);
  });

  it('gives the supporters track records of completed engagements that matching names', async () => {
    const records: { kind: string; n: number }[] = await app.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM supporter_track_record WHERE engagement_id IS NOT NULL GROUP BY kind ORDER BY kind`,
    );
    expect(records).toEqual([
      { kind: 'ENGAGEMENT', n: 6 },
      { kind: 'OJT', n: 1 },
    ]);
  });

  it('is idempotent', async () => {
    const [before] = await app.dataSource.query(`SELECT (SELECT count(*)::int FROM engagement) AS e, (SELECT count(*)::int FROM case_study) AS c`);
    await seedDemoEngagementsIfMissing(app.dataSource, (m) => void logs.push(m), now);
    const [after] = await app.dataSource.query(`SELECT (SELECT count(*)::int FROM engagement) AS e, (SELECT count(*)::int FROM case_study) AS c`);
    expect(after).toEqual(before);
    expect(logs).toHaveLength(1);
  });
});
