import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, createDataSource, type DataSourceOptions } from '../src/db/data-source';
import { ensureDatabase } from '../src/db/ensure-database';
import { withDatabaseName } from '../src/db/seed/bench-database';

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  /** Closes the connections and drops the database. */
  drop: () => Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TSUNAGU_TEST_ADMIN_URL;
  if (!url) throw new Error('TSUNAGU_TEST_ADMIN_URL is unset: run tests through jest (test/global-setup.ts)');
  return url;
}

/** Another pool over an existing test database (a second app instance); `drop` only closes it. */
export async function connectTestDatabase(url: string, options: Omit<DataSourceOptions, 'url'> = {}): Promise<TestDatabase> {
  const dataSource = createDataSource({ ...options, url });
  await dataSource.initialize();
  return { dataSource, url, drop: () => dataSource.destroy() };
}

/** A new, freshly migrated database for one test file; `options` shape the app's pool (size, timeouts). */
export async function createTestDatabase(options: Omit<DataSourceOptions, 'url'> = {}): Promise<TestDatabase> {
  const name = `tsunagu_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl(), name);
  const url = withDatabaseName(adminUrl(), name);
  const dataSource = await connectAndMigrate({ ...options, url });
  return {
    dataSource,
    url,
    drop: async () => {
      await dataSource.destroy();
      const admin = new Client({ connectionString: adminUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
