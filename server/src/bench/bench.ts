import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execute, parse } from 'graphql';
import { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { SupportType } from '@tsunagu/shared';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { QueryStatsLogger } from '../db/query-stats';
import { openBenchDatabase } from '../db/seed/bench-database';
import { seedScaleDataset } from '../db/seed/seed-scale';
import { SupporterProfile } from '../modules/supporter/supporter-profile.entity';
import { SupportRequest } from '../modules/support-request/support-request.entity';
import type { SupporterFilter } from '../modules/supporter/supporter.inputs';
import { createRequestContext, createServices, type Services } from '../graphql/context';
import { buildAppSchema } from '../graphql/schema';
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_REQUEST_TYPES, ensureBenchRequest, type BenchRequest } from './bench-request';
import { graphqlPoster, runLoad, type LoadFigures } from './load';

// `npm run bench`: search over HTTP at 32 connections, and matching for one request at 8, each
// against the same statements run raw through pg.
const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS ?? 20_000);
const SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const CONNECTIONS = 32;
const PAGE_SIZE = 20;
/** Matching is a municipality user's page, not a public search: fewer users at once. */
const MATCH_CONNECTIONS = 8;
const MATCH_TARGET_P95_MS = 50;

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

/** The client's ranking of supporters for a request, as the request page asks for it. */
const MATCHES = `query Matches($requestId: ID!, $first: Int) {
  matchesForRequest(requestId: $requestId, first: $first) {
    supporter { id name }
    score
    reasons { factor points explanation { code params } }
    flags
  }
}`;

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { role } }`;

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
      // The benchmark's own queries are not the client's trusted documents: the third-party switch.
      TRUSTED_DOCUMENTS_ONLY: 'false',
      // The benchmark database is owned by the role it connects as.
      ALLOW_PRIVILEGED_DATABASE_ROLE: 'true',
      SEED_DEMO_DATA: 'false',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      // Production needs a mail server; the benchmark sends no mail, so nothing listens there.
      SMTP_URL: 'smtp://127.0.0.1:9',
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

interface MatchingFigures {
  graphql: LoadFigures;
  raw: LoadFigures;
  ratio: number;
  sqlStatementsPerRequest: number;
  matches: number;
  /** Supporters scored per request (offer a wanted type and reach the place), from the in-memory catalogue. */
  candidates: number;
  everyMatchOffersAWantedType: boolean;
  scoresDescend: boolean;
  scoresAreSumsOfReasons: boolean;
}

interface MatchesResponse {
  data?: { matchesForRequest: { supporter: { id: string; name: string }; score: number; reasons: { points: number }[]; flags: string[] }[] };
  errors?: unknown[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

/**
 * matchesForRequest at MATCH_CONNECTIONS over HTTP, signed in as the bench's municipality user,
 * against the statements the same operation issues run raw (the viewer's session look-up
 * included). The ranking is checked: every match offers a wanted type, scores descend.
 */
async function runMatching(options: {
  url: string;
  services: Services;
  capture: CapturingLogger;
  rawPool: Pool;
  request: BenchRequest;
}): Promise<MatchingFigures> {
  const { url, services, capture, rawPool, request } = options;
  const signIn = await graphqlPoster(url, 1)(JSON.stringify({ query: SIGN_IN, variables: { email: BENCH_EMAIL, password: BENCH_PASSWORD } }));
  const cookie = signIn.setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`matching: sign-in failed: ${JSON.stringify(signIn.json)}`);
  const post = graphqlPoster(url, MATCH_CONNECTIONS, { cookie });
  const body = JSON.stringify({ query: MATCHES, variables: { requestId: request.requestId, first: PAGE_SIZE } });

  const probe = (await post(body)).json as MatchesResponse;
  if (probe.errors || !probe.data) throw new Error(`matching: ${JSON.stringify(probe.errors)}`);
  const matches = probe.data.matchesForRequest;
  // The probe loaded the server's matching catalogue; a second request shows a request's own statements.
  const steady = (await post(body)).json as MatchesResponse;
  const [{ offering }] = (
    await rawPool.query(`SELECT count(*)::int AS offering FROM supporter_profile WHERE id = ANY($1::uuid[]) AND support_types && $2::text[]`, [
      matches.map((m) => m.supporter.id),
      BENCH_REQUEST_TYPES,
    ])
  ).rows as { offering: number }[];

  // The same statements, captured by running the operation in process with a session of the bench's own secret.
  // The first run loads the in-memory matching catalogue (as the first request after any change does); the second is a request's own.
  const { token } = await services.sessions.create(services.dataSource.manager, request.userId);
  const schema = await buildAppSchema();
  const executeInProcess = async () => {
    const context = await createRequestContext(services);
    context.viewer = await services.sessions.resolveViewer(token);
    const executed = await execute({ schema, document: parse(MATCHES), contextValue: context, variableValues: { requestId: request.requestId, first: PAGE_SIZE } });
    if (executed.errors?.length) throw new Error(`matching in process: ${executed.errors.map((e) => e.message).join('; ')}`);
  };
  await executeInProcess();
  capture.captured = [];
  await executeInProcess();
  const statements = [...capture.captured];
  const requestEntity = await services.dataSource.getRepository(SupportRequest).findOneByOrFail({ id: request.requestId });
  const { candidates } = await services.matching.rank(requestEntity, PAGE_SIZE);

  await runLoad(async () => void (await post(body)), MATCH_CONNECTIONS, Math.min(2, SECONDS)); // warm-up
  const graphql = await runLoad(
    async () => {
      const response = await post(body);
      if (response.status !== 200 || (response.json as MatchesResponse).errors) throw new Error(`HTTP ${response.status}`);
    },
    MATCH_CONNECTIONS,
    SECONDS,
  );
  // Raw: one after the other, as the resolver awaits each before the next.
  const raw = await runLoad(
    async () => {
      for (const statement of statements) await rawPool.query(statement.text, statement.values);
    },
    MATCH_CONNECTIONS,
    SECONDS,
  );
  return {
    graphql,
    raw,
    ratio: Math.round((graphql.requestsPerSecond / raw.requestsPerSecond) * 100) / 100,
    sqlStatementsPerRequest: steady.extensions?.queryStats?.sqlStatements ?? Number.NaN,
    matches: matches.length,
    candidates,
    everyMatchOffersAWantedType: matches.length > 0 && offering === matches.length,
    scoresDescend: matches.every((m, i) => i === 0 || m.score <= matches[i - 1].score),
    scoresAreSumsOfReasons: matches.every((m) => m.score === m.reasons.reduce((sum, r) => sum + r.points, 0)),
  };
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
    const [{ records }] = (await bench.dataSource.query(`SELECT EXISTS (SELECT 1 FROM supporter_track_record) AS records`)) as { records: boolean }[];
    // A dataset from before track records were generated gives matching no 面識 to weigh: rebuilt too.
    if (existing !== SUPPORTERS || (!records && SUPPORTERS >= 100)) {
      console.log(`Building the benchmark dataset: ${SUPPORTERS} supporters (found ${existing}${records ? '' : ', no track records'}) …`);
      await seedScaleDataset(bench.dataSource, SUPPORTERS);
    } else {
      console.log(`Reusing the benchmark dataset of ${existing} supporters.`);
    }
    const benchRequest = await ensureBenchRequest(bench.dataSource);
    await captureSource.initialize();
    const services = createServices(captureSource, loadConfig());
    await services.reference.warmUp();

    const port = await freePort();
    server = await startServer(bench.url, port);
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = graphqlPoster(url, CONNECTIONS);
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

    const matching = await runMatching({ url, services, capture, rawPool, request: benchRequest });

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
    console.log(`\nMatching (matchesForRequest, first ${PAGE_SIZE}), ${MATCH_CONNECTIONS} connections, ${SECONDS} s per run\n`);
    console.table({
      matchesForRequest: {
        'p50 ms': matching.graphql.p50Ms,
        'p95 ms': matching.graphql.p95Ms,
        'req/s': matching.graphql.requestsPerSecond,
        'raw SQL req/s': matching.raw.requestsPerSecond,
        'GraphQL/raw': matching.ratio,
        'SQL/request': matching.sqlStatementsPerRequest,
        errors: matching.graphql.errors,
        candidates: matching.candidates,
        'ranking ok': matching.everyMatchOffersAWantedType && matching.scoresDescend && matching.scoresAreSumsOfReasons,
        matches: matching.matches,
      },
    });
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
      matching: {
        connections: MATCH_CONNECTIONS,
        p50Ms: matching.graphql.p50Ms,
        p95Ms: matching.graphql.p95Ms,
        p99Ms: matching.graphql.p99Ms,
        requestsPerSecond: matching.graphql.requestsPerSecond,
        rawRequestsPerSecond: matching.raw.requestsPerSecond,
        graphqlToRawRatio: matching.ratio,
        sqlStatementsPerRequest: matching.sqlStatementsPerRequest,
        errors: matching.graphql.errors,
        matches: matching.matches,
        candidates: matching.candidates,
        everyMatchOffersAWantedType: matching.everyMatchOffersAWantedType,
        scoresDescend: matching.scoresDescend,
        scoresAreSumsOfReasons: matching.scoresAreSumsOfReasons,
        targetP95Ms: MATCH_TARGET_P95_MS,
      },
    };
    const rankingOk = matching.everyMatchOffersAWantedType && matching.scoresDescend && matching.scoresAreSumsOfReasons;
    if (all.some((r) => !r.sameResults || r.graphql.errors > 0) || !rankingOk || matching.graphql.errors > 0) process.exitCode = 1;
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
