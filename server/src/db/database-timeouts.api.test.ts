import { Client } from 'pg';
import { OrganizationKind } from '@tsunagu/shared';
import { createAccount, sessionCookieFor } from '../../test/fixtures/account-fixtures';
import { insertSupporter } from '../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../test/test-app';

const RECONFIRM = `mutation Reconfirm($id: ID!) { reconfirmAvailability(id: $id) { id } }`;
const SEARCH = `query Search { supporters(first: 5) { totalCount } }`;

describe('database timeouts', () => {
  let app: TestApp;
  let cookie: string;
  let profileId: string;
  const POOL_SIZE = 3;

  beforeAll(async () => {
    app = await startTestApp({
      dbPoolSize: POOL_SIZE,
      databaseTimeouts: { statementMs: 2_000, lockMs: 300, idleInTransactionMs: 4_000, poolAcquireMs: 3_000 },
    });
    const { user, organization } = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, email: 'owner@timeouts.example.jp' });
    cookie = await sessionCookieFor(app, user.id);
    profileId = (await insertSupporter(app.dataSource, { name: '時間切れ支援室', ownerOrganizationId: organization.id, prefectures: ['15'] })).id;
  });
  afterAll(() => app.close());

  it('sets statement, lock and idle-in-transaction timeouts on every pooled connection', async () => {
    const rows: { name: string; setting: string }[] = await app.dataSource.query(
      `SELECT name, setting FROM pg_settings WHERE name IN ('statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout') ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'idle_in_transaction_session_timeout', setting: '4000' },
      { name: 'lock_timeout', setting: '300' },
      { name: 'statement_timeout', setting: '2000' },
    ]);
  });

  it('answers requests stuck behind a held row lock with SERVICE_UNAVAILABLE (503) while the lock is still held, and keeps search and readiness answering', async () => {
    const holder = new Client({ connectionString: app.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM supporter_profile WHERE id = $1 FOR UPDATE', [profileId]);
    let released = false;
    // Safety net: without timeouts the requests would wait for the lock forever; release it late so the test ends.
    const fallback = setTimeout(() => {
      released = true;
      void holder.query('ROLLBACK');
    }, 20_000);
    try {
      const blocked = Array.from({ length: POOL_SIZE * 3 }, () => app.graphql(RECONFIRM, { id: profileId }, { cookie }));
      const searches = Array.from({ length: 3 }, () => app.graphql<{ supporters: { totalCount: number } }>(SEARCH));
      const answered = await Promise.all(blocked);
      const searched = await Promise.all(searches);
      const ready = await fetch(`${app.url}/readyz`);
      expect(released).toBe(false);
      for (const res of answered) {
        expect(res.status).toBe(503);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_BUSY' });
      }
      for (const res of searched) expect(res.data?.supporters.totalCount).toBe(1);
      expect(ready.status).toBe(200);
    } finally {
      clearTimeout(fallback);
      if (!released) await holder.query('ROLLBACK');
      await holder.end();
    }
    // Nothing was half-written, and the profile works again once the lock is gone.
    const after = await app.graphql(RECONFIRM, { id: profileId }, { cookie });
    expect(after.errors).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE (503) when no pooled connection frees up in time', async () => {
    const held = await Promise.all(Array.from({ length: POOL_SIZE }, () => app.dataSource.createQueryRunner()));
    await Promise.all(held.map((runner) => runner.connect()));
    try {
      const res = await app.graphql(SEARCH);
      expect(res.status).toBe(503);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_BUSY' });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect((await app.graphql(SEARCH)).errors).toBeUndefined();
  });

  it('cancels a statement that runs past the statement timeout, mapped to SERVICE_UNAVAILABLE', async () => {
    const spy = jest
      .spyOn(app.services.reference, 'prefectures')
      .mockImplementationOnce(() => app.dataSource.query('SELECT pg_sleep(5)'));
    const res = await app.graphql('{ prefectures { code } }');
    spy.mockRestore();
    expect(res.status).toBe(503);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_TIMEOUT' });
  });
});
