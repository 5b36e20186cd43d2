import {
  ConflictReason,
  ForbiddenReason,
  MembershipRole,
  NOTIFICATION_KINDS_BY_ROLE,
  NotFoundReason,
  NotificationDelivery,
  NotificationKind,
  OrganizationKind,
  UnauthenticatedReason,
  roleOfOrganizationKind,
} from '@tsunagu/shared';
import { composeMail } from '../mail/mail-content';
import { createAccount, sessionCookieFor, tokenFromLatestMail } from '../../../test/fixtures/account-fixtures';
import {
  ACTOR_NAMES,
  MURAKAMI,
  NIIGATA,
  createRoleActors,
  databaseSnapshot,
  supporterProfileInput,
  type Actor,
  type ActorName,
} from '../../../test/fixtures/role-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { insertRmo, supportRequestInput } from '../../../test/fixtures/request-fixtures';
import type { Rmo } from '../rmo/rmo.entity';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { buildAppSchema } from '../../graphql/schema';
import type { SupporterProfile } from './supporter-profile.entity';

type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'NOT_FOUND';

interface MatrixCase {
  /** The Mutation field the case calls. */
  mutation: string;
  document: string;
  /** Sets up what the call needs (tokens, members) and returns its variables. */
  variables: (setup: { target: SupporterProfile; actor: Actor; unique: string }) => Promise<Record<string, unknown>>;
  expected: Record<ActorName, Outcome>;
  /** Audit entries a successful call appends, when fixed. */
  auditEntriesOnSuccess?: number;
}

/** Only these roles succeed; other signed-in users are FORBIDDEN and anonymous callers UNAUTHENTICATED. */
function onlyFor(...allowed: ActorName[]): Record<ActorName, Outcome> {
  return Object.fromEntries(
    ACTOR_NAMES.map((name) => [name, name === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(name) ? 'OK' : 'FORBIDDEN']),
  ) as Record<ActorName, Outcome>;
}

const REASONS = { FORBIDDEN: ForbiddenReason, UNAUTHENTICATED: UnauthenticatedReason, CONFLICT: ConflictReason, NOT_FOUND: NotFoundReason } as const;

/** Every signed-in user may; anonymous callers are UNAUTHENTICATED. */
const SIGNED_IN = Object.fromEntries(ACTOR_NAMES.map((name) => [name, name === 'anonymous' ? 'UNAUTHENTICATED' : 'OK'])) as Record<ActorName, Outcome>;

/** Public operations: authorized by what the caller knows (credentials, a token), not by role. */
const EVERYONE = Object.fromEntries(ACTOR_NAMES.map((name) => [name, 'OK'])) as Record<ActorName, Outcome>;

const NEW_PASSWORD = 'a brand new passphrase';

/** A valid RmoInput in 村上市. */
const rmoInput = (name: string) => ({
  municipalityCode: MURAKAMI,
  name,
  areaUnit: '小学校区',
  legalForm: 'VOLUNTARY_ASSOCIATION',
  foundedYear: 2015,
  activities: ['FESTIVALS'],
  challenges: ['AGEING_OFFICERS'],
  optimizationState: 'ACTIVITIES_ONLY',
});

const WRITE_REVIEW = 'mutation ($input: WriteEngagementReviewInput!) { writeEngagementReview(input: $input) { id } }';
const CREATE_CASE = 'mutation ($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }';
const RATINGS = ['ACTIVITIES_REVISED', 'ORGANIZATION_REVISED', 'DIALOGUE_DEEPENED', 'SUPPORT_FIT', 'CAN_CONTINUE'].map((criterion) => ({ criterion, score: 4 }));
/** A review part as `author` writes it: the municipality and the RMO rate every criterion, the supporter none. */
const reviewInput = (engagementId: string, author: ActorName) => ({
  engagementId,
  changes: '会議を半分に減らした',
  lessons: '早めに共有する',
  ratings: author === 'ownerIntermediary' || author === 'otherIntermediary' ? [] : RATINGS,
});
const caseInput = {
  title: '認可テストの事例',
  summary: '会議を見直した。',
  process: '',
  outcomes: '',
  lessons: '',
  hideRmoName: true,
  hidePeople: true,
  populationBand: 'FROM_10K_TO_50K',
  rmoAreaUnit: 'ELEMENTARY_SCHOOL_DISTRICT',
};

