import { OrganizationKind } from '@tsunagu/shared';
import { ManualClock } from '../../common/clock';
import { ConfigError, loadConfig } from '../../config';
import { createAccount, sessionCookieFor, TEST_PASSWORD } from '../../../test/fixtures/account-fixtures';
import { startSmtpTestServer, type SmtpTestServer } from '../../../test/smtp-test-server';
import { startTestApp, type TestApp } from '../../../test/test-app';

const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }`;
const DELIVERIES = `query ($statuses: [MailDeliveryStatus!]) {
  mailDeliveries(statuses: $statuses) { id kind recipient subject status attempts lastError sentAt }
  mailDeliveryCounts { pending sent failed }
}`;
const RETRY = `mutation ($id: ID!) { retryMailDelivery(id: $id) { id status attempts } }`;

interface Delivery {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

const APP_BASE_URL = 'https://tsunagu.example.jp';
const SECOND = 1000;
const HOUR = 3_600_000;

/** Every text, bytea and json value in every table of the database (the app's and the queue's) that contains `needle`. */
async function rowsContaining(app: TestApp, needle: string): Promise<string[]> {
  const columns: { schema: string; table: string; column: string; type: string }[] = await app.dataSource.query(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column, c.data_type AS type
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')`,
  );
  expect(columns.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const { schema, table, column, type } of columns) {
    const ref = `"${schema}"."${table}"`;
    const value = type === 'bytea' ? `position(convert_to($1, 'UTF8') in "${column}") > 0` : `strpos("${column}"::text, $1) > 0`;
    const [{ count }]: { count: number }[] = await app.dataSource.query(`SELECT count(*)::int AS count FROM ${ref} WHERE ${value}`, [needle]);
    if (count > 0) hits.push(`${schema}.${table}.${column}`);
  }
  return hits;
}

