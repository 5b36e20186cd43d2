import { randomUUID } from 'node:crypto';
import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../test/fixtures/account-fixtures';
import { createRoleActors, type Actor, type ActorName } from '../../test/fixtures/role-fixtures';
import { insertRmo, supportRequestInput } from '../../test/fixtures/request-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config';

const REQUEST = `query ($id: ID!) { supportRequest(id: $id) { id } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSupportRequest(id: $id) { id } }`;
const RMO = `query ($id: ID!) { rmo(id: $id) { id } }`;
const UPDATE_RMO = `mutation ($id: ID!, $input: RmoInput!) { updateRmo(id: $id, input: $input) { id } }`;
const REMOVE = `mutation ($userId: ID!) { removeMember(userId: $userId) }`;
const CREATE_REQUEST = `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const rmoInput = { municipalityCode: '151009', name: '（架空）よその協議会', legalForm: 'VOLUNTARY_ASSOCIATION', activities: [], challenges: [], optimizationState: 'NEITHER' };

/** The parts of an error a caller can compare: everything but where in the document it arose. */
function refusal(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const [error] = res.errors ?? [];
  return error ? { message: error.message, extensions: error.extensions } : undefined;
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

  beforeAll(async () => {
    app = await startTestApp();
    actors = await createRoleActors(app);
    const niigataCity = await createAccount(app.dataSource, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '新潟市', prefectureCode: '15', municipalityCode: '151009', email: 'city@niigata.example.jp',
    });
    const cookie = await sessionCookieFor(app, niigataCity.user.id);
    niigataCityRmo = (await insertRmo(app.dataSource, { name: '（架空）秘密の地区協議会', municipalityCode: '151009' })).id;
    const created = await app.graphql<{ createSupportRequest: { id: string } }>(CREATE_REQUEST, { input: supportRequestInput({ municipalityCode: '151009' }) }, { cookie });
    niigataCityRequest = created.data!.createSupportRequest.id;
    strangerId = (await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, email: 'stranger@oracle.example.jp' })).user.id;
  });
  afterAll(() => app.close());

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
