import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { OrganizationKind } from '@tsunagu/shared';
import { createApp, type RunningApp } from '../../src/app';
import { loadConfig, type AppConfig } from '../../src/config';
import { prepareDatabase } from '../../src/db/prepare-database';
import { ensureDatabase } from '../../src/db/ensure-database';
import { withDatabaseName } from '../../src/db/seed/bench-database';
import { createAccount, sessionCookieFor } from '../fixtures/account-fixtures';
import { startTestPostgres, type TestPostgres } from './test-postgres';

interface Outcome {
  phase: 'before' | 'down' | 'after';
  status: number;
  code: string | undefined;
  rmoId?: string;
}

const CREATE_RMO = `mutation CreateRmo($name: String!) { createRmo(input: { municipalityCode: "152129", name: $name, legalForm: VOLUNTARY_ASSOCIATION, activities: [], challenges: [], optimizationState: NEITHER }) { id } }`;
const READS = [`query Rmos { rmos(municipalityCode: "152129") { id } }`, `query Me { me { user { id } } }`, `query Search { supporters(first: 5) { totalCount } }`];

/**
 * The test's own PostgreSQL (embedded, never the shared one) is stopped and started again while
 * requests keep coming: meanwhile the app answers 503 SERVICE_UNAVAILABLE (never an internal
 * error), it recovers by itself, and every write it acknowledged is still there.
 */
describe('database restart under load', () => {
  let database: TestPostgres;
  let dataSource: DataSource;
  let running: RunningApp;
  let cookie: string;

  beforeAll(async () => {
    database = await startTestPostgres();
    await ensureDatabase(database.url, 'tsunagu_restart');
    const config: AppConfig = {
      ...loadConfig({ NODE_ENV: 'test' }),
      clientDistDir: path.join(__dirname, 'no-client'),
      dbPoolSize: 4,
      databaseTimeouts: { statementMs: 5_000, lockMs: 2_000, idleInTransactionMs: 5_000, poolAcquireMs: 1_500 },
    };
    dataSource = await prepareDatabase(config, withDatabaseName(database.url, 'tsunagu_restart'));
    running = await (await createApp(dataSource, config)).listen(0);
    const { user } = await createAccount(dataSource, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: '15', municipalityCode: '152129', email: 'city@restart.example.jp',
    });
    cookie = await sessionCookieFor({ services: running.services, dataSource } as never, user.id);
  }, 120_000);

  afterAll(async () => {
    await running?.stop().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await database?.dispose();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: { createRmo?: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };
    return { status: res.status, code: json.errors?.[0]?.extensions?.code, rmoId: json.data?.createRmo?.id };
  };

  it('answers 503 while PostgreSQL is down, recovers by itself, and keeps every acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'before';
    let stopLoad = false;
    let serial = 0;
    // Four clients, each alternating a write and a read, as fast as the server answers.
    const client = async () => {
      while (!stopLoad) {
        serial += 1;
        const started = phase;
        const isWrite = serial % 2 === 0;
        const outcome = await post(isWrite ? CREATE_RMO : READS[serial % READS.length], isWrite ? { name: `（架空）再起動テスト${serial}` } : {});
        outcomes.push({ phase: started === phase ? phase : 'down', ...outcome });
        if (phase === 'down') await sleep(20);
      }
    };
    const load = Promise.all(Array.from({ length: 4 }, client));

    await sleep(1_500);
    phase = 'down';
    await database.stop();
    await sleep(1_500);
    const healthDuringOutage = (await fetch(`${running.url}/healthz`)).status;
    const readyDuringOutage = await fetch(`${running.url}/readyz`);
    const readyBody = await readyDuringOutage.json();
    await database.start();
    // Recovery by itself: the same app, no restart, answers again (bounded wait).
    let recovered = false;
    for (let waited = 0; waited < 30_000 && !recovered; waited += 200) {
      recovered = (await fetch(`${running.url}/readyz`)).status === 200 && (await post(READS[0])).code === undefined;
      if (!recovered) await sleep(200);
    }
    phase = 'after';
    await sleep(1_500);
    stopLoad = true;
    await load;

    expect(healthDuringOutage).toBe(200);
    expect(readyDuringOutage.status).toBe(503);
    expect(readyBody).toEqual({ ok: false, database: 'DATABASE_UNAVAILABLE' });
    expect(recovered).toBe(true);

    const failures = outcomes.filter((o) => o.code !== undefined || o.status !== 200);
    // The outage was really met, and every failure in it was a clear 503.
    expect(outcomes.filter((o) => o.phase === 'down' && o.code === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(failures.filter((o) => o.code !== 'SERVICE_UNAVAILABLE' || o.status !== 503)).toEqual([]);
    expect(outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR' || o.status >= 500 && o.status !== 503)).toEqual([]);
    // Before and well after the outage, everything succeeded.
    expect(outcomes.filter((o) => o.phase === 'before' && o.code !== undefined)).toEqual([]);
    expect(outcomes.filter((o) => o.phase === 'after' && o.code !== undefined)).toEqual([]);

    const acknowledged = outcomes.map((o) => o.rmoId).filter((id): id is string => Boolean(id));
    expect(acknowledged.length).toBeGreaterThan(4);
    const stored: { id: string }[] = await dataSource.query('SELECT id FROM rmo WHERE id = ANY($1)', [acknowledged]);
    expect(stored.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
  }, 120_000);
});
