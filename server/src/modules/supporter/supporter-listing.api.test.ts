import { SupportType, VerificationStatus } from '@tsunagu/shared';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SEARCH = `query ($filter: SupporterFilter, $first: Int, $after: String) {
  supporters(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    facets { supportTypes { value count } }
    edges { node { id name isStale verificationStatus } }
  }
}`;

interface SearchResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: { supportTypes: { value: string; count: number }[] };
  edges: { node: { id: string; name: string; isStale: boolean; verificationStatus: string } }[];
}

/** Which profiles search lists, and how freshness ranks them. */
describe('search listing rules and freshness ranking', () => {
  let app: TestApp;
  const search = async (variables: Record<string, unknown> = {}): Promise<SearchResult> => {
    const res = await app.graphql<{ supporters: SearchResult }>(SEARCH, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.supporters;
  };
  const names = (result: SearchResult) => result.edges.map((e) => e.node.name);

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.dataSource;
    const P = SupportType.PROJECT_SUPPORT;
    // 「ひろば」 in the name scores above 「ひろば」 only in the summary.
    await insertSupporter(ds, { name: '新鮮・本文一致', summary: 'ひろばづくりを支えます。', supportTypes: [P], confirmedDaysAgo: 10 });
    await insertSupporter(ds, { name: '古い・ひろば名前一致', supportTypes: [P], confirmedDaysAgo: 100 });
    await insertSupporter(ds, { name: '新しめ・ひろば名前一致', supportTypes: [P], confirmedDaysAgo: 30,
      verificationStatus: VerificationStatus.VERIFIED });
    await insertSupporter(ds, { name: '89日・ひろば', supportTypes: [P], confirmedDaysAgo: 89 });
    await insertSupporter(ds, { name: '91日・ひろば', supportTypes: [P], confirmedDaysAgo: 91 });
    await insertSupporter(ds, { name: '179日・ひろば', supportTypes: [P], confirmedDaysAgo: 179 });
    await insertSupporter(ds, { name: '181日・ひろば', supportTypes: [P], confirmedDaysAgo: 181 });
    await insertSupporter(ds, { name: 'アーカイブ・ひろば', supportTypes: [P], confirmedDaysAgo: 1, archivedAt: new Date() });
    await insertSupporter(ds, { name: '下書き・ひろば', supportTypes: [], confirmedDaysAgo: 1 });
  });
  afterAll(() => app.close());

  it('leaves out archived profiles, drafts and those unconfirmed for 180 days, from results, totals and facets', async () => {
    const result = await search();
    expect(names(result)).toEqual(['新鮮・本文一致', '新しめ・ひろば名前一致', '89日・ひろば', '91日・ひろば', '古い・ひろば名前一致', '179日・ひろば']);
    expect(result.totalCount).toBe(6);
    expect(result.facets.supportTypes.find((f) => f.value === 'PROJECT_SUPPORT')?.count).toBe(6);
  });

  it('marks profiles unconfirmed for 90 days or more as stale', async () => {
    const staleByName = Object.fromEntries((await search()).edges.map((e) => [e.node.name, e.node.isStale]));
    expect(staleByName).toEqual({
      '新鮮・本文一致': false,
      '新しめ・ひろば名前一致': false,
      '89日・ひろば': false,
      '古い・ひろば名前一致': true,
      '91日・ひろば': true,
      '179日・ひろば': true,
    });
  });

  it('ranks every fresh match above every stale one in text search, whatever the relevance', async () => {
    const result = await search({ filter: { text: 'ひろば' } });
    expect(names(result)).toEqual(['新しめ・ひろば名前一致', '89日・ひろば', '新鮮・本文一致', '91日・ひろば', '古い・ひろば名前一致', '179日・ひろば']);
  });

  it.each([[{}], [{ text: 'ひろば' }]])('pages through %p exactly once, fresh before stale', async (filter) => {
    const all = await search({ filter });
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page: SearchResult = await search({ filter, first: 2, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it('refuses a cursor whose timestamp was tampered with as BAD_USER_INPUT naming after', async () => {
    const forged = Buffer.from(JSON.stringify(["2025-01-01'; DROP TABLE x; --", '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const res = await app.graphql(SEARCH, { after: forged });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists only verified profiles with verifiedOnly', async () => {
    const result = await search({ filter: { verifiedOnly: true } });
    expect(names(result)).toEqual(['新しめ・ひろば名前一致']);
    expect(result.totalCount).toBe(1);
  });

  it('filters by verification status for a verification queue', async () => {
    const unverified = await search({ filter: { verificationStatus: ['UNVERIFIED'] }, first: 100 });
    expect(names(unverified)).not.toContain('新しめ・ひろば名前一致');
    const verified = await search({ filter: { verificationStatus: ['VERIFIED'] } });
    expect(names(verified)).toEqual(['新しめ・ひろば名前一致']);
    const both = await search({ filter: { verificationStatus: ['VERIFIED', 'UNVERIFIED'] }, first: 100 });
    expect(both.totalCount).toBe(unverified.totalCount + 1);
  });
});
