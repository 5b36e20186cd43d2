import { OrganizationKind, UserRole } from '@tsunagu/shared';
import {
  TEST_PASSWORD,
  createAccount,
  sessionCookieFor,
  sessionCookieFrom,
  tokenFromLatestMail,
} from '../../../test/fixtures/account-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { role isOwner user { id email displayName membershipRole } organization { id kind name } } }`;
const ME = `{ me { role isOwner user { id email } organization { name kind } } }`;
const SIGN_OUT = `mutation { signOut }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;

interface MeData {
  role: UserRole;
  isOwner: boolean;
  user: { id: string; email: string };
  organization: { name: string; kind: OrganizationKind };
}

const LIMITS = { perAccount: 3, perAddress: 5, windowMinutes: 15 };

describe('sign-in, sessions and password reset', () => {
  let app: TestApp;
  let userId: string;
  const email = 'officer@murakami.example.jp';
  const logged: string[] = [];

  const signIn = (address: string, password: string) => app.graphql<{ signIn: MeData }>(SIGN_IN, { email: address, password });
  const me = async (cookie?: string) => (await app.graphql<{ me: MeData | null }>(ME, {}, { cookie })).data?.me ?? null;
  const counters = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      ((await app.dataSource.query('SELECT key, failures FROM sign_in_failure')) as { key: string; failures: number }[]).map((r) => [
        r.key,
        r.failures,
      ]),
    );

  beforeAll(async () => {
    // The development mailbox prints mails (with their links) in test mode; keep them for assertions instead of the console.
    jest.spyOn(console, 'log').mockImplementation((message: unknown) => void logged.push(String(message)));
    app = await startTestApp({ signInLimits: LIMITS });
    ({ user: { id: userId } } = await createAccount(app.dataSource, {
      kind: OrganizationKind.MUNICIPALITY,
      organizationName: '村上市',
      prefectureCode: '15',
      municipalityCode: '152129',
      email,
    }));
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });
  beforeEach(() => app.dataSource.query('DELETE FROM sign_in_failure'));

  it('signs in with an httpOnly SameSite=Lax cookie that `me` then recognizes', async () => {
    const res = await signIn('  Officer@Murakami.example.jp ', TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn).toMatchObject({
      role: 'MUNICIPALITY_STAFF',
      isOwner: true,
      user: { id: userId, email, membershipRole: 'OWNER' },
      organization: { name: '村上市', kind: 'MUNICIPALITY' },
    });
    const header = res.setCookie.find((c) => c.startsWith('tsunagu_session='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Secure/i);
    expect(header).toMatch(/Expires=/i);
    expect(await me(sessionCookieFrom(res.setCookie))).toMatchObject({ role: 'MUNICIPALITY_STAFF', user: { email } });
  });

  it('marks the cookie Secure when secureCookies is on', async () => {
    // The request context reads the server's config on every request; flipping it spares a second server.
    app.services.config.secureCookies = true;
    try {
      const res = await signIn(email, TEST_PASSWORD);
      expect(res.setCookie.find((c) => c.startsWith('tsunagu_session='))).toMatch(/;\s*Secure/i);
    } finally {
      app.services.config.secureCookies = false;
    }
  });

  it('answers `me` with null when signed out or with an unknown cookie', async () => {
    expect(await me()).toBeNull();
    expect(await me('tsunagu_session=not-a-session')).toBeNull();
  });

  it('refuses a wrong password and an unknown email alike, with UNAUTHENTICATED and no cookie', async () => {
    const wrong = await signIn(email, 'wrong password!');
    const unknown = await signIn('nobody@example.jp', TEST_PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(sessionCookieFrom(res.setCookie)).toBeUndefined();
    }
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('counts failures per account in PostgreSQL and answers RATE_LIMITED before checking the password', async () => {
    for (let i = 0; i < LIMITS.perAccount; i += 1) {
      expect((await signIn(email, `wrong password ${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await counters()).toMatchObject({ [`account:${email}`]: LIMITS.perAccount, 'address:127.0.0.1': LIMITS.perAccount });
    // Even the right password is refused now: the limit is checked first.
    const refused = await signIn(email, TEST_PASSWORD);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_SIGN_IN_ATTEMPTS' });
    const retryAfter = refused.errors?.[0].extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.windowMinutes * 60);
    expect(sessionCookieFrom(refused.setCookie)).toBeUndefined();
    // Refused attempts are not counted again.
    expect((await counters())[`account:${email}`]).toBe(LIMITS.perAccount);
  });

  it('checks no more passwords than the limit when 50 wrong guesses arrive at once, then refuses the right one', async () => {
    const guesses = Array.from({ length: 50 }, (_, i) => signIn(email, `concurrent guess ${i}`));
    const codes = (await Promise.all(guesses)).map((res) => res.errors?.[0].extensions?.code);
    // Each attempt takes its place in the count before its password is looked at: only the first
    // `perAccount` get an answer about the password at all.
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LIMITS.perAccount);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(50 - LIMITS.perAccount);
    expect(await counters()).toMatchObject({ [`account:${email}`]: LIMITS.perAccount, 'address:127.0.0.1': LIMITS.perAccount });
    expect((await signIn(email, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('counts failures per client address across different emails', async () => {
    for (let i = 0; i < LIMITS.perAddress; i += 1) {
      expect((await signIn(`guess${i}@example.jp`, 'wrong password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await counters())['address:127.0.0.1']).toBe(LIMITS.perAddress);
    const refused = await signIn(email, TEST_PASSWORD);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_SIGN_IN_ATTEMPTS' });
  });

  it('starts a new count in a new window and clears the account counter on success', async () => {
    for (let i = 0; i < LIMITS.perAccount; i += 1) await signIn(email, 'wrong password');
    // Move the counters into the past window, as if the window had ended.
    await app.dataSource.query(`UPDATE sign_in_failure SET window_start = window_start - interval '${LIMITS.windowMinutes} minutes'`);
    await signIn(email, 'wrong password');
    expect((await counters())[`account:${email}`]).toBe(1);
    expect((await signIn(email, TEST_PASSWORD)).errors).toBeUndefined();
    const after = await counters();
    expect(after[`account:${email}`]).toBeUndefined();
    expect(after['address:127.0.0.1']).toBe(1);
  });

  it('signs out: the session is revoked, the cookie cleared and the old cookie no longer works', async () => {
    const cookie = sessionCookieFrom((await signIn(email, TEST_PASSWORD)).setCookie)!;
    const res = await app.graphql<{ signOut: boolean }>(SIGN_OUT, {}, { cookie });
    expect(res.data?.signOut).toBe(true);
    expect(res.setCookie.find((c) => c.startsWith('tsunagu_session=;'))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await me(cookie)).toBeNull();
    const [{ revoked }] = await app.dataSource.query(
      'SELECT count(*)::int AS revoked FROM user_session WHERE user_id = $1 AND revoked_at IS NOT NULL',
      [userId],
    );
    expect(revoked).toBeGreaterThan(0);
  });

  it('does not accept an expired session', async () => {
    const cookie = await sessionCookieFor(app, userId);
    expect(await me(cookie)).not.toBeNull();
    await app.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`);
    expect(await me(cookie)).toBeNull();
  });

  it('refuses a cross-site form POST (content-type text/plain) through CSRF prevention', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: SIGN_OUT }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  describe('password reset', () => {
    const newPassword = 'a brand new passphrase';

    it('answers true for unknown emails and mails nothing', async () => {
      const res = await app.graphql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { email: 'nobody@example.jp' });
      expect(res.data?.requestPasswordReset).toBe(true);
      // The queued job looks the address up and finds nobody.
      expect(await app.services.jobs.runUntilIdle()).toBe(1);
      const [{ mails }] = await app.dataSource.query(`SELECT count(*)::int AS mails FROM mail_delivery WHERE recipient = 'nobody@example.jp'`);
      expect(mails).toBe(0);
    });

    it('mails a single-use link that sets the password and revokes every session', async () => {
      const oldSession = await sessionCookieFor(app, userId);
      expect((await app.graphql(REQUEST_RESET, { email: email.toUpperCase() })).data).toEqual({ requestPasswordReset: true });
      const token = await tokenFromLatestMail(app, email, 'PASSWORD_RESET');
      const [mail] = await app.services.devMailbox!.messages({ recipient: email });
      expect(mail.subject).toContain('パスワード再設定');
      expect(mail.text).toContain(`http://localhost:4000/reset-password?token=${token}`);
      // Test mode prints the mail to the log; only the token's hash is stored.
      expect(logged.some((line) => line.includes(token))).toBe(true);
      expect(JSON.stringify(await app.dataSource.query('SELECT * FROM password_reset_token'))).not.toContain(token);

      const tooShort = await app.graphql(RESET, { token, newPassword: 'short' });
      expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

      const res = await app.graphql<{ resetPassword: boolean }>(RESET, { token, newPassword });
      expect(res.errors).toBeUndefined();
      expect(await me(oldSession)).toBeNull();
      expect((await signIn(email, TEST_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await signIn(email, newPassword)).errors).toBeUndefined();

      const again = await app.graphql(RESET, { token, newPassword: 'yet another passphrase' });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      const [entry] = await app.dataSource.query(`SELECT actor_user_id, entity_id, before, after FROM audit_entry WHERE action = 'resetPassword'`);
      expect(entry).toMatchObject({ actor_user_id: userId, entity_id: userId });
      expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
    });

    it('refuses an expired token and leaves the password as it was', async () => {
      await app.graphql(REQUEST_RESET, { email });
      const token = await tokenFromLatestMail(app, email, 'PASSWORD_RESET');
      await app.dataSource.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      const res = await app.graphql(RESET, { token, newPassword: 'never applied passphrase' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect((await signIn(email, 'never applied passphrase')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    const mailCount = async () => ((await app.dataSource.query('SELECT count(*)::int AS n FROM mail_delivery')) as { n: number }[])[0].n;

    it('mails no more than three links an hour when 50 requests for one account arrive at once', async () => {
      await app.dataSource.query('DELETE FROM password_reset_token');
      const before = await mailCount();
      const answers = await Promise.all(Array.from({ length: 50 }, () => app.graphql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { email })));
      expect(answers.every((res) => res.data?.requestPasswordReset === true)).toBe(true);
      await app.services.jobs.runUntilIdle();
      expect((await mailCount()) - before).toBe(3);
      const [{ tokens }] = await app.dataSource.query('SELECT count(*)::int AS tokens FROM password_reset_token');
      expect(tokens).toBe(3);
    });

    it('mails no more than three links an hour when 50 reset jobs for one account run at once', async () => {
      await app.dataSource.query('DELETE FROM password_reset_token');
      const before = await mailCount();
      // As many workers as jobs: the account's row is locked while its recent links are counted.
      await Promise.all(Array.from({ length: 50 }, () => app.services.accounts.sendPasswordReset(email)));
      expect((await mailCount()) - before).toBe(3);
    });

    it('stops mailing after three requests an hour for one account', async () => {
      await app.dataSource.query('DELETE FROM password_reset_token');
      const before = await mailCount();
      for (let i = 0; i < 5; i += 1) await app.graphql(REQUEST_RESET, { email });
      await app.services.jobs.runUntilIdle();
      expect((await mailCount()) - before).toBe(3);
    });
  });
});
