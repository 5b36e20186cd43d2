import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/test-app';
import { captureLogs, type CapturedLogs } from '../../test/fixtures/log-capture';

/** A built client in a temporary folder: the page, a script, its source map. */
function fakeClientDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tsunagu-client-harden-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="ja"><body><div id="root"></div></body></html>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), `console.log(${JSON.stringify('つなぐ'.repeat(2000))});\n//# sourceMappingURL=app.js.map`);
  writeFileSync(path.join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["/work/secret/src/main.tsx"]}');
  return dir;
}

describe('HTTP hardening', () => {
  let app: TestApp;
  let production: TestApp;
  let clientDist: string;
  let logs: CapturedLogs;
  const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

  beforeAll(async () => {
    clientDist = fakeClientDist();
    logs = captureLogs();
    app = await startTestApp({ clientDistDir: clientDist, nodeEnv: 'development' }, { logger: logs.logger });
    production = await startTestApp({ clientDistDir: clientDist, nodeEnv: 'production', metricsToken: METRICS_TOKEN });
  });
  afterAll(async () => {
    await app.close();
    await production.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(new URL(app.url).hostname).toBe('127.0.0.1');
    expect(app.address).toBe('127.0.0.1');
  });

  it.each(['/metrics', '/api/x', '/graphql/x', '/assets/missing.js', '/healthz/extra'])(
    'answers the unknown non-page path %s with 404, not the app page',
    async (pathname) => {
      const res = await fetch(`${production.url}${pathname}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    },
  );

  it('still serves the app page for client routes', async () => {
    for (const pathname of ['/', '/supporters/abc', '/requests/new', '/pages/terms']) {
      const res = await fetch(`${production.url}${pathname}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it.each([
    ['malformed JSON', '{"query": "{ prefectures { code } }"', 'application/json'],
    ['a JSON string', '"just a string"', 'application/json'],
    ['a body over the size limit', JSON.stringify({ query: `{ prefectures { code } } #${'x'.repeat(200_000)}` }), 'application/json'],
  ])('answers %s with a JSON GraphQL error, never an HTML page with server paths', async (_case, body, contentType) => {
    for (const target of [app, production]) {
      const res = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
      const text = await res.text();
      expect(text).not.toMatch(/<html|<pre>|node_modules|\/work\/|at .*\(/i);
      const json = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
      expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('shows no stack trace or SQL text in an internal error, even in development', async () => {
    const spy = jest
      .spyOn(app.services.reference, 'prefectures')
      .mockRejectedValueOnce(new Error('syntax error at or near "FROM" in SELECT secret FROM /work/tsunagu/server/src/x.ts'));
    const res = await app.graphql<{ prefectures: unknown }>('query Prefectures { prefectures { code } }');
    spy.mockRestore();
    expect(res.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(res.errors?.[0].message).toBe('Internal server error');
    expect(JSON.stringify(res)).not.toMatch(/SELECT|\/work\/|stacktrace/);
    // The details go to the log instead, with the request they belong to.
    expect(logs.lines().some((line) => line.level >= 50 && JSON.stringify(line).includes('SELECT secret'))).toBe(true);
  });

  it('sends security headers with a content security policy on pages and the API', async () => {
    for (const pathname of ['/', '/graphql?query=%7B__typename%7D']) {
      const res = await fetch(`${production.url}${pathname}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('compresses responses for clients that accept gzip', async () => {
    // node:http, because fetch decompresses by itself.
    const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${production.url}/assets/app.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).toString()).toContain('つなぐ');
  });

  it('serves source maps in development only', async () => {
    expect((await fetch(`${app.url}/assets/app.js.map`)).status).toBe(200);
    const res = await fetch(`${production.url}/assets/app.js.map`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('/work/secret');
  });

  it('logs every request as JSON with its request id and GraphQL operation name', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query PrefectureCodes { prefectures { code } }' }),
    });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[\w-]{8,}$/);
    await new Promise((resolve) => setImmediate(resolve));
    const line = logs.lines().find((l) => l.requestId === requestId && l.msg === 'request completed');
    expect(line).toMatchObject({ operationName: 'PrefectureCodes', statusCode: 200, method: 'POST', path: '/graphql' });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('keeps a sane request id a proxy sends, and replaces a forged one', async () => {
    const kept = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234abcd');
    const replaced = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).not.toContain('<script>');
  });

  describe('/metrics', () => {
    it('is hidden (404) in production without the token, and with a wrong one', async () => {
      expect((await fetch(`${production.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${production.url}/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(404);
    });

    it('gives latency by operation, errors by code, pool usage and job-queue depth in Prometheus format', async () => {
      await production.graphql('query PrefectureNames { prefectures { name } }');
      await production.graphql('query Broken { supporter(id: "x") { nosuchfield } }');
      const res = await fetch(`${production.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toMatch(/tsunagu_graphql_operation_duration_seconds_count\{operation="PrefectureNames"\} 1/);
      expect(text).toMatch(/tsunagu_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
      expect(text).toMatch(/tsunagu_db_pool_connections\{state="total"\} \d+/);
      expect(text).toMatch(/tsunagu_db_pool_connections\{state="waiting"\} 0/);
      expect(text).toMatch(/tsunagu_job_queue_depth\{queue="all"\} \d+/);
    });

    it('is open in development for a local look', async () => {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(200);
    });
  });

  describe('health', () => {
    it('/healthz is liveness only; /readyz checks the database', async () => {
      expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ ok: true });
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ok: true, database: 'ok' });
    });
  });
});
