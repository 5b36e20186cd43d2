import { createRoleActors, supporterProfileInput, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const CREATE = `mutation ($input: SupporterProfileInput!) { createSupporterProfile(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: SupporterProfileInput!) { updateSupporterProfile(id: $id, input: $input) { id } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveSupporterProfile(id: $id) { id } }`;
const SEARCH = `query ($filter: SupporterFilter) { supporters(filter: $filter, first: 100) {
  totalCount edges { locality node { id name description serviceArea { municipalities { code } } } } } }`;

interface SearchData {
  supporters: { totalCount: number; edges: { locality: string | null; node: { id: string; name: string; description: string; serviceArea: { municipalities: { code: string }[] } } }[] };
}

describe('two app instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let actors: Record<ActorName, Actor>;

  beforeAll(async () => {
    a = await startTestApp();
    // Another instance: its own connections and its own catalogue in memory.
    b = await startTestApp({}, { databaseUrl: a.databaseUrl });
    actors = await createRoleActors(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const searchOn = async (app: TestApp, filter: Record<string, unknown>) => {
    const res = await app.graphql<SearchData>(SEARCH, { filter });
    expect(res.errors).toBeUndefined();
    return res.data!.supporters;
  };
  const write = async (query: string, variables: Record<string, unknown>) => {
    const res = await a.graphql<Record<string, { id: string }>>(query, variables, { cookie: actors.ownerIntermediary.cookie });
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0].id;
  };

  it('shows a profile created, edited and archived on one instance in the very next search on the other', async () => {
    // B has loaded its catalogue before any of this happens.
    expect((await searchOn(b, { text: '雪国' })).totalCount).toBe(0);

    const id = await write(CREATE, { input: supporterProfileInput({ name: '雪国対話ラボ', description: '豪雪地帯の集落で対話の場をつくります。' }) });
    const created = await searchOn(b, { text: '雪国', municipalityCode: '152129' });
    expect(created.edges.map((e) => [e.node.id, e.locality, e.node.description])).toEqual([
      [id, 'MUNICIPALITY', '豪雪地帯の集落で対話の場をつくります。'],
    ]);

    await write(UPDATE, {
      id,
      input: supporterProfileInput({ name: '雪国まちの相談所', serviceArea: { prefectureCodes: [], municipalityCodes: ['151009'] } }),
    });
    expect((await searchOn(b, { text: '対話ラボ' })).totalCount).toBe(0);
    const edited = await searchOn(b, { text: '相談所' });
    expect(edited.edges.map((e) => [e.node.name, e.node.serviceArea.municipalities])).toEqual([['雪国まちの相談所', [{ code: '151009' }]]]);
    // 新潟市 serves its wards: the edit moved it into 中央区's first tier.
    expect((await searchOn(b, { text: '相談所', municipalityCode: '151033' })).edges[0].locality).toBe('MUNICIPALITY');

    await write(ARCHIVE, { id });
    expect((await searchOn(b, { text: '相談所' })).totalCount).toBe(0);
    expect((await searchOn(a, { text: '相談所' })).totalCount).toBe(0);
  });
});
