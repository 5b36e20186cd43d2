import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { loadReferenceData } from '../reference/reference-data';
import { ConfigError } from '../../config';
import { EmbeddedPostgresError } from '../embedded-postgres';
import { BenchDatabaseError, openBenchDatabase, redactUrl } from './bench-database';
import { demoSupporters, type DemoSupporter } from './demo-data';
import { insertDemoSupporters } from './demo-seed';

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

export class UsageError extends Error {}

/** Reads `--supporters N` (or `--supporters=N`); default 20,000. */
export function parseScaleArgs(argv: readonly string[]): { supporters: number } {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--supporters') {
      raw = argv[++i];
      if (raw === undefined) throw new UsageError('--supporters needs a number, e.g. --supporters 20000');
    } else if (arg.startsWith('--supporters=')) {
      raw = arg.slice('--supporters='.length);
    } else {
      throw new UsageError(`Unknown argument "${arg}". Usage: npm run seed:scale -- --supporters 20000`);
    }
  }
  if (raw === undefined) return { supporters: SCALE_DEFAULT };
  const value = raw.replace(/[_,]/g, '');
  const supporters = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(supporters) || supporters < 1 || supporters > SCALE_MAX) {
    throw new UsageError(`--supporters must be a whole number from 1 to ${SCALE_MAX.toLocaleString('en')}, got "${raw}"`);
  }
  return { supporters };
}

async function main(): Promise<void> {
  let args: { supporters: number };
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
