import { startTestApp, type TestApp } from '../../../test/test-app';
import { loadReferenceData } from '../reference/reference-data';
import { DEMO_PASSWORD, MURAKAMI_CITY_EMAIL, seedDemoAccounts } from './demo-accounts';
import { CASE_STUDY_NAMES, DEMO_COUNT, DEMO_SEED, generateDemoSupporters } from './demo-data';
import { seedDemoDataIfEmpty } from './demo-seed';
import { demoRmoWishes } from './demo-rmos';
import { SCALE_SEED, seedScaleDataset } from './seed-scale';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { role } }`;
const OPEN_REQUESTS = `{ supportRequests(filter: { statuses: [OPEN] }) { edges { node { id step supportTypes } } } }`;
const MATCHES = `query ($id: ID!) { matchesForRequest(requestId: $id, first: 20) {
  supporter { id name supportTypes } score reasons { factor points explanation { code params } } flags } }`;

interface Match {
  supporter: { id: string; name: string; supportTypes: string[] };
  score: number;
  reasons: { factor: string; points: number; explanation: { code: string; params: { count?: number; municipalityName?: string } } }[];
}

describe('demo database', () => {
  let app: TestApp;
  const logs: string[] = [];
  const log = (message: string) => void logs.push(message);

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoDataIfEmpty(app.dataSource, log);
    await seedDemoAccounts(app.dataSource, log);
  });
  afterAll(() => app.close());

  it('loads the generated supporters with their track records, none for the real case studies', async () => {
    const generated = generateDemoSupporters({ count: DEMO_COUNT, seed: DEMO_SEED, now: new Date(), reference: loadReferenceData() });
    const [counts] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM supporter_profile) AS supporters,
              (SELECT count(*)::int FROM supporter_track_record WHERE offer_id IS NULL) AS records,
              (SELECT count(*)::int FROM supporter_track_record WHERE offer_id IS NOT NULL) AS offer_records,
              (SELECT count(*)::int FROM supporter_track_record r JOIN supporter_profile p ON p.id = r.supporter_id
                WHERE p.name = ANY($1)) AS case_study_records`,
      [CASE_STUDY_NAMES],
    );
    expect(counts).toEqual({
      supporters: DEMO_COUNT,
      records: generated.reduce((sum, s) => sum + s.trackRecords.length, 0),
      // The demo's confirmed introduction by 新潟県: with 村上市, and with the prefecture.
      offer_records: 2,
      case_study_records: 0,
    });
    expect(logs[0]).toMatch(/track records\) and \d+ fictional RMO records across Japan/);
    // Demand across Japan for the sufficiency map: invented, named as such, outside 新潟県 (村上市 has its own).
    const rmos: { name: string; prefecture_code: string; wanted: string[] }[] = await app.dataSource.query(
      `SELECT name, prefecture_code, wanted_support_types AS wanted FROM rmo WHERE prefecture_code <> '15'`,
    );
    expect(rmos.length).toBe(demoRmoWishes(loadReferenceData()).length);
    expect(new Set(rmos.map((r) => r.prefecture_code)).size).toBeGreaterThan(25);
    expect(rmos.every((r) => r.name.startsWith('（架空）') && r.wanted.length > 0)).toBe(true);
    // A second start finds the data and leaves it alone.
    await seedDemoDataIfEmpty(app.dataSource, log);
    const [{ records }] = await app.dataSource.query(`SELECT count(*)::int AS records FROM supporter_track_record WHERE offer_id IS NULL`);
    expect(records).toBe(counts.records);
  });

  it('ranks supporters with 村上市との協働実績 for the demo 山北地区 request', async () => {
    const signIn = await app.graphql(SIGN_IN, { email: MURAKAMI_CITY_EMAIL, password: DEMO_PASSWORD });
    const cookie = signIn.setCookie.map((c) => c.split(';')[0]).join('; ');
    const open = await app.graphql<{ supportRequests: { edges: { node: { id: string; step: string; supportTypes: string[] } }[] } }>(
      OPEN_REQUESTS,
      {},
      { cookie },
    );
    const request = open.data!.supportRequests.edges.map((e) => e.node).find((n) => n.step === 'REFLECTION');
    expect(request?.supportTypes).toEqual(['DIALOGUE_FACILITATION', 'ISSUE_VISUALIZATION']);

    const res = await app.graphql<{ matchesForRequest: Match[] }>(MATCHES, { id: request!.id }, { cookie });
    expect(res.errors).toBeUndefined();
    const matches = res.data!.matchesForRequest;
    expect(matches).toHaveLength(20);
    for (const [i, m] of matches.entries()) {
      expect(m.supporter.supportTypes.some((t) => request!.supportTypes.includes(t))).toBe(true);
      if (i > 0) expect(m.score).toBeLessThanOrEqual(matches[i - 1].score);
    }
    const acquaintance = matches.flatMap((m) => m.reasons.filter((r) => r.factor === 'ACQUAINTANCE').map((r) => r.explanation));
    const withMurakami = (code: string) => acquaintance.filter((e) => e.code === code && e.params.municipalityName === '村上市' && (e.params.count ?? 0) > 0);
    expect(withMurakami('ACQUAINTANCE_WORK_WITH_MUNICIPALITY').length).toBeGreaterThanOrEqual(2);
    expect(withMurakami('ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY').length).toBeGreaterThan(0);
  });

  it('gives the scale dataset track records too', async () => {
    const result = await seedScaleDataset(app.dataSource, 500);
    const [counts] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM supporter_profile) AS supporters, (SELECT count(*)::int FROM supporter_track_record) AS records`,
    );
    expect(counts).toEqual({ supporters: 500, records: result.trackRecords });
    const expected = generateDemoSupporters({ count: 500, seed: SCALE_SEED, now: new Date(), reference: loadReferenceData() });
    expect(result.trackRecords).toBe(expected.reduce((sum, s) => sum + s.trackRecords.length, 0));
    expect(result.trackRecords).toBeGreaterThan(300);
  });
});
