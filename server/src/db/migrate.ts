import 'reflect-metadata';
import { ConfigError, loadDatabaseUrls } from '../config';
import { migrateDatabase } from './data-source';
import { grantAppRole, roleOf } from './prepare-database';

// `npm run migrate`: applies pending migrations as the owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL) and, when both are set, grants DATABASE_URL's role what the app needs. For
// deployments that migrate in a separate step and start the app with MIGRATE_ON_START=false.
async function main(): Promise<void> {
  const { databaseUrl, migrationDatabaseUrl } = loadDatabaseUrls();
  const ownerUrl = migrationDatabaseUrl ?? databaseUrl;
  if (!ownerUrl) throw new ConfigError('Set MIGRATION_DATABASE_URL (the owner) and DATABASE_URL (the app role), or DATABASE_URL alone.');
  await migrateDatabase(ownerUrl);
  if (migrationDatabaseUrl && databaseUrl) {
    const role = roleOf(databaseUrl);
    await grantAppRole(migrationDatabaseUrl, role);
    console.log(`Migrations applied; role "${role}" may read and write, and only append to the audit log.`);
  } else {
    console.log('Migrations applied.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
