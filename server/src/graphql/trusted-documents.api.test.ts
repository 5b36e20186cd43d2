import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { loadConfig } from '../config';

/** The client's trusted documents, as codegen wrote them (hash → text). */
const manifest: Record<string, string> = JSON.parse(readFileSync(loadConfig({ NODE_ENV: 'test' }).trustedDocuments.file!, 'utf8'));
const [prefecturesHash, prefecturesText] = Object.entries(manifest).find(([, text]) => /^query \w+ \{ __typename prefectures \{/.test(text))!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Posts a raw GraphQL body (the test client always sends a query). */
async function post(app: TestApp, body: unknown): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as never };
}

const byHash = (hash: string, extra: Record<string, unknown> = {}) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, ...extra });

describe('trusted documents', () => {
  let production: TestApp;
  let open: TestApp;

  beforeAll(async () => {
    production = await startTestApp({ nodeEnv: 'production', trustedDocuments: { ...loadConfig({ NODE_ENV: 'test' }).trustedDocuments, enforce: true } });
    open = await startTestApp();
  });
  afterAll(async () => {
    await production.close();
    await open.close();
  });

  it('codegen stores each document under the sha256 of its exact text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
    for (const [hash, text] of Object.entries(manifest)) expect(hash).toBe(`sha256:${sha256(text)}`);
  });

  it('runs a trusted document named by its hash, with or without the sha256: prefix', async () => {
    for (const hash of [prefecturesHash, prefecturesHash.replace('sha256:', '')]) {
      const res = await post(production, byHash(hash));
      expect(res.json.errors).toBeUndefined();
      expect((res.json.data as { prefectures: unknown[] }).prefectures).toHaveLength(47);
    }
  });

  it('in production refuses any document that is not the client’s own, with a clear code', async () => {
    const raw = await post(production, { query: '{ prefectures { code } }' });
    expect(raw.status).toBe(400);
    expect(raw.json.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_REQUIRED' });
    const unknown = await post(production, byHash(sha256('{ prefectures { code } }'), { query: '{ prefectures { code } }' }));
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors?.[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    // A trusted hash does not smuggle in another text.
    const swapped = await post(production, byHash(prefecturesHash, { query: '{ supporters(first: 100) { totalCount } }' }));
    expect(swapped.json.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash' });
  });

  it('with the third-party switch on, accepts other documents (then only the cost limits apply)', async () => {
    const res = await post(open, { query: '{ prefectures { code } }' });
    expect(res.json.errors).toBeUndefined();
    expect((await post(open, byHash(prefecturesHash))).json.errors).toBeUndefined();
  });

  it.each([
    ['a hash that does not match its query', () => byHash(sha256('something else'), { query: prefecturesText }), 'BAD_USER_INPUT'],
    ['a hash that is not hex', () => byHash('../../etc/passwd', { query: prefecturesText }), 'BAD_USER_INPUT'],
    ['a hash of the wrong type', () => byHash(12345 as unknown as string), 'BAD_USER_INPUT'],
    ['an unknown hash without its query', () => byHash(sha256('never stored')), 'PERSISTED_QUERY_NOT_FOUND'],
  ])('answers %s with a clear 4xx code, never an internal error', async (_case, body, code) => {
    for (const app of [open, production]) {
      const res = await post(app, body());
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0].extensions?.code).toBe(code);
      if (code === 'BAD_USER_INPUT') expect(res.json.errors?.[0].extensions?.field).toBe('extensions.persistedQuery.sha256Hash');
    }
  });

  it('accepts a GET of a trusted query by hash', async () => {
    const extensions = encodeURIComponent(JSON.stringify(byHash(prefecturesHash).extensions));
    const res = await fetch(`${production.url}/graphql?extensions=${extensions}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { prefectures: unknown[] } }).data.prefectures).toHaveLength(47);
  });
});
