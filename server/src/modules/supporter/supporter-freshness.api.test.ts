import { MembershipRole, OrganizationKind } from '@tsunagu/shared';
import { DAY_MS, ManualClock } from '../../common/clock';
import { createAccount } from '../../../test/fixtures/account-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const START = new Date('2026-04-01T03:00:00Z');

describe('reconfirmation reminders (scheduled sweep on the clock)', () => {
  let app: TestApp;
  const clock = new ManualClock(START);
  let profileId: string;
  let organizationId: string;
  const owner = 'owner@npo.example.jp';
  const member = 'member@npo.example.jp';
  const removed = 'removed@npo.example.jp';

  /** Fires the hourly schedule, runs the sweep and the mail it queues; returns the subjects each person received. */
  const sweep = async (): Promise<Record<string, string[]>> => {
    const before = await mailbox();
    await app.services.jobs.fireSchedules(app.dataSource.manager);
    await app.services.jobs.runUntilIdle();
    const after = await mailbox();
    return Object.fromEntries(Object.entries(after).map(([to, subjects]) => [to, subjects.slice(before[to]?.length ?? 0)]).filter(([, s]) => s.length));
  };
  const mailbox = async (): Promise<Record<string, string[]>> => {
    const messages = (await app.services.devMailbox!.messages()).reverse();
    const byRecipient: Record<string, string[]> = {};
    for (const m of messages) (byRecipient[m.recipient] ??= []).push(m.subject);
    return byRecipient;
  };
  const confirmDaysAgo = (id: string, days: number) =>
    app.dataSource.query(`UPDATE supporter_profile SET availability_confirmed_at = $2 WHERE id = $1`, [id, new Date(clock.now().getTime() - days * DAY_MS)]);

  beforeAll(async () => {
    // The development mailbox prints every mail; keep the test output readable.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    app = await startTestApp({ appBaseUrl: 'https://tsunagu.example.jp' }, { clock });
    const { organization } = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationName: 'NPO法人 架空ネット', email: owner });
    organizationId = organization.id;
    await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationId, email: member, membershipRole: MembershipRole.MEMBER });
    const { user: gone } = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationId, email: removed, membershipRole: MembershipRole.MEMBER });
    await app.dataSource.query(`UPDATE app_user SET removed_at = now() WHERE id = $1`, [gone.id]);
    profileId = (await insertSupporter(app.dataSource, { name: '架空まちづくり相談室', ownerOrganizationId: organizationId, prefectures: ['15'] })).id;
    await confirmDaysAgo(profileId, 80);
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('mails every live member a week before the profile turns stale, once, and again when it does', async () => {
    // 80 days after confirmation: nothing is due (the reminder comes at 83).
    expect(await sweep()).toEqual({});

    clock.advance(3 * DAY_MS);
    const dueSoon = '【つなぐ】掲載情報「架空まちづくり相談室」の確認をお願いします（2026年4月11日まで）';
    expect(await sweep()).toEqual({ [owner]: [dueSoon], [member]: [dueSoon] });
    // Idempotent: the next hours' sweeps send nothing more.
    clock.advance(60 * 60 * 1000);
    expect(await sweep()).toEqual({});
    expect(await sweep()).toEqual({});

    clock.advance(7 * DAY_MS);
    const stale = '【つなぐ】掲載情報「架空まちづくり相談室」の確認期限が過ぎました';
    expect(await sweep()).toEqual({ [owner]: [stale], [member]: [stale] });
    clock.advance(DAY_MS);
    expect(await sweep()).toEqual({});

    const [mail] = await app.services.devMailbox!.messages({ recipient: owner });
    expect(mail.text).toContain('https://tsunagu.example.jp/my/profiles');
    expect(mail.html).toContain('href="https://tsunagu.example.jp/my/profiles"');
    expect(mail.text).toContain('2026年7月10日'); // hidden from search 180 days after the confirmation of 2026年1月11日

    const notices: { stage: string; noted_at: Date }[] = await app.dataSource.query(
      `SELECT stage, noted_at FROM supporter_freshness_notice WHERE profile_id = $1 ORDER BY noted_at`,
      [profileId],
    );
    expect(notices.map((n) => n.stage)).toEqual(['DUE_SOON', 'STALE']);
    expect(notices[0].noted_at).toEqual(new Date(START.getTime() + 3 * DAY_MS));
  });

  it('marks the profile hidden when it leaves search, and starts a new cycle once reconfirmed', async () => {
    clock.set(new Date(START.getTime() + 100 * DAY_MS)); // 180 days after confirmation
    const hidden = '【つなぐ】掲載情報「架空まちづくり相談室」が検索に表示されなくなりました';
    expect(await sweep()).toEqual({ [owner]: [hidden], [member]: [hidden] });

    // Reconfirmed today: the next reminder comes 83 days later, once.
    await confirmDaysAgo(profileId, 0);
    clock.advance(82 * DAY_MS);
    expect(await sweep()).toEqual({});
    clock.advance(DAY_MS);
    expect(Object.keys(await sweep()).sort()).toEqual([member, owner]);
    expect(await sweep()).toEqual({});
  });

  it('sends one mail for the furthest stage when several pass at once, and none for drafts, archived or ownerless profiles', async () => {
    const old = await insertSupporter(app.dataSource, { name: '長く眠っていた相談室', ownerOrganizationId: organizationId, prefectures: ['15'] });
    const draft = await insertSupporter(app.dataSource, { name: '下書き', ownerOrganizationId: organizationId, supportTypes: [] });
    const archived = await insertSupporter(app.dataSource, { name: '公開終了', ownerOrganizationId: organizationId, archivedAt: clock.now() });
    const ownerless = await insertSupporter(app.dataSource, { name: '所有者なし', ownerOrganizationId: null });
    for (const { id } of [old, draft, archived, ownerless]) await confirmDaysAgo(id, 400);

    expect(await sweep()).toEqual({
      [owner]: ['【つなぐ】掲載情報「長く眠っていた相談室」が検索に表示されなくなりました'],
      [member]: ['【つなぐ】掲載情報「長く眠っていた相談室」が検索に表示されなくなりました'],
    });
    const stages: { stage: string }[] = await app.dataSource.query(`SELECT stage FROM supporter_freshness_notice WHERE profile_id = $1 ORDER BY stage`, [old.id]);
    expect(stages.map((s) => s.stage)).toEqual(['DUE_SOON', 'HIDDEN', 'STALE']);
    const others: { count: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM supporter_freshness_notice WHERE profile_id = ANY($1)`,
      [[draft.id, archived.id, ownerless.id]],
    );
    expect(others[0].count).toBe(0);
  });

  it('queues nothing if the sweep fails half-way (notes and mails commit together)', async () => {
    const failing = await insertSupporter(app.dataSource, { name: '途中で失敗する相談室', ownerOrganizationId: organizationId, prefectures: ['15'] });
    await confirmDaysAgo(failing.id, 85);
    const mailsBefore: { count: number }[] = await app.dataSource.query(`SELECT count(*)::int AS count FROM mail_delivery`);
    const send = jest.spyOn(app.services.mail, 'send').mockRejectedValueOnce(new Error('mail table unavailable'));
    await expect(app.services.supporterFreshness.sweep({ now: clock.now() })).rejects.toThrow('mail table unavailable');
    send.mockRestore();
    const notices: { count: number }[] = await app.dataSource.query(`SELECT count(*)::int AS count FROM supporter_freshness_notice WHERE profile_id = $1`, [failing.id]);
    expect(notices[0].count).toBe(0);
    expect(await app.dataSource.query(`SELECT count(*)::int AS count FROM mail_delivery`)).toEqual(mailsBefore);
    // The next sweep does it properly.
    expect(Object.keys(await sweep()).sort()).toEqual([member, owner]);
  });
});
