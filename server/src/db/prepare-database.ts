import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { ConfigError, type AppConfig } from '../config';
import { createDataSource, migrateDatabase } from './data-source';

/** The role a connection URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * What the app's role may do, granted by the owner after every migration run (idempotent, so new
 * tables are covered): read and write the tables, except that the audit log takes inserts only
 * and the migrations table is read-only. It owns nothing, so it can neither disable the audit
 * log's trigger nor change its rows; TRUNCATE, DDL and the trigger are the owner's alone.
 */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const r = owner.escapeIdentifier(role);
    await owner.query('BEGIN');
    for (const schema of ['public', 'graphile_worker']) {
      const s = owner.escapeIdentifier(schema);
      const { rowCount } = await owner.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (!rowCount) continue;
      await owner.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
      await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
      await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
      await owner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`);
    }
    // The job queue's tables have row-level security with no policy (owner only): the app's role adds
    // jobs in its business transactions and its workers take them, so it gets a policy of its own.
    const { rows: queueTables } = await owner.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'graphile_worker' AND c.relkind = 'r' AND c.relrowsecurity`,
    );
    const policy = owner.escapeIdentifier(`app role ${role}`.slice(0, 63));
    for (const { name } of queueTables) {
      const table = `graphile_worker.${owner.escapeIdentifier(name)}`;
      await owner.query(`DROP POLICY IF EXISTS ${policy} ON ${table}`);
      await owner.query(`CREATE POLICY ${policy} ON ${table} TO ${r} USING (true) WITH CHECK (true)`);
    }
    await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${r}`);
    await owner.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${r}`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await owner.end();
  }
}

/** Refuses a connection whose role is a superuser or owns any table, view or sequence. */
export async function assertOwnsNothing(dataSource: DataSource): Promise<void> {
  const [me]: { name: string; superuser: boolean; owned: number }[] = await dataSource.query(
    `SELECT current_user AS name, r.rolsuper AS superuser,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relowner = r.oid AND n.nspname NOT IN ('pg_catalog', 'information_schema')) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (me.superuser || me.owned > 0) {
    throw new ConfigError(
      `In production the app connects as a role that owns nothing, but "${me.name}" ` +
        `${me.superuser ? 'is a superuser' : `owns ${me.owned} tables or sequences`}. Connect DATABASE_URL as a plain login role and ` +
        'run migrations as the owner with MIGRATION_DATABASE_URL (see README, Operations).',
    );
  }
}

/**
 * The start-up database steps: migrations (as the owner when MIGRATION_DATABASE_URL is set, which
 * then grants the app's role), then the app's pool with its timeouts; without migrations at
 * start, a database with pending ones is refused; production refuses a role that owns anything.
 */
export async function prepareDatabase(config: AppConfig, url: string, options: { poolSize?: number } = {}): Promise<DataSource> {
  if (config.migrateOnStart) {
    await migrateDatabase(config.migrationDatabaseUrl ?? url, config.logSql);
    if (config.migrationDatabaseUrl) await grantAppRole(config.migrationDatabaseUrl, roleOf(url));
  }
  const dataSource = createDataSource({ url, logSql: config.logSql, poolSize: options.poolSize ?? config.dbPoolSize, timeouts: config.databaseTimeouts });
  await dataSource.initialize();
  try {
    if (!config.migrateOnStart && (await dataSource.showMigrations())) {
      throw new ConfigError('The database has pending migrations: run `npm run migrate` (as the owner) first, or set MIGRATE_ON_START=true.');
    }
    if (config.nodeEnv === 'production' && !config.allowPrivilegedDatabaseRole) await assertOwnsNothing(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