/**
 * Every mutation × every role plus anonymous: the outcome, and for refusals that nothing at all
 * changed (row counts of every table, the target profile's row and its service area).
 */
describe('authorization matrix', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;
  let serial = 0;
  // Prefectures from 21 on have no organization in this test (the fixtures use 06 and 15).
  let acceptedPrefectures = 20;
  /** The RMO record of the murakamiRmo actor's organization. */
  let ownRmo: Rmo;

  /** A support request of 村上市 concerning ownRmo, brought to `state` by its author through the API. */
  const requestIn = async (state: 'DRAFT' | 'AWAITING_ENDORSEMENT' | 'OPEN', overrides: Record<string, unknown> = {}): Promise<string> => {
    const author = state === 'AWAITING_ENDORSEMENT' ? actors.murakamiRmo : actors.murakamiCity;
    const cookie = await sessionCookieFor(app, author.userId!);
    const input = supportRequestInput({ rmoIds: [ownRmo.id], supportTypes: ['DIALOGUE_FACILITATION', 'CONSULTATION'], ...overrides });
    const created = await app.graphql<{ createSupportRequest: { id: string } }>(
      'mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
      { input },
      { cookie },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createSupportRequest.id;
    if (state !== 'DRAFT') {
      const submitted = await app.graphql('mutation ($id: ID!) { submitSupportRequest(id: $id) { status } }', { id }, { cookie });
      expect(submitted.data).toEqual({ submitSupportRequest: { status: state } });
    }
    return id;
  };

  /** An inbox entry for one user, written as any service writes it; returns its id. */
  const notificationFor = async (userId: string): Promise<string> => {
    await app.services.notifications.notify(app.dataSource.manager, {
      kind: NotificationKind.INTEREST_MARKED,
      userIds: [userId],
      link: '/requests',
      params: { supporterName: '認可テスト対象', requestTitle: '認可テスト' },
      subject: { type: 'SupportRequest', id: 'matrix' },
    });
    const [{ id }]: { id: string }[] = await app.dataSource.query(
      `SELECT id FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [userId],
    );
    return id;
  };

  /** A profile of the owner intermediary serving 村上市 (新潟県), fresh for every case. */
  const insertTarget = () =>
    insertSupporter(app.dataSource, {
      name: '認可テスト対象',
      municipalities: [[NIIGATA, MURAKAMI]],
      ownerOrganizationId: actors.ownerIntermediary.organizationId,
    });

  /** An account whose email is unique to the case, for mutations that act on a user. */
  const throwawayAccount = (unique: string, fields: { organizationId?: string; membershipRole?: MembershipRole } = {}) =>
    createAccount(app.dataSource, { kind: OrganizationKind.MUNICIPALITY, prefectureCode: '01', municipalityCode: '011002', email: `${unique}@matrix.example.jp`, ...fields });

  /** Runs a setup operation as `author` (a fresh session) and returns its data, failing the case if it was refused. */
  const setupAs = async <T,>(author: ActorName, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await app.graphql<T>(query, variables, { cookie: await sessionCookieFor(app, actors[author].userId!) });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** An open request of 村上市 with an introduction request to 新潟県; returns both ids. */
  const introductionFor = async (): Promise<{ requestId: string; introductionId: string }> => {
    const requestId = await requestIn('OPEN');
    const { requestIntroduction } = await setupAs<{ requestIntroduction: { id: string } }>(
      'murakamiCity',
      'mutation ($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }',
      { input: { requestId, note: '紹介をお願いします' } },
    );
    return { requestId, introductionId: requestIntroduction.id };
  };

  /** An offer to the target profile: a direct approach by 村上市, or (proposal) by 新潟県 on an introduction request. */
  const offerTo = async (target: SupporterProfile, kind: 'APPROACH' | 'PROPOSAL'): Promise<string> => {
    if (kind === 'APPROACH') {
      const { approachSupporter } = await setupAs<{ approachSupporter: { id: string } }>(
        'murakamiCity',
        'mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }',
        { input: { requestId: await requestIn('OPEN'), supporterId: target.id, message: '打診します' } },
      );
      return approachSupporter.id;
    }
    const { introductionId } = await introductionFor();
    const { proposeIntroduction } = await setupAs<{ proposeIntroduction: { id: string } }>(
      'niigataPrefecture',
      'mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id } }',
      { input: { introductionId, supporterId: target.id, note: '紹介します' } },
    );
    return proposeIntroduction.id;
  };

  /** An engagement of the target profile with 村上市 and ownRmo, from a confirmed approach, brought to `state` through the API. */
  const engagementOf = async (target: SupporterProfile, state: 'PLANNED' | 'ACTIVE' | 'IN_REVIEW' | 'COMPLETED'): Promise<string> => {
    const offerId = await offerTo(target, 'APPROACH');
    await setupAs('ownerIntermediary', 'mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }', {
      input: { offerId, response: 'ACCEPT', availabilityNote: '来月から伺えます' },
    });
    await setupAs('murakamiCity', 'mutation ($id: ID!) { confirmOffer(id: $id) { id } }', { id: offerId });
    const { createEngagementFromOffer } = await setupAs<{ createEngagementFromOffer: { id: string } }>(
      'murakamiCity',
      'mutation ($input: CreateEngagementFromOfferInput!) { createEngagementFromOffer(input: $input) { id } }',
      { input: { offerId } },
    );
    const id = createEngagementFromOffer.id;
    if (state === 'PLANNED') return id;
    await setupAs('murakamiCity', 'mutation ($id: ID!) { startEngagement(id: $id) { id } }', { id });
    if (state === 'ACTIVE') return id;
    await setupAs('murakamiCity', 'mutation ($id: ID!) { beginEngagementReview(id: $id) { id } }', { id });
    if (state === 'IN_REVIEW') return id;
    for (const author of ['murakamiCity', 'ownerIntermediary'] as const) {
      await setupAs(author, WRITE_REVIEW, { input: reviewInput(id, author) });
    }
    return id;
  };

  /** A draft case of a completed engagement of the target, drafted by 村上市 (approved too, with `approved`). */
  const caseOf = async (target: SupporterProfile, approved = false): Promise<string> => {
    const engagementId = await engagementOf(target, 'COMPLETED');
    const { createCaseStudy } = await setupAs<{ createCaseStudy: { id: string } }>('murakamiCity', CREATE_CASE, { input: { engagementId, ...caseInput } });
    if (approved) await setupAs('murakamiCity', 'mutation ($id: ID!) { moveCaseStudy(id: $id, action: APPROVE) { id } }', { id: createCaseStudy.id });
    return createCaseStudy.id;
  };

  /** The checklist item of the actor's own party (others get the municipality's, which they may not tick). */
  const ownItem = (name: ActorName): string =>
    ({ niigataPrefecture: 'REFLECTION_PREFECTURE', murakamiRmo: 'REFLECTION_RMO', ownerIntermediary: 'REFLECTION_SUPPORTER' })[name as string] ?? 'REFLECTION_MUNICIPALITY';

  /** Engagement mutations: its municipality and lead supporter run it; another supporter finds nothing; other roles may not. */
  const ENGAGEMENT_MANAGERS: Record<ActorName, Outcome> = { ...onlyFor('murakamiCity', 'ownerIntermediary'), otherIntermediary: 'NOT_FOUND' };
  /** Every party (the prefecture and the RMO too); another prefecture or supporter finds nothing. */
  const ENGAGEMENT_PARTIES: Record<ActorName, Outcome> = {
    ...onlyFor('murakamiCity', 'niigataPrefecture', 'murakamiRmo', 'ownerIntermediary'),
    yamagataPrefecture: 'NOT_FOUND',
    otherIntermediary: 'NOT_FOUND',
  };

  const CASES: MatrixCase[] = [
    {
      mutation: 'createSupporterProfile',
      document: 'mutation ($input: SupporterProfileInput!) { createSupporterProfile(input: $input) { id } }',
      variables: async () => ({ input: supporterProfileInput() }),
      expected: onlyFor('ownerIntermediary', 'otherIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'updateSupporterProfile',
      document: 'mutation ($id: ID!, $input: SupporterProfileInput!) { updateSupporterProfile(id: $id, input: $input) { id } }',
      variables: async ({ target }) => ({ id: target.id, input: supporterProfileInput({ name: '書き換え' }) }),
      expected: onlyFor('ownerIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'archiveSupporterProfile',
      document: 'mutation ($id: ID!) { archiveSupporterProfile(id: $id) { id } }',
      variables: async ({ target }) => ({ id: target.id }),
      expected: onlyFor('ownerIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'reconfirmAvailability',
      document: 'mutation ($id: ID!) { reconfirmAvailability(id: $id, availability: LIMITED) { id } }',
      variables: async ({ target }) => ({ id: target.id }),
      expected: onlyFor('ownerIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'verifySupporterProfile',
      document: 'mutation ($id: ID!) { verifySupporterProfile(id: $id, decision: REJECTED, reason: "実績の記載がありません") { id } }',
      variables: async ({ target }) => ({ id: target.id }),
      // Yamagata's staff are FORBIDDEN: the profile serves 新潟県 only.
      expected: onlyFor('operator', 'niigataPrefecture'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'signIn',
      document: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { role } }',
      variables: async ({ unique }) => {
        await throwawayAccount(unique);
        return { email: `${unique}@matrix.example.jp`, password: 'correct horse battery staple' };
      },
      expected: EVERYONE,
    },
    {
      mutation: 'signOut',
      document: 'mutation { signOut }',
      variables: async () => ({}),
      expected: EVERYONE,
    },
    {
      mutation: 'requestPasswordReset',
      document: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
      variables: async ({ unique }) => {
        await throwawayAccount(unique);
        return { email: `${unique}@matrix.example.jp` };
      },
      expected: EVERYONE,
    },
    {
      mutation: 'resetPassword',
      document: 'mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }',
      variables: async ({ unique }) => {
        const email = `${unique}@matrix.example.jp`;
        await throwawayAccount(unique);
        await app.graphql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
        return { token: await tokenFromLatestMail(app, email, 'PASSWORD_RESET'), newPassword: NEW_PASSWORD };
      },
      expected: EVERYONE,
    },
    {
      mutation: 'registerIntermediary',
      document: 'mutation ($input: RegisterIntermediaryInput!) { registerIntermediary(input: $input) { role } }',
      variables: async ({ unique }) => ({
        input: {
          organizationName: `登録テスト ${unique}`,
          email: `${unique}@matrix.example.jp`,
          displayName: '登録 太郎',
          password: NEW_PASSWORD,
          name: '登録テスト支援室',
          kana: 'とうろくてすとしえんしつ',
          kind: 'NPO',
          summary: '登録のテストです。',
        },
      }),
      expected: EVERYONE,
    },
    {
      mutation: 'createInvitation',
      document: 'mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }',
      // 新潟市 has no organization yet (the chain of trust only creates new ones).
      variables: async ({ unique }) => ({ input: { kind: 'MUNICIPALITY_STAFF', email: `${unique}@matrix.example.jp`, municipalityCode: '151009' } }),
      // Only prefecture staff invite municipalities, and only in their own prefecture.
      expected: onlyFor('niigataPrefecture'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'acceptInvitation',
      document: 'mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, displayName: "招待 花子", password: $password) { role } }',
      variables: async ({ unique }) => {
        const email = `${unique}@matrix.example.jp`;
        // Each acceptance creates a prefecture's organization, so each case names one without it.
        acceptedPrefectures += 1;
        const invited = await app.graphql(
          'mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }',
          { input: { kind: 'PREFECTURE_STAFF', email, prefectureCode: String(acceptedPrefectures).padStart(2, '0') } },
          { cookie: await sessionCookieFor(app, actors.operator.userId!) },
        );
        expect(invited.errors).toBeUndefined();
        return { token: await tokenFromLatestMail(app, email, 'INVITATION'), password: NEW_PASSWORD };
      },
      expected: EVERYONE,
    },
    {
      mutation: 'removeMember',
      document: 'mutation ($userId: ID!) { removeMember(userId: $userId) }',
      variables: async ({ unique }) => {
        const { user } = await throwawayAccount(unique, {
          organizationId: actors.ownerIntermediary.organizationId,
          membershipRole: MembershipRole.MEMBER,
        });
        return { userId: user.id };
      },
      // Owners of other organizations (every actor here owns one) may not remove someone else's member:
      // to them it is nobody (NOT_FOUND), so the answer does not tell whether the id exists.
      expected: Object.fromEntries(
        Object.entries(onlyFor('ownerIntermediary')).map(([name, outcome]) => [name, outcome === 'FORBIDDEN' ? 'NOT_FOUND' : outcome]),
      ) as Record<ActorName, Outcome>,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'updateSitePage',
      document: 'mutation ($input: SitePageInput!) { updateSitePage(slug: CONTACT, input: $input) { slug } }',
      variables: async ({ unique }) => ({ input: { title: 'お問い合わせ', body: `窓口 ${unique}` } }),
      expected: onlyFor('operator'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'retryMailDelivery',
      document: 'mutation ($id: ID!) { retryMailDelivery(id: $id) { id } }',
      variables: async ({ unique }) => {
        const id = await app.services.mail.send(
          app.dataSource.manager,
          composeMail('TEST', `${unique}@matrix.example.jp`, '件名', { paragraphs: ['本文'] }),
        );
        await app.dataSource.query(`UPDATE mail_delivery SET status = 'FAILED', attempts = 12 WHERE id = $1`, [id]);
        return { id };
      },
      expected: onlyFor('operator'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'createRmo',
      document: 'mutation ($input: RmoInput!) { createRmo(input: $input) { id } }',
      variables: async ({ unique }) => ({ input: rmoInput(`（テスト）${unique}地区協議会`) }),
      // RMO staff record their own RMO once; this one already has its record.
      expected: { ...onlyFor('murakamiCity'), murakamiRmo: 'CONFLICT' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'updateRmo',
      document: 'mutation ($id: ID!, $input: RmoInput!) { updateRmo(id: $id, input: $input) { id } }',
      variables: async ({ unique }) => {
        const rmo = await insertRmo(app.dataSource, { name: `（テスト）${unique}振興会` });
        return { id: rmo.id, input: rmoInput('（テスト）改名後の振興会') };
      },
      // Not linked to the RMO actor's organization: only the municipality keeps it.
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'createSupportRequest',
      document: 'mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }',
      variables: async () => ({ input: supportRequestInput({ rmoIds: [ownRmo.id] }) }),
      expected: onlyFor('murakamiCity', 'murakamiRmo'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'updateSupportRequest',
      document: 'mutation ($id: ID!, $input: SupportRequestInput!) { updateSupportRequest(id: $id, input: $input) { id } }',
      variables: async () => ({ id: await requestIn('DRAFT'), input: supportRequestInput({ rmoIds: [ownRmo.id], title: '書き換え' }) }),
      // The RMO does not see its municipality's draft: to it the draft does not exist.
      expected: { ...onlyFor('murakamiCity'), murakamiRmo: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'submitSupportRequest',
      document: 'mutation ($id: ID!) { submitSupportRequest(id: $id) { id } }',
      variables: async () => ({ id: await requestIn('DRAFT') }),
      expected: { ...onlyFor('murakamiCity'), murakamiRmo: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'endorseSupportRequest',
      document: 'mutation ($id: ID!) { endorseSupportRequest(id: $id) { id } }',
      variables: async () => ({ id: await requestIn('AWAITING_ENDORSEMENT') }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'closeSupportRequest',
      document: 'mutation ($id: ID!) { closeSupportRequest(id: $id) { id } }',
      variables: async () => ({ id: await requestIn('OPEN') }),
      // The RMO concerned reads it but does not manage the municipality's request.
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'withdrawSupportRequest',
      document: 'mutation ($id: ID!) { withdrawSupportRequest(id: $id) { id } }',
      variables: async () => ({ id: await requestIn('OPEN') }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'markSupportRequestInterest',
      document: 'mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id } }',
      variables: async ({ target }) => ({ r: await requestIn('OPEN'), s: target.id }),
      // Only for one's own profile: the other intermediary is FORBIDDEN.
      expected: onlyFor('ownerIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'withdrawSupportRequestInterest',
      document: 'mutation ($r: ID!, $s: ID!) { withdrawSupportRequestInterest(requestId: $r, supporterId: $s) { id } }',
      variables: async ({ target }) => {
        const r = await requestIn('OPEN');
        const marked = await app.graphql(
          'mutation ($r: ID!, $s: ID!) { markSupportRequestInterest(requestId: $r, supporterId: $s) { id } }',
          { r, s: target.id },
          { cookie: await sessionCookieFor(app, actors.ownerIntermediary.userId!) },
        );
        expect(marked.errors).toBeUndefined();
        return { r, s: target.id };
      },
      expected: onlyFor('ownerIntermediary'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'returnSupportRequest',
      document: 'mutation ($input: ReturnSupportRequestInput!) { returnSupportRequest(input: $input) { id } }',
      variables: async () => ({ input: { id: await requestIn('AWAITING_ENDORSEMENT'), comment: '予算の欄を見直してください' } }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'approachSupporter',
      document: 'mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { requestId: await requestIn('OPEN'), supporterId: target.id, message: '打診します' } }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'requestIntroduction',
      document: 'mutation ($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id } }',
      variables: async () => ({ input: { requestId: await requestIn('OPEN'), note: '紹介をお願いします' } }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'cancelIntroduction',
      document: 'mutation ($id: ID!) { cancelIntroduction(id: $id) { id } }',
      variables: async () => ({ id: (await introductionFor()).introductionId }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'proposeIntroduction',
      document: 'mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { introductionId: (await introductionFor()).introductionId, supporterId: target.id, note: '紹介します' } }),
      // Another prefecture learns nothing: the introduction request is not found, as an unknown id would be.
      expected: { ...onlyFor('niigataPrefecture'), yamagataPrefecture: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'respondToOffer',
      document: 'mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { offerId: await offerTo(target, 'APPROACH'), response: 'DECLINE', declineReason: 'TIMING' } }),
      // Another supporter cannot tell it from an offer that does not exist.
      expected: { ...onlyFor('ownerIntermediary'), otherIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'confirmOffer',
      document: 'mutation ($id: ID!) { confirmOffer(id: $id) { id } }',
      variables: async ({ target }) => {
        const id = await offerTo(target, 'APPROACH');
        await setupAs('ownerIntermediary', 'mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }', {
          input: { offerId: id, response: 'ACCEPT', availabilityNote: '来月から伺えます' },
        });
        return { id };
      },
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'withdrawOffer',
      document: 'mutation ($id: ID!) { withdrawOffer(id: $id) { id } }',
      variables: async ({ target }) => ({ id: await offerTo(target, 'PROPOSAL') }),
      // The municipality and the broker prefecture withdraw; another prefecture finds nothing.
      expected: { ...onlyFor('murakamiCity', 'niigataPrefecture'), yamagataPrefecture: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'postOfferMessage',
      document: 'mutation ($input: PostOfferMessageInput!) { postOfferMessage(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { offerId: await offerTo(target, 'PROPOSAL'), body: '日程を相談させてください' } }),
      // Its three parties write; other prefectures and supporters find nothing.
      expected: { ...onlyFor('murakamiCity', 'niigataPrefecture', 'ownerIntermediary'), yamagataPrefecture: 'NOT_FOUND', otherIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'markOfferThreadRead',
      document: 'mutation ($id: ID!) { markOfferThreadRead(id: $id) { id } }',
      variables: async ({ target }) => {
        const offerId = await offerTo(target, 'PROPOSAL');
        await setupAs('niigataPrefecture', 'mutation ($input: PostOfferMessageInput!) { postOfferMessage(input: $input) { id } }', {
          input: { offerId, body: '補足です' },
        });
        return { id: offerId };
      },
      expected: { ...onlyFor('murakamiCity', 'niigataPrefecture', 'ownerIntermediary'), yamagataPrefecture: 'NOT_FOUND', otherIntermediary: 'NOT_FOUND' },
    },
    {
      mutation: 'createEngagementFromOffer',
      document: 'mutation ($input: CreateEngagementFromOfferInput!) { createEngagementFromOffer(input: $input) { id } }',
      variables: async ({ target }) => {
        const offerId = await offerTo(target, 'APPROACH');
        await setupAs('ownerIntermediary', 'mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }', {
          input: { offerId, response: 'ACCEPT', availabilityNote: '来月から伺えます' },
        });
        await setupAs('murakamiCity', 'mutation ($id: ID!) { confirmOffer(id: $id) { id } }', { id: offerId });
        return { input: { offerId } };
      },
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'recordEngagement',
      document: 'mutation ($input: RecordEngagementInput!) { recordEngagement(input: $input) { id } }',
      variables: async ({ target }) => ({
        input: { supporterId: target.id, rmoIds: [ownRmo.id], title: '以前からの協働', supportTypes: ['PROJECT_SUPPORT'], step: 'SHARING', startedOn: '2025-04-01' },
      }),
      expected: onlyFor('murakamiCity'),
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'startEngagement',
      document: 'mutation ($id: ID!) { startEngagement(id: $id) { id } }',
      variables: async ({ target }) => ({ id: await engagementOf(target, 'PLANNED') }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'advanceEngagementStep',
      document: 'mutation ($id: ID!) { advanceEngagementStep(id: $id) { id } }',
      variables: async ({ target }) => ({ id: await engagementOf(target, 'ACTIVE') }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'beginEngagementReview',
      document: 'mutation ($id: ID!) { beginEngagementReview(id: $id) { id } }',
      variables: async ({ target }) => ({ id: await engagementOf(target, 'ACTIVE') }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'endEngagementEarly',
      document: 'mutation ($input: EndEngagementInput!) { endEngagementEarly(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { engagementId: await engagementOf(target, 'ACTIVE'), reason: 'FUNDING_ENDED' } }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'setEngagementCheck',
      document: 'mutation ($e: ID!, $c: String!) { setEngagementCheck(engagementId: $e, itemCode: $c, done: true) { id } }',
      variables: async ({ target, actor }) => ({ e: await engagementOf(target, 'ACTIVE'), c: ownItem(actor.name) }),
      expected: ENGAGEMENT_PARTIES,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'addEngagementActivity',
      document: 'mutation ($input: AddEngagementActivityInput!) { addEngagementActivity(input: $input) { id } }',
      variables: async ({ target }) => ({ input: { engagementId: await engagementOf(target, 'ACTIVE'), kind: 'ARIKATA_MEETING', heldOn: '2026-05-01', notes: '振り返り', links: [] } }),
      expected: ENGAGEMENT_PARTIES,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'addEngagementTrainee',
      document: 'mutation ($e: ID!, $s: ID!) { addEngagementTrainee(engagementId: $e, supporterId: $s) { id } }',
      variables: async ({ target }) => {
        const trainee = await insertSupporter(app.dataSource, { name: '認可テスト 研修生', municipalities: [[NIIGATA, MURAKAMI]], ownerOrganizationId: actors.ownerIntermediary.organizationId });
        return { e: await engagementOf(target, 'ACTIVE'), s: trainee.id };
      },
      expected: { ...onlyFor('ownerIntermediary'), otherIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'respondToTraineeInvitation',
      document: 'mutation ($e: ID!, $s: ID!) { respondToTraineeInvitation(engagementId: $e, supporterId: $s, accept: true) { id } }',
      variables: async ({ target }) => {
        const trainee = await insertSupporter(app.dataSource, { name: '認可テスト 他団体の研修生', municipalities: [[NIIGATA, MURAKAMI]], ownerOrganizationId: actors.otherIntermediary.organizationId });
        const e = await engagementOf(target, 'ACTIVE');
        await setupAs('ownerIntermediary', 'mutation ($e: ID!, $s: ID!) { addEngagementTrainee(engagementId: $e, supporterId: $s) { id } }', { e, s: trainee.id });
        return { e, s: trainee.id };
      },
      // Only the invited organization answers; to the lead supporter there is no invitation of its own.
      expected: { ...onlyFor('otherIntermediary'), ownerIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'writeEngagementReview',
      document: WRITE_REVIEW,
      variables: async ({ target, actor }) => ({ input: reviewInput(await engagementOf(target, 'IN_REVIEW'), actor.name) }),
      expected: { ...onlyFor('murakamiCity', 'murakamiRmo', 'ownerIntermediary'), otherIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'createCaseStudy',
      document: CREATE_CASE,
      variables: async ({ target }) => ({ input: { engagementId: await engagementOf(target, 'COMPLETED'), ...caseInput } }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'updateCaseStudy',
      document: 'mutation ($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id } }',
      variables: async ({ target }) => ({ id: await caseOf(target), input: { ...caseInput, title: '書き換えた事例' } }),
      expected: ENGAGEMENT_MANAGERS,
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'moveCaseStudy',
      document: 'mutation ($id: ID!, $a: CaseAction!) { moveCaseStudy(id: $id, action: $a) { id } }',
      // Each role its own step: the supporter submits, the municipality approves, the prefecture publishes an approved case.
      variables: async ({ target, actor }) => {
        const prefecture = actor.name === 'niigataPrefecture' || actor.name === 'yamagataPrefecture';
        const action = prefecture ? 'PUBLISH' : actor.name === 'murakamiCity' ? 'APPROVE' : 'SUBMIT';
        return { id: await caseOf(target, prefecture), a: action };
      },
      expected: { ...onlyFor('murakamiCity', 'niigataPrefecture', 'ownerIntermediary'), yamagataPrefecture: 'NOT_FOUND', otherIntermediary: 'NOT_FOUND' },
      auditEntriesOnSuccess: 1,
    },
    {
      mutation: 'markNotificationsRead',
      document: 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }',
      // An entry of the 村上市 officer's: to anyone else it does not exist (NOT_FOUND, as for an unknown id).
      variables: async () => ({ ids: [await notificationFor(actors.murakamiCity.userId!)] }),
      expected: { ...onlyFor('murakamiCity'), ...Object.fromEntries(ACTOR_NAMES.filter((n) => n !== 'anonymous' && n !== 'murakamiCity').map((n) => [n, 'NOT_FOUND'])) },
      // Read state is the reader's own, not a change of shared data: no audit entry.
      auditEntriesOnSuccess: 0,
    },
    {
      mutation: 'markAllNotificationsRead',
      document: 'mutation { markAllNotificationsRead }',
      variables: async ({ actor }) => {
        if (actor.userId) await notificationFor(actor.userId);
        return {};
      },
      expected: SIGNED_IN,
      auditEntriesOnSuccess: 0,
    },
    {
      mutation: 'updateNotificationPreferences',
      document: 'mutation ($p: [NotificationPreferenceInput!]!) { updateNotificationPreferences(preferences: $p) { kind delivery } }',
      variables: async ({ actor }) => {
        const [organization]: { kind: OrganizationKind }[] = actor.organizationId
          ? await app.dataSource.query(`SELECT kind FROM organization WHERE id = $1`, [actor.organizationId])
          : [];
        // A kind the actor's role receives (operators receive none: an empty change).
        const kinds = organization ? NOTIFICATION_KINDS_BY_ROLE[roleOfOrganizationKind(organization.kind)] : [NotificationKind.OFFER_RECEIVED];
        return { p: kinds.slice(0, 1).map((kind) => ({ kind, delivery: NotificationDelivery.INBOX_ONLY })) };
      },
      expected: SIGNED_IN,
    },
  ];

  beforeAll(async () => {
    // The development mailbox prints reset and invitation mails in test mode; keep the output readable.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    app = await startTestApp();
    actors = await createRoleActors(app);
    ownRmo = await insertRmo(app.dataSource, { name: '（テスト）山北地区協議会', organizationId: actors.murakamiRmo.organizationId! });
  });
  afterAll(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('covers every mutation in the schema', async () => {
    const schema = await buildAppSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect([...new Set(CASES.map((c) => c.mutation))].sort()).toEqual(mutations);
  });

  const rows = CASES.flatMap((matrixCase) => ACTOR_NAMES.map((actorName) => [matrixCase.mutation, actorName, matrixCase.expected[actorName], matrixCase] as const));

  it.each(rows)('%s as %s → %s', async (mutation, actorName, expected, matrixCase) => {
    const actor = actors[actorName];
    // A fresh session per case: signIn, signOut and registration end the caller's current one.
    const cookie = actor.userId ? await sessionCookieFor(app, actor.userId) : undefined;
    const target = await insertTarget();
    serial += 1;
    const variables = await matrixCase.variables({ target, actor, unique: `m${serial}-${actorName.toLowerCase()}` });
    const before = await databaseSnapshot(app.dataSource, target.id);

    const res = await app.graphql<Record<string, unknown>>(matrixCase.document, variables, { cookie });
    const outcome = res.errors ? res.errors[0].extensions?.code : 'OK';
    expect({ outcome, message: res.errors?.[0].message }).toEqual({ outcome: expected, message: expected === 'OK' ? undefined : expect.any(String) });
    // Every refusal says why, with a reason code of its code's enum.
    if (expected !== 'OK') expect(Object.values(REASONS[expected])).toContain(res.errors?.[0].extensions?.reason);

    const after = await databaseSnapshot(app.dataSource, target.id);
    if (expected === 'OK') {
      expect(res.data?.[mutation]).toBeTruthy();
      if (matrixCase.auditEntriesOnSuccess !== undefined) {
        expect(after.rowCounts.audit_entry - before.rowCounts.audit_entry).toBe(matrixCase.auditEntriesOnSuccess);
      }
    } else {
      expect(res.data?.[mutation] ?? null).toBeNull();
      expect(after).toEqual(before);
    }
  });
});
