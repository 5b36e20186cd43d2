import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { loadReferenceData } from '../reference/reference-data';
import { ConfigError } from '../../config';
import { EmbeddedPostgresError } from '../embedded-postgres';
import { BenchDatabaseError, openBenchDatabase, redactUrl } from './bench-database';
import { demoSupporters, type DemoSupporter } from './demo-data';
import { insertDemoSupporters } from './demo-seed';
import { SCALE_REQUESTS, SURVEY_MUNICIPALITIES, SURVEY_RMOS, seedScaleDemand } from './seed-demand';
import { ensureBenchRequest } from '../../bench/bench-request';

/** Fixed so that every scale dataset of a given size is the same (benchmarks stay comparable). */
export const SCALE_SEED = 7_020_001;
export const SCALE_CHUNK = 1000;
export const SCALE_DEFAULT = 20_000;
export const SCALE_MAX = 200_000;

export interface ScaleSeedResult {
  supporters: number;
  areas: number;
  trackRecords: number;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Replaces every supporter (TRUNCATE … CASCADE: rows that point at supporters, such as areas, track
 * records and marked interest, cannot outlive them) with `count` generated ones and their areas and
 * track records, then ANALYZEs so the planner sees the new sizes.
 *
 * One transaction overall: a failed or interrupted run leaves the previous dataset intact instead
 * of a partial one, and PostgreSQL handles a transaction of this size easily. Memory still stays
 * flat, because profiles are generated and inserted 1,000 at a time from a lazy generator.
 *
 * The profile table's plain indexes are dropped for the load and rebuilt from their own
 * definitions afterwards: maintaining the trigram GIN indexes row by row made 20,000 rows take
 * ~40 s, building them once takes about one. Constraint indexes (primary key) stay.
 */
export async function seedScaleDataset(
  dataSource: DataSource,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ScaleSeedResult> {
  const reference = loadReferenceData();
  const now = new Date();
  const result = await dataSource.transaction(async (manager) => {
    await manager.query('TRUNCATE supporter_profile CASCADE');
    const indexes = (await manager.query(
      `SELECT n.nspname AS schema, i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace
       WHERE x.indrelid = 'supporter_profile'::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    )) as { schema: string; name: string; definition: string }[];
    for (const index of indexes) await manager.query(`DROP INDEX ${quoteIdent(index.schema)}.${quoteIdent(index.name)}`);
    let done = 0;
    let areas = 0;
    let trackRecords = 0;
    let chunk: DemoSupporter[] = [];
    const flush = async (): Promise<void> => {
      const inserted = await insertDemoSupporters(manager, chunk);
      areas += inserted.areas;
      trackRecords += inserted.trackRecords;
      done += chunk.length;
      chunk = [];
      onProgress?.(done, count);
    };
    onProgress?.(0, count);
    for (const supporter of demoSupporters({ count, seed: SCALE_SEED, now, reference })) {
      chunk.push(supporter);
      if (chunk.length >= SCALE_CHUNK) await flush();
    }
    if (chunk.length > 0) await flush();
    for (const index of indexes) await manager.query(index.definition);
    return { supporters: done, areas, trackRecords };
  });
  await dataSource.query('ANALYZE supporter_profile, supporter_service_area, supporter_track_record');
  return result;
}

/** The generated RMO records and requests (sufficiency's demand), written by the bench's municipality account. */
export async function seedBenchDemand(dataSource: DataSource, scale: Pick<ScaleArgs, 'rmos' | 'requests'>): Promise<void> {
  const author = await ensureBenchRequest(dataSource);
  const [{ organizationId }]: { organizationId: string }[] = await dataSource.query(`SELECT organization_id AS "organizationId" FROM app_user WHERE id = $1`, [author.userId]);
  await dataSource.transaction((manager) =>
    seedScaleDemand(manager, { rmos: scale.rmos, municipalities: Math.min(SURVEY_MUNICIPALITIES, Math.max(1, scale.rmos)), requests: scale.requests }, { organizationId, userId: author.userId }),
  );
  await dataSource.query('ANALYZE rmo, support_request');
}

export class UsageError extends Error {}

export interface ScaleArgs {
  supporters: number;
  /** RMO records (the survey's 8,193 by default; `--rmos 81930` for ten times that). */
  rmos: number;
  requests: number;
}

const USAGE = 'Usage: npm run seed:scale -- --supporters 20000 [--rmos 8193] [--requests 100000]';
const LIMITS: Record<keyof ScaleArgs, { min: number; max: number; fallback: number }> = {
  supporters: { min: 1, max: SCALE_MAX, fallback: SCALE_DEFAULT },
  rmos: { min: 0, max: SURVEY_RMOS * 10, fallback: SURVEY_RMOS },
  requests: { min: 0, max: SCALE_REQUESTS * 10, fallback: SCALE_REQUESTS },
};

/** Reads `--supporters N`, `--rmos N` and `--requests N` (or `--name=N`); defaults 20,000, 8,193 and 100,000. */
export function parseScaleArgs(argv: readonly string[]): ScaleArgs {
  const raw: Partial<Record<keyof ScaleArgs, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = (Object.keys(LIMITS) as (keyof ScaleArgs)[]).find((key) => arg === `--${key}` || arg.startsWith(`--${key}=`));
    if (!name) throw new UsageError(`Unknown argument "${arg}". ${USAGE}`);
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a number, e.g. --${name} ${LIMITS[name].fallback}`);
    raw[name] = value;
  }
  const read = (name: keyof ScaleArgs): number => {
    const given = raw[name];
    if (given === undefined) return LIMITS[name].fallback;
    const value = given.replace(/[_,]/g, '');
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    const { min, max } = LIMITS[name];
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en')}, got "${given}"`);
    }
    return n;
  };
  return { supporters: read('supporters'), rmos: read('rmos'), requests: read('requests') };
}

async function main(): Promise<void> {
  let args: ScaleArgs;
  try {
    args = parseScaleArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const bench = await openBenchDatabase();
  const bar = new SingleBar(
    { format: 'Seeding supporters [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  try {
    console.log(`Database: ${redactUrl(bench.url)}`);
    const seedStarted = performance.now();
    bar.start(args.supporters, 0);
    const result = await seedScaleDataset(bench.dataSource, args.supporters, (done) => bar.update(done));
    bar.stop();
    const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(1);
    console.log(
      `Seeded ${result.supporters.toLocaleString('en')} supporters (${result.areas.toLocaleString('en')} service areas) ` +
        `in ${seconds(seedStarted)} s (${seconds(started)} s including database start-up and migrations).`,
    );
    const demandStarted = performance.now();
    await seedBenchDemand(bench.dataSource, args);
    console.log(
      `Seeded ${args.rmos.toLocaleString('en')} RMO records in ${Math.min(SURVEY_MUNICIPALITIES, args.rmos).toLocaleString('en')} municipalities and ` +
        `${args.requests.toLocaleString('en')} support requests in ${seconds(demandStarted)} s.`,
    );
  } finally {
    bar.stop();
    await bench.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const expected = error instanceof BenchDatabaseError || error instanceof EmbeddedPostgresError || error instanceof ConfigError;
    console.error(expected ? error.message : error);
    process.exitCode = 1;
  });
}
