import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createApp, type RunningApp } from './app';
import { AdvancingClock } from './common/clock';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { prepareDatabase } from './db/prepare-database';
import { startEmbeddedPostgres, EmbeddedPostgresError, type EmbeddedDatabase } from './db/embedded-postgres';
import { ensureDatabase } from './db/ensure-database';
import { seedDemoDataIfEmpty } from './db/seed/demo-seed';
import { seedDemoAccounts, shouldSeedDemoAccounts } from './db/seed/demo-accounts';
import { seedDemoEngagementsIfMissing } from './db/seed/demo-engagements';

// Bootstrap only: config → database → schema → HTTP server.
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? `\nConfiguration error: ${error.message}` : error);
    process.exit(1);
  }
  let embedded: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  let running: RunningApp | undefined;

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string, exitCode = 0): Promise<void> =>
    (shuttingDown ??= (async () => {
      console.log(`\nStopping (${reason}) …`);
      await running?.stop().catch((e: unknown) => console.error(e));
      await dataSource?.destroy().catch((e: unknown) => console.error(e));
      await embedded?.stop().catch((e: unknown) => console.error(e));
      console.log('Stopped.');
      process.exit(exitCode);
    })());
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = await startEmbeddedPostgres(config.embeddedPostgres);
      await ensureDatabase(embedded.url('postgres'), 'tsunagu');
      url = embedded.url('tsunagu');
      console.log(`Embedded PostgreSQL running (data: ${config.embeddedPostgres.dataDir}).`);
    }
    dataSource = await prepareDatabase(config, url);
    if (config.seedDemoData) await seedDemoDataIfEmpty(dataSource, (message) => console.log(message));
    if (shouldSeedDemoAccounts(config)) {
      await seedDemoAccounts(dataSource, (message) => console.log(message));
      await seedDemoEngagementsIfMissing(dataSource, (message) => console.log(message));
    }
    // TEST_CLOCK (NODE_ENV=test only): a clock end-to-end tests move forward through /__test/clock.
    const app = await createApp(dataSource, config, config.testClock ? { clock: new AdvancingClock() } : {});
    running = await app.listen(config.port, config.host);
    // Loopback addresses read better as localhost in the message people copy into a browser.
    const shown = running.url.replace(/\/\/(127\.0\.0\.1|\[::1\])(?=:)/, '//localhost');
    console.log(`\nTsunagu (つなぐ) is running: ${shown}/  (GraphQL: ${shown}/graphql)\nPress Ctrl-C to stop.`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
      console.error(`\n${error.message}`);
    } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`\nPort ${config.port} is already in use. Set PORT to another port, e.g. PORT=4100 npm start.`);
    } else {
      console.error(error);
    }
    await shutdown('start-up failed', 1);
  }
}

void main();
