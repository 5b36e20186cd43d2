import { MembershipRole, OrganizationKind } from '@tsunagu/shared';
import {
  TEST_PASSWORD,
  createAccount,
  sessionCookieFor,
  sessionCookieFrom,
  tokenFromLatestMail,
} from '../../../test/fixtures/account-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const ME_FIELDS = `role isOwner user { id email displayName membershipRole } organization { id kind name prefectureCode municipalityCode }`;
const REGISTER = `mutation ($input: RegisterIntermediaryInput!) { registerIntermediary(input: $input) { ${ME_FIELDS} } }`;
const CREATE_INVITATION = `mutation ($input: CreateInvitationInput!) {
  createInvitation(input: $input) { id kind email organizationKind organizationName prefectureCode municipalityCode expiresAt acceptedAt } }`;
const ACCEPT = `mutation ($token: String!, $displayName: String!, $password: String!) {
  acceptInvitation(token: $token, displayName: $displayName, password: $password) { ${ME_FIELDS} } }`;
const MEMBERS = `{ organizationMembers { id email membershipRole } }`;
const REMOVE = `mutation ($userId: ID!) { removeMember(userId: $userId) }`;
const ME = `{ me { ${ME_FIELDS} } }`;

interface MeData {
  role: string;
  isOwner: boolean;
  user: { id: string; email: string; displayName: string; membershipRole: MembershipRole };
  organization: { id: string; kind: OrganizationKind; name: string; prefectureCode: string | null; municipalityCode: string | null };
}

const NEW_PASSWORD = 'invited person passphrase';
const NIIGATA = '15';
const MURAKAMI = '152129';
const NIIGATA_CITY = '151009';
const NIIGATA_CHUO_WARD = '151033';
const YAMAGATA_CITY = '062014';

