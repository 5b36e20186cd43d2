import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { SupportType, SupporterSort } from '@tsunagu/shared';
import { loadConfig } from '../config';
import { openBenchDatabase } from '../db/seed/bench-database';
import { seedBenchDemand, seedScaleDataset } from '../db/seed/seed-scale';
import { SCALE_REQUESTS, SURVEY_RMOS, countScaleDemand } from '../db/seed/seed-demand';
import { createServices, type Services } from '../graphql/context';
import { SupporterProfile } from '../modules/supporter/supporter-profile.entity';
import { SupportRequest } from '../modules/support-request/support-request.entity';
import type { SupporterFilter } from '../modules/supporter/supporter.inputs';
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_REQUEST_TYPES, ensureBenchRequest, type BenchRequest } from './bench-request';
import { graphqlPoster, runLoad, type LoadFigures } from './load';
import { searchInSql } from './search-reference';

// `npm run bench`: the no-op floor and every search scenario over HTTP at 32 connections, matching
// for one request at 8; the server's resident memory sampled throughout.
const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS ?? 20_000);
const SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const WARM_UP_SECONDS = Math.min(2, SECONDS);
const CONNECTIONS = 32;
const PAGE_SIZE = 20;
/** Matching is a municipality user's page, not a public search: fewer users at once. */
const MATCH_CONNECTIONS = 8;
const MATCH_TARGET_P95_MS = 50;
/** Issue 9's targets: p95 at 20,000 supporters (60 ms at 200,000), throughput against the floor, memory at 200,000. */
const TARGET_P95_MS = SUPPORTERS > 20_000 ? 60 : 25;
const TARGET_RATIO_TO_FLOOR = 0.2;
const TARGET_RSS_MB = 400;
/** Issue 11: sufficiency over the survey's RMOs (or ten times them) and 100,000 requests, at 8 connections. */
const DEMAND_RMOS = Number(process.env.BENCH_RMOS ?? SURVEY_RMOS);
const DEMAND_REQUESTS = Number(process.env.BENCH_REQUESTS ?? SCALE_REQUESTS);
const SUFFICIENCY_CONNECTIONS = 8;
const SUFFICIENCY_TARGET_P95_MS = 100;
const SUFFICIENCY_SCENARIOS = [
  { name: 'prefecture 新潟県', body: () => JSON.stringify({ query: clientOperation('PrefectureSufficiency'), variables: { prefectureCode: '15' } }) },
  { name: 'prefecture 北海道', body: () => JSON.stringify({ query: clientOperation('PrefectureSufficiency'), variables: { prefectureCode: '01' } }) },
  { name: 'national map', body: () => JSON.stringify({ query: clientOperation('SufficiencyMap') }) },
];

/** The client's own search operation, as it sends it (client/src/gql/persisted-documents.json): what a user's search page asks for. */
const SEARCH = clientOperation('SearchSupporters');

/** Every facet, for checking a scenario's answer against PostgreSQL (the prefecture facet is counted only when asked for). */
const SEARCH_ALL_FACETS = `query SearchAllFacets($filter: SupporterFilter, $first: Int, $sort: SupporterSort) {
  supporters(filter: $filter, first: $first, sort: $sort) {
    totalCount
    facets { supportTypes { value count } prefectures { code count } localities { tier count } remoteOnly }
    edges { node { id } }
  }
}`;

function clientOperation(name: string): string {
  const file = path.resolve(__dirname, '..', '..', '..', 'client', 'src', 'gql', 'persisted-documents.json');
  const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const text = Object.values(documents).find((document) => new RegExp(`\\bquery ${name}\\b`).test(document));
  if (!text) throw new Error(`No operation ${name} in ${file}: run npm run codegen`);
  return text;
}

/** The bench's floor: what the same server answers when there is nothing to do. */
const FLOOR = `{ __typename }`;

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

