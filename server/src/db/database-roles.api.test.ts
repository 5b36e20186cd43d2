import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../test/fixtures/account-fixtures';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createApp, type RunningApp } from '../app';
import { ConfigError, loadConfig, type AppConfig } from '../config';
import { composeMail } from '../modules/mail/mail-content';
import { prepareDatabase } from './prepare-database';

/** The URL of the same database as another role. */
function asRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password;
  return parsed.toString();
}

/**
 * The production arrangement: migrations run as the owner (MIGRATION_DATABASE_URL), the app
 * connects as a role that owns nothing (DATABASE_URL), so the audit log is append-only for the
 * app for real, not by the courtesy of a trigger its own role could disable.
 */
describe('database roles', () => {
  let owner: TestDatabase;
  let appDataSource: DataSource;
  let appUrl: string;
  let running: RunningApp;
  const role = `tsunagu_app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');

  const configFor = (overrides: Partial<AppConfig>): AppConfig => ({
    ...loadConfig({ NODE_ENV: 'test' }),
    clientDistDir: path.join(__dirname, 'no-client'),
    ...overrides,
  });

  beforeAll(async () => {
    owner = await createTestDatabase();
    await owner.dataSource.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    appUrl = asRole(owner.url, role, password);
    const config = configFor({ nodeEnv: 'production', databaseUrl: appUrl, migrationDatabaseUrl: owner.url, trustedDocuments: { enforce: false, file: null } });
    appDataSource = await prepareDatabase(config, appUrl);
    running = await (await createApp(appDataSource, config)).listen(0);
  });
  afterAll(async () => {
    await running?.stop();
    await appDataSource?.destroy();
    await owner.drop();
    const admin = new Client({ connectionString: process.env.TSUNAGU_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('connects the app as a role that owns nothing and is no superuser', async () => {
    const [me] = await appDataSource.query(
      `SELECT current_user AS name, rolsuper AS superuser,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ name: role, superuser: false, owned: 0 });
  });

  it.each([
    ['disable the audit trigger', 'ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only'],
    ['drop the audit trigger', 'DROP TRIGGER audit_entry_append_only ON audit_entry'],
    ['replace the trigger function', `CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`],
    ['update audit rows', `UPDATE audit_entry SET action = 'forged'`],
    ['delete audit rows', 'DELETE FROM audit_entry'],
    ['truncate the audit log', 'TRUNCATE audit_entry'],
    ['drop the audit log', 'DROP TABLE audit_entry'],
  ])('the app role cannot %s', async (_what, sql) => {
    await owner.dataSource.query(`INSERT INTO audit_entry (action, entity_type, entity_id) VALUES ('probe', 'Test', 'x')`);
    const before: unknown[] = await owner.dataSource.query('SELECT * FROM audit_entry ORDER BY id');
    await expect(appDataSource.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    expect(await owner.dataSource.query('SELECT * FROM audit_entry ORDER BY id')).toEqual(before);
    const [{ enabled }] = await owner.dataSource.query(`SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'audit_entry_append_only'`);
    expect(enabled).toBe('O');
  });

  it('queues and runs jobs through the app role: a mail is added in a transaction and delivered', async () => {
    const id = await appDataSource.transaction((manager) =>
      running.services.mail.send(manager, composeMail('TEST', 'role-check@example.jp', '件名', { paragraphs: ['本文'] })),
    );
    // This app also runs jobs by itself (LISTEN): whichever takes the job first delivers it.
    const status = async () => ((await appDataSource.query(`SELECT status FROM mail_delivery WHERE id = $1`, [id])) as { status: string }[])[0].status;
    while ((await status()) === 'PENDING') await running.services.jobs.runUntilIdle();
    expect(await status()).toBe('SENT');
  });

  it('serves and audits through the app role: mutations write their audit entries', async () => {
    const { user } = await createAccount(owner.dataSource, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: '15', municipalityCode: '152129', email: 'city@roles.example.jp',
    });
    const cookie = await sessionCookieFor({ services: running.services, dataSource: appDataSource } as never, user.id);
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: `mutation { createRmo(input: { municipalityCode: "152129", name: "（架空）権限テスト協議会", legalForm: VOLUNTARY_ASSOCIATION, activities: [], challenges: [], optimizationState: NEITHER }) { id } }` }),
    });
    const json = (await res.json()) as { data?: { createRmo: { id: string } }; errors?: unknown[] };
    expect(json.errors).toBeUndefined();
    const [entry] = await owner.dataSource.query(`SELECT actor_user_id FROM audit_entry WHERE action = 'createRmo' AND entity_id = $1`, [json.data!.createRmo.id]);
    expect(entry).toEqual({ actor_user_id: user.id });
  });

  it('refuses to start in production as a role that owns tables', async () => {
    const config = configFor({ nodeEnv: 'production', databaseUrl: owner.url, migrationDatabaseUrl: undefined });
    await expect(prepareDatabase(config, owner.url)).rejects.toThrow(ConfigError);
    await expect(prepareDatabase(config, owner.url)).rejects.toThrow(/owns|superuser/);
  });
});
