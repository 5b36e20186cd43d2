import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { startTestApp, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config';
import { measureOperation } from './query-limits';
import { buildAppSchema } from './schema';

const LIMITS = loadConfig({ NODE_ENV: 'test' }).queryLimits;
const SUPPORTER_FIELDS = 'id name kana kind summary description supportTypes availability capacity currentLoad yearsActive website serviceArea { prefectures { code name } municipalities { code name } }';

describe('query limits', () => {
  let app: TestApp;
  let production: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    production = await startTestApp({ nodeEnv: 'production', trustedDocuments: { enforce: false, file: null } });
  });
  afterAll(async () => {
    await app.close();
    await production.close();
  });

  it('refuses the 1,000-alias flood before running any SQL, with a small answer', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: supporters(first: 100) { totalCount edges { node { id name } } }`).join(' ')} }`;
    expect(query.length).toBeGreaterThan(50_000);
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(2_000);
    const json = JSON.parse(text) as { errors: { extensions: { code: string; reason?: string } }[]; extensions?: { queryStats?: { sqlStatements: number } } };
    expect(json.errors[0].extensions.code).toMatch(/^(QUERY_TOO_COMPLEX|GRAPHQL_PARSE_FAILED)$/);
    expect(json.extensions?.queryStats?.sqlStatements ?? 0).toBe(0);
  });

  it('refuses too many aliases with QUERY_TOO_COMPLEX naming the limit', async () => {
    const query = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `p${i}: prefectures { code }`).join(' ')} }`;
    const res = await app.graphql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'ALIASES', params: { limit: LIMITS.maxAliases, actual: LIMITS.maxAliases + 1 } });
    expect(res.extensions?.queryStats?.sqlStatements ?? 0).toBe(0);
  });

  it('estimates the cost from `first` (also from variables) before executing', async () => {
    const query = `query Heavy($n: Int) { a: supporters(first: $n) { edges { node { ${SUPPORTER_FIELDS} } } } b: supporters(first: $n) { edges { node { ${SUPPORTER_FIELDS} } } } }`;
    const small = await app.graphql(query, { n: 5 });
    expect(small.errors).toBeUndefined();
    const large = await app.graphql(query, { n: 100 });
    expect(large.status).toBe(400);
    expect(large.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'COST', params: { limit: LIMITS.maxCost } });
    expect((large.errors?.[0].extensions?.params as { actual: number }).actual).toBeGreaterThan(LIMITS.maxCost);
    expect(large.extensions?.queryStats?.sqlStatements ?? 0).toBe(0);
  });

  it('refuses a query deeper than the limit', async () => {
    const shallow = await startTestApp({ queryLimits: { ...LIMITS, maxDepth: 3 } });
    try {
      const ok = await shallow.graphql('{ supporters(first: 1) { edges { cursor } } }');
      expect(ok.errors).toBeUndefined();
      const res = await shallow.graphql('{ supporters(first: 1) { edges { node { id } } } }');
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'DEPTH', params: { limit: 3, actual: 4 } });
    } finally {
      await shallow.close();
    }
  });

  it('lets every trusted document of the client through at its largest page size', async () => {
    const schema = await buildAppSchema();
    const manifest: Record<string, string> = JSON.parse(readFileSync(loadConfig({ NODE_ENV: 'test' }).trustedDocuments.file!, 'utf8'));
    for (const [hash, text] of Object.entries(manifest)) {
      const measured = measureOperation(schema, parse(text), undefined, { first: 100 });
      expect({ hash, depth: measured.depth <= LIMITS.maxDepth, aliases: measured.aliases <= LIMITS.maxAliases, cost: measured.cost <= LIMITS.maxCost }).toEqual({
        hash,
        depth: true,
        aliases: true,
        cost: true,
      });
    }
  });

  it('switches off field suggestions in production only', async () => {
    const typo = '{ prefectures { nam } }';
    expect((await app.graphql(typo)).errors?.[0].message).toMatch(/Did you mean/);
    const res = await production.graphql(typo);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean|name/);
  });
});
