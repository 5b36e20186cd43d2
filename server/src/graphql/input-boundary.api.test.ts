import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../test/fixtures/account-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';
import { encodeCursor } from './pagination';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }`;
const RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const CREATE_RMO = `mutation ($input: RmoInput!) { createRmo(input: $input) { id } }`;
const SEARCH = `query ($filter: SupporterFilter, $after: String) { supporters(filter: $filter, after: $after) { totalCount } }`;
const AUDIT = `query ($after: String) { auditLog(after: $after) { edges { cursor } } }`;
const rmoInput = (name: string) => ({ municipalityCode: '152129', name, legalForm: 'VOLUNTARY_ASSOCIATION', activities: [], challenges: [], optimizationState: 'NEITHER' });

/** Defect 5: bad strings and forged values are refused where they enter, naming the field, before PostgreSQL or the audit log's JSON sees them. */
describe('input boundary', () => {
  let app: TestApp;
  let cityCookie: string;
  let operatorCookie: string;
  let intermediaryCookie: string;

  const rowCounts = async () =>
    (await app.dataSource.query(`SELECT (SELECT count(*)::int FROM rmo) AS rmo, (SELECT count(*)::int FROM audit_entry) AS audit, (SELECT count(*)::int FROM sign_in_failure) AS failures`))[0];

  beforeAll(async () => {
    app = await startTestApp();
    const city = await createAccount(app.dataSource, { kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: '15', municipalityCode: '152129', email: 'city@boundary.example.jp' });
    cityCookie = await sessionCookieFor(app, city.user.id);
    const operator = await createAccount(app.dataSource, { kind: OrganizationKind.OPERATOR, email: 'op@boundary.example.jp' });
    operatorCookie = await sessionCookieFor(app, operator.user.id);
    const intermediary = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, email: 'npo@boundary.example.jp' });
    intermediaryCookie = await sessionCookieFor(app, intermediary.user.id);
  });
  afterAll(() => app.close());

  it.each([
    ['a NUL byte in a sign-in email', SIGN_IN, { email: 'a\u0000b@example.jp', password: 'whatever password' }, 'email'],
    ['a lone surrogate in a sign-in email', SIGN_IN, { email: '\ud800@example.jp', password: 'whatever password' }, 'email'],
    ['a NUL byte in a password', SIGN_IN, { email: 'x@example.jp', password: 'pass\u0000word-long-enough' }, 'password'],
    ['a NUL byte in a reset email', RESET, { email: 'someone\u0000@example.jp' }, 'email'],
    ['a lone low surrogate in an audited name', CREATE_RMO, { input: rmoInput('協議会\udc00') }, 'name'],
    ['a NUL byte in an audited name', CREATE_RMO, { input: rmoInput('協議会\u0000') }, 'name'],
    ['a NUL byte in search text', SEARCH, { filter: { text: '防災\u0000' } }, 'text'],
  ])('refuses %s as BAD_USER_INPUT naming the field, and writes nothing', async (_case, query, variables, field) => {
    const before = await rowCounts();
    const res = await app.graphql(query, variables, { cookie: cityCookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'INVALID_TEXT' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a NUL byte written into the document itself', async () => {
    const res = await app.graphql(`{ supporters(filter: { text: "a\\u0000b" }) { totalCount } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'INVALID_TEXT' });
  });

  it('keeps well-formed text from every script, emoji and bidi marks included', async () => {
    const res = await app.graphql<{ createRmo: { id: string } }>(CREATE_RMO, { input: rmoInput('𠮷野\u202eまちづくり🏘️協議会') }, { cookie: cityCookie });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['an impossible date (31 February)', SEARCH, { after: encodeCursor(['2026-02-31 10:00:00+09', '00000000-0000-4000-8000-000000000000']) }],
    ['a +99 time zone', SEARCH, { after: encodeCursor(['2026-01-01 10:00:00+99', '00000000-0000-4000-8000-000000000000']) }],
    ['year zero', SEARCH, { after: encodeCursor(['0000-01-01 10:00:00+00', '00000000-0000-4000-8000-000000000000']) }],
    ['a score of 2^31', SEARCH, { filter: { text: '防災' }, after: encodeCursor([1, 2 ** 31, '2026-01-01 10:00:00+09', '00000000-0000-4000-8000-000000000000', '2026-01-01 10:00:00+09']) }],
    ['a fractional score', SEARCH, { filter: { text: '防災' }, after: encodeCursor([1, 1.5, '2026-01-01 10:00:00+09', '00000000-0000-4000-8000-000000000000', '2026-01-01 10:00:00+09']) }],
    ['an audit cursor with an impossible time', AUDIT, { after: encodeCursor(['2026-04-31 25:00:00+00', '1']) }],
  ])('refuses a cursor with %s as BAD_USER_INPUT on "after"', async (_case, query, variables) => {
    const res = await app.graphql(query, variables, { cookie: operatorCookie });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('refuses a list of more than 50 bad values with a bounded answer naming the field', async () => {
    const codes = Array.from({ length: 120 }, (_, i) => `bad-${i}`);
    const many = await app.graphql(
      `mutation ($input: SupporterProfileInput!) { createSupporterProfile(input: $input) { id } }`,
      { input: { name: 'x', kana: 'えっくす', kind: 'NPO', summary: 's', description: 'd', supportTypes: ['CONSULTATION'], remoteAvailable: false, serviceArea: { prefectureCodes: codes, municipalityCodes: codes }, frameworks: [], capacity: 1, currentLoad: 0, availability: 'ACCEPTING', steps: [], contactEmail: 'a@example.jp' } },
      { cookie: intermediaryCookie },
    );
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^serviceArea\./) });
    expect((many.errors?.[0].extensions?.problems as unknown[]).length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(many).length).toBeLessThan(20_000);
  });
});
