import { SupportType } from '@tsunagu/shared';
import { DAY_MS, ManualClock } from '../../common/clock';
import { openRequest, ownedSupporter, recordNotifications, type OwnedSupporter } from '../../../test/fixtures/offer-fixtures';
import { insertRmo } from '../../../test/fixtures/request-fixtures';
import { createRoleActors, MURAKAMI, NIIGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { Rmo } from '../rmo/rmo.entity';

const ENGAGEMENT_FIELDS = `id status origin title currentStep holdsPlace endReason party allowedActions mayAdvanceStep myReviewPart stale rmoNames requestAims
  supporter { id name currentLoad } steps { step startedOn endedOn } checklist { code step party done mayTick }
  activities { kind heldOn step participants notes links party author } trainees { supporter { id name } status mayRespond }
  review { part changes lessons ratings { criterion score } } caseStudy { id status }`;
const ENGAGEMENT = `query ($id: ID!) { engagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
const FROM_OFFER = `mutation ($input: CreateEngagementFromOfferInput!) { createEngagementFromOffer(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
const RECORD = `mutation ($input: RecordEngagementInput!) { recordEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
const START = `mutation ($id: ID!) { startEngagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
const ADVANCE = `mutation ($id: ID!) { advanceEngagementStep(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
const BEGIN_REVIEW = `mutation ($id: ID!) { beginEngagementReview(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
const CHECK = `mutation ($e: ID!, $c: String!, $d: Boolean!) { setEngagementCheck(engagementId: $e, itemCode: $c, done: $d) { id checklist { code done } } }`;
const LOG = `mutation ($input: AddEngagementActivityInput!) { addEngagementActivity(input: $input) { id activities { kind heldOn step participants notes links party } } }`;
const TRAINEE = `mutation ($e: ID!, $s: ID!) { addEngagementTrainee(engagementId: $e, supporterId: $s) { id trainees { supporter { id } status } } }`;
const CONSENT = `mutation ($e: ID!, $s: ID!, $a: Boolean!) { respondToTraineeInvitation(engagementId: $e, supporterId: $s, accept: $a) { id } }`;
const REVIEW = `mutation ($input: WriteEngagementReviewInput!) { writeEngagementReview(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
const END = `mutation ($input: EndEngagementInput!) { endEngagementEarly(input: $input) { id status endReason supporter { currentLoad } } }`;
const LIST = `query ($filter: EngagementFilter) { engagements(filter: $filter) { edges { node { id title status } } } }`;
const OVERVIEW = `query { engagementOverview { total staleTotal counts { step status count stale } stale { id title stale } } }`;
const MATCHES = `query ($id: ID!) { matchesForRequest(requestId: $id, first: 50) { supporter { id } reasons { factor points explanation { code params } } } }`;
const CREATE_CASE = `mutation ($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id status allowedActions mayEdit } }`;
const MOVE_CASE = `mutation ($id: ID!, $a: CaseAction!) { moveCaseStudy(id: $id, action: $a) { id status allowedActions } }`;
const CASE = `query ($id: ID!) { caseStudy(id: $id) { id status title rmoNames draftedBy supportTypes steps engagementId supporter { name } municipality { name } } }`;
const SEARCH = `query ($s: CaseSearchInput) { caseStudies(search: $s) { totalCount edges { node { id title } } } }`;
const PROFILE_CASES = `query ($id: ID!) { supporter(id: $id) { id caseStudies { id title } trackRecord { engagements ojt } } }`;

const RATINGS = ['ACTIVITIES_REVISED', 'ORGANIZATION_REVISED', 'DIALOGUE_DEEPENED', 'SUPPORT_FIT', 'CAN_CONTINUE'].map((criterion) => ({ criterion, score: 5 }));

let app: TestApp;
let actors: Record<ActorName, Actor>;
let clock: ManualClock;
let notifications: ReturnType<typeof recordNotifications>;
let rmo: Rmo;

beforeAll(async () => {
  clock = new ManualClock(new Date('2027-02-01T01:00:00Z'));
  app = await startTestApp({}, { clock });
  actors = await createRoleActors(app);
  notifications = recordNotifications(app);
  rmo = await insertRmo(app.dataSource, { name: '（テスト）山北地区まちづくり協議会', organizationId: actors.murakamiRmo.organizationId! });
});
afterAll(() => app.close());
beforeEach(() => notifications.clear());

async function ok<T>(query: string, variables: Record<string, unknown>, actor: Actor | null): Promise<T> {
  const res = await app.graphql<T>(query, variables, { cookie: actor?.cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors, null, 1));
  return res.data!;
}

async function refusal(query: string, variables: Record<string, unknown>, actor: Actor | null) {
  const res = await app.graphql(query, variables, { cookie: actor?.cookie });
  expect(res.errors).toBeDefined();
  return res.errors![0].extensions!;
}

/** An open request of 村上市 for `rmo`, approached to `supporter`, accepted and confirmed: returns the offer id. */
async function confirmedOffer(supporter: OwnedSupporter, title: string): Promise<string> {
  const requestId = await openRequest(app, actors.murakamiCity, { title, rmoIds: [rmo.id] });
  const { approachSupporter } = await ok<{ approachSupporter: { id: string } }>(
    `mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }`,
    { input: { requestId, supporterId: supporter.profile.id, message: 'お願いします' } },
    actors.murakamiCity,
  );
  await ok(`mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }`, { input: { offerId: approachSupporter.id, response: 'ACCEPT', availabilityNote: '4月から' } }, supporter.member);
  await ok(`mutation ($id: ID!) { confirmOffer(id: $id) { id } }`, { id: approachSupporter.id }, actors.murakamiCity);
  return approachSupporter.id;
}

type EngagementData = {
  id: string;
  status: string;
  currentStep: string;
  allowedActions: string[];
  mayAdvanceStep: boolean;
  myReviewPart: string | null;
  supporter: { currentLoad: number };
  steps: { step: string; startedOn: string; endedOn: string | null }[];
  checklist: { code: string; done: boolean; mayTick: boolean }[];
  trainees: { supporter: { id: string }; status: string; mayRespond: boolean }[];
  review: { part: string }[];
  rmoNames: string[];
};

describe('an engagement from a confirmed offer through the five steps, its review and its case', () => {
  let lead: OwnedSupporter;
  let engagementId: string;

  beforeAll(async () => {
    lead = await ownedSupporter(app, '山北つなぎ支援室', { capacity: 2, currentLoad: 0, supportTypes: [SupportType.DIALOGUE_FACILITATION] });
  });

  it('runs from the offer to a published case, telling the parties, and only they (and the prefecture) see it', async () => {
    const offerId = await confirmedOffer(lead, '山北地区のあり方検討会');
    notifications.clear();
    const { createEngagementFromOffer: created } = await ok<{ createEngagementFromOffer: EngagementData }>(FROM_OFFER, { input: { offerId } }, actors.murakamiCity);
    engagementId = created.id;
    expect(created).toMatchObject({
      status: 'PLANNED',
      currentStep: 'REFLECTION',
      rmoNames: ['（テスト）山北地区まちづくり協議会'],
      allowedActions: ['START', 'END_EARLY'],
      supporter: { currentLoad: 1 },
    });
    expect(notifications.kinds()).toEqual(['ENGAGEMENT_STARTED']);
    expect(notifications.events[0]).toMatchObject({ organizationIds: [lead.member.organizationId, actors.murakamiRmo.organizationId], prefectureStaffOf: [NIIGATA] });
    // Once only.
    expect(await refusal(FROM_OFFER, { input: { offerId } }, actors.murakamiCity)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });

    // Nobody else learns it exists; the prefecture and the RMO read it.
    for (const outsider of [actors.yamagataPrefecture, actors.otherIntermediary, actors.operator]) {
      expect(await refusal(ENGAGEMENT, { id: engagementId }, outsider)).toMatchObject({ code: 'NOT_FOUND', reason: 'ENGAGEMENT_NOT_FOUND' });
    }
    expect((await ok<{ engagement: { party: string } }>(ENGAGEMENT, { id: engagementId }, actors.niigataPrefecture)).engagement.party).toBe('PREFECTURE');
    expect((await ok<{ engagement: { party: string } }>(ENGAGEMENT, { id: engagementId }, actors.murakamiRmo)).engagement.party).toBe('RMO');
    expect((await ok<{ engagements: { edges: unknown[] } }>(LIST, {}, actors.otherIntermediary)).engagements.edges).toEqual([]);

    // The supporter starts it and logs the あり方検討会.
    const { startEngagement: started } = await ok<{ startEngagement: EngagementData }>(START, { id: engagementId }, lead.member);
    expect(started).toMatchObject({ status: 'ACTIVE', steps: [{ step: 'REFLECTION', startedOn: '2027-02-01', endedOn: null }], mayAdvanceStep: true });
    const logged = await ok<{ addEngagementActivity: { activities: unknown[] } }>(
      LOG,
      { input: { engagementId, kind: 'ARIKATA_MEETING', heldOn: '2027-02-10', participants: 18, notes: '役員と住民で活動を振り返った', links: ['https://example.jp/minutes'] } },
      lead.member,
    );
    expect(logged.addEngagementActivity.activities).toEqual([
      { kind: 'ARIKATA_MEETING', heldOn: '2027-02-10', step: 'REFLECTION', participants: 18, notes: '役員と住民で活動を振り返った', links: ['https://example.jp/minutes'], party: 'SUPPORTER' },
    ]);
    expect(await refusal(LOG, { input: { engagementId, kind: 'VISIT', heldOn: '2027-02-30', notes: '', links: [] } }, lead.member)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUE',
      field: 'heldOn',
    });
    expect(await refusal(LOG, { input: { engagementId, kind: 'VISIT', heldOn: '2027-02-11', notes: '', links: ['javascript:alert(1)'] } }, actors.murakamiCity)).toMatchObject({
      reason: 'NOT_URL',
    });

    // Each party ticks its own checklist items; the municipality may tick its RMO's.
    await ok(CHECK, { e: engagementId, c: 'REFLECTION_SUPPORTER', d: true }, lead.member);
    await ok(CHECK, { e: engagementId, c: 'REFLECTION_RMO', d: true }, actors.murakamiCity);
    expect(await refusal(CHECK, { e: engagementId, c: 'REFLECTION_MUNICIPALITY', d: true }, lead.member)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PART' });
    expect(await refusal(CHECK, { e: engagementId, c: 'NO_SUCH_ITEM', d: true }, lead.member)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemCode' });

    // Step 2, with the first step's dates closed.
    clock.advance(30 * DAY_MS);
    notifications.clear();
    const { advanceEngagementStep: advanced } = await ok<{ advanceEngagementStep: EngagementData }>(ADVANCE, { id: engagementId }, lead.member);
    expect(advanced.currentStep).toBe('SHARING');
    expect(advanced.steps).toEqual([
      { step: 'REFLECTION', startedOn: '2027-02-01', endedOn: '2027-03-03' },
      { step: 'SHARING', startedOn: '2027-03-03', endedOn: null },
    ]);
    expect(notifications.kinds()).toEqual(['ENGAGEMENT_STEP_CHANGED']);
    expect(await refusal(ADVANCE, { id: engagementId }, actors.niigataPrefecture)).toMatchObject({ code: 'FORBIDDEN' });

    // OJT: a profile of the lead's own organization takes part at once; another organization's after it agrees.
    const own = await insertSupporter(app.dataSource, { name: '山北つなぎ支援室 若手', municipalities: [[NIIGATA, MURAKAMI]], ownerOrganizationId: lead.member.organizationId! });
    const other = await ownedSupporter(app, '学び手の会', { capacity: 1 });
    await ok(TRAINEE, { e: engagementId, s: own.id }, lead.member);
    clock.advance(60_000);
    notifications.clear();
    const invited = await ok<{ addEngagementTrainee: { trainees: { supporter: { id: string }; status: string }[] } }>(TRAINEE, { e: engagementId, s: other.profile.id }, lead.member);
    expect(invited.addEngagementTrainee.trainees.map((t) => t.status)).toEqual(['ACTIVE', 'INVITED']);
    expect(notifications.events).toEqual([expect.objectContaining({ kind: 'OJT_INVITED', organizationIds: [other.member.organizationId] })]);
    expect(await refusal(TRAINEE, { e: engagementId, s: other.profile.id }, lead.member)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'supporterId' });
    // The invited supporter reads the engagement and agrees.
    const seen = await ok<{ engagement: EngagementData }>(ENGAGEMENT, { id: engagementId }, other.member);
    expect(seen.engagement.trainees[1]).toMatchObject({ status: 'INVITED', mayRespond: true });
    await ok(CONSENT, { e: engagementId, s: other.profile.id, a: true }, other.member);
    expect(await refusal(CONSENT, { e: engagementId, s: other.profile.id, a: true }, other.member)).toMatchObject({ code: 'NOT_FOUND', reason: 'ENGAGEMENT_NOT_FOUND' });

    // The review: written only in review, each party its part; both parts complete it.
    const review = (changes: string, ratings: unknown[]) => ({ input: { engagementId, changes, lessons: '早めに役員以外も巻き込む', ratings } });
    expect(await refusal(REVIEW, review('活動を半分に絞った', RATINGS), actors.murakamiCity)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    notifications.clear();
    const { beginEngagementReview: inReview } = await ok<{ beginEngagementReview: EngagementData }>(BEGIN_REVIEW, { id: engagementId }, actors.murakamiCity);
    expect(inReview).toMatchObject({ status: 'IN_REVIEW', currentStep: 'REVIEW', myReviewPart: 'MUNICIPALITY_RMO' });
    expect(notifications.kinds()).toEqual(['ENGAGEMENT_REVIEW_STARTED']);
    expect(await refusal(REVIEW, review('見えた', []), actors.niigataPrefecture)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(REVIEW, review('活動を半分に絞った', RATINGS.slice(1)), actors.murakamiRmo)).toMatchObject({ reason: 'REQUIRED', field: 'ratings' });
    const { writeEngagementReview: half } = await ok<{ writeEngagementReview: EngagementData }>(REVIEW, review('祭りを残し、会議を半分に減らした', RATINGS), actors.murakamiRmo);
    expect(half).toMatchObject({ status: 'IN_REVIEW', review: [{ part: 'MUNICIPALITY_RMO' }] });
    notifications.clear();
    const { writeEngagementReview: done } = await ok<{ writeEngagementReview: EngagementData }>(REVIEW, review('住民の対話が自走し始めた', []), lead.member);
    expect(done).toMatchObject({ status: 'COMPLETED', supporter: { currentLoad: 0 }, allowedActions: [] });
    expect(done.steps.at(-1)).toMatchObject({ step: 'REVIEW', endedOn: '2027-03-03' });
    expect(notifications.kinds()).toEqual(['ENGAGEMENT_ENDED']);
    // Closed: no more log entries.
    expect(await refusal(LOG, { input: { engagementId, kind: 'VISIT', heldOn: '2027-03-04', notes: '', links: [] } }, lead.member)).toMatchObject({ reason: 'INVALID_TRANSITION' });

    // Track records: the lead's (positive) and both trainees' OJT; the profile shows them.
    const records: { supporter_id: string; kind: string; positive: boolean }[] = await app.dataSource.query(
      `SELECT supporter_id::text, kind, positive FROM supporter_track_record WHERE engagement_id = $1 ORDER BY kind, supporter_id`,
      [engagementId],
    );
    expect(records).toEqual(
      expect.arrayContaining([
        { supporter_id: lead.profile.id, kind: 'ENGAGEMENT', positive: true },
        { supporter_id: own.id, kind: 'OJT', positive: false },
        { supporter_id: other.profile.id, kind: 'OJT', positive: false },
      ]),
    );
    const { supporter: traineeProfile } = await ok<{ supporter: { trackRecord: { ojt: number }[] } }>(PROFILE_CASES, { id: other.profile.id }, actors.murakamiCity);
    expect(traineeProfile.trackRecord.reduce((n, r) => n + r.ojt, 0)).toBe(1);

    // Matching's track-record reason names the completed engagement.
    const nextRequest = await openRequest(app, actors.murakamiCity, { title: '別地区の対話の場づくり', supportTypes: ['DIALOGUE_FACILITATION'] });
    const { matchesForRequest } = await ok<{ matchesForRequest: { supporter: { id: string }; reasons: { factor: string; points: number; explanation: { code: string; params: Record<string, unknown> } }[] }[] }>(
      MATCHES,
      { id: nextRequest },
      actors.murakamiCity,
    );
    const leadMatch = matchesForRequest.find((m) => m.supporter.id === lead.profile.id)!;
    expect(leadMatch.reasons.find((r) => r.factor === 'TRACK_RECORD')).toMatchObject({
      explanation: { code: 'TRACK_RECORD', params: { count: 1, positive: 1, engagementTitle: '山北地区のあり方検討会', municipalityName: '村上市' } },
    });

    // The case: drafted by the supporter without the RMO's name, approved by 村上市, published by 新潟県.
    const caseInput = {
      engagementId,
      title: '山北地区 会議を半分にした振り返り',
      summary: '役員の負担を減らすため、あり方検討会で活動を見直した。',
      process: 'あり方検討会と勉強会を重ね、モデル地区で会議の数を見直した。',
      outcomes: '会議が半分になり、若い世代の参加が増えた。',
      lessons: '役員以外も早めに巻き込む。',
      hideRmoName: true,
      hidePeople: true,
      populationBand: 'FROM_50K_TO_100K',
      rmoAreaUnit: 'ELEMENTARY_SCHOOL_DISTRICT',
    };
    expect(await refusal(CREATE_CASE, { input: caseInput }, actors.niigataPrefecture)).toMatchObject({ code: 'FORBIDDEN' });
    const { createCaseStudy: draft } = await ok<{ createCaseStudy: { id: string; status: string; allowedActions: string[]; mayEdit: boolean } }>(CREATE_CASE, { input: caseInput }, lead.member);
    expect(draft).toMatchObject({ status: 'DRAFT', allowedActions: ['SUBMIT'], mayEdit: true });
    expect(await refusal(CREATE_CASE, { input: caseInput }, actors.murakamiCity)).toMatchObject({ reason: 'ALREADY_EXISTS' });
    expect(await refusal(CASE, { id: draft.id }, null)).toMatchObject({ code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
    expect(await refusal(CASE, { id: draft.id }, actors.yamagataPrefecture)).toMatchObject({ code: 'NOT_FOUND' });
    notifications.clear();
    await ok(MOVE_CASE, { id: draft.id, a: 'SUBMIT' }, lead.member);
    expect(await refusal(MOVE_CASE, { id: draft.id, a: 'PUBLISH' }, actors.niigataPrefecture)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    await ok(MOVE_CASE, { id: draft.id, a: 'APPROVE' }, actors.murakamiCity);
    expect(await refusal(MOVE_CASE, { id: draft.id, a: 'PUBLISH' }, actors.yamagataPrefecture)).toMatchObject({ code: 'NOT_FOUND' });
    const published = await ok<{ moveCaseStudy: { status: string } }>(MOVE_CASE, { id: draft.id, a: 'PUBLISH' }, actors.niigataPrefecture);
    expect(published.moveCaseStudy.status).toBe('PUBLISHED');
    expect(notifications.kinds()).toEqual(['CASE_AWAITING_APPROVAL', 'CASE_AWAITING_PUBLICATION', 'CASE_PUBLISHED']);

    // Anyone reads it now: without the RMO's name or any person, without the engagement link.
    const { caseStudy } = await ok<{ caseStudy: Record<string, unknown> }>(CASE, { id: draft.id }, null);
    expect(caseStudy).toMatchObject({ status: 'PUBLISHED', rmoNames: [], draftedBy: null, engagementId: null, municipality: { name: '村上市' }, steps: ['REFLECTION', 'SHARING', 'REVIEW'] });
    expect((await ok<{ caseStudy: { engagementId: string } }>(CASE, { id: draft.id }, actors.murakamiCity)).caseStudy.engagementId).toBe(engagementId);
    // Found by type, by step, by place, and by Japanese words (folded: katakana finds hiragana and full width finds half).
    const found = async (s: Record<string, unknown>) => (await ok<{ caseStudies: { totalCount: number; edges: { node: { id: string } }[] } }>(SEARCH, { s }, null)).caseStudies;
    expect((await found({ supportTypes: ['DIALOGUE_FACILITATION'] })).edges.map((e) => e.node.id)).toContain(draft.id);
    expect((await found({ supportTypes: ['RMO_ESTABLISHMENT'] })).totalCount).toBe(0);
    expect((await found({ steps: ['SHARING'], regions: ['CHUBU'], populationBands: ['FROM_50K_TO_100K'], areaUnits: ['ELEMENTARY_SCHOOL_DISTRICT'] })).totalCount).toBe(1);
    expect((await found({ prefectureCodes: ['06'] })).totalCount).toBe(0);
    expect((await found({ text: 'あり方検討会' })).totalCount).toBe(1);
    expect((await found({ text: '会議 若い世代' })).totalCount).toBe(1);
    expect((await found({ text: '意義や方法の共有' })).totalCount).toBe(1);
    expect((await found({ text: '山北地区まちづくり協議会' })).totalCount).toBe(0);
    expect((await found({ text: '会議 防災訓練' })).totalCount).toBe(0);
    // Evidence on the supporter's profile.
    const { supporter } = await ok<{ supporter: { caseStudies: { id: string }[] } }>(PROFILE_CASES, { id: lead.profile.id }, null);
    expect(supporter.caseStudies.map((c) => c.id)).toEqual([draft.id]);
  });
});

describe('recorded engagements, ending early, and the prefecture overview', () => {
  it('records an ongoing engagement, frees the place when it ends early, and flags those not updated for 90 days', async () => {
    const supporter = await ownedSupporter(app, '記録される支援室', { capacity: 1, currentLoad: 1 });
    const input = { supporterId: supporter.profile.id, rmoIds: [rmo.id], title: '以前からの協働（記録）', supportTypes: ['PROJECT_SUPPORT'], step: 'MODEL_FORMATION', startedOn: '2026-06-01' };
    expect(await refusal(RECORD, { input: { ...input, rmoIds: [] } }, actors.murakamiCity)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rmoIds' });
    const other = await insertRmo(app.dataSource, { name: '別の町の協議会', municipalityCode: '152137' });
    expect(await refusal(RECORD, { input: { ...input, rmoIds: [other.id] } }, actors.murakamiCity)).toMatchObject({ reason: 'UNKNOWN_RMO' });
    // At capacity, it is recorded without taking a place.
    const { recordEngagement: recorded } = await ok<{ recordEngagement: EngagementData & { holdsPlace: boolean } }>(RECORD, { input }, actors.murakamiCity);
    expect(recorded).toMatchObject({ status: 'ACTIVE', currentStep: 'MODEL_FORMATION', holdsPlace: false, steps: [{ step: 'MODEL_FORMATION', startedOn: '2026-06-01', endedOn: null }] });

    const spare = await ownedSupporter(app, '空きのある支援室', { capacity: 2, currentLoad: 0 });
    const { recordEngagement: second } = await ok<{ recordEngagement: EngagementData & { holdsPlace: boolean } }>(RECORD, { input: { ...input, supporterId: spare.profile.id, title: '空きのある協働' } }, actors.murakamiCity);
    expect(second).toMatchObject({ holdsPlace: true, supporter: { currentLoad: 1 } });
    expect(await refusal(END, { input: { engagementId: second.id, reason: 'OTHER' } }, spare.member)).toMatchObject({ reason: 'REQUIRED', field: 'comment' });
    const { endEngagementEarly: ended } = await ok<{ endEngagementEarly: { status: string; endReason: string; supporter: { currentLoad: number } } }>(
      END,
      { input: { engagementId: second.id, reason: 'FUNDING_ENDED' } },
      spare.member,
    );
    expect(ended).toEqual({ id: second.id, status: 'ENDED_EARLY', endReason: 'FUNDING_ENDED', supporter: { currentLoad: 0 } });

    clock.advance(91 * DAY_MS);
    const { engagementOverview: overview } = await ok<{ engagementOverview: { total: number; staleTotal: number; counts: { step: string; status: string; count: number; stale: number }[]; stale: { id: string; stale: boolean }[] } }>(
      OVERVIEW,
      {},
      actors.niigataPrefecture,
    );
    expect(overview.stale.map((e) => e.id)).toContain(recorded.id);
    expect(overview.stale.map((e) => e.id)).not.toContain(second.id);
    expect(overview.counts).toContainEqual({ step: 'MODEL_FORMATION', status: 'ACTIVE', count: 1, stale: 1 });
    expect(overview.counts).toContainEqual({ step: 'MODEL_FORMATION', status: 'ENDED_EARLY', count: 1, stale: 0 });
    expect(await refusal(OVERVIEW, {}, actors.murakamiCity)).toMatchObject({ code: 'FORBIDDEN' });
    const { engagementOverview: yamagata } = await ok<{ engagementOverview: { total: number } }>(OVERVIEW, {}, actors.yamagataPrefecture);
    expect(yamagata.total).toBe(0);
    // An update clears the flag.
    await ok(LOG, { input: { engagementId: recorded.id, kind: 'VISIT', heldOn: '2027-05-01', notes: '', links: [] } }, actors.murakamiCity);
    expect((await ok<{ engagement: { stale: boolean } }>(ENGAGEMENT, { id: recorded.id }, actors.niigataPrefecture)).engagement.stale).toBe(false);
  });
});
