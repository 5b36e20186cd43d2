import { SupportType, VerificationStatus } from '@tsunagu/shared';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import {
  MURAKAMI,
  NIIGATA,
  YAMAGATA,
  createRoleActors,
  databaseSnapshot,
  supporterProfileInput,
  type Actor,
  type ActorName,
} from '../../../test/fixtures/role-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PROFILE_FIELDS = `id name kana summary supportTypes availability availabilityConfirmedAt verificationStatus verificationReason
  verifiedAt archivedAt isStale reconfirmationDueAt hiddenFromSearch capacity currentLoad website
  serviceArea { remoteAvailable prefectures { code } municipalities { code } } contact { email phone }`;

const CREATE = `mutation ($input: SupporterProfileInput!) { createSupporterProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: SupporterProfileInput!) { updateSupporterProfile(id: $id, input: $input) { ${PROFILE_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveSupporterProfile(id: $id) { ${PROFILE_FIELDS} } }`;
const RECONFIRM = `mutation ($id: ID!, $availability: Availability) { reconfirmAvailability(id: $id, availability: $availability) { ${PROFILE_FIELDS} } }`;
const VERIFY = `mutation ($id: ID!, $decision: VerificationDecision!, $reason: String) {
  verifySupporterProfile(id: $id, decision: $decision, reason: $reason) { ${PROFILE_FIELDS} } }`;
const DETAIL = `query ($id: ID!) { supporter(id: $id) { ${PROFILE_FIELDS} } }`;
const MINE = `{ mySupporterProfiles { id name archivedAt hiddenFromSearch } }`;
const SEARCH_IDS = `query ($filter: SupporterFilter) { supporters(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;

interface ProfileResult {
  id: string;
  name: string;
  kana: string;
  summary: string;
  supportTypes: string[];
  availability: string;
  availabilityConfirmedAt: string;
  verificationStatus: VerificationStatus;
  verificationReason: string | null;
  verifiedAt: string | null;
  archivedAt: string | null;
  isStale: boolean;
  reconfirmationDueAt: string | null;
  hiddenFromSearch: boolean;
  capacity: number;
  currentLoad: number;
  website: string | null;
  serviceArea: { remoteAvailable: boolean; prefectures: { code: string }[]; municipalities: { code: string }[] };
  contact: { email: string | null; phone: string | null } | null;
}

const DAY_MS = 86_400_000;

describe('supporter profile maintenance and verification', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;

  const as = async <T,>(actor: ActorName, query: string, variables: Record<string, unknown> = {}) =>
    app.graphql<T>(query, variables, { cookie: actors[actor].cookie });
  /** Runs an operation expected to succeed and returns its single root field. */
  const ok = async (actor: ActorName, query: string, variables: Record<string, unknown> = {}): Promise<ProfileResult> => {
    const res = await as<Record<string, ProfileResult>>(actor, query, variables);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0];
  };
  const errorOf = async (actor: ActorName, query: string, variables: Record<string, unknown>) => {
    const res = await as(actor, query, variables);
    expect(res.data ?? null).toBeNull();
    return res.errors?.[0].extensions;
  };
  const searchIds = async (filter: Record<string, unknown> = {}) => {
    const res = await app.graphql<{ supporters: { totalCount: number; edges: { node: { id: string } }[] } }>(SEARCH_IDS, { filter });
    expect(res.errors).toBeUndefined();
    return res.data!.supporters;
  };
  const auditEntries = (entityId: string): Promise<{ action: string; actor_user_id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]> =>
    app.dataSource.query('SELECT action, actor_user_id, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id', [entityId]);
  /** A profile of the owner intermediary serving 村上市, inserted directly. */
  const ownedProfile = (fields: Parameters<typeof insertSupporter>[1] = { name: '直接登録' }) =>
    insertSupporter(app.dataSource, { municipalities: [[NIIGATA, MURAKAMI]], ownerOrganizationId: actors.ownerIntermediary.organizationId, ...fields });

  beforeAll(async () => {
    app = await startTestApp();
    actors = await createRoleActors(app);
  });
  afterAll(() => app.close());

  describe('createSupporterProfile', () => {
    it('creates an unverified profile owned by the caller, confirmed now, listed in search, with one audit entry', async () => {
      const before = Date.now();
      const created = await ok('ownerIntermediary', CREATE, { input: supporterProfileInput({ name: '  新規登録支援室  ', website: '' }) });
      expect(created).toMatchObject({
        name: '新規登録支援室',
        verificationStatus: 'UNVERIFIED',
        website: null,
        isStale: false,
        hiddenFromSearch: false,
        serviceArea: { prefectures: [], municipalities: [{ code: MURAKAMI }] },
        contact: { email: 'murakami@example.jp', phone: '0254-00-0000' },
      });
      expect(Date.parse(created.availabilityConfirmedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(created.reconfirmationDueAt!) - Date.parse(created.availabilityConfirmedAt)).toBe(90 * DAY_MS);

      const [{ owner_organization_id }] = await app.dataSource.query('SELECT owner_organization_id FROM supporter_profile WHERE id = $1', [created.id]);
      expect(owner_organization_id).toBe(actors.ownerIntermediary.organizationId);
      const entries = await auditEntries(created.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'createSupporterProfile', actor_user_id: actors.ownerIntermediary.userId, before: null });
      expect(entries[0].after).toMatchObject({ name: '新規登録支援室', serviceArea: { prefectureCodes: [], municipalityCodes: [MURAKAMI] } });
      expect((await searchIds({ municipalityCode: MURAKAMI })).edges.map((e) => e.node.id)).toContain(created.id);
    });

    it.each([
      ['name', 'empty', { name: '' }, { reason: 'REQUIRED' }],
      ['name', 'blank', { name: '　 ' }, { reason: 'REQUIRED' }],
      ['name', 'over 120 characters', { name: 'あ'.repeat(121) }, { reason: 'TOO_LONG', params: { max: 120 } }],
      ['kana', 'over 200 characters', { kana: 'か'.repeat(201) }, { reason: 'TOO_LONG', params: { max: 200 } }],
      ['kana', 'in kanji', { kana: '村上まちづくり支援室' }, { reason: 'NOT_KANA' }],
      ['kana', 'in Latin letters', { kana: 'NPOほうじん' }, { reason: 'NOT_KANA' }],
      ['kana', 'blank', { kana: ' ' }, { reason: 'REQUIRED' }],
      ['summary', 'over 300 characters', { summary: 'あ'.repeat(301) }, { reason: 'TOO_LONG', params: { max: 300 } }],
      ['supportTypes', 'empty', { supportTypes: [] }, { reason: 'TOO_FEW', params: { min: 1 } }],
      ['supportTypes', 'repeated', { supportTypes: ['CONSULTATION', 'CONSULTATION'] }, { reason: 'DUPLICATE' }],
      ['website', 'ftp', { website: 'ftp://example.jp/' }, { reason: 'NOT_URL' }],
      ['website', 'javascript:', { website: 'javascript:alert(1)' }, { reason: 'NOT_URL' }],
      ['contactEmail', 'malformed', { contactEmail: 'not-an-email' }, { reason: 'NOT_EMAIL' }],
      ['contactPhone', 'letters', { contactPhone: 'call me' }, { reason: 'NOT_PHONE' }],
      ['capacity', 'negative', { capacity: -1 }, { reason: 'OUT_OF_RANGE', params: { min: 0, max: 1000 } }],
      ['currentLoad', 'above capacity', { capacity: 2, currentLoad: 3 }, { reason: 'LOAD_OVER_CAPACITY', params: { capacity: 2 } }],
      ['yearsActive', 'negative', { yearsActive: -3 }, { reason: 'OUT_OF_RANGE', params: { min: 0, max: 200 } }],
      ['serviceArea.prefectureCodes', 'unknown code', { serviceArea: { prefectureCodes: ['48'], municipalityCodes: [] } }, { reason: 'NOT_PREFECTURE_CODE' }],
      ['serviceArea.prefectureCodes', 'repeated', { serviceArea: { prefectureCodes: ['15', '15'], municipalityCodes: [] } }, { reason: 'DUPLICATE' }],
      ['serviceArea.municipalityCodes', 'unknown code', { serviceArea: { prefectureCodes: [], municipalityCodes: ['999999'] } }, {
        reason: 'UNKNOWN_MUNICIPALITY',
        params: { code: '999999' },
      }],
      ['serviceArea.municipalityCodes', 'inside a whole prefecture also listed', {
        serviceArea: { prefectureCodes: [NIIGATA], municipalityCodes: [MURAKAMI] },
      }, { reason: 'MUNICIPALITY_IN_WHOLE_PREFECTURE', params: { code: MURAKAMI, prefectureCode: NIIGATA } }],
      ['serviceArea', 'empty without remote work', { serviceArea: { prefectureCodes: [], municipalityCodes: [] } }, { reason: 'SERVICE_AREA_EMPTY' }],
    ])('refuses %s (%s) with BAD_USER_INPUT naming it and its reason code, writing nothing', async (field, _case, overrides, expected) => {
      const watched = await ownedProfile();
      const before = await databaseSnapshot(app.dataSource, watched.id);
      const extensions = await errorOf('ownerIntermediary', CREATE, { input: supporterProfileInput(overrides) });
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, params: {}, ...expected });
      expect(await databaseSnapshot(app.dataSource, watched.id)).toEqual(before);
    });

    it('reports every refused field of the profile at once, numbers and addresses alike', async () => {
      const extensions = await errorOf('ownerIntermediary', CREATE, {
        input: supporterProfileInput({ capacity: -1, yearsActive: 500, website: 'ftp://example.jp/', contactEmail: 'not-an-email', contactPhone: 'call me', kana: '漢字' }),
      });
      const problems = (extensions?.problems as { field: string; reason: string }[]).map((p) => `${p.field}:${p.reason}`).sort();
      expect(problems).toEqual([
        'capacity:OUT_OF_RANGE',
        'contactEmail:NOT_EMAIL',
        'contactPhone:NOT_PHONE',
        'kana:NOT_KANA',
        'website:NOT_URL',
        'yearsActive:OUT_OF_RANGE',
      ]);
    });

    it('accepts a reading in katakana, with spaces and the prolonged sound mark', async () => {
      const created = await ok('ownerIntermediary', CREATE, { input: supporterProfileInput({ kana: 'ムラカミ　マチヅクリ サポーター' }) });
      expect(created.kana).toBe('ムラカミ　マチヅクリ サポーター');
    });

    it('accepts an empty service area from a supporter who works remotely', async () => {
      const created = await ok('ownerIntermediary', CREATE, {
        input: supporterProfileInput({ remoteAvailable: true, serviceArea: { prefectureCodes: [], municipalityCodes: [] } }),
      });
      expect(created.serviceArea).toEqual({ remoteAvailable: true, prefectures: [], municipalities: [] });
    });
  });

  describe('updateSupporterProfile', () => {
    it('replaces the fields and service area, confirms availability, and audits before and after', async () => {
      const profile = await ownedProfile({ name: '更新前', confirmedDaysAgo: 120 });
      const updated = await ok('ownerIntermediary', UPDATE, {
        id: profile.id,
        input: supporterProfileInput({ name: '更新後', serviceArea: { prefectureCodes: [YAMAGATA], municipalityCodes: ['151009'] } }),
      });
      expect(updated).toMatchObject({
        name: '更新後',
        isStale: false,
        serviceArea: { prefectures: [{ code: YAMAGATA }], municipalities: [{ code: '151009' }] },
      });
      const [entry] = await auditEntries(profile.id);
      expect(entry.action).toBe('updateSupporterProfile');
      expect(entry.before).toMatchObject({ name: '更新前', serviceArea: { prefectureCodes: [], municipalityCodes: [MURAKAMI] } });
      expect(entry.after).toMatchObject({ name: '更新後', serviceArea: { prefectureCodes: [YAMAGATA], municipalityCodes: ['151009'] } });
    });

    it('keeps a verified profile verified, and returns a rejected one to unverified', async () => {
      const verified = await ownedProfile({ name: '確認済み', verificationStatus: VerificationStatus.VERIFIED, verifiedAt: new Date() });
      expect((await ok('ownerIntermediary', UPDATE, { id: verified.id, input: supporterProfileInput() })).verificationStatus).toBe('VERIFIED');
      const rejected = await ownedProfile({ name: '差し戻し', verificationStatus: VerificationStatus.REJECTED, verificationReason: '連絡先が不明です' });
      const resubmitted = await ok('ownerIntermediary', UPDATE, { id: rejected.id, input: supporterProfileInput() });
      expect(resubmitted).toMatchObject({ verificationStatus: 'UNVERIFIED', verificationReason: null });
    });

    it("refuses another intermediary's edit with FORBIDDEN and leaves the profile unchanged", async () => {
      const profile = await ownedProfile({ name: '他社の編集対象' });
      const before = await databaseSnapshot(app.dataSource, profile.id);
      const extensions = await errorOf('otherIntermediary', UPDATE, { id: profile.id, input: supporterProfileInput({ name: '乗っ取り' }) });
      expect(extensions?.code).toBe('FORBIDDEN');
      expect(await databaseSnapshot(app.dataSource, profile.id)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const input = supporterProfileInput();
      expect((await errorOf('ownerIntermediary', UPDATE, { id: '00000000-0000-4000-8000-000000000000', input }))?.code).toBe('NOT_FOUND');
      expect(await errorOf('ownerIntermediary', UPDATE, { id: 'nope', input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('archiveSupporterProfile', () => {
    it('takes the profile out of search; only its owner and operators can still read it', async () => {
      const profile = await ownedProfile({ name: 'アーカイブ対象' });
      expect((await searchIds()).edges.map((e) => e.node.id)).toContain(profile.id);
      const archived = await ok('ownerIntermediary', ARCHIVE, { id: profile.id });
      expect(archived).toMatchObject({ hiddenFromSearch: true, reconfirmationDueAt: null });
      expect(archived.archivedAt).not.toBeNull();
      expect((await searchIds()).edges.map((e) => e.node.id)).not.toContain(profile.id);

      for (const reader of ['ownerIntermediary', 'operator'] as const) {
        expect((await ok(reader, DETAIL, { id: profile.id }))?.id).toBe(profile.id);
      }
      for (const other of ['anonymous', 'murakamiCity', 'niigataPrefecture', 'otherIntermediary'] as const) {
        expect(await ok(other, DETAIL, { id: profile.id })).toBeNull();
      }
      const mine = (await as<{ mySupporterProfiles: { id: string; archivedAt: string | null }[] }>('ownerIntermediary', MINE)).data!.mySupporterProfiles;
      expect(mine.find((p) => p.id === profile.id)?.archivedAt).not.toBeNull();
      expect(mine.at(-1)?.archivedAt).not.toBeNull();

      const [entry] = await auditEntries(profile.id);
      expect(entry).toMatchObject({ action: 'archiveSupporterProfile', before: { archivedAt: null } });
    });

    it('refuses to edit, reconfirm, verify or archive an archived profile with CONFLICT', async () => {
      const profile = await ownedProfile({ name: 'アーカイブ済み', archivedAt: new Date() });
      const before = await databaseSnapshot(app.dataSource, profile.id);
      expect((await errorOf('ownerIntermediary', UPDATE, { id: profile.id, input: supporterProfileInput() }))?.code).toBe('CONFLICT');
      expect((await errorOf('ownerIntermediary', RECONFIRM, { id: profile.id }))?.code).toBe('CONFLICT');
      expect((await errorOf('ownerIntermediary', ARCHIVE, { id: profile.id }))?.code).toBe('CONFLICT');
      expect((await errorOf('operator', VERIFY, { id: profile.id, decision: 'VERIFIED' }))?.code).toBe('CONFLICT');
      expect(await databaseSnapshot(app.dataSource, profile.id)).toEqual(before);
    });
  });

  describe('reconfirmAvailability and freshness', () => {
    it('brings a profile hidden for staleness back into search, optionally changing its availability', async () => {
      const profile = await ownedProfile({ name: '長期未確認', confirmedDaysAgo: 200 });
      const hidden = await ok('ownerIntermediary', DETAIL, { id: profile.id });
      expect(hidden).toMatchObject({ isStale: true, hiddenFromSearch: true });
      expect(Date.parse(hidden.reconfirmationDueAt!)).toBeLessThan(Date.now());
      expect((await searchIds()).edges.map((e) => e.node.id)).not.toContain(profile.id);

      const reconfirmed = await ok('ownerIntermediary', RECONFIRM, { id: profile.id, availability: 'LIMITED' });
      expect(reconfirmed).toMatchObject({ availability: 'LIMITED', isStale: false, hiddenFromSearch: false });
      expect(Date.parse(reconfirmed.reconfirmationDueAt!)).toBeGreaterThan(Date.now() + 89 * DAY_MS);
      expect((await searchIds()).edges.map((e) => e.node.id)).toContain(profile.id);

      const [entry] = await auditEntries(profile.id);
      expect(entry).toMatchObject({ action: 'reconfirmAvailability', before: { availability: 'ACCEPTING' }, after: { availability: 'LIMITED' } });
    });

    it('keeps the availability when none is given', async () => {
      const profile = await ownedProfile({ name: '確認のみ', confirmedDaysAgo: 100 });
      expect(await ok('ownerIntermediary', RECONFIRM, { id: profile.id })).toMatchObject({ availability: 'ACCEPTING', isStale: false });
    });
  });

  describe('mySupporterProfiles', () => {
    it("lists the caller's organization's profiles only, drafts included", async () => {
      const draft = await ownedProfile({ name: '下書き', supportTypes: [] });
      const foreign = await insertSupporter(app.dataSource, { name: '他社', ownerOrganizationId: actors.otherIntermediary.organizationId });
      const mine = (await as<{ mySupporterProfiles: { id: string; hiddenFromSearch: boolean }[] }>('ownerIntermediary', MINE)).data!.mySupporterProfiles;
      expect(mine.find((p) => p.id === draft.id)).toEqual({ id: draft.id, name: '下書き', archivedAt: null, hiddenFromSearch: true });
      expect(mine.map((p) => p.id)).not.toContain(foreign.id);
    });

    it('is refused to other roles and to anonymous callers', async () => {
      expect((await as('murakamiCity', MINE)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await as('anonymous', MINE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('verifySupporterProfile', () => {
    it('lets 新潟県 staff verify a profile serving 村上市, recording who and when, and search can filter on it', async () => {
      const profile = await ownedProfile({ name: '検証対象' });
      expect((await searchIds({ verifiedOnly: true })).edges.map((e) => e.node.id)).not.toContain(profile.id);
      const verified = await ok('niigataPrefecture', VERIFY, { id: profile.id, decision: 'VERIFIED' });
      expect(verified).toMatchObject({ verificationStatus: 'VERIFIED', verificationReason: null });
      const [row] = await app.dataSource.query('SELECT verified_by_user_id, verified_at FROM supporter_profile WHERE id = $1', [profile.id]);
      expect(row.verified_by_user_id).toBe(actors.niigataPrefecture.userId);
      expect(row.verified_at).not.toBeNull();
      const verifiedOnly = await searchIds({ verifiedOnly: true });
      expect(verifiedOnly.edges.map((e) => e.node.id)).toContain(profile.id);
      const statuses: { verification_status: string }[] = await app.dataSource.query(
        `SELECT verification_status FROM supporter_profile WHERE id = ANY($1)`,
        [verifiedOnly.edges.map((e) => e.node.id)],
      );
      expect(statuses.every((s) => s.verification_status === 'VERIFIED')).toBe(true);
      const [entry] = await auditEntries(profile.id);
      expect(entry).toMatchObject({ action: 'verifySupporterProfile', before: { verificationStatus: 'UNVERIFIED' }, after: { verificationStatus: 'VERIFIED' } });
    });

    it('counts a whole-prefecture service area as serving the prefecture', async () => {
      const profile = await insertSupporter(app.dataSource, { name: '新潟県全域', prefectures: [NIIGATA] });
      expect((await ok('niigataPrefecture', VERIFY, { id: profile.id, decision: 'VERIFIED' })).verificationStatus).toBe('VERIFIED');
    });

    it('refuses prefecture staff outside the service area with FORBIDDEN; operators decide anywhere', async () => {
      const profile = await ownedProfile({ name: '山形県外' });
      const before = await databaseSnapshot(app.dataSource, profile.id);
      expect((await errorOf('yamagataPrefecture', VERIFY, { id: profile.id, decision: 'VERIFIED' }))?.code).toBe('FORBIDDEN');
      expect(await databaseSnapshot(app.dataSource, profile.id)).toEqual(before);
      expect((await ok('operator', VERIFY, { id: profile.id, decision: 'VERIFIED' })).verificationStatus).toBe('VERIFIED');
    });

    it.each([
      ['a rejection without a reason', { decision: 'REJECTED' }],
      ['a rejection with a blank reason', { decision: 'REJECTED', reason: '   ' }],
      ['a rejection with a reason over 500 characters', { decision: 'REJECTED', reason: 'あ'.repeat(501) }],
      ['a verification with notes over 500 characters', { decision: 'VERIFIED', reason: 'あ'.repeat(501) }],
    ])('refuses %s with BAD_USER_INPUT naming reason, writing nothing', async (_case, args) => {
      const profile = await ownedProfile({ name: '理由なし' });
      const before = await databaseSnapshot(app.dataSource, profile.id);
      expect(await errorOf('niigataPrefecture', VERIFY, { id: profile.id, ...args })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(await databaseSnapshot(app.dataSource, profile.id)).toEqual(before);
    });

    it('rejects with a reason that the owner and verifiers can read but the public cannot', async () => {
      const profile = await ownedProfile({ name: '差し戻し対象' });
      const rejected = await ok('niigataPrefecture', VERIFY, { id: profile.id, decision: 'REJECTED', reason: '活動実績を追記してください' });
      expect(rejected).toMatchObject({ verificationStatus: 'REJECTED', verificationReason: '活動実績を追記してください' });
      for (const reader of ['ownerIntermediary', 'operator', 'niigataPrefecture'] as const) {
        expect((await ok(reader, DETAIL, { id: profile.id })).verificationReason).toBe('活動実績を追記してください');
      }
      for (const other of ['anonymous', 'murakamiCity', 'otherIntermediary'] as const) {
        expect((await ok(other, DETAIL, { id: profile.id })).verificationReason).toBeNull();
      }
    });
  });

  describe('contact details', () => {
    it.each([
      ['ownerIntermediary', true],
      ['operator', true],
      ['niigataPrefecture', true],
      ['murakamiCity', true],
      ['murakamiRmo', true],
      ['otherIntermediary', false],
      ['anonymous', false],
    ] as const)('%s sees contact details: %p', async (reader, visible) => {
      const profile = await ownedProfile({ name: '連絡先テスト', contactEmail: 'owner-only@example.jp', supportTypes: [SupportType.CONSULTATION] });
      const res = await as<{ supporter: ProfileResult }>(reader, DETAIL, { id: profile.id });
      expect(res.data!.supporter.contact).toEqual(visible ? { email: 'owner-only@example.jp', phone: '03-0000-0000' } : null);
      if (!visible) expect(JSON.stringify(res)).not.toContain('owner-only@example.jp');
    });
  });
});
