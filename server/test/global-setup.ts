import { findTestDatabaseServer } from './test-database-server';
import type { EmbeddedDatabase } from '../src/db/embedded-postgres';

declare global {
  // Shared with global-teardown.ts, which runs in the same process.
  var __TSUNAGU_TEST_EMBEDDED__: EmbeddedDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await findTestDatabaseServer();
  process.env.TSUNAGU_TEST_ADMIN_URL = server.adminUrl;
  globalThis.__TSUNAGU_TEST_EMBEDDED__ = server.embedded;
  console.log(`\n[tests] PostgreSQL: ${server.source}`);
}