describe('onboarding: self-registration, invitations and members', () => {
  let app: TestApp;
  const cookies: Record<'operator' | 'prefecture' | 'municipality' | 'intermediaryOwner' | 'intermediaryMember', string> = {
    operator: '',
    prefecture: '',
    municipality: '',
    intermediaryOwner: '',
    intermediaryMember: '',
  };
  const ids: Record<string, string> = {};

  /** Row counts of every table these mutations write, to prove that a refusal wrote nothing. */
  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await app.dataSource.query(`SELECT
      (SELECT count(*)::int FROM invitation) AS invitation, (SELECT count(*)::int FROM mail_delivery) AS outbox,
      (SELECT count(*)::int FROM audit_entry) AS audit, (SELECT count(*)::int FROM organization) AS organization,
      (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM supporter_profile) AS profiles,
      (SELECT count(*)::int FROM app_user WHERE removed_at IS NOT NULL) AS removed`);
    return row;
  };
  const invite = (cookie: string, input: Record<string, unknown>) =>
    app.graphql<{ createInvitation: Record<string, unknown> }>(CREATE_INVITATION, { input }, { cookie });
  const accept = (token: string, displayName = '招待された職員', password = NEW_PASSWORD) =>
    app.graphql<{ acceptInvitation: MeData }>(ACCEPT, { token, displayName, password });
  const inviteAndAccept = async (cookie: string, input: Record<string, unknown> & { email: string }) => {
    const created = await invite(cookie, input);
    expect(created.errors).toBeUndefined();
    const accepted = await accept(await tokenFromLatestMail(app, input.email, 'INVITATION'));
    expect(accepted.errors).toBeUndefined();
    return { invitation: created.data!.createInvitation, me: accepted.data!.acceptInvitation, setCookie: accepted.setCookie };
  };

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    // Room for this file's many invitations by one unverified intermediary; the limit test reads these.
    app = await startTestApp({ invitationLimits: { perDay: 12, perDayUnverified: 8 } });
    const ds = app.dataSource;
    const operator = await createAccount(ds, { kind: OrganizationKind.OPERATOR, organizationName: 'つなぐ運営事務局', email: 'op@example.jp' });
    const prefecture = await createAccount(ds, { kind: OrganizationKind.PREFECTURE, organizationName: '新潟県', prefectureCode: NIIGATA, email: 'pref@example.jp' });
    const municipality = await createAccount(ds, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: NIIGATA, municipalityCode: MURAKAMI, email: 'city@example.jp',
    });
    const owner = await createAccount(ds, { kind: OrganizationKind.INTERMEDIARY, organizationName: '支援室A', email: 'owner@example.jp' });
    const member = await createAccount(ds, {
      kind: OrganizationKind.INTERMEDIARY, organizationId: owner.organization.id, membershipRole: MembershipRole.MEMBER, email: 'member@example.jp',
    });
    const other = await createAccount(ds, { kind: OrganizationKind.INTERMEDIARY, organizationName: '支援室B', email: 'other@example.jp' });
    Object.assign(ids, {
      prefectureOrg: prefecture.organization.id,
      municipalityOrg: municipality.organization.id,
      ownerOrg: owner.organization.id,
      owner: owner.user.id,
      member: member.user.id,
      other: other.user.id,
      prefectureUser: prefecture.user.id,
    });
    cookies.operator = await sessionCookieFor(app, operator.user.id);
    cookies.prefecture = await sessionCookieFor(app, prefecture.user.id);
    cookies.municipality = await sessionCookieFor(app, municipality.user.id);
    cookies.intermediaryOwner = await sessionCookieFor(app, owner.user.id);
    cookies.intermediaryMember = await sessionCookieFor(app, member.user.id);
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  describe('registerIntermediary', () => {
    const input = {
      organizationName: '（テスト）里山つなぎ隊',
      email: 'Founder@Satoyama.example.jp',
      displayName: '里山 花子',
      password: 'satoyama passphrase',
      name: '里山つなぎ隊',
      kana: 'さとやまつなぎたい',
      kind: 'NPO',
      summary: '中山間地域の対話の場づくりを支えます。',
    };

    it('creates organization, owner and an unverified draft profile at once, and signs in', async () => {
      const res = await app.graphql<{ registerIntermediary: MeData }>(REGISTER, { input });
      expect(res.errors).toBeUndefined();
      const me = res.data!.registerIntermediary;
      expect(me).toMatchObject({
        role: 'INTERMEDIARY_STAFF',
        isOwner: true,
        user: { email: 'founder@satoyama.example.jp', displayName: '里山 花子', membershipRole: 'OWNER' },
        organization: { kind: 'INTERMEDIARY', name: '（テスト）里山つなぎ隊' },
      });
      const cookie = sessionCookieFrom(res.setCookie);
      expect((await app.graphql<{ me: MeData }>(ME, {}, { cookie })).data!.me.user.id).toBe(me.user.id);

      const [draft] = await app.dataSource.query('SELECT * FROM supporter_profile WHERE owner_organization_id = $1', [me.organization.id]);
      expect(draft).toMatchObject({
        name: '里山つなぎ隊',
        kana: 'さとやまつなぎたい',
        kind: 'NPO',
        verification_status: 'UNVERIFIED',
        support_types: [],
        capacity: 0,
        availability: 'NOT_ACCEPTING',
        description: '',
        archived_at: null,
      });
      const audit = await app.dataSource.query(
        `SELECT actor_user_id, entity_type, after FROM audit_entry WHERE action = 'registerIntermediary' ORDER BY id`,
      );
      expect(audit.map((a: { entity_type: string }) => a.entity_type)).toEqual(['Organization', 'User', 'SupporterProfile']);
      expect(audit.every((a: { actor_user_id: string | null }) => a.actor_user_id === null)).toBe(true);
      expect(JSON.stringify(audit)).not.toMatch(/argon2|password/i);
    });

    it('answers a duplicate email (in any case) with CONFLICT on "email" and writes nothing', async () => {
      const before = await counts();
      const res = await app.graphql(REGISTER, { input: { ...input, email: 'FOUNDER@satoyama.example.jp', organizationName: '別の団体' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' });
      expect(sessionCookieFrom(res.setCookie)).toBeUndefined();
      expect(await counts()).toEqual(before);
    });

    it('lets exactly one of two simultaneous registrations with one email through', async () => {
      const before = await counts();
      const race = { ...input, email: 'race@example.jp' };
      const results = await Promise.all([app.graphql(REGISTER, { input: race }), app.graphql(REGISTER, { input: race })]);
      expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const after = await counts();
      expect([after.organization - before.organization, after.users - before.users, after.profiles - before.profiles]).toEqual([1, 1, 1]);
    });

    it.each([
      ['a 9-character password', { password: 'too short' }, 'password', { reason: 'TOO_SHORT', params: { min: 10 } }],
      ['a malformed email', { email: 'not-an-email' }, 'email', { reason: 'NOT_EMAIL' }],
      ['a blank profile name', { name: '   ' }, 'name', { reason: 'REQUIRED' }],
      ['a 301-character summary', { summary: 'あ'.repeat(301) }, 'summary', { reason: 'TOO_LONG', params: { max: 300 } }],
      ['a reading in kanji', { kana: '里山つなぎ隊' }, 'kana', { reason: 'NOT_KANA' }],
    ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_case, change, field, expected) => {
      const before = await counts();
      const res = await app.graphql(REGISTER, { input: { ...input, email: 'valid@example.jp', ...change } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...expected });
      expect(await counts()).toEqual(before);
    });
  });

  describe('invitations along the chain of trust', () => {
    it('operator → prefecture staff of a prefecture without an organization: creates it, named after the prefecture', async () => {
      const { me, setCookie } = await inviteAndAccept(cookies.operator, { kind: 'PREFECTURE_STAFF', email: 'yamagata@example.jp', prefectureCode: '06' });
      expect(me).toMatchObject({ isOwner: true, organization: { kind: 'PREFECTURE', name: '山形県', prefectureCode: '06' } });
      expect(sessionCookieFrom(setCookie)).toBeDefined();
    });

    it('prefecture staff → municipality staff of a municipality in their prefecture without an organization', async () => {
      const created = await inviteAndAccept(cookies.prefecture, { kind: 'MUNICIPALITY_STAFF', email: 'niigata-city@example.jp', municipalityCode: NIIGATA_CITY });
      expect(created.me).toMatchObject({
        isOwner: true,
        organization: { kind: 'MUNICIPALITY', name: '新潟市', prefectureCode: NIIGATA, municipalityCode: NIIGATA_CITY },
      });
    });

    it('municipality staff → RMO staff of a new RMO in their municipality', async () => {
      const { me } = await inviteAndAccept(cookies.municipality, { kind: 'RMO_STAFF', email: 'rmo@example.jp', organizationName: '（架空）テスト地区協議会' });
      expect(me).toMatchObject({
        role: 'RMO_STAFF',
        isOwner: true,
        organization: { kind: 'RMO', name: '（架空）テスト地区協議会', prefectureCode: NIIGATA, municipalityCode: MURAKAMI },
      });
    });

    describe('never into an existing organization: only its own owner adds members', () => {
      it.each<[string, keyof typeof cookies, Record<string, unknown>, string]>([
        ['an operator naming a prefecture that has an organization', 'operator', { kind: 'PREFECTURE_STAFF', prefectureCode: NIIGATA }, 'prefectureCode'],
        ['prefecture staff naming a municipality that has an organization', 'prefecture', { kind: 'MUNICIPALITY_STAFF', municipalityCode: MURAKAMI }, 'municipalityCode'],
        ['municipality staff naming an existing RMO', 'municipality', { kind: 'RMO_STAFF', organizationName: '（架空）既存の地区協議会' }, 'organizationName'],
      ])('refuses %s with CONFLICT and writes nothing', async (_case, who, input, field) => {
        await app.dataSource.query(
          `INSERT INTO organization (kind, name, prefecture_code, municipality_code)
           SELECT 'RMO', '（架空）既存の地区協議会', '15', '152129' WHERE NOT EXISTS (SELECT 1 FROM organization WHERE name = '（架空）既存の地区協議会')`,
        );
        const before = await counts();
        const res = await invite(cookies[who], { email: 'intruder@example.jp', ...input });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANIZATION_EXISTS', field });
        expect(res.data).toBeNull();
        expect(await counts()).toEqual(before);
      });

      it("refuses the second of two invitations into one new RMO once the first created it, so the invitee never reads the RMO's drafts", async () => {
        const name = '（架空）同時招待の地区協議会';
        await invite(cookies.municipality, { kind: 'RMO_STAFF', email: 'first-rmo@example.jp', organizationName: name });
        await invite(cookies.municipality, { kind: 'RMO_STAFF', email: 'second-rmo@example.jp', organizationName: name });
        const first = await accept(await tokenFromLatestMail(app, 'first-rmo@example.jp', 'INVITATION'));
        expect(first.data?.acceptInvitation).toMatchObject({ isOwner: true, organization: { name } });
        const before = await counts();
        const second = await accept(await tokenFromLatestMail(app, 'second-rmo@example.jp', 'INVITATION'));
        expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANIZATION_EXISTS' });
        expect(await counts()).toEqual(before);
        const [{ members }] = await app.dataSource.query(
          `SELECT count(*)::int AS members FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE o.name = $1`,
          [name],
        );
        expect(members).toBe(1);
      });
    });

    it('an owner → a member of their own organization', async () => {
      const { me } = await inviteAndAccept(cookies.intermediaryOwner, { kind: 'ORGANIZATION_MEMBER', email: 'colleague@example.jp' });
      expect(me).toMatchObject({ role: 'INTERMEDIARY_STAFF', isOwner: false, user: { membershipRole: 'MEMBER' }, organization: { id: ids.ownerOrg } });
    });

    it('mails the link and audits creation and acceptance without secrets', async () => {
      await invite(cookies.operator, { kind: 'PREFECTURE_STAFF', email: 'mail-check@example.jp', prefectureCode: '17' });
      await app.services.jobs.runUntilIdle();
      const [mail] = (await app.services.devMailbox!.messages({ recipient: 'mail-check@example.jp' }));
      expect(mail.subject).toBe('【つなぐ】都道府県のアカウントへの招待');
      expect(mail.text).toContain('石川県');
      expect(mail.text).toContain('http://localhost:4000/invitations/accept?token=');
      const token = await tokenFromLatestMail(app, 'mail-check@example.jp', 'INVITATION');
      await accept(token);
      const entries = await app.dataSource.query(`SELECT action, entity_type, before, after FROM audit_entry WHERE action IN ('createInvitation', 'acceptInvitation')`);
      expect(entries.length).toBeGreaterThan(0);
      expect(JSON.stringify(entries)).not.toContain(token);
      expect(JSON.stringify(entries)).not.toMatch(/tokenHash|token_hash|argon2/);
    });

    it.each<[string, keyof typeof cookies, Record<string, unknown>]>([
      ['prefecture staff inviting a municipality of another prefecture', 'prefecture', { kind: 'MUNICIPALITY_STAFF', municipalityCode: YAMAGATA_CITY }],
      ['prefecture staff inviting prefecture staff', 'prefecture', { kind: 'PREFECTURE_STAFF', prefectureCode: NIIGATA }],
      ['municipality staff inviting prefecture staff', 'municipality', { kind: 'PREFECTURE_STAFF', prefectureCode: NIIGATA }],
      ['municipality staff inviting another municipality', 'municipality', { kind: 'MUNICIPALITY_STAFF', municipalityCode: NIIGATA_CITY }],
      ['municipality staff inviting an RMO elsewhere', 'municipality', { kind: 'RMO_STAFF', organizationName: '他市の協議会', municipalityCode: NIIGATA_CHUO_WARD }],
      ['an operator inviting municipality staff directly', 'operator', { kind: 'MUNICIPALITY_STAFF', municipalityCode: MURAKAMI }],
      ['an intermediary inviting prefecture staff', 'intermediaryOwner', { kind: 'PREFECTURE_STAFF', prefectureCode: NIIGATA }],
      ['an intermediary inviting municipality staff', 'intermediaryOwner', { kind: 'MUNICIPALITY_STAFF', municipalityCode: MURAKAMI }],
      ['an intermediary inviting RMO staff', 'intermediaryOwner', { kind: 'RMO_STAFF', organizationName: '協議会' }],
      ['a member (not owner) inviting a member', 'intermediaryMember', { kind: 'ORGANIZATION_MEMBER' }],
    ])('refuses %s with FORBIDDEN and writes nothing', async (_case, who, input) => {
      const before = await counts();
      const res = await invite(cookies[who], { email: 'someone-new@example.jp', ...input });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      const res = await app.graphql(CREATE_INVITATION, { input: { kind: 'ORGANIZATION_MEMBER', email: 'x@example.jp' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers an invitation to an address that has an account like any other, and mails its holder a notice, not a link', async () => {
      const removed = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationName: '解散した団体', email: 'former@example.jp' });
      await app.dataSource.query('UPDATE app_user SET removed_at = now() WHERE id = $1', [removed.user.id]);
      const before = await counts();
      for (const email of ['Member@example.jp', 'former@example.jp']) {
        const res = await invite(cookies.intermediaryOwner, { kind: 'ORGANIZATION_MEMBER', email });
        expect(res.errors).toBeUndefined();
        expect(res.data?.createInvitation).toMatchObject({ email: email.toLowerCase(), organizationName: '支援室A', acceptedAt: null });
      }
      // Two invitations and two mails like any others (they count against the daily limit too); no account, no membership.
      expect(await counts()).toMatchObject({ ...before, invitation: before.invitation + 2, outbox: before.outbox + 2, audit: before.audit + 2 });
      await app.services.jobs.runUntilIdle();
      const [member] = await app.services.devMailbox!.messages({ recipient: 'member@example.jp' });
      expect(member.subject).toBe('【つなぐ】招待についてのお知らせ（登録済みのメールアドレス）');
      expect(member.text).toContain('あなたはすでに「支援室A」のメンバーです');
      expect(member.text).toContain('http://localhost:4000/login');
      const [former] = await app.services.devMailbox!.messages({ recipient: 'former@example.jp' });
      expect(former.text).toContain('以前つなぐで使われていたアカウント');
      expect(former.text).not.toContain('/login');
      for (const mail of [member, former]) expect(mail.text).not.toContain('/invitations/accept');
      const [{ existing }] = await app.dataSource.query(
        `SELECT count(*)::int AS existing FROM audit_entry WHERE action = 'createInvitation' AND (after->>'existingAccountNotified')::boolean`,
      );
      expect(existing).toBe(2);
    });

    it('accepts a link once only', async () => {
      await invite(cookies.intermediaryOwner, { kind: 'ORGANIZATION_MEMBER', email: 'once@example.jp' });
      const token = await tokenFromLatestMail(app, 'once@example.jp', 'INVITATION');
      expect((await accept(token)).errors).toBeUndefined();
      const before = await counts();
      const again = await accept(token, '二度目', 'another passphrase');
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(await counts()).toEqual(before);
    });

    it('refuses an expired link and a link whose inviter has since been removed', async () => {
      await invite(cookies.intermediaryOwner, { kind: 'ORGANIZATION_MEMBER', email: 'late@example.jp' });
      const lateToken = await tokenFromLatestMail(app, 'late@example.jp', 'INVITATION');
      await app.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = 'late@example.jp'`);
      expect((await accept(lateToken)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

      const inviter = await createAccount(app.dataSource, { kind: OrganizationKind.OPERATOR, email: 'leaving-op@example.jp' });
      await invite(await sessionCookieFor(app, inviter.user.id), { kind: 'PREFECTURE_STAFF', email: 'orphan@example.jp', prefectureCode: '18' });
      await app.dataSource.query('UPDATE app_user SET removed_at = now() WHERE id = $1', [inviter.user.id]);
      const orphanToken = await tokenFromLatestMail(app, 'orphan@example.jp', 'INVITATION');
      expect((await accept(orphanToken)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    });

    it('checks the new password and display name before using up the invitation', async () => {
      await invite(cookies.intermediaryOwner, { kind: 'ORGANIZATION_MEMBER', email: 'careful@example.jp' });
      const token = await tokenFromLatestMail(app, 'careful@example.jp', 'INVITATION');
      expect((await accept(token, '慎重', 'short')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect((await accept(token, '  ')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
      expect((await accept(token, '慎重')).errors).toBeUndefined();
    });
  });

  describe('invitation mail cannot be turned into phishing', () => {
    it("never puts an organization's free text in the subject, and shows URLs in it as plain text", async () => {
      const lure = await createAccount(app.dataSource, {
        kind: OrganizationKind.INTERMEDIARY, organizationName: '【重要】アカウント確認 https://evil.example/login', email: 'lure-owner@example.jp',
      });
      const cookie = await sessionCookieFor(app, lure.user.id);
      expect((await invite(cookie, { kind: 'ORGANIZATION_MEMBER', email: 'target-1@example.jp' })).errors).toBeUndefined();
      await app.services.jobs.runUntilIdle();
      const [mail] = await app.services.devMailbox!.messages({ recipient: 'target-1@example.jp' });
      expect(mail.subject).not.toContain('重要');
      expect(mail.subject).not.toContain('evil');
      expect(mail.subject).toBe('【つなぐ】中間支援者のアカウントへの招待');
      expect(mail.text).not.toContain('https://evil.example');
      expect(mail.text).toContain('evil.example');
    });

    it('limits invitations per organization and day, tighter until one of its profiles is verified', async () => {
      const { user, organization } = await createAccount(app.dataSource, { kind: OrganizationKind.INTERMEDIARY, organizationName: '新設の支援室', email: 'new-owner@example.jp' });
      const cookie = await sessionCookieFor(app, user.id);
      const limits = app.services.config.invitationLimits;
      const send = (i: number) => invite(cookie, { kind: 'ORGANIZATION_MEMBER', email: `many-${i}@example.jp` });
      // Fired at once, the unverified organization still gets only its allowance through.
      const burst = await Promise.all(Array.from({ length: limits.perDayUnverified + 5 }, (_, i) => send(i)));
      expect(burst.filter((res) => !res.errors)).toHaveLength(limits.perDayUnverified);
      const refused = burst.find((res) => res.errors)!;
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_INVITATIONS' });
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Once verified, the organization may send up to the full allowance a day.
      await app.dataSource.query(
        `INSERT INTO supporter_profile (name, kana, kind, summary, description, support_types, capacity, availability, availability_confirmed_at, verification_status, owner_organization_id)
         VALUES ('確認済みの支援室', 'かくにんずみ', 'NPO', '概要', '', '{CONSULTATION}', 1, 'ACCEPTING', now(), 'VERIFIED', $1)`,
        [organization.id],
      );
      let sent = limits.perDayUnverified;
      for (; sent < limits.perDay; sent += 1) expect((await send(100 + sent)).errors).toBeUndefined();
      expect((await send(999)).errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_INVITATIONS' });
    });
  });

  describe('organization members', () => {
    it('lists the live members of your own organization only', async () => {
      const res = await app.graphql<{ organizationMembers: { email: string }[] }>(MEMBERS, {}, { cookie: cookies.intermediaryMember });
      const emails = res.data!.organizationMembers.map((m) => m.email);
      expect(emails).toEqual(expect.arrayContaining(['owner@example.jp', 'member@example.jp']));
      expect(emails).not.toContain('other@example.jp');
      expect((await app.graphql(MEMBERS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each<[string, keyof typeof cookies, () => string, string]>([
      ['a member (not owner)', 'intermediaryMember', () => ids.owner, 'FORBIDDEN'],
      // Someone of another organization is nobody to this owner: NOT_FOUND, as for an unknown id.
      ['an owner, of someone in another organization', 'intermediaryOwner', () => ids.other, 'NOT_FOUND'],
      ['an owner, of themselves', 'intermediaryOwner', () => ids.owner, 'BAD_USER_INPUT'],
      ['an owner of another organization', 'prefecture', () => ids.member, 'NOT_FOUND'],
    ])('refuses removal by %s and writes nothing', async (_case, who, target, code) => {
      const before = await counts();
      const res = await app.graphql(REMOVE, { userId: target() }, { cookie: cookies[who] });
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(await counts()).toEqual(before);
    });

    it('lets the owner remove a member: soft removal, sessions revoked, sign-in refused, audited', async () => {
      const memberCookie = cookies.intermediaryMember;
      const res = await app.graphql<{ removeMember: boolean }>(REMOVE, { userId: ids.member }, { cookie: cookies.intermediaryOwner });
      expect(res.errors).toBeUndefined();
      expect((await app.graphql<{ me: null }>(ME, {}, { cookie: memberCookie })).data!.me).toBeNull();
      const [row] = await app.dataSource.query('SELECT removed_at FROM app_user WHERE id = $1', [ids.member]);
      expect(row.removed_at).not.toBeNull();
      const members = await app.graphql<{ organizationMembers: { id: string }[] }>(MEMBERS, {}, { cookie: cookies.intermediaryOwner });
      expect(members.data!.organizationMembers.map((m) => m.id)).not.toContain(ids.member);
      const [entry] = await app.dataSource.query(`SELECT actor_user_id, entity_id, before, after FROM audit_entry WHERE action = 'removeMember'`);
      expect(entry).toMatchObject({ actor_user_id: ids.owner, entity_id: ids.member, before: { removedAt: null } });
      expect(entry.after.removedAt).not.toBeNull();
      const signIn = await app.graphql(`mutation { signIn(email: "member@example.jp", password: "${TEST_PASSWORD}") { isOwner } }`);
      expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const again = await app.graphql(REMOVE, { userId: ids.member }, { cookie: cookies.intermediaryOwner });
      expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});

describe('organizations (operators only)', () => {
  let app: TestApp;
  const cookies: Record<'operator' | 'prefecture' | 'intermediary', string> = { operator: '', prefecture: '', intermediary: '' };
  const ORGANIZATIONS = `query ($kind: OrganizationKind, $text: String) { organizations(kind: $kind, text: $text) { id kind name } }`;
  const organizations = async (variables: Record<string, unknown> = {}): Promise<[OrganizationKind, string][]> => {
    const res = await app.graphql<{ organizations: { kind: OrganizationKind; name: string }[] }>(ORGANIZATIONS, variables, { cookie: cookies.operator });
    expect(res.errors).toBeUndefined();
    return res.data!.organizations.map((o) => [o.kind, o.name]);
  };

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.dataSource;
    const operator = await createAccount(ds, { kind: OrganizationKind.OPERATOR, organizationName: 'つなぐ運営事務局', email: 'op@example.jp' });
    const prefecture = await createAccount(ds, { kind: OrganizationKind.PREFECTURE, organizationName: '新潟県', prefectureCode: NIIGATA, email: 'pref@example.jp' });
    await createAccount(ds, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '村上市', prefectureCode: NIIGATA, municipalityCode: MURAKAMI, email: 'city@example.jp',
    });
    await createAccount(ds, {
      kind: OrganizationKind.MUNICIPALITY, organizationName: '新潟市', prefectureCode: NIIGATA, municipalityCode: NIIGATA_CITY, email: 'niigata-city@example.jp',
    });
    const intermediary = await createAccount(ds, { kind: OrganizationKind.INTERMEDIARY, organizationName: 'Support Lab 100%', email: 'lab@example.jp' });
    await createAccount(ds, { kind: OrganizationKind.INTERMEDIARY, organizationName: 'support lab 1000', email: 'lab2@example.jp' });
    cookies.operator = await sessionCookieFor(app, operator.user.id);
    cookies.prefecture = await sessionCookieFor(app, prefecture.user.id);
    cookies.intermediary = await sessionCookieFor(app, intermediary.user.id);
  });
  afterAll(() => app.close());

  it('lists every organization by kind, then name', async () => {
    expect(await organizations()).toEqual([
      ['MUNICIPALITY', '新潟市'],
      ['MUNICIPALITY', '村上市'],
      ['PREFECTURE', '新潟県'],
      ['INTERMEDIARY', 'Support Lab 100%'],
      ['INTERMEDIARY', 'support lab 1000'],
      ['OPERATOR', 'つなぐ運営事務局'],
    ]);
  });

  it.each([
    ['kind', { kind: 'MUNICIPALITY' }, [['MUNICIPALITY', '新潟市'], ['MUNICIPALITY', '村上市']]],
    ['part of the name', { text: '新潟' }, [['MUNICIPALITY', '新潟市'], ['PREFECTURE', '新潟県']]],
    ['kind and name together', { kind: 'PREFECTURE', text: '新潟' }, [['PREFECTURE', '新潟県']]],
    ['name, case-insensitive', { text: 'SUPPORT LAB' }, [['INTERMEDIARY', 'Support Lab 100%'], ['INTERMEDIARY', 'support lab 1000']]],
    ['name, with LIKE wildcards taken literally', { text: '100%' }, [['INTERMEDIARY', 'Support Lab 100%']]],
    ['name, with _ taken literally', { text: 'lab_' }, []],
  ])('filters by %s', async (_criterion, variables, expected) => {
    expect(await organizations(variables)).toEqual(expected);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['prefecture staff', 'prefecture', 'FORBIDDEN'],
    ['an intermediary', 'intermediary', 'FORBIDDEN'],
  ] as const)('is refused to %s with %s', async (_who, who, code) => {
    const res = await app.graphql(ORGANIZATIONS, {}, { cookie: who ? cookies[who] : undefined });
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.data).toBeNull();
  });
});
