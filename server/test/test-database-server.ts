import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import path from 'node:path';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL server tests create their databases on: TEST_DATABASE_URL if set, else the
 * local server on 127.0.0.1:5432 if it answers, else an embedded one started for the run.
 */
export async function findTestDatabaseServer(): Promise<{ adminUrl: string; embedded?: EmbeddedDatabase; source: string }> {
  if (process.env.TEST_DATABASE_URL) {
    return { adminUrl: process.env.TEST_DATABASE_URL, source: 'TEST_DATABASE_URL' };
  }
  if (await answers(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER, source: '127.0.0.1:5432' };
  const { embeddedPostgres } = loadConfig();
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(path.dirname(embeddedPostgres.dataDir), 'test-postgres'),
    port: embeddedPostgres.port + 20,
    log: () => undefined,
  });
  return { adminUrl: embedded.url('postgres'), embedded, source: 'embedded PostgreSQL' };
}
