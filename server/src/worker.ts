import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config';
import { prepareDatabase } from './db/prepare-database';
import { embeddedDatabaseUrl } from './db/embedded-postgres';
import { createServices, type Services } from './graphql/context';
import { registerJobHandlers } from './jobs/job-handlers';

// `npm run worker`: runs the job queue (mail, scheduled sweeps) without serving HTTP, beside web
// processes started with RUN_JOBS=false. Any number of workers may run: each job runs once.
async function main(): Promise<void> {
  let dataSource: DataSource | undefined;
  let services: Services | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (reason: string, exitCode = 0): Promise<void> =>
    (stopping ??= (async () => {
      console.log(`\nWorker stopping (${reason}) …`);
      await services?.jobs.stop().catch((e: unknown) => console.error(e));
      await dataSource?.destroy().catch((e: unknown) => console.error(e));
      process.exit(exitCode);
    })());
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const config = loadConfig();
    // Without DATABASE_URL: the embedded PostgreSQL that `npm start` runs.
    const url = config.databaseUrl ?? embeddedDatabaseUrl(config.embeddedPostgres.port, 'tsunagu');
    dataSource = await prepareDatabase(config, url, { poolSize: Math.min(config.dbPoolSize, config.jobConcurrency + 2) });
    services = createServices(dataSource, config);
    registerJobHandlers(services);
    await services.jobs.start();
    console.log(`Tsunagu worker running ${config.jobConcurrency} job(s) at a time. Press Ctrl-C to stop.`);
  } catch (error) {
    console.error(error instanceof ConfigError ? `\nConfiguration error: ${error.message}` : error);
    await stop('start-up failed', 1);
  }
}

void main();
