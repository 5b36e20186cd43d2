import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { connectAndMigrate } from '../data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded-postgres';
import { ensureDatabase } from '../ensure-database';

export const BENCH_DATABASE_NAME = 'tsunagu_bench';

/** A problem the user can fix (message says how); printed without a stack trace. */
export class BenchDatabaseError extends Error {}

export interface BenchDatabase {
  dataSource: DataSource;
  url: string;
  /** Closes the connections and stops the embedded PostgreSQL if this call started it. */
  close: () => Promise<void>;
}

export interface OpenBenchDatabaseOptions {
  log?: (message: string) => void;
  poolSize?: number;
  env?: NodeJS.ProcessEnv;
}

/** The same server URL with another database name. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A URL safe to print: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Opens (creating and migrating if needed) the database used for scale seeding and benchmarks:
 * BENCH_DATABASE_URL if set; else database `tsunagu_bench` on the DATABASE_URL server; else
 * `tsunagu_bench` in the embedded PostgreSQL.
 */
export async function openBenchDatabase(options: OpenBenchDatabaseOptions = {}): Promise<BenchDatabase> {
  const { log = (message: string) => console.log(message), poolSize, env = process.env } = options;
  const config = loadConfig(env);
  let embedded: EmbeddedDatabase | undefined;
  let url: string;

  const benchUrl = env.BENCH_DATABASE_URL?.trim();
  if (benchUrl) {
    if (!/^postgres(ql)?:\/\//.test(benchUrl)) throw new BenchDatabaseError('BENCH_DATABASE_URL must start with postgres:// or postgresql://');
    url = benchUrl;
  } else if (config.databaseUrl) {
    // The DATABASE_URL database is known to exist, so it serves as the connection that creates the bench one.
    await ensureDatabase(config.databaseUrl, BENCH_DATABASE_NAME);
    url = withDatabaseName(config.databaseUrl, BENCH_DATABASE_NAME);
  } else {
    embedded = await startEmbeddedPostgres({ ...config.embeddedPostgres, log });
    try {
      await ensureDatabase(embedded.url('postgres'), BENCH_DATABASE_NAME);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    url = embedded.url(BENCH_DATABASE_NAME);
  }

  let dataSource: DataSource;
  try {
    dataSource = await connectAndMigrate({ url, poolSize });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    dataSource,
    url,
    close: () =>
      (closing ??= (async () => {
        try {
          if (dataSource.isInitialized) await dataSource.destroy();
        } finally {
          await embedded?.stop();
        }
      })()),
  };
}
