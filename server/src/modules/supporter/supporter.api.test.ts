import { Availability, SupportType } from '@tsunagu/shared';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SEARCH = /* GraphQL */ `
  query Search($filter: SupporterFilter, $first: Int, $after: String) {
    supporters(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name supportTypes availability availabilityConfirmedAt
        serviceArea { remoteAvailable prefectures { code name } municipalities { code name prefectureCode } } } }
      facets { supportTypes { value count } prefectures { code count } }
    }
  }
`;

interface SearchNode {
  id: string;
  name: string;
  supportTypes: SupportType[];
  availability: Availability;
  availabilityConfirmedAt: string;
  serviceArea: {
    remoteAvailable: boolean;
    prefectures: { code: string; name: string }[];
    municipalities: { code: string; name: string; prefectureCode: string }[];
  };
}
interface SearchData {
  supporters: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: SearchNode }[];
    facets: { supportTypes: { value: SupportType; count: number }[]; prefectures: { code: string; count: number }[] };
  };
}

const NIIGATA = '15';
const MURAKAMI = '152129';
const NIIGATA_CITY = '151009';
const NIIGATA_CHUO_WARD = '151033';
const YAMAGATA = '06';

describe('supporters search', () => {
  let app: TestApp;
  const search = async (variables: Record<string, unknown>) => {
    const res = await app.graphql<SearchData>(SEARCH, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.supporters;
  };
  const names = (connection: SearchData['supporters']) => connection.edges.map((e) => e.node.name);

  beforeAll(async () => {
    app = await startTestApp();
    const { dataSource: ds } = app;
    const D = SupportType.DIALOGUE_FACILITATION;
    const V = SupportType.ISSUE_VISUALIZATION;
    await insertSupporter(ds, { name: '新潟全域・対話', supportTypes: [D, V], prefectures: [NIIGATA], confirmedDaysAgo: 3 });
    await insertSupporter(ds, { name: '村上市・対話', supportTypes: [D], municipalities: [[NIIGATA, MURAKAMI]], confirmedDaysAgo: 5 });
    await insertSupporter(ds, { name: '新潟市・対話', supportTypes: [D], municipalities: [[NIIGATA, NIIGATA_CITY]], confirmedDaysAgo: 7 });
    await insertSupporter(ds, { name: 'リモート・対話', supportTypes: [D], prefectures: [YAMAGATA], remoteAvailable: true, confirmedDaysAgo: 2 });
    await insertSupporter(ds, { name: '山形・対話', supportTypes: [D], prefectures: [YAMAGATA], confirmedDaysAgo: 1 });
    await insertSupporter(ds, { name: '新潟・見える化のみ', supportTypes: [V], prefectures: [NIIGATA], confirmedDaysAgo: 4,
      availability: Availability.NOT_ACCEPTING });
    await insertSupporter(ds, { name: '防災まちづくりネット', kana: 'ぼうさいまちづくりねっと', supportTypes: [SupportType.PROJECT_SUPPORT],
      prefectures: ['13'], summary: '地域の防災訓練を支援します。', confirmedDaysAgo: 30 });
    await insertSupporter(ds, { name: '地域福祉の会', kana: 'ちいきふくしのかい', summary: '高齢者福祉と防災の両面から支えます。',
      prefectures: ['13'], confirmedDaysAgo: 20 });
    await insertSupporter(ds, { name: 'コミュニティデザイン研究所', kana: 'こみゅにてぃでざいんけんきゅうしょ', prefectures: ['01'],
      summary: 'ＡＢＣ手法で100%の参加を目指す', description: 'パス C:\\data と snake_case の表記', confirmedDaysAgo: 60 });
    await insertSupporter(ds, { name: 'まちの相談室', kana: 'まちのそうだんしつ', prefectures: ['01'],
      summary: '説明会で防災マップを紹介', description: '100 percent', confirmedDaysAgo: 61 });
  });
  afterAll(() => app.close());

  it('returns only supporters with the type who serve the prefecture or work remotely, with agreeing facets', async () => {
    const result = await search({ filter: { supportTypes: ['DIALOGUE_FACILITATION'], prefectureCode: NIIGATA }, first: 100 });
    expect(names(result).sort()).toEqual(['リモート・対話', '新潟全域・対話', '新潟市・対話', '村上市・対話'].sort());
    for (const { node } of result.edges) {
      expect(node.supportTypes).toContain('DIALOGUE_FACILITATION');
      const servesNiigata =
        node.serviceArea.prefectures.some((p) => p.code === NIIGATA) ||
        node.serviceArea.municipalities.some((m) => m.prefectureCode === NIIGATA);
      expect(servesNiigata || node.serviceArea.remoteAvailable).toBe(true);
    }
    expect(result.totalCount).toBe(4);
    const facet = Object.fromEntries(result.facets.supportTypes.map((f) => [f.value, f.count]));
    expect(facet.DIALOGUE_FACILITATION).toBe(4);
    expect(facet.ISSUE_VISUALIZATION).toBe(1);
    expect(result.facets.supportTypes).toHaveLength(10);
    // Per prefecture, those matching all but the area that serve it: the remote one and 山形・対話 serve 山形.
    expect(result.facets.prefectures).toEqual([
      { code: YAMAGATA, count: 2 },
      { code: NIIGATA, count: 3 },
    ]);
  });

  it('leaves out remote-only supporters when includeRemote is false', async () => {
    const result = await search({ filter: { supportTypes: ['DIALOGUE_FACILITATION'], prefectureCode: NIIGATA, includeRemote: false } });
    expect(names(result)).not.toContain('リモート・対話');
    expect(result.totalCount).toBe(3);
  });

  it('finds for a municipality those serving it, its whole prefecture, or remotely — not other towns', async () => {
    const result = await search({ filter: { municipalityCode: MURAKAMI, supportTypes: ['DIALOGUE_FACILITATION'] } });
    expect(names(result).sort()).toEqual(['リモート・対話', '新潟全域・対話', '村上市・対話'].sort());
  });

  it('counts service of a designated city as service of its wards', async () => {
    const result = await search({ filter: { municipalityCode: NIIGATA_CHUO_WARD, includeRemote: false, supportTypes: ['DIALOGUE_FACILITATION'] } });
    expect(names(result).sort()).toEqual(['新潟全域・対話', '新潟市・対話'].sort());
  });

  it('requires every type with matchAllTypes and any type without', async () => {
    const types = ['DIALOGUE_FACILITATION', 'ISSUE_VISUALIZATION'];
    expect(names(await search({ filter: { supportTypes: types, matchAllTypes: true } }))).toEqual(['新潟全域・対話']);
    expect((await search({ filter: { supportTypes: types } })).totalCount).toBe(6);
  });

  it('filters by availability', async () => {
    const result = await search({ filter: { availability: ['NOT_ACCEPTING'] } });
    expect(names(result)).toEqual(['新潟・見える化のみ']);
  });

  it('orders by freshest availability confirmation without text', async () => {
    const result = await search({ first: 100 });
    const confirmed = result.edges.map((e) => Date.parse(e.node.availabilityConfirmedAt));
    expect(confirmed).toEqual([...confirmed].sort((a, b) => b - a));
    expect(result.totalCount).toBe(10);
  });

  describe('Japanese-aware text search', () => {
    it('finds two-character terms such as 防災 and 福祉', async () => {
      expect(names(await search({ filter: { text: '防災' } })).sort()).toEqual(['まちの相談室', '地域福祉の会', '防災まちづくりネット'].sort());
      expect(names(await search({ filter: { text: '福祉' } }))).toEqual(['地域福祉の会']);
    });

    it('ranks a name match above a match in the text', async () => {
      const result = await search({ filter: { text: '防災' } });
      expect(result.edges[0].node.name).toBe('防災まちづくりネット');
    });

    it('matches katakana by hiragana and half-width forms, and full-width letters by ASCII', async () => {
      expect(names(await search({ filter: { text: 'こみゅにてぃ' } }))).toEqual(['コミュニティデザイン研究所']);
      expect(names(await search({ filter: { text: 'ｺﾐｭﾆﾃｨ' } }))).toEqual(['コミュニティデザイン研究所']);
      expect(names(await search({ filter: { text: 'abc' } }))).toEqual(['コミュニティデザイン研究所']);
      expect(names(await search({ filter: { text: 'ぼうさい' } }))).toEqual(['防災まちづくりネット']);
    });

    it('requires every word of a multi-word query', async () => {
      expect(names(await search({ filter: { text: '防災　訓練' } }))).toEqual(['防災まちづくりネット']);
    });

    it('treats %, _ and \\ literally', async () => {
      expect(names(await search({ filter: { text: '100%' } }))).toEqual(['コミュニティデザイン研究所']);
      expect(names(await search({ filter: { text: 'e_c' } }))).toEqual(['コミュニティデザイン研究所']);
      expect(names(await search({ filter: { text: ':\\d' } }))).toEqual(['コミュニティデザイン研究所']);
      expect((await search({ filter: { text: '%' } })).totalCount).toBe(1);
      expect((await search({ filter: { text: '_' } })).totalCount).toBe(1);
    });

    it('refuses text over 200 characters with BAD_USER_INPUT naming the field text', async () => {
      const res = await app.graphql(SEARCH, { filter: { text: 'あ'.repeat(201) } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(res.data).toBeNull();
    });
  });

  describe('cursor paging', () => {
    it.each([[{}], [{ text: 'の' }]])('walks every result exactly once, page by page (%p)', async (filter) => {
      const all = await search({ filter, first: 100 });
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const page: SearchData['supporters'] = await search({ filter, first: 3, after });
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((e) => e.node.id));
      expect(seen.length).toBe(all.totalCount);
    });

    it.each([[0], [101], [-1]])('refuses first = %p with BAD_USER_INPUT naming first', async (first) => {
      const res = await app.graphql(SEARCH, { first });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('refuses a forged cursor with BAD_USER_INPUT naming after', async () => {
      const res = await app.graphql(SEARCH, { after: 'not-a-cursor' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it.each([
    [{ prefectureCode: '48' }, 'prefectureCode'],
    [{ municipalityCode: '999999' }, 'municipalityCode'],
    [{ municipalityCode: '12345' }, 'municipalityCode'],
    [{ prefectureCode: '13', municipalityCode: MURAKAMI }, 'municipalityCode'],
  ])('refuses the filter %p with BAD_USER_INPUT naming %s', async (filter, field) => {
    const res = await app.graphql(SEARCH, { filter });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an unknown support type as a bad request', async () => {
    const res = await app.graphql(SEARCH, { filter: { supportTypes: ['NOT_A_TYPE'] } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a malformed document with a 4xx status', async () => {
    const res = await app.graphql('{ supporters { ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await app.graphql('{ supporters { noSuchField } }');
    expect(unknownField.status).toBe(400);
  });
});

describe('supporter detail', () => {
  let app: TestApp;
  let id: string;
  beforeAll(async () => {
    app = await startTestApp();
    id = (await insertSupporter(app.dataSource, {
      name: '詳細テスト支援室', kana: 'しょうさいてすとしえんしつ', prefectures: ['15'], municipalities: [['06', '062014']],
      remoteAvailable: true, contactEmail: 'secret@example.jp',
    })).id;
  });
  afterAll(() => app.close());

  const DETAIL = `query ($id: ID!) { supporter(id: $id) { id name kana kind summary description supportTypes availability
    availabilityConfirmedAt verificationStatus capacity currentLoad frameworks steps
    serviceArea { remoteAvailable prefectures { code name } municipalities { code name } } contact { email phone } } }`;

  it('returns the profile with its service area and hides contact details from anonymous callers', async () => {
    const res = await app.graphql<{ supporter: Record<string, unknown> }>(DETAIL, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.supporter).toMatchObject({
      name: '詳細テスト支援室',
      kind: 'NPO',
      serviceArea: { remoteAvailable: true, prefectures: [{ code: '15', name: '新潟県' }], municipalities: [{ code: '062014', name: '山形市' }] },
      contact: null,
    });
    expect(JSON.stringify(res)).not.toContain('secret@example.jp');
  });

  it('returns null for an id that does not exist and BAD_USER_INPUT for one that cannot exist', async () => {
    const missing = await app.graphql<{ supporter: null }>(DETAIL, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.supporter).toBeNull();
    const malformed = await app.graphql(DETAIL, { id: 'abc' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('locality-first relevance and sorting', () => {
  let app: TestApp;
  const D = SupportType.DIALOGUE_FACILITATION;
  const LOCAL = `query ($filter: SupporterFilter, $sort: SupporterSort, $first: Int, $after: String) {
    supporters(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { locality node { name } }
      facets { localities { tier count } remoteOnly prefectures { code count } }
    }
  }`;
  interface LocalData {
    supporters: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { locality: string | null; node: { name: string } }[];
      facets: { localities: { tier: string; count: number }[]; remoteOnly: number; prefectures: { code: string; count: number }[] };
    };
  }
  const local = async (variables: Record<string, unknown>) => {
    const res = await app.graphql<LocalData>(LOCAL, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.supporters;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.dataSource;
    // Remote supporters far away are the freshest: freshness alone would list them first.
    await insertSupporter(ds, { name: '沖縄・リモート', supportTypes: [D], prefectures: ['47'], remoteAvailable: true, confirmedDaysAgo: 0 });
    await insertSupporter(ds, { name: '熊本・リモート', supportTypes: [D], prefectures: ['43'], remoteAvailable: true, confirmedDaysAgo: 0, capacity: 9 });
    await insertSupporter(ds, { name: '山形・リモート', supportTypes: [D], prefectures: [YAMAGATA], remoteAvailable: true, confirmedDaysAgo: 1 });
    await insertSupporter(ds, { name: '新潟市・リモート', supportTypes: [D], municipalities: [[NIIGATA, NIIGATA_CITY]], remoteAvailable: true, confirmedDaysAgo: 2 });
    await insertSupporter(ds, { name: '新潟全域', supportTypes: [D], prefectures: [NIIGATA], confirmedDaysAgo: 30 });
    await insertSupporter(ds, { name: '村上市', supportTypes: [D], municipalities: [[NIIGATA, MURAKAMI]], confirmedDaysAgo: 60, capacity: 5, currentLoad: 4 });
    await insertSupporter(ds, { name: '新潟市', supportTypes: [D], municipalities: [[NIIGATA, NIIGATA_CITY]], confirmedDaysAgo: 40 });
    await insertSupporter(ds, { name: '山形のみ', supportTypes: [D], prefectures: [YAMAGATA], confirmedDaysAgo: 0 });
  });
  afterAll(() => app.close());

  it('lists every supporter serving 新潟県 before any that reaches it only remotely, nearest remote first, and says each tier', async () => {
    const result = await local({ filter: { supportTypes: [D], prefectureCode: NIIGATA } });
    expect(result.edges.map((e) => [e.node.name, e.locality])).toEqual([
      ['新潟全域', 'PREFECTURE_WIDE'],
      ['新潟市・リモート', 'IN_PREFECTURE'],
      ['新潟市', 'IN_PREFECTURE'],
      ['村上市', 'IN_PREFECTURE'],
      ['山形・リモート', 'NEIGHBOUR'],
      ['熊本・リモート', 'REMOTE_ONLY'],
      ['沖縄・リモート', 'REMOTE_ONLY'],
    ]);
    expect(result.facets.localities).toEqual([
      { tier: 'PREFECTURE_WIDE', count: 1 },
      { tier: 'IN_PREFECTURE', count: 3 },
      { tier: 'NEIGHBOUR', count: 1 },
      { tier: 'REMOTE_ONLY', count: 2 },
    ]);
    expect(result.facets.remoteOnly).toBe(3);
    // The prefecture facet counts those that serve each prefecture, not those that could come remotely.
    expect(result.facets.prefectures.find((p) => p.code === NIIGATA)).toEqual({ code: NIIGATA, count: 4 });
    expect(result.facets.prefectures.find((p) => p.code === YAMAGATA)).toEqual({ code: YAMAGATA, count: 2 });
  });

  it('lists the supporter serving 村上市 first, then its whole prefecture, then remote ones by nearness', async () => {
    const result = await local({ filter: { municipalityCode: MURAKAMI } });
    expect(result.edges.map((e) => [e.node.name, e.locality])).toEqual([
      ['村上市', 'MUNICIPALITY'],
      ['新潟全域', 'PREFECTURE_WIDE'],
      ['新潟市・リモート', 'IN_PREFECTURE'],
      ['山形・リモート', 'NEIGHBOUR'],
      ['熊本・リモート', 'REMOTE_ONLY'],
      ['沖縄・リモート', 'REMOTE_ONLY'],
    ]);
    expect(result.facets.remoteOnly).toBe(4);
    expect((await local({ filter: { municipalityCode: MURAKAMI, includeRemote: false } })).edges.map((e) => e.node.name)).toEqual(['村上市', '新潟全域']);
  });

  it('sorts by newest confirmation or by most free slots on request', async () => {
    const confirmed = await local({ filter: { municipalityCode: MURAKAMI }, sort: 'CONFIRMED' });
    expect(confirmed.edges.map((e) => e.node.name).slice(0, 2).sort()).toEqual(['沖縄・リモート', '熊本・リモート']);
    expect(confirmed.edges.at(-1)!.node.name).toBe('村上市');
    const free = await local({ filter: { municipalityCode: MURAKAMI }, sort: 'FREE_CAPACITY' });
    // 熊本 has nine free slots; the rest three (the fixture's default), 村上市 one: ties keep the relevance order.
    expect(free.edges.map((e) => e.node.name)).toEqual(['熊本・リモート', '新潟全域', '新潟市・リモート', '山形・リモート', '沖縄・リモート', '村上市']);
  });

  it('pages each order exactly and refuses a cursor of another order', async () => {
    for (const sort of ['RELEVANCE', 'CONFIRMED', 'FREE_CAPACITY']) {
      const whole = (await local({ filter: { prefectureCode: NIIGATA }, sort, first: 100 })).edges.map((e) => e.node.name);
      const paged: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const page: LocalData['supporters'] = await local({ filter: { prefectureCode: NIIGATA }, sort, first: 2, after });
        paged.push(...page.edges.map((e) => e.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(whole);
    }
    const first = await local({ filter: { prefectureCode: NIIGATA }, first: 2 });
    const res = await app.graphql(LOCAL, { filter: { prefectureCode: NIIGATA }, sort: 'CONFIRMED', after: first.pageInfo.endCursor });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('query cost and error masking', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const prefectureCodes = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
    for (let i = 0; i < 120; i += 1) {
      await insertSupporter(app.dataSource, {
        name: `支援者${i}`,
        supportTypes: [SupportType.CONSULTATION, SupportType.PARTNER_MATCHING],
        prefectures: [prefectureCodes[i % 47], prefectureCodes[(i + 1) % 47]],
        municipalities: i % 3 === 0 ? [['15', MURAKAMI]] : [],
        confirmedDaysAgo: i,
      });
    }
  });
  afterAll(() => app.close());

  it('applies the changes since the last search in a few statements, then serves a page of 100 with areas and facets from memory in one', async () => {
    const first = await app.graphql<SearchData>(SEARCH, { first: 100 });
    expect(first.errors).toBeUndefined();
    // The version, then the change log and the changed rows in one snapshot (a transaction of five statements).
    expect(first.extensions?.queryStats?.sqlStatements).toBeLessThanOrEqual(7);
    const res = await app.graphql<SearchData>(SEARCH, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.supporters.edges).toHaveLength(100);
    expect(res.data!.supporters.edges.every((e) => e.node.serviceArea.prefectures.length === 2)).toBe(true);
    // Only the catalogue version is read: PostgreSQL stays the source of truth.
    expect(res.extensions?.queryStats?.sqlStatements).toBe(1);
  });

  it('masks internal errors: no message details and no stack trace', async () => {
    await app.dataSource.query('ALTER TABLE supporter_catalogue_version RENAME TO catalogue_version_gone');
    try {
      const res = await app.graphql(SEARCH, { first: 1 });
      expect(res.errors?.[0].message).toBe('Internal server error');
      expect(res.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(res)).not.toMatch(/catalogue_version|stack|at .*\.ts/);
    } finally {
      await app.dataSource.query('ALTER TABLE catalogue_version_gone RENAME TO supporter_catalogue_version');
    }
  });
});
