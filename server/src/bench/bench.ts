import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { SupportType } from '@tsunagu/shared';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { QueryStatsLogger } from '../db/query-stats';
import { openBenchDatabase } from '../db/seed/bench-database';
import { seedScaleDataset } from '../db/seed/seed-scale';
import { SupporterProfile } from '../modules/supporter/supporter-profile.entity';
import type { SupporterFilter } from '../modules/supporter/supporter.inputs';
import { createRequestContext, createServices } from '../graphql/context';
import { graphqlPoster, runLoad, type LoadFigures } from './load';

// `npm run bench`: search over HTTP at 32 connections against the same statements run raw through pg.
const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS ?? 20_000);
const SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const CONNECTIONS = 32;
const PAGE_SIZE = 20;

/** The client's search operation: what a user's search page asks for. */
const SEARCH = `query Search($filter: SupporterFilter, $first: Int) {
  supporters(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    facets { supportTypes { value count } prefectures { code count } }
    edges { cursor node { id name kana kind summary supportTypes availability availabilityConfirmedAt verificationStatus
      serviceArea { remoteAvailable prefectures { code name } municipalities { code name prefectureCode } } } }
  }
}`;

const SCENARIOS: { name: string; filter: Partial<SupporterFilter> }[] = [
  { name: 'typeAndPrefecture', filter: { supportTypes: [SupportType.DIALOGUE_FACILITATION], prefectureCode: '15' } },
  { name: 'text防災', filter: { text: '防災' } },
  { name: 'municipality', filter: { municipalityCode: '152129' } },
];

interface CapturedStatement {
  text: string;
  values: unknown[];
}

/** Records the statements a search issues, to replay them raw. */
class CapturingLogger extends QueryStatsLogger {
  captured: CapturedStatement[] = [];
  constructor() {
    super(false);
  }
  override logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.captured.push({ text: query, values: parameters ?? [] });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'index.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      EXPOSE_QUERY_STATS: 'true',
      SEED_DEMO_DATA: 'false',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DB_POOL_SIZE: String(loadConfig().dbPoolSize),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGTERM');
  throw new Error('the server did not answer /healthz within 60 s');
}

interface ScenarioFigures {
  graphql: LoadFigures;
  raw: LoadFigures;
  ratio: number;
  sqlStatementsPerRequest: number;
  totalCount: number;
  sameResults: boolean;
}