/** Waits (without a fixed sleep) until `condition` holds, checking whenever the event loop is free. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('mail through SMTP', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  const clock = new ManualClock(new Date('2026-05-01T00:00:00Z'));
  const email = 'officer@murakami.example.jp';
  let operatorCookie: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    app = await startTestApp({ smtpUrl: smtp.url, mailFrom: 'つなぐ <no-reply@tsunagu.example.jp>', appBaseUrl: APP_BASE_URL }, { clock });
    await createAccount(app.dataSource, { kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: '15', municipalityCode: '152129', email });
    const { user: operator } = await createAccount(app.dataSource, { kind: OrganizationKind.OPERATOR, organizationName: 'つなぐ運営', email: 'ops@example.jp' });
    operatorCookie = await sessionCookieFor(app, operator.id);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    await app.dataSource.query('DELETE FROM password_reset_token');
  });

  const deliveries = async (statuses?: string[]) =>
    (await app.graphql<{ mailDeliveries: Delivery[]; mailDeliveryCounts: Record<string, number> }>(DELIVERIES, { statuses }, { cookie: operatorCookie })).data!;

  it('delivers the reset mail in Japanese (subject, text, HTML) with a link that resets the password, and keeps no token', async () => {
    expect((await app.graphql(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
    // The request queues the reset job; the job writes the mail, sealed while it waits (see the retry test).
    expect(smtp.received).toHaveLength(0);

    expect(await app.services.jobs.runUntilIdle()).toBe(2);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual([email]);
    expect(mail.from).toBe('no-reply@tsunagu.example.jp');
    expect(mail.parsed.from?.text).toContain('つなぐ');
    expect(mail.subject).toBe('【つなぐ】パスワード再設定のご案内');
    expect(mail.text).toContain('パスワード再設定のお申し込みを受け付けました。');
    expect(mail.html).toContain('<html lang="ja">');
    const link = mail.text.match(/https:\/\/tsunagu\.example\.jp\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeDefined();
    expect(mail.html).toContain(`href="${link}"`);

    // Following the link: the token in it sets the new password.
    const token = new URL(link!).searchParams.get('token')!;
    expect((await app.graphql(RESET, { token, newPassword: 'a new passphrase from the mail' })).errors).toBeUndefined();
    expect((await app.graphql(SIGN_IN, { email, password: TEST_PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(SIGN_IN, { email, password: 'a new passphrase from the mail' })).errors).toBeUndefined();

    // After delivery no row anywhere holds the token, in any form the scan can read.
    expect(await rowsContaining(app, token)).toEqual([]);
    expect(await rowsContaining(app, 'reset-password?token=')).toEqual([]);
    const [sent]: { status: string; content: Buffer | null; sent_at: Date }[] = await app.dataSource.query(
      `SELECT status, content, sent_at FROM mail_delivery`,
    );
    expect(sent).toMatchObject({ status: 'SENT', content: null, sent_at: clock.now() });
    // The scan does find what is there: the recipient's address.
    expect(await rowsContaining(app, email)).toContain('public.mail_delivery.recipient');
  });

  it('retries a refused delivery with backoff, shows it to operators meanwhile, and sends it once', async () => {
    await app.dataSource.query('DELETE FROM mail_delivery');
    smtp.refuseNext(2);
    await app.graphql(REQUEST_RESET, { email });

    // The reset job, then the first, refused delivery.
    expect(await app.services.jobs.runUntilIdle()).toBe(2);
    let pending = (await deliveries(['PENDING'])).mailDeliveries;
    expect(pending).toEqual([
      expect.objectContaining({ kind: 'PASSWORD_RESET', recipient: email, status: 'PENDING', attempts: 1, lastError: expect.stringContaining('451') }),
    ]);
    // Waiting to be sent: sealed, so no row shows the link.
    const [{ content }]: { content: Buffer }[] = await app.dataSource.query(`SELECT content FROM mail_delivery`);
    expect(content.toString('latin1')).not.toContain('reset-password');
    expect(await rowsContaining(app, 'reset-password?token=')).toEqual([]);
    // The next attempt waits e¹ ≈ 2.7 s on the clock.
    clock.advance(SECOND);
    expect(await app.services.jobs.runUntilIdle()).toBe(0);
    clock.advance(2 * SECOND);
    expect(await app.services.jobs.runUntilIdle()).toBe(1);
    expect(smtp.refused()).toBe(2);
    pending = (await deliveries(['PENDING'])).mailDeliveries;
    expect(pending[0]).toMatchObject({ attempts: 2 });
    // Then e² ≈ 7.4 s.
    clock.advance(8 * SECOND);
    expect(await app.services.jobs.runUntilIdle()).toBe(1);

    expect(smtp.received).toHaveLength(1);
    const { mailDeliveries, mailDeliveryCounts } = await deliveries();
    expect(mailDeliveries).toEqual([expect.objectContaining({ status: 'SENT', attempts: 3, lastError: null })]);
    expect(mailDeliveryCounts).toEqual({ pending: 0, sent: 1, failed: 0 });
    clock.advance(HOUR);
    expect(await app.services.jobs.runUntilIdle()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('gives up after twelve attempts (FAILED for operators), and an operator can send it again', async () => {
    await app.dataSource.query('DELETE FROM mail_delivery');
    smtp.refuseNext(1000);
    await app.graphql(REQUEST_RESET, { email });
    for (let attempt = 1; attempt <= 12; attempt++) {
      // The first run also runs the reset job that writes the mail.
      expect(await app.services.jobs.runUntilIdle()).toBe(attempt === 1 ? 2 : 1);
      clock.advance(7 * HOUR);
    }
    expect(await app.services.jobs.runUntilIdle()).toBe(0);
    const { mailDeliveries, mailDeliveryCounts } = await deliveries(['FAILED']);
    expect(mailDeliveries).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 12, lastError: expect.stringContaining('busy') })]);
    expect(mailDeliveryCounts.failed).toBe(1);

    // Not for anyone else, and only failed mails.
    const { user: officer } = await createAccount(app.dataSource, { kind: OrganizationKind.PREFECTURE, organizationName: '新潟県', prefectureCode: '15', email: 'pref@example.jp' });
    const refused = await app.graphql(RETRY, { id: mailDeliveries[0].id }, { cookie: await sessionCookieFor(app, officer.id) });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    smtp.refuseNext(0);
    const retried = await app.graphql<{ retryMailDelivery: Delivery }>(RETRY, { id: mailDeliveries[0].id }, { cookie: operatorCookie });
    expect(retried.data?.retryMailDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await app.services.jobs.runUntilIdle()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const again = await app.graphql(RETRY, { id: mailDeliveries[0].id }, { cookie: operatorCookie });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_RETRYABLE' });
    const [audit] = await app.dataSource.query(`SELECT entity_id FROM audit_entry WHERE action = 'retryMailDelivery'`);
    expect(audit.entity_id).toBe(mailDeliveries[0].id);
  });

  it('sends each mail once with two app instances running jobs on one database', async () => {
    await app.dataSource.query('DELETE FROM mail_delivery');
    const first = await startTestApp({ smtpUrl: smtp.url, runJobs: true }, { databaseUrl: app.databaseUrl });
    const second = await startTestApp({ smtpUrl: smtp.url, runJobs: true }, { databaseUrl: app.databaseUrl });
    try {
      const recipients = Array.from({ length: 12 }, (_, i) => `member${i}@murakami.example.jp`);
      for (const recipient of recipients) {
        await createAccount(app.dataSource, { kind: OrganizationKind.MUNICIPALITY, organizationName: `村上市 ${recipient}`, prefectureCode: '15', municipalityCode: '152129', email: recipient });
      }
      // Requests arrive at both instances; both take jobs.
      await Promise.all(recipients.map((recipient, i) => (i % 2 ? first : second).graphql(REQUEST_RESET, { email: recipient })));
      await until(() => smtp.received.length >= recipients.length);
    } finally {
      await first.close();
      await second.close();
    }
    // Nothing is left to send, and nobody got a second copy.
    expect(await app.services.jobs.runUntilIdle()).toBe(0);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `member${i}@murakami.example.jp`).sort());
    expect((await deliveries()).mailDeliveryCounts).toEqual({ pending: 0, sent: 12, failed: 0 });
  });

  it('sends nothing for a change that rolls back', async () => {
    await app.dataSource.query('DELETE FROM mail_delivery');
    const { passwordResetMail } = await import('../account/account.mails');
    await app.dataSource
      .transaction(async (manager) => {
        await app.services.mail.send(manager, passwordResetMail(email, '村上', `${APP_BASE_URL}/reset-password?token=never`));
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await app.services.jobs.runUntilIdle()).toBe(0);
    expect(smtp.received).toHaveLength(0);
    expect((await deliveries()).mailDeliveries).toEqual([]);
  });
});

describe('the development mailbox', () => {
  let app: TestApp;
  const logged: string[] = [];

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation((message: unknown) => void logged.push(String(message)));
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('shows delivered mail at /dev/mailbox and prints it to the log, without SMTP_URL', async () => {
    const email = 'new-user@example.jp';
    await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationName: '架空NPO', email });
    await app.graphql(REQUEST_RESET, { email });
    await app.services.jobs.runUntilIdle();

    const list = await fetch(`${app.url}/dev/mailbox`);
    expect(list.status).toBe(200);
    const listHtml = await list.text();
    expect(listHtml).toContain('【つなぐ】パスワード再設定のご案内');
    expect(listHtml).toContain(email);
    const href = listHtml.match(/href="(\/dev\/mailbox\/\d+)"/)![1];
    const message = await (await fetch(`${app.url}${href}`)).text();
    const link = message.match(/<a href="(http:\/\/localhost:4000\/reset-password\?token=[A-Za-z0-9_-]+)">/)?.[1];
    expect(link).toBeDefined();
    expect(logged.some((line) => line.includes(link!))).toBe(true);
    const html = await (await fetch(`${app.url}${href}/html`)).text();
    expect(html).toContain(`href="${link}"`);
    // The mailbox is sealed in the database like the queue.
    expect(JSON.stringify(await app.dataSource.query('SELECT * FROM dev_mailbox_message'))).not.toContain('reset-password');
    expect((await fetch(`${app.url}/dev/mailbox/999999`)).status).toBe(404);
  });

  it('does not exist in production (404, not the single page)', async () => {
    const production = await startTestApp({ nodeEnv: 'production', smtpUrl: 'smtp://127.0.0.1:9' });
    try {
      expect(production.services.devMailbox).toBeNull();
      expect((await fetch(`${production.url}/dev/mailbox`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});

describe('mail configuration', () => {
  const production = { NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-at-least-32-characters' };

  it('refuses to start production without SMTP_URL, naming the variable', () => {
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/SMTP_URL/);
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://user:pass@mail.example.jp:587' }).smtpUrl).toBe('smtp://user:pass@mail.example.jp:587');
    expect(() => loadConfig({ SMTP_URL: 'mail.example.jp' })).toThrow(/SMTP_URL/);
  });

  it('derives the sealing key from SESSION_SECRET unless MAIL_ENCRYPTION_KEY is set', () => {
    const a = loadConfig({ SESSION_SECRET: 'x'.repeat(40) }).mailEncryptionKey;
    const b = loadConfig({ SESSION_SECRET: 'y'.repeat(40) }).mailEncryptionKey;
    const dedicated = loadConfig({ SESSION_SECRET: 'x'.repeat(40), MAIL_ENCRYPTION_KEY: 'z'.repeat(40) }).mailEncryptionKey;
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
    expect(a.equals(dedicated)).toBe(false);
    expect(() => loadConfig({ MAIL_ENCRYPTION_KEY: 'short' })).toThrow(/MAIL_ENCRYPTION_KEY/);
    expect(loadConfig({}).mailFrom).toBe('つなぐ <no-reply@localhost>');
  });
});
