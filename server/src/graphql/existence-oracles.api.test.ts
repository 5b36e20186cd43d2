import { randomUUID } from 'node:crypto';
import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../test/fixtures/account-fixtures';
import { createRoleActors, type Actor, type ActorName } from '../../test/fixtures/role-fixtures';
import { insertRmo, supportRequestInput } from '../../test/fixtures/request-fixtures';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config';

const REQUEST = `query ($id: ID!) { supportRequest(id: $id) { id } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportRequest(id: $id) { id } }`;
const RMO = `query ($id: ID!) { rmo(id: $id) { id } }`;
const UPDATE_RMO = `mutation ($id: ID!, $input: RmoInput!) { updateRmo(id: $id, input: $input) { id } }`;
const REMOVE = `mutation ($userId: ID!) { removeMember(userId: $userId) }`;
const CREATE_REQUEST = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const INVITE = `mutation ($input: CreateInvitationInput!) {
  createInvitation(input: $input) { id kind email organizationKind organizationName prefectureCode municipalityCode expiresAt acceptedAt } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const rmoInput = { municipalityCode: '151009', name: '（架空）よその協議会', legalForm: 'VOLUNTARY_ASSOCIATION', activities: [], challenges: [], optimizationState: 'NEITHER' };

/** The parts of an error a caller can compare: everything but where in the document it arose. */
function refusal(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const [error] = res.errors ?? [];
  return error ? { message: error.message, extensions: error.extensions } : undefined;
}

/** A whole answer with the given email, ids and times replaced, so answers about two addresses compare equal. */
function withoutSpecifics(res: GraphQLResponse<unknown>, email?: string): unknown {
  const answer = JSON.stringify({ status: res.status, data: res.data, errors: res.errors, extensions: res.extensions });
  return JSON.parse(
    (email ? answer.replaceAll(email, 'EMAIL') : answer)
      .replace(/"id":"[^"]*"/g, '"id":"ID"')
      .replace(/"expiresAt":"[^"]*"/g, '"expiresAt":"TIME"'),
  );
}

/**
 * Defect 8: an answer must not tell whether an id or an account exists where the caller may not
 * see it. Another tenant's id is answered exactly as an id that does not exist.
 */
describe('existence oracles', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;
  let niigataCityRequest: string;
  let niigataCityRmo: string;
  let strangerId: string;
  let strangerOrganizationId: string;

  beforeAll(async () => {
    // The development mailbox prints every mail in test mode; keep the output readable.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    app = await startTestApp();
    actors = await createRoleActors(app);
    const niigataCity = await createAccount(app.dataSource, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '新潟市', prefectureCode: '15', municipalityCode: '151009', email: 'city@niigata.example.jp',
    });
    const cookie = await sessionCookieFor(app, niigataCity.user.id);
    niigataCityRmo = (await insertRmo(app.dataSource, { name: '（架空）秘密の地区協議会', municipalityCode: '151009' })).id;
    const created = await app.graphql<{ createSupportRequest: { id: string } }>(CREATE_REQUEST, { input: supportRequestInput({ municipalityCode: '151009' }) }, { cookie });
    niigataCityRequest = created.data!.createSupportRequest.id;
    const stranger = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, email: 'stranger@oracle.example.jp' });
    [strangerId, strangerOrganizationId] = [stranger.user.id, stranger.organization.id];
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  /** The SQL the server issues (texts, not parameters) while `send` runs; tests run no jobs in the background. */
  const statementsOf = async <T>(send: () => Promise<T>): Promise<{ answer: T; statements: string[] }> => {
    const spy = jest.spyOn(app.dataSource.logger, 'logQuery');
    try {
      const answer = await send();
      return { answer, statements: spy.mock.calls.map(([query]) => query) };
    } finally {
      spy.mockRestore();
    }
  };

  it.each<[string, string, (id: string) => Record<string, unknown>, () => string, ActorName]>([
    ["reading another municipality's request", REQUEST, (id) => ({ id }), () => niigataCityRequest, 'murakamiCity'],
    ["withdrawing another municipality's request", WITHDRAW, (id) => ({ id }), () => niigataCityRequest, 'murakamiCity'],
    ["reading another municipality's RMO", RMO, (id) => ({ id }), () => niigataCityRmo, 'murakamiCity'],
    ["editing another municipality's RMO", UPDATE_RMO, (id) => ({ id, input: rmoInput }), () => niigataCityRmo, 'murakamiCity'],
    ["removing another organization's member", REMOVE, (userId) => ({ userId }), () => strangerId, 'ownerIntermediary'],
  ])('answers %s exactly as an id that does not exist', async (_case, query, variables, existing, actor) => {
    const cookie = actors[actor].cookie;
    const forExisting = await app.graphql(query, variables(existing()), { cookie });
    const forMissing = await app.graphql(query, variables(randomUUID()), { cookie });
    expect(refusal(forExisting)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(refusal(forExisting)).toEqual(refusal(forMissing));
  });

  it("does not name another municipality's RMO, nor say it exists, when its id is passed", async () => {
    const cookie = actors.murakamiCity.cookie;
    const withOther = await app.graphql(CREATE_REQUEST, { input: supportRequestInput({ rmoIds: [niigataCityRmo] }) }, { cookie });
    const missing = randomUUID();
    const withMissing = await app.graphql(CREATE_REQUEST, { input: supportRequestInput({ rmoIds: [missing] }) }, { cookie });
    expect(JSON.stringify(withOther)).not.toContain('秘密の地区協議会');
    expect(refusal(withOther)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rmoIds', reason: 'UNKNOWN_RMO' } });
    expect(JSON.stringify(refusal(withOther)).replaceAll(niigataCityRmo, 'ID')).toBe(JSON.stringify(refusal(withMissing)).replaceAll(missing, 'ID'));
  });

  it('answers an invitation to an email that has an account exactly as one to a new email, and tells the holder instead', async () => {
    const cookie = actors.murakamiCity.cookie;
    const invite = (email: string) => statementsOf(() => app.graphql(INVITE, { input: { kind: 'ORGANIZATION_MEMBER', email } }, { cookie }));
    const existing = await invite('Stranger@oracle.example.jp');
    const fresh = await invite('newcomer@oracle.example.jp');
    expect(existing.answer.errors).toBeUndefined();
    expect(withoutSpecifics(existing.answer, 'stranger@oracle.example.jp')).toEqual(withoutSpecifics(fresh.answer, 'newcomer@oracle.example.jp'));
    // The same work, statement for statement, whichever the address.
    expect(existing.statements).toEqual(fresh.statements);

    // Nothing changes for the holder: no second account, no membership.
    const holders = await app.dataSource.query(`SELECT id, organization_id FROM app_user WHERE email = 'stranger@oracle.example.jp'`);
    expect(holders).toEqual([{ id: strangerId, organization_id: strangerOrganizationId }]);
    await app.services.jobs.runUntilIdle();
    const [notice] = await app.services.devMailbox!.messages({ recipient: 'stranger@oracle.example.jp' });
    expect(notice.subject).toBe('【つなぐ】招待についてのお知らせ（登録済みのメールアドレス）');
    expect(notice.text).toContain('すでにあなたのつなぐのアカウントで使われています');
    expect(notice.text).toContain('別のメールアドレスで招待し直す');
    expect(notice.text).not.toContain('/invitations/accept');
    const [invitation] = await app.services.devMailbox!.messages({ recipient: 'newcomer@oracle.example.jp' });
    expect(invitation.text).toContain('/invitations/accept?token=');
  });

  it('queues the same job, with the same statements and answer, for a reset request whether or not the email has an account', async () => {
    await app.dataSource.query('DELETE FROM mail_delivery');
    const request = (email: string) => statementsOf(() => app.graphql(REQUEST_RESET, { email }));
    const existing = await request('stranger@oracle.example.jp');
    const unknown = await request('nobody@oracle.example.jp');
    expect(existing.answer.data).toEqual({ requestPasswordReset: true });
    expect(withoutSpecifics(existing.answer)).toEqual(withoutSpecifics(unknown.answer));
    expect(existing.statements).toEqual(unknown.statements);
    // One job each, of one type; the job decides whether a mail goes out, so nothing is written yet.
    const jobs: { task_identifier: string; payload: Record<string, unknown> }[] = await app.dataSource.query(
      `SELECT t.identifier AS task_identifier, j.payload
         FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
    );
    expect(jobs.map((job) => job.task_identifier)).toEqual(['account.passwordReset', 'account.passwordReset']);
    expect(jobs.map((job) => Object.keys(job.payload))).toEqual([['email'], ['email']]);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM password_reset_token')).toEqual([{ n: 0 }]);

    await app.services.jobs.runUntilIdle();
    const mails: { recipient: string; kind: string }[] = await app.dataSource.query('SELECT recipient, kind FROM mail_delivery');
    expect(mails).toEqual([{ recipient: 'stranger@oracle.example.jp', kind: 'PASSWORD_RESET' }]);
  });

  it('reports SQL statement counts only in tests, never in development or production', async () => {
    expect(loadConfig({ NODE_ENV: 'development' }).exposeQueryStats).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://127.0.0.1:2525' }).exposeQueryStats).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeQueryStats).toBe(true);
    const development = await startTestApp({ ...loadConfig({ NODE_ENV: 'development' }), clientDistDir: app.services.config.clientDistDir });
    try {
      const res = await development.graphql(`mutation { requestPasswordReset(email: "someone@example.jp") }`);
      expect(res.extensions?.queryStats).toBeUndefined();
    } finally {
      await development.close();
    }
  });
});
