import { MembershipRole, NotificationKind, OrganizationKind } from '@tsunagu/shared';
import { DAY_MS, ManualClock } from '../../common/clock';
import { createAccount, sessionCookieFor } from '../../../test/fixtures/account-fixtures';
import { insertRmo, supportRequestInput } from '../../../test/fixtures/request-fixtures';
import { MURAKAMI, NIIGATA } from '../../../test/fixtures/role-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from '../../../test/smtp-test-server';
import { startTestApp, type TestApp } from '../../../test/test-app';

const APP_BASE_URL = 'https://tsunagu.example.jp';
const HOUR = 3_600_000;
// 09:30 in Japan on 1 April 2026.
const START = new Date('2026-04-01T00:30:00Z');

const INBOX = `query ($filter: NotificationFilter, $first: Int, $after: String) {
  notifications(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id kind params link subjectType subjectId delivery createdAt readAt } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;
const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const PREFERENCES = `query { notificationPreferences { kind delivery defaultDelivery } }`;
const UPDATE_PREFERENCES = `mutation ($p: [NotificationPreferenceInput!]!) { updateNotificationPreferences(preferences: $p) { kind delivery defaultDelivery } }`;

interface Entry {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  link: string;
  subjectType: string;
  subjectId: string;
  delivery: string;
  createdAt: string;
  readAt: string | null;
}
interface InboxData {
  notifications: { totalCount: number; edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  unreadNotificationCount: number;
}

describe('notifications: inbox, delivery choices, immediate mail and the daily digest', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  const clock = new ManualClock(START);
  const users: Record<'city1' | 'city2' | 'otherCity' | 'rmo' | 'supporter' | 'prefecture' | 'operator', { id: string; email: string; cookie: string }> =
    {} as never;
  let rmoOrganizationId: string;
  let supporterOrganizationId: string;
  let ownRmoId: string;

  const as = (name: keyof typeof users) => ({ cookie: users[name].cookie });
  const inbox = async (name: keyof typeof users, variables: Record<string, unknown> = {}) => {
    const res = await app.graphql<InboxData>(INBOX, variables, as(name));
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  /** Delivers what is queued; returns the mails the SMTP server received meanwhile. */
  const deliver = async (): Promise<ReceivedMail[]> => {
    const before = smtp.received.length;
    await app.services.jobs.runUntilIdle();
    return smtp.received.slice(before);
  };
  const mailsTo = (mails: ReceivedMail[], name: keyof typeof users) => mails.filter((m) => m.to.includes(users[name].email));

  /** An RMO's request, drafted and submitted through the API; returns its id. */
  const rmoSubmits = async (title = '山北地区のあり方検討会の進行支援'): Promise<string> => {
    // Entries are ordered by the clock's time: a second passes between events, as in life.
    clock.advance(1000);
    const created = await app.graphql<{ createSupportRequest: { id: string } }>(
      'mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
      { input: supportRequestInput({ title, rmoIds: [ownRmoId] }) },
      as('rmo'),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createSupportRequest.id;
    const submitted = await app.graphql('mutation ($id: ID!) { submitSupportRequest(id: $id) { status } }', { id }, as('rmo'));
    expect(submitted.data).toEqual({ submitSupportRequest: { status: 'AWAITING_ENDORSEMENT' } });
    return id;
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    app = await startTestApp({ smtpUrl: smtp.url, appBaseUrl: APP_BASE_URL }, { clock });
    const account = async (name: keyof typeof users, fixture: Parameters<typeof createAccount>[1]) => {
      const created = await createAccount(app.dataSource, fixture);
      users[name] = { id: created.user.id, email: fixture.email, cookie: await sessionCookieFor(app, created.user.id) };
      return created;
    };
    const city = await account('city1', {
      kind: OrganizationKind.MUNICIPALITY,
      organizationName: '村上市',
      prefectureCode: NIIGATA,
      municipalityCode: MURAKAMI,
      email: 'city1@murakami.example.jp',
    });
    await account('city2', {
      kind: OrganizationKind.MUNICIPALITY,
      organizationId: city.organization.id,
      membershipRole: MembershipRole.MEMBER,
      email: 'city2@murakami.example.jp',
    });
    await account('otherCity', { kind: OrganizationKind.MUNICIPALITY, organizationName: '新潟市', prefectureCode: NIIGATA, municipalityCode: '151009', email: 'officer@niigata-city.example.jp' });
    const rmo = await account('rmo', {
      kind: OrganizationKind.RMO,
      organizationName: '（架空）山北地区まちづくり協議会',
      prefectureCode: NIIGATA,
      municipalityCode: MURAKAMI,
      email: 'office@sanpoku.example.jp',
    });
    rmoOrganizationId = rmo.organization.id;
    ownRmoId = (await insertRmo(app.dataSource, { name: '（架空）山北地区まちづくり協議会', organizationId: rmoOrganizationId })).id;
    const supporter = await account('supporter', { kind: OrganizationKind.INTERMEDIARY, organizationName: 'NPO法人 架空ネット', email: 'staff@npo.example.jp' });
    supporterOrganizationId = supporter.organization.id;
    await account('prefecture', { kind: OrganizationKind.PREFECTURE, organizationName: '新潟県', prefectureCode: NIIGATA, email: 'staff@pref.niigata.example.jp' });
    await account('operator', { kind: OrganizationKind.OPERATOR, organizationName: 'つなぐ運営', email: 'ops@example.jp' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('an RMO submits: every member of its municipality gets an inbox entry and a Japanese mail at once; nobody else does', async () => {
    const requestId = await rmoSubmits();

    for (const name of ['city1', 'city2'] as const) {
      const data = await inbox(name);
      expect(data.unreadNotificationCount).toBe(1);
      expect(data.notifications.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          kind: 'REQUEST_AWAITING_ENDORSEMENT',
          link: `/requests/${requestId}`,
          subjectType: 'SupportRequest',
          subjectId: requestId,
          delivery: 'IMMEDIATE',
          readAt: null,
          params: { rmoName: '（架空）山北地区まちづくり協議会', requestTitle: '山北地区のあり方検討会の進行支援' },
        }),
      ]);
    }
    // The actor and other municipalities hear nothing.
    for (const name of ['rmo', 'otherCity', 'prefecture', 'supporter'] as const) expect((await inbox(name)).unreadNotificationCount).toBe(0);

    // Each entry knows the mail that carried it.
    const carried: { recipient: string }[] = await app.dataSource.query(
      `SELECT m.recipient FROM notification n JOIN mail_delivery m ON m.id = n.mail_delivery_id WHERE n.subject_id = $1 ORDER BY m.recipient`,
      [requestId],
    );
    expect(carried.map((c) => c.recipient)).toEqual([users.city1.email, users.city2.email]);
    const mails = await deliver();
    expect(mails.map((m) => m.to).sort()).toEqual([[users.city1.email], [users.city2.email]]);
    const [mail] = mailsTo(mails, 'city1');
    // A fixed subject: the RMO's free text (its name, the title) stays out of it.
    expect(mail.subject).toBe('【つなぐ】支援依頼の承認をお願いします');
    expect(mail.text).toContain('city1 様');
    expect(mail.text).toContain('「（架空）山北地区まちづくり協議会」が「山北地区のあり方検討会の進行支援」を提出しました。');
    expect(mail.text).toContain(`${APP_BASE_URL}/requests/${requestId}`);
    expect(mail.text).toContain(`${APP_BASE_URL}/notifications/settings`);
    expect(mail.html).toContain(`href="${APP_BASE_URL}/requests/${requestId}"`);
    expect(mail.parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
  });

  it('endorsement, interest and verification tell their recipients, each in the transaction of the change', async () => {
    const requestId = await rmoSubmits('endorse me');
    await deliver();
    const endorsed = await app.graphql('mutation ($id: ID!) { endorseSupportRequest(id: $id) { status } }', { id: requestId }, as('city1'));
    expect(endorsed.errors).toBeUndefined();
    const rmoEntries = (await inbox('rmo')).notifications.edges.map((e) => e.node);
    expect(rmoEntries).toEqual([
      expect.objectContaining({ kind: 'REQUEST_ENDORSED', link: `/requests/${requestId}`, delivery: 'DAILY_DIGEST', params: { municipalityName: '村上市', requestTitle: 'endorse me' } }),
    ]);

    const profile = await insertSupporter(app.dataSource, {
      name: '架空まちづくり相談室',
      ownerOrganizationId: supporterOrganizationId,
      prefectures: [NIIGATA],
      supportTypes: ['DIALOGUE_FACILITATION'] as never,
    });
    const marked = await app.graphql('mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id } }', { r: requestId, s: profile.id }, as('supporter'));
    expect(marked.errors).toBeUndefined();
    // Marking again changes nothing and tells nobody again.
    await app.graphql('mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id } }', { r: requestId, s: profile.id }, as('supporter'));
    for (const name of ['city1', 'city2'] as const) {
      const kinds = (await inbox(name)).notifications.edges.map((e) => e.node.kind);
      expect(kinds.filter((k) => k === 'INTEREST_MARKED')).toHaveLength(1);
    }

    const verified = await app.graphql('mutation ($id: ID!) { verifySupporterProfile(id: $id, decision: REJECTED, reason: "実績の記載がありません") { id } }', { id: profile.id }, as('prefecture'));
    expect(verified.errors).toBeUndefined();
    const [decision] = (await inbox('supporter')).notifications.edges.map((e) => e.node);
    expect(decision).toMatchObject({
      kind: 'VERIFICATION_DECIDED',
      link: `/my/profiles/${profile.id}/edit`,
      params: { profileName: '架空まちづくり相談室', decision: 'REJECTED', reason: '実績の記載がありません' },
    });
    // Digest kinds send nothing at once.
    expect(await deliver()).toEqual([]);
  });

  it('a rolled-back change notifies nobody and queues no mail', async () => {
    const before = await app.dataSource.query(`SELECT (SELECT count(*) FROM notification) AS n, (SELECT count(*) FROM mail_delivery) AS m`);
    await app.dataSource
      .transaction(async (manager) => {
        await app.services.notifications.notify(manager, {
          kind: NotificationKind.OFFER_RECEIVED,
          organizationIds: [supporterOrganizationId],
          link: '/offers/rolled-back',
          params: { municipalityName: '村上市', requestTitle: 'rolled back' },
          subject: { type: 'Offer', id: 'rolled-back' },
        });
        throw new Error('business rule refused');
      })
      .catch(() => undefined);
    expect(await app.dataSource.query(`SELECT (SELECT count(*) FROM notification) AS n, (SELECT count(*) FROM mail_delivery) AS m`)).toEqual(before);
    expect(await deliver()).toEqual([]);
    // A link to another site is a programming error, refused before anything is written.
    await expect(
      app.services.notifications.notify(app.dataSource.manager, {
        kind: NotificationKind.OFFER_RECEIVED,
        userIds: [users.supporter.id],
        link: '//evil.example/phish',
        params: {},
        subject: { type: 'Offer', id: 'x' },
      }),
    ).rejects.toThrow('path inside the app');
  });

  it('each user reads and marks only their own entries; another user’s id is as unknown as a made-up one', async () => {
    const city1 = await inbox('city1');
    const city2 = await inbox('city2');
    const foreignId = city2.notifications.edges[0].node.id;
    expect(city1.notifications.edges.map((e) => e.node.id)).not.toContain(foreignId);

    const foreign = await app.graphql(MARK_READ, { ids: [foreignId] }, as('city1'));
    const unknown = await app.graphql(MARK_READ, { ids: ['00000000-0000-4000-8000-000000000000'] }, as('city1'));
    expect(foreign.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOTIFICATION_NOT_FOUND', params: {} });
    expect({ errors: foreign.errors, data: foreign.data }).toEqual({ errors: unknown.errors, data: unknown.data });
    // A mix of own and foreign ids marks nothing.
    const ownId = city1.notifications.edges[0].node.id;
    expect((await app.graphql(MARK_READ, { ids: [ownId, foreignId] }, as('city1'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await inbox('city2')).unreadNotificationCount).toBe(city2.unreadNotificationCount);
    expect((await inbox('city1')).unreadNotificationCount).toBe(city1.unreadNotificationCount);
    expect((await app.graphql(MARK_READ, { ids: ['not-an-id'] }, as('city1'))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids', reason: 'INVALID_ID' });
    expect((await app.graphql(INBOX, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const marked = await app.graphql<{ markNotificationsRead: { id: string; readAt: string }[] }>(MARK_READ, { ids: [ownId, ownId] }, as('city1'));
    expect(marked.data!.markNotificationsRead).toEqual([{ id: ownId, readAt: clock.now().toISOString() }]);
    const after = await inbox('city1');
    expect(after.unreadNotificationCount).toBe(city1.unreadNotificationCount - 1);
    const unread = await inbox('city1', { filter: { unreadOnly: true } });
    expect(unread.notifications.totalCount).toBe(after.unreadNotificationCount);
    expect(unread.notifications.edges.map((e) => e.node.id)).not.toContain(ownId);

    // Pages follow each other without gaps or repeats, newest first.
    const all = after.notifications.edges.map((e) => e.node.id);
    const first = await inbox('city1', { first: 1 });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const rest = await inbox('city1', { first: 100, after: first.notifications.pageInfo.endCursor });
    expect([...first.notifications.edges, ...rest.notifications.edges].map((e) => e.node.id)).toEqual(all);

    const markedAll = await app.graphql<{ markAllNotificationsRead: number }>(MARK_ALL, {}, as('city1'));
    expect(markedAll.data!.markAllNotificationsRead).toBe(after.unreadNotificationCount);
    expect((await inbox('city1')).unreadNotificationCount).toBe(0);
    expect((await inbox('city2')).unreadNotificationCount).toBe(city2.unreadNotificationCount);
  });

  it('lists the kinds of the viewer’s role with their defaults: what asks for action comes at once, the rest daily', async () => {
    const kindsOf = async (name: keyof typeof users) =>
      (await app.graphql<{ notificationPreferences: { kind: string; delivery: string; defaultDelivery: string }[] }>(PREFERENCES, {}, as(name))).data!.notificationPreferences;
    expect(await kindsOf('city1')).toEqual(
      expect.arrayContaining([
        { kind: 'REQUEST_AWAITING_ENDORSEMENT', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
        { kind: 'OFFER_ACCEPTED', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
        { kind: 'INTEREST_MARKED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
      ]),
    );
    // The broker prefecture is only told of an acceptance; the municipality must act on it.
    expect(await kindsOf('prefecture')).toEqual(
      expect.arrayContaining([
        { kind: 'INTRODUCTION_REQUESTED', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
        { kind: 'OFFER_ACCEPTED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
      ]),
    );
    expect((await kindsOf('supporter')).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['OFFER_RECEIVED', 'OFFER_DEADLINE_REMINDER', 'RECONFIRMATION_DUE', 'VERIFICATION_DECIDED']),
    );
    expect(await kindsOf('rmo')).toEqual([
      { kind: 'REQUEST_ENDORSED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
      { kind: 'REQUEST_RETURNED', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
      { kind: 'ENGAGEMENT_STARTED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
      { kind: 'ENGAGEMENT_STEP_CHANGED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
      // Each party writes its part of the review: that asks for action.
      { kind: 'ENGAGEMENT_REVIEW_STARTED', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
      { kind: 'ENGAGEMENT_ENDED', delivery: 'DAILY_DIGEST', defaultDelivery: 'DAILY_DIGEST' },
    ]);
    expect(await kindsOf('operator')).toEqual([]);

    const foreignKind = await app.graphql(UPDATE_PREFERENCES, { p: [{ kind: 'OFFER_RECEIVED', delivery: 'INBOX_ONLY' }] }, as('city1'));
    expect(foreignKind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'preferences.0.kind', reason: 'INVALID_VALUE' });
    const twice = await app.graphql(
      UPDATE_PREFERENCES,
      { p: [{ kind: 'INTEREST_MARKED', delivery: 'INBOX_ONLY' }, { kind: 'INTEREST_MARKED', delivery: 'IMMEDIATE' }] },
      as('city1'),
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'preferences.1.kind', reason: 'DUPLICATE' });
    expect(await app.dataSource.query(`SELECT * FROM notification_preference`)).toEqual([]);
  });

  it('a changed choice governs later events: inbox only sends no mail, the digest gathers, back to default mails again', async () => {
    const choose = async (name: keyof typeof users, delivery: string) => {
      const res = await app.graphql(UPDATE_PREFERENCES, { p: [{ kind: 'REQUEST_AWAITING_ENDORSEMENT', delivery }] }, as(name));
      expect(res.errors).toBeUndefined();
    };
    await choose('city2', 'INBOX_ONLY');
    const audit: { before: unknown; after: unknown }[] = await app.dataSource.query(
      `SELECT before, after FROM audit_entry WHERE action = 'updateNotificationPreferences' AND actor_user_id = $1`,
      [users.city2.id],
    );
    expect(audit).toEqual([{ before: { REQUEST_AWAITING_ENDORSEMENT: 'IMMEDIATE' }, after: { REQUEST_AWAITING_ENDORSEMENT: 'INBOX_ONLY' } }]);

    await rmoSubmits('inbox only, please');
    let mails = await deliver();
    expect(mails.flatMap((m) => m.to)).toEqual([users.city1.email]);
    const [entry] = (await inbox('city2')).notifications.edges.map((e) => e.node);
    expect(entry).toMatchObject({ kind: 'REQUEST_AWAITING_ENDORSEMENT', delivery: 'INBOX_ONLY', params: { requestTitle: 'inbox only, please' } });

    // Back to the default: stored as no choice at all.
    await choose('city2', 'IMMEDIATE');
    expect(await app.dataSource.query(`SELECT * FROM notification_preference WHERE user_id = $1`, [users.city2.id])).toEqual([]);
    await rmoSubmits('at once again');
    mails = await deliver();
    expect(mails.flatMap((m) => m.to).sort()).toEqual([users.city1.email, users.city2.email]);
  });

  describe('the daily digest', () => {
    /** Fires every schedule (the digest among them) and delivers; returns the digests received. */
    const fireDigest = async () => {
      await app.services.jobs.fireSchedules(app.dataSource.manager);
      return (await deliver()).filter((m) => m.subject.includes('のお知らせ（'));
    };
    const digestEvent = (title: string) =>
      app.dataSource.transaction((manager) =>
        app.services.notifications.notify(manager, {
          kind: NotificationKind.INTEREST_MARKED,
          municipalityStaffOf: [MURAKAMI],
          link: `/requests/digest-${title}`,
          params: { supporterName: '架空ネット', requestTitle: title },
          subject: { type: 'SupportRequest', id: title },
        }),
      );

    it('goes out once a day at 08:00 in Japan with every entry waiting; a retry, a second run or a later entry that day sends no second one', async () => {
      await app.graphql(MARK_ALL, {}, as('city1'));
      await app.graphql(MARK_ALL, {}, as('city2'));
      await app.dataSource.query(`UPDATE notification SET read_at = NULL WHERE user_id = $1 AND kind = 'INTEREST_MARKED'`, [users.city2.id]);
      await deliver();
      clock.set(new Date('2026-04-01T05:00:00Z')); // 14:00 JST
      await digestEvent('一件目');
      await digestEvent('二件目');

      // 07:59 JST the next day: the scheduler has not fired; at 08:00 (23:00 UTC) it does.
      clock.set(new Date('2026-04-01T23:00:00Z'));
      const digests = await fireDigest();
      // Everyone with entries waiting: the RMO (its endorsement) and the supporter (its verification) too.
      expect(digests.map((m) => m.to[0]).sort()).toEqual([users.city1.email, users.city2.email, users.rmo.email, users.supporter.email].sort());
      const city1 = mailsTo(digests, 'city1')[0];
      expect(city1.subject).toBe('【つなぐ】4月2日のお知らせ（2件）');
      expect(city1.text).toContain('「架空ネット」が「一件目」に関心を示しました。');
      expect(city1.text).toContain(`${APP_BASE_URL}/requests/digest-二件目`);
      expect(city1.html).toContain(`href="${APP_BASE_URL}/requests/digest-一件目"`);
      // city2 still had the (unread) interest entry of the earlier test: it is in the digest too.
      expect(mailsTo(digests, 'city2')[0].subject).toBe('【つなぐ】4月2日のお知らせ（3件）');

      // The job retried or fired again the same morning: nothing more.
      expect(await fireDigest()).toEqual([]);
      expect(await app.services.notifications.sendDigests({ now: clock.now() })).toEqual({ digests: 0 });
      // An entry later that day waits for tomorrow, even if the job runs again.
      clock.advance(2 * HOUR);
      await digestEvent('三件目');
      expect(await fireDigest()).toEqual([]);
      // Read in the inbox before the digest: city2 does not get it by mail.
      const city2Third = (await inbox('city2')).notifications.edges.find((e) => e.node.params.requestTitle === '三件目')!.node.id;
      await app.graphql(MARK_READ, { ids: [city2Third] }, as('city2'));

      clock.set(new Date('2026-04-02T23:00:00Z'));
      const next = await fireDigest();
      expect(next.map((m) => [m.to, m.subject])).toEqual([[[users.city1.email], '【つなぐ】4月3日のお知らせ（1件）']]);

      const rows: { user_id: string; digest_date: string; entry_count: number }[] = await app.dataSource.query(
        `SELECT user_id, to_char(digest_date, 'YYYY-MM-DD') AS digest_date, entry_count FROM notification_digest ORDER BY digest_date, user_id`,
      );
      expect(rows.filter((r) => r.user_id === users.city1.id)).toEqual([
        { user_id: users.city1.id, digest_date: '2026-04-02', entry_count: 2 },
        { user_id: users.city1.id, digest_date: '2026-04-03', entry_count: 1 },
      ]);
    });

    it('two app instances running the digest at the same moment send each user one digest', async () => {
      const second = await startTestApp({ smtpUrl: smtp.url, appBaseUrl: APP_BASE_URL }, { clock, databaseUrl: app.databaseUrl });
      try {
        clock.set(new Date('2026-04-03T03:00:00Z'));
        for (let i = 0; i < 5; i++) await digestEvent(`並行${i}`);
        clock.set(new Date('2026-04-03T23:00:00Z'));
        const now = clock.now();
        const results = await Promise.all([
          app.services.notifications.sendDigests({ now }),
          second.services.notifications.sendDigests({ now }),
          app.services.notifications.sendDigests({ now }),
        ]);
        expect(results.reduce((sum, r) => sum + r.digests, 0)).toBe(2);
        const mails = await deliver();
        expect(mails.map((m) => m.to[0]).sort()).toEqual([users.city1.email, users.city2.email].sort());
        expect(mails.every((m) => m.subject === '【つなぐ】4月4日のお知らせ（5件）')).toBe(true);
        // Every entry went out exactly once: none is left waiting, none was marked by two digests.
        const [{ waiting }]: { waiting: number }[] = await app.dataSource.query(
          `SELECT count(*)::int AS waiting FROM notification WHERE delivery = 'DAILY_DIGEST' AND digest_date IS NULL AND read_at IS NULL AND user_id = ANY($1)`,
          [[users.city1.id, users.city2.id]],
        );
        expect(waiting).toBe(0);
      } finally {
        await second.close().catch(() => undefined);
      }
    });
  });

  it('reconfirmation due: an inbox entry beside the reminder mail it always sent, one mail per person, following each choice', async () => {
    const { user: member } = await createAccount(app.dataSource, {
      kind: OrganizationKind.INTERMEDIARY,
      organizationId: supporterOrganizationId,
      membershipRole: MembershipRole.MEMBER,
      email: 'member@npo.example.jp',
    });
    const memberCookie = await sessionCookieFor(app, member.id);
    await app.graphql(UPDATE_PREFERENCES, { p: [{ kind: 'RECONFIRMATION_DUE', delivery: 'INBOX_ONLY' }] }, { cookie: memberCookie });
    const profile = await insertSupporter(app.dataSource, { name: '架空の確認待ち相談室', ownerOrganizationId: supporterOrganizationId, prefectures: [NIIGATA] });
    await app.dataSource.query(`UPDATE supporter_profile SET availability_confirmed_at = $2 WHERE id = $1`, [profile.id, new Date(clock.now().getTime() - 84 * DAY_MS)]);
    await deliver();

    await app.services.jobs.fireSchedules(app.dataSource.manager);
    const mails = (await deliver()).filter((m) => m.subject.includes('架空の確認待ち相談室'));
    expect(mails.map((m) => m.to)).toEqual([[users.supporter.email]]);
    expect(mails[0].subject).toMatch(/^【つなぐ】掲載情報「架空の確認待ち相談室」の確認をお願いします（\d{4}年\d+月\d+日まで）$/);
    for (const cookie of [users.supporter.cookie, memberCookie]) {
      const entries = (await app.graphql<InboxData>(INBOX, {}, { cookie })).data!.notifications.edges.map((e) => e.node);
      expect(entries.filter((e) => e.kind === 'RECONFIRMATION_DUE' && e.subjectId === profile.id)).toEqual([
        expect.objectContaining({ link: '/my/profiles', subjectId: profile.id, params: expect.objectContaining({ profileName: '架空の確認待ち相談室', stage: 'DUE_SOON' }) }),
      ]);
    }
  });
});