async function main(): Promise<void> {
  if (!Number.isInteger(SUPPORTERS) || SUPPORTERS < 1) throw new Error('BENCH_SUPPORTERS must be a positive integer');
  if (!(SECONDS > 0)) throw new Error('BENCH_DURATION_SECONDS must be a positive number');
  const bench = await openBenchDatabase();
  let server: ChildProcess | undefined;
  const rawPool = new Pool({ connectionString: bench.url, max: loadConfig().dbPoolSize });
  const capture = new CapturingLogger();
  const captureSource = createDataSource({ url: bench.url, logger: capture, poolSize: 2 });
  try {
    const existing = await bench.dataSource.getRepository(SupporterProfile).count();
    if (existing !== SUPPORTERS) {
      console.log(`Building the benchmark dataset: ${SUPPORTERS} supporters (found ${existing}) …`);
      await seedScaleDataset(bench.dataSource, SUPPORTERS);
    } else {
      console.log(`Reusing the benchmark dataset of ${existing} supporters.`);
    }
    await captureSource.initialize();
    const services = createServices(captureSource, loadConfig());
    await services.reference.warmUp();

    const port = await freePort();
    server = await startServer(bench.url, port);
    const post = graphqlPoster(`http://127.0.0.1:${port}/graphql`, CONNECTIONS);
    const results: Record<string, ScenarioFigures> = {};

    for (const scenario of SCENARIOS) {
      const body = JSON.stringify({ query: SEARCH, variables: { filter: scenario.filter, first: PAGE_SIZE } });
      type SearchResponse = {
        data?: { supporters: { totalCount: number; edges: { node: { id: string } }[] } };
        errors?: unknown[];
        extensions?: { queryStats?: { sqlStatements: number } };
      };
      const probe = (await post(body)).json as SearchResponse;
      if (probe.errors || !probe.data) throw new Error(`${scenario.name}: ${JSON.stringify(probe.errors)}`);

      // The same statements the server runs for this search, captured from the service itself.
      capture.captured = [];
      const context = await createRequestContext(services);
      const connection = await services.supporters.search(scenario.filter as SupporterFilter, PAGE_SIZE, null);
      await Promise.all([
        connection.summary(),
        ...connection.edges.map((edge) => context.loaders.supporters.serviceArea.load(edge.node.id)),
      ]);
      const statements = [...capture.captured];
      const [page, ...rest] = statements;
      const rawPage = await rawPool.query(page.text, page.values);
      const rawIds = rawPage.rows.slice(0, PAGE_SIZE).map((row: Record<string, unknown>) => row.s_id);
      const graphqlIds = probe.data.supporters.edges.map((edge) => edge.node.id);

      await runLoad(async () => void (await post(body)), CONNECTIONS, Math.min(2, SECONDS)); // warm-up
      const graphql = await runLoad(
        async () => {
          const response = await post(body);
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        },
        CONNECTIONS,
        SECONDS,
      );
      // Raw: the page first, then the summary and service areas together, as the server does.
      const raw = await runLoad(
        async () => {
          await rawPool.query(page.text, page.values);
          await Promise.all(rest.map((statement) => rawPool.query(statement.text, statement.values)));
        },
        CONNECTIONS,
        SECONDS,
      );
      results[scenario.name] = {
        graphql,
        raw,
        ratio: Math.round((graphql.requestsPerSecond / raw.requestsPerSecond) * 100) / 100,
        sqlStatementsPerRequest: probe.extensions?.queryStats?.sqlStatements ?? Number.NaN,
        totalCount: probe.data.supporters.totalCount,
        sameResults: JSON.stringify(rawIds) === JSON.stringify(graphqlIds),
      };
    }

    console.log(`\nSupporter search, ${SUPPORTERS} supporters, ${CONNECTIONS} connections, ${SECONDS} s per run\n`);
    console.table(
      Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            'p50 ms': r.graphql.p50Ms,
            'p95 ms': r.graphql.p95Ms,
            'req/s': r.graphql.requestsPerSecond,
            'raw SQL req/s': r.raw.requestsPerSecond,
            'GraphQL/raw': r.ratio,
            'SQL/request': r.sqlStatementsPerRequest,
            errors: r.graphql.errors,
            'same results': r.sameResults,
            matches: r.totalCount,
          },
        ]),
      ),
    );
    const all = Object.values(results);
    const summary = {
      benchmark: 'tsunagu-search',
      supporters: SUPPORTERS,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      scenarios: Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            p50Ms: r.graphql.p50Ms,
            p95Ms: r.graphql.p95Ms,
            requestsPerSecond: r.graphql.requestsPerSecond,
            rawRequestsPerSecond: r.raw.requestsPerSecond,
            graphqlToRawRatio: r.ratio,
            sqlStatementsPerRequest: r.sqlStatementsPerRequest,
            errors: r.graphql.errors,
            sameResults: r.sameResults,
          },
        ]),
      ),
      worstP95Ms: Math.max(...all.map((r) => r.graphql.p95Ms)),
      worstRatio: Math.min(...all.map((r) => r.ratio)),
      maxSqlStatementsPerRequest: Math.max(...all.map((r) => r.sqlStatementsPerRequest)),
      targets: { p95Ms: 25, graphqlToRawRatio: 0.7 },
    };
    if (all.some((r) => !r.sameResults || r.graphql.errors > 0)) process.exitCode = 1;
    console.log(JSON.stringify(summary));
  } finally {
    server?.kill('SIGTERM');
    await rawPool.end();
    if (captureSource.isInitialized) await captureSource.destroy();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