const SCENARIOS: { name: string; filter: Partial<SupporterFilter>; sort?: SupporterSort }[] = [
  { name: 'noFilter', filter: {} },
  { name: 'typeAndPrefecture', filter: { supportTypes: [SupportType.DIALOGUE_FACILITATION], prefectureCode: '15' } },
  { name: 'municipality', filter: { municipalityCode: '152129' } },
  { name: 'textまちづくり', filter: { text: 'まちづくり' } },
  { name: 'textワークショップ', filter: { text: 'ワークショップ' } },
  { name: 'text防災', filter: { text: '防災' } },
  { name: 'text対話の場づくり+新潟県', filter: { text: '対話の場づくり', prefectureCode: '15' } },
  { name: 'freeCapacitySort', filter: { prefectureCode: '15' }, sort: SupporterSort.FREE_CAPACITY },
];

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
  // The server's own start flags (package.json's start:built and the Dockerfile): the young generation capped
  // at 16 MB a half, which V8 would otherwise size by the host's memory, and an old generation of at most 1 GB.
  const child = spawn(process.execPath, ['--max-semi-space-size=16', '--max-old-space-size=1024', path.join(__dirname, '..', 'index.js')], {
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
  // Loading 200,000 supporters into the catalogue takes a while before the server listens.
  for (let waited = 0; waited < 300_000; waited += 200) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGTERM');
  throw new Error('the server did not answer /healthz within 300 s');
}

/** Resident memory of a process in MB (Linux), or NaN where /proc is unavailable. */
function residentMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

interface ScenarioFigures {
  graphql: LoadFigures;
  ratioToFloor: number;
  sqlStatementsPerRequest: number;
  totalCount: number;
  /** Page one's ids, the total and the facets equal what PostgreSQL computes from the tables. */
  sameAsSql: boolean;
}

interface MatchingFigures {
  graphql: LoadFigures;
  sqlStatementsPerRequest: number;
  matches: number;
  /** Supporters scored per request (offer a wanted type and reach the place), from the in-memory catalogue. */
  candidates: number;
  everyMatchOffersAWantedType: boolean;
  scoresDescend: boolean;
  scoresAreSumsOfReasons: boolean;
}

interface SearchResponse {
  data?: {
    supporters: {
      totalCount: number;
      edges: { node: { id: string } }[];
      facets: { supportTypes: unknown[]; prefectures: unknown[]; localities: unknown[]; remoteOnly: number };
    };
  };
  errors?: unknown[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

interface MatchesResponse {
  data?: { matchesForRequest: { supporter: { id: string; name: string }; score: number; reasons: { points: number }[]; flags: string[] }[] };
  errors?: unknown[];
  extensions?: { queryStats?: { sqlStatements: number } };
}

/** matchesForRequest at MATCH_CONNECTIONS over HTTP, signed in as the bench's municipality user; the ranking is checked. */
async function runMatching(url: string, services: Services, rawPool: Pool, request: BenchRequest): Promise<MatchingFigures> {
  const signIn = await graphqlPoster(url, 1)(JSON.stringify({ query: SIGN_IN, variables: { email: BENCH_EMAIL, password: BENCH_PASSWORD } }));
  const cookie = signIn.setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`matching: sign-in failed: ${JSON.stringify(signIn.json)}`);
  const post = graphqlPoster(url, MATCH_CONNECTIONS, { cookie });
  const body = JSON.stringify({ query: MATCHES, variables: { requestId: request.requestId, first: PAGE_SIZE } });

  const probe = (await post(body)).json as MatchesResponse;
  if (probe.errors || !probe.data) throw new Error(`matching: ${JSON.stringify(probe.errors)}`);
  const matches = probe.data.matchesForRequest;
  const steady = (await post(body)).json as MatchesResponse;
  const [{ offering }] = (
    await rawPool.query(`SELECT count(*)::int AS offering FROM supporter_profile WHERE id = ANY($1::uuid[]) AND support_types && $2::text[]`, [
      matches.map((m) => m.supporter.id),
      BENCH_REQUEST_TYPES,
    ])
  ).rows as { offering: number }[];
  const requestEntity = await services.dataSource.getRepository(SupportRequest).findOneByOrFail({ id: request.requestId });
  const { candidates } = await services.matching.rank(requestEntity, PAGE_SIZE);

  await runLoad(async () => void (await post(body)), MATCH_CONNECTIONS, WARM_UP_SECONDS);
  const graphql = await runLoad(
    async () => {
      const response = await post(body);
      if (response.status !== 200 || (response.json as MatchesResponse).errors) throw new Error(`HTTP ${response.status}`);
    },
    MATCH_CONNECTIONS,
    SECONDS,
  );
  return {
    graphql,
    sqlStatementsPerRequest: steady.extensions?.queryStats?.sqlStatements ?? Number.NaN,
    matches: matches.length,
    candidates,
    everyMatchOffersAWantedType: matches.length > 0 && offering === matches.length,
    scoresDescend: matches.every((m, i) => i === 0 || m.score <= matches[i - 1].score),
    scoresAreSumsOfReasons: matches.every((m) => m.score === m.reasons.reduce((sum, r) => sum + r.points, 0)),
  };
}

interface SufficiencyFigures {
  scenarios: Record<string, { graphql: LoadFigures; sqlStatementsPerRequest: number }>;
  mapDemand: number;
  sqlDemand: number;
  sameAsSql: boolean;
}

/** The prefecture dashboard and the national map as an anonymous visitor's client asks for them; the map's demand is checked against SQL. */
async function runSufficiency(url: string, rawPool: Pool): Promise<SufficiencyFigures> {
  const post = graphqlPoster(url, SUFFICIENCY_CONNECTIONS);
  const scenarios: SufficiencyFigures['scenarios'] = {};
  let mapDemand = Number.NaN;
  for (const scenario of SUFFICIENCY_SCENARIOS) {
    const body = scenario.body();
    const probe = (await post(body)).json as { data?: { sufficiencyMap?: { prefectures: { demandTotal: number }[] } }; errors?: unknown; extensions?: { queryStats?: { sqlStatements: number } } };
    if (probe.errors || !probe.data) throw new Error(`sufficiency ${scenario.name}: ${JSON.stringify(probe.errors)}`);
    if (probe.data.sufficiencyMap) mapDemand = probe.data.sufficiencyMap.prefectures.reduce((sum, p) => sum + p.demandTotal, 0);
    const steady = (await post(body)).json as { extensions?: { queryStats?: { sqlStatements: number } } };
    await runLoad(async () => void (await post(body)), SUFFICIENCY_CONNECTIONS, WARM_UP_SECONDS);
    const graphql = await runLoad(
      async () => {
        const response = await post(body);
        if (response.status !== 200 || (response.json as { errors?: unknown }).errors) throw new Error(`HTTP ${response.status}`);
      },
      SUFFICIENCY_CONNECTIONS,
      SECONDS,
    );
    scenarios[scenario.name] = { graphql, sqlStatementsPerRequest: steady.extensions?.queryStats?.sqlStatements ?? Number.NaN };
  }
  // Every demand signal: a wanted type of an RMO record, of an open request, or an unmet offer's first type (last 365 days).
  const [{ n }] = (
    await rawPool.query(
      `SELECT (SELECT count(*) FROM rmo, unnest(wanted_support_types))
            + (SELECT count(*) FROM support_request, unnest(support_types) WHERE status = 'OPEN')
            + (SELECT count(*) FROM offer o JOIN support_request s ON s.id = o.request_id
                WHERE ((o.status = 'DECLINED' AND o.decline_reason IN ('AT_CAPACITY', 'OUTSIDE_AREA')) OR o.status = 'EXPIRED')
                  AND coalesce(o.ended_at, o.responded_at, o.updated_at) >= now() - interval '365 days' AND cardinality(s.support_types) > 0) AS n`,
    )
  ).rows as { n: string }[];
  const sqlDemand = Number(n);
  return { scenarios, mapDemand, sqlDemand, sameAsSql: mapDemand === sqlDemand };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  if (!Number.isInteger(SUPPORTERS) || SUPPORTERS < 1) throw new Error('BENCH_SUPPORTERS must be a positive integer');
  if (!(SECONDS > 0)) throw new Error('BENCH_DURATION_SECONDS must be a positive number');
  const bench = await openBenchDatabase();
  let server: ChildProcess | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const rawPool = new Pool({ connectionString: bench.url, max: 2 });
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
    const demand = await countScaleDemand(bench.dataSource.manager);
    if (demand.rmos !== DEMAND_RMOS || demand.requests !== DEMAND_REQUESTS) {
      console.log(`Building the sufficiency demand: ${DEMAND_RMOS} RMO records, ${DEMAND_REQUESTS} requests (found ${demand.rmos}, ${demand.requests}) …`);
      await seedBenchDemand(bench.dataSource, { rmos: DEMAND_RMOS, requests: DEMAND_REQUESTS });
    }
    const services = createServices(bench.dataSource, loadConfig());
    await services.reference.warmUp();

    const port = await freePort();
    const started = performance.now();
    server = await startServer(bench.url, port);
    const startSeconds = round((performance.now() - started) / 1000);
    const memory = { afterStartMb: residentMb(server.pid), peakMb: residentMb(server.pid) };
    const serverPid = server.pid;
    sampler = setInterval(() => {
      memory.peakMb = Math.max(memory.peakMb, residentMb(serverPid));
    }, 250);
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = graphqlPoster(url, CONNECTIONS);
    const load = (body: string) =>
      runLoad(
        async () => {
          const response = await post(body);
          if (response.status !== 200 || (response.json as { errors?: unknown }).errors) throw new Error(`HTTP ${response.status}`);
        },
        CONNECTIONS,
        SECONDS,
      );

    // The floor before and after the scenarios: their mean is what each scenario is held to.
    const floorBody = JSON.stringify({ query: FLOOR });
    await runLoad(async () => void (await post(floorBody)), CONNECTIONS, WARM_UP_SECONDS);
    const floorBefore = await load(floorBody);

    const results: Record<string, ScenarioFigures> = {};
    for (const scenario of SCENARIOS) {
      const sort = scenario.sort ?? SupporterSort.RELEVANCE;
      const body = JSON.stringify({ query: SEARCH, variables: { filter: scenario.filter, first: PAGE_SIZE, sort } });
      const probe = (await post(JSON.stringify({ query: SEARCH_ALL_FACETS, variables: { filter: scenario.filter, first: PAGE_SIZE, sort } })))
        .json as SearchResponse;
      if (probe.errors || !probe.data) throw new Error(`${scenario.name}: ${JSON.stringify(probe.errors)}`);
      await post(body);
      const steady = (await post(body)).json as SearchResponse;
      if (steady.errors) throw new Error(`${scenario.name}: ${JSON.stringify(steady.errors)}`);

      // PostgreSQL's answer from the tables, for the same query at the same moment.
      const query = await services.supporters.searchQuery(scenario.filter as SupporterFilter, PAGE_SIZE, null, sort, new Date());
      const sql = await searchInSql(bench.dataSource, {
        ...query,
        hiddenBefore: query.hiddenBefore.getTime(),
        staleBefore: query.staleBefore.getTime(),
        after: null,
        prefectureFacet: true,
      });
      const got = probe.data.supporters;
      const sameAsSql =
        got.totalCount === sql.totalCount &&
        JSON.stringify(got.edges.map((e) => e.node.id)) === JSON.stringify(sql.ids.slice(0, PAGE_SIZE)) &&
        JSON.stringify(got.facets.supportTypes) === JSON.stringify(sql.supportTypes) &&
        JSON.stringify(got.facets.prefectures) === JSON.stringify(sql.prefectures) &&
        JSON.stringify(got.facets.localities) === JSON.stringify(sql.localities) &&
        got.facets.remoteOnly === sql.remoteOnly;

      await runLoad(async () => void (await post(body)), CONNECTIONS, WARM_UP_SECONDS);
      const graphql = await load(body);
      results[scenario.name] = {
        graphql,
        ratioToFloor: 0,
        sqlStatementsPerRequest: steady.extensions?.queryStats?.sqlStatements ?? Number.NaN,
        totalCount: got.totalCount,
        sameAsSql,
      };
    }
    const floorAfter = await load(floorBody);
    // Search's own figures (issue 9's memory target), before matching and sufficiency add theirs.
    const search = { afterRunsMb: residentMb(serverPid), peakMb: Math.max(memory.peakMb, residentMb(serverPid)) };
    const floorRps = round((floorBefore.requestsPerSecond + floorAfter.requestsPerSecond) / 2);
    for (const r of Object.values(results)) r.ratioToFloor = round(r.graphql.requestsPerSecond / floorRps);

    const matching = await runMatching(url, services, rawPool, benchRequest);
    const afterMatchingMb = residentMb(serverPid);
    const sufficiency = await runSufficiency(url, rawPool);
    clearInterval(sampler);
    memory.peakMb = Math.max(memory.peakMb, residentMb(serverPid));
    const afterRunsMb = residentMb(serverPid);

    console.log(`\nSupporter search, ${SUPPORTERS} supporters, ${CONNECTIONS} connections, ${SECONDS} s per run (load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')})\n`);
    console.table({
      'floor { __typename }': { 'p50 ms': floorBefore.p50Ms, 'p95 ms': floorBefore.p95Ms, 'req/s': floorRps, '× floor': 1 },
      ...Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            'p50 ms': r.graphql.p50Ms,
            'p95 ms': r.graphql.p95Ms,
            'req/s': r.graphql.requestsPerSecond,
            '× floor': r.ratioToFloor,
            'SQL/request': r.sqlStatementsPerRequest,
            errors: r.graphql.errors,
            'same as SQL': r.sameAsSql,
            matches: r.totalCount,
          },
        ]),
      ),
    });
    console.log(
      `Server: started in ${startSeconds} s; resident memory ${memory.afterStartMb} MB after start, ${search.afterRunsMb} MB after the searches (peak ${search.peakMb} MB), ` +
        `${afterMatchingMb} MB after matching, ${afterRunsMb} MB after sufficiency, peak ${memory.peakMb} MB`,
    );
    console.log(`\nMatching (matchesForRequest, first ${PAGE_SIZE}), ${MATCH_CONNECTIONS} connections, ${SECONDS} s per run\n`);
    console.table({
      matchesForRequest: {
        'p50 ms': matching.graphql.p50Ms,
        'p95 ms': matching.graphql.p95Ms,
        'req/s': matching.graphql.requestsPerSecond,
        'SQL/request': matching.sqlStatementsPerRequest,
        errors: matching.graphql.errors,
        candidates: matching.candidates,
        'ranking ok': matching.everyMatchOffersAWantedType && matching.scoresDescend && matching.scoresAreSumsOfReasons,
        matches: matching.matches,
      },
    });
    console.log(
      `\nSufficiency (public, anonymous), ${DEMAND_RMOS} RMO records, ${DEMAND_REQUESTS} requests, ${SUFFICIENCY_CONNECTIONS} connections, ${SECONDS} s per run (target p95 ≤ ${SUFFICIENCY_TARGET_P95_MS} ms)\n`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(sufficiency.scenarios).map(([name, r]) => [
          name,
          { 'p50 ms': r.graphql.p50Ms, 'p95 ms': r.graphql.p95Ms, 'req/s': r.graphql.requestsPerSecond, 'SQL/request': r.sqlStatementsPerRequest, errors: r.graphql.errors },
        ]),
      ),
    );
    console.log(`National demand on the map ${sufficiency.mapDemand}, counted in SQL ${sufficiency.sqlDemand}: ${sufficiency.sameAsSql ? 'same' : 'DIFFERENT'}`);
    const all = Object.values(results);
    const summary = {
      benchmark: 'tsunagu-search',
      supporters: SUPPORTERS,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      loadAverage: os.loadavg().map(round),
      floor: {
        query: FLOOR,
        requestsPerSecond: floorRps,
        before: { p50Ms: floorBefore.p50Ms, p95Ms: floorBefore.p95Ms, requestsPerSecond: floorBefore.requestsPerSecond },
        after: { p50Ms: floorAfter.p50Ms, p95Ms: floorAfter.p95Ms, requestsPerSecond: floorAfter.requestsPerSecond },
      },
      scenarios: Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            p50Ms: r.graphql.p50Ms,
            p95Ms: r.graphql.p95Ms,
            p99Ms: r.graphql.p99Ms,
            requestsPerSecond: r.graphql.requestsPerSecond,
            ratioToFloor: r.ratioToFloor,
            sqlStatementsPerRequest: r.sqlStatementsPerRequest,
            errors: r.graphql.errors,
            totalCount: r.totalCount,
            sameAsSql: r.sameAsSql,
          },
        ]),
      ),
      worstP95Ms: Math.max(...all.map((r) => r.graphql.p95Ms)),
      worstRatioToFloor: Math.min(...all.map((r) => r.ratioToFloor)),
      server: {
        startSeconds,
        rssMb: { afterStart: memory.afterStartMb, afterSearches: search.afterRunsMb, searchPeak: search.peakMb, afterMatching: afterMatchingMb, afterRuns: afterRunsMb, peak: memory.peakMb },
      },
      targets: { p95Ms: TARGET_P95_MS, ratioToFloor: TARGET_RATIO_TO_FLOOR, rssMb: TARGET_RSS_MB },
      sufficiency: {
        connections: SUFFICIENCY_CONNECTIONS,
        rmos: DEMAND_RMOS,
        requests: DEMAND_REQUESTS,
        targetP95Ms: SUFFICIENCY_TARGET_P95_MS,
        sameAsSql: sufficiency.sameAsSql,
        scenarios: Object.fromEntries(
          Object.entries(sufficiency.scenarios).map(([name, r]) => [
            name,
            { p50Ms: r.graphql.p50Ms, p95Ms: r.graphql.p95Ms, p99Ms: r.graphql.p99Ms, requestsPerSecond: r.graphql.requestsPerSecond, sqlStatementsPerRequest: r.sqlStatementsPerRequest, errors: r.graphql.errors },
          ]),
        ),
      },
      matching: {
        connections: MATCH_CONNECTIONS,
        p50Ms: matching.graphql.p50Ms,
        p95Ms: matching.graphql.p95Ms,
        p99Ms: matching.graphql.p99Ms,
        requestsPerSecond: matching.graphql.requestsPerSecond,
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
    // Wrong results and errors fail the run; the figures themselves are reported, not judged (shared machines are noisy).
    const sufficiencyOk = sufficiency.sameAsSql && Object.values(sufficiency.scenarios).every((r) => r.graphql.errors === 0);
    if (all.some((r) => !r.sameAsSql || r.graphql.errors > 0) || !rankingOk || matching.graphql.errors > 0 || !sufficiencyOk) process.exitCode = 1;
    console.log(JSON.stringify(summary));
  } finally {
    if (sampler) clearInterval(sampler);
    server?.kill('SIGTERM');
    await rawPool.end();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
