import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../../test/fixtures/account-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createRoleActors, MURAKAMI, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { insertRmo } from '../../../test/fixtures/request-fixtures';

const CREATE = `mutation ($input: RmoInput!) { createRmo(input: $input) { id name municipality { name } legalForm optimizationState viewerCanEdit } }`;
const UPDATE = `mutation ($id: ID!, $input: RmoInput!) { updateRmo(id: $id, input: $input) { id name areaUnit challenges } }`;
const LIST = `query ($m: String) { rmos(municipalityCode: $m) { id name } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  municipalityCode: MURAKAMI,
  name: '（テスト）朝日地区地域づくり協議会',
  areaUnit: '旧村',
  legalForm: 'VOLUNTARY_ASSOCIATION',
  foundedYear: 2010,
  activities: ['FESTIVALS', 'DISASTER_PREVENTION'],
  activitiesNote: '夏祭りと防災訓練',
  challenges: ['TOO_FEW_PEOPLE', 'NO_NEXT_LEADER'],
  challengesNote: null,
  optimizationState: 'NEITHER',
  ...overrides,
});

let app: TestApp;
let actors: Record<ActorName, Actor>;
const countRmos = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM rmo'))[0].n);

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
});
afterAll(() => app.close());

describe('RMO records', () => {
  it('lets municipality staff record an RMO of their municipality, with its self-assessment', async () => {
    const res = await app.graphql<{ createRmo: Record<string, unknown> }>(CREATE, { input: input() }, { cookie: actors.murakamiCity.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createRmo).toMatchObject({ municipality: { name: '村上市' }, optimizationState: 'NEITHER', viewerCanEdit: true });
  });

  it('refuses another municipality with FORBIDDEN and bad fields with BAD_USER_INPUT naming them; nothing is written', async () => {
    const before = await countRmos();
    const other = await app.graphql(CREATE, { input: input({ municipalityCode: '151009' }) }, { cookie: actors.murakamiCity.cookie });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const blank = await app.graphql(CREATE, { input: input({ name: '  ' }) }, { cookie: actors.murakamiCity.cookie });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const year = await app.graphql(CREATE, { input: input({ foundedYear: 1800 }) }, { cookie: actors.murakamiCity.cookie });
    expect(year.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'foundedYear' });
    expect(await countRmos()).toBe(before);
  });

  it('answers 50 simultaneous first records of one RMO with one record and 49 CONFLICTs, never an internal error', async () => {
    const { user } = await createAccount(app.dataSource, {
      kind: OrganizationKind.RMO, organizationName: '（テスト）同時登録協議会', prefectureCode: '15', municipalityCode: MURAKAMI, email: 'race@rmo.example.jp',
    });
    const cookie = await sessionCookieFor(app, user.id);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.graphql(CREATE, { input: input({ name: `（テスト）同時登録${i}` }) }, { cookie })),
    );
    const codes = answers.map((res) => (res.errors ? `${res.errors[0].extensions?.code}:${res.errors[0].extensions?.reason}` : 'CREATED'));
    expect(codes.filter((c) => c === 'CREATED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT:ALREADY_RECORDED')).toHaveLength(49);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM rmo WHERE name LIKE '（テスト）同時登録%'`);
    expect(n).toBe(1);
  });

  it("lets RMO staff record their own RMO once and keep it; they cannot edit another RMO's record", async () => {
    const own = await app.graphql<{ createRmo: { id: string } }>(CREATE, { input: input({ name: '（テスト）自組織' }) }, { cookie: actors.murakamiRmo.cookie });
    expect(own.errors).toBeUndefined();
    const twice = await app.graphql(CREATE, { input: input({ name: '（テスト）二つ目' }) }, { cookie: actors.murakamiRmo.cookie });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RECORDED' });
    const edited = await app.graphql<{ updateRmo: { challenges: string[] } }>(
      UPDATE, { id: own.data!.createRmo.id, input: input({ name: '（テスト）自組織', challenges: ['SECRETARIAT_BURDEN'] }) }, { cookie: actors.murakamiRmo.cookie });
    expect(edited.data!.updateRmo.challenges).toEqual(['SECRETARIAT_BURDEN']);

    const other = await insertRmo(app.dataSource, { name: '（テスト）よその協議会' });
    const refused = await app.graphql(UPDATE, { id: other.id, input: input() }, { cookie: actors.murakamiRmo.cookie });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const moved = await app.graphql(UPDATE, { id: other.id, input: input({ municipalityCode: '151009' }) }, { cookie: actors.murakamiCity.cookie });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
  });

  it('shows RMO records to the place’s public sector only, never to intermediaries', async () => {
    await insertRmo(app.dataSource, { name: '（テスト）表示確認会' });
    const names = async (actor: Actor, m?: string) => {
      const res = await app.graphql<{ rmos: { name: string }[] }>(LIST, { m }, { cookie: actor.cookie });
      return res.errors ? String(res.errors[0].extensions?.code) : res.data!.rmos.map((r) => r.name);
    };
    expect(await names(actors.murakamiCity)).toContain('（テスト）表示確認会');
    expect(await names(actors.niigataPrefecture)).toContain('（テスト）表示確認会');
    expect(await names(actors.yamagataPrefecture)).toEqual([]);
    expect(await names(actors.operator, MURAKAMI)).toContain('（テスト）表示確認会');
    expect(await names(actors.murakamiCity, '151009')).toBe('FORBIDDEN');
    expect(await names(actors.ownerIntermediary)).toBe('FORBIDDEN');
  });
});
