/**
 * Engagements (issue 12): a municipality, one or more of its RMOs and a lead supporter working
 * through the five steps of flexible optimization, with a checklist of what the survey expects of
 * each party at each step, an activity log, OJT trainees and a wrap-up review; and the case library
 * a completed engagement can feed. The lifecycles are in engagement-lifecycle.ts.
 */
import { Step } from './enums';
import type { BilingualLabel } from './labels';

/** PLANNED → ACTIVE → IN_REVIEW → COMPLETED, or ENDED_EARLY (with a reason) from any of the first three. */
export enum EngagementStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  IN_REVIEW = 'IN_REVIEW',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
}

export const ENGAGEMENT_STATUS_LABELS: Readonly<Record<EngagementStatus, BilingualLabel>> = {
  PLANNED: { ja: '開始前', en: 'Planned' },
  ACTIVE: { ja: '進行中', en: 'Active' },
  IN_REVIEW: { ja: '総括中', en: 'In review' },
  COMPLETED: { ja: '完了', en: 'Completed' },
  ENDED_EARLY: { ja: '途中終了', en: 'Ended early' },
};

/** Engagements still under way: they hold a place of the supporter's capacity and may be flagged as not updated. */
export const OPEN_ENGAGEMENT_STATUSES: readonly EngagementStatus[] = [EngagementStatus.PLANNED, EngagementStatus.ACTIVE, EngagementStatus.IN_REVIEW];

export enum EngagementAction {
  START = 'START',
  BEGIN_REVIEW = 'BEGIN_REVIEW',
  /** Both parts of the review are in (the system, never a person). */
  COMPLETE = 'COMPLETE',
  END_EARLY = 'END_EARLY',
}

export const ENGAGEMENT_ACTION_LABELS: Readonly<Record<EngagementAction, BilingualLabel>> = {
  START: { ja: '支援を開始する', en: 'Start' },
  BEGIN_REVIEW: { ja: '総括に進む', en: 'Begin the review' },
  COMPLETE: { ja: '完了', en: 'Complete' },
  END_EARLY: { ja: '途中で終了する', en: 'End early' },
};

/** Where an engagement came from. */
export enum EngagementOrigin {
  /** A confirmed offer (打診・紹介で決定). */
  OFFER = 'OFFER',
  /** Recorded by the municipality: a past or ongoing engagement begun outside Tsunagu. */
  RECORDED = 'RECORDED',
}

export const ENGAGEMENT_ORIGIN_LABELS: Readonly<Record<EngagementOrigin, BilingualLabel>> = {
  OFFER: { ja: '打診・紹介で決定', en: 'From a confirmed offer' },
  RECORDED: { ja: '市区町村が記録', en: 'Recorded by the municipality' },
};

/** Why an engagement ended before its review. */
export enum EngagementEndReason {
  RMO_WITHDREW = 'RMO_WITHDREW',
  FUNDING_ENDED = 'FUNDING_ENDED',
  SUPPORTER_UNAVAILABLE = 'SUPPORTER_UNAVAILABLE',
  GOALS_CHANGED = 'GOALS_CHANGED',
  OTHER = 'OTHER',
}

export const ENGAGEMENT_END_REASON_LABELS: Readonly<Record<EngagementEndReason, BilingualLabel>> = {
  RMO_WITHDREW: { ja: '地域運営組織の受援意向がなくなった', en: 'The RMO no longer wants support' },
  FUNDING_ENDED: { ja: '財源がなくなった', en: 'Funding ended' },
  SUPPORTER_UNAVAILABLE: { ja: '支援者が続けられなくなった', en: 'The supporter cannot continue' },
  GOALS_CHANGED: { ja: '目的が変わった', en: 'The aims changed' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** The sides of an engagement. */
export enum EngagementParty {
  MUNICIPALITY = 'MUNICIPALITY',
  RMO = 'RMO',
  SUPPORTER = 'SUPPORTER',
  PREFECTURE = 'PREFECTURE',
}

export const ENGAGEMENT_PARTY_LABELS: Readonly<Record<EngagementParty, BilingualLabel>> = {
  MUNICIPALITY: { ja: '市区町村', en: 'Municipality' },
  RMO: { ja: '地域運営組織', en: 'RMO' },
  SUPPORTER: { ja: '中間支援者', en: 'Supporter' },
  PREFECTURE: { ja: '都道府県', en: 'Prefecture' },
};

/** Kinds of activity log entries. */
export enum ActivityKind {
  ARIKATA_MEETING = 'ARIKATA_MEETING',
  STUDY_SESSION = 'STUDY_SESSION',
  DELIBERATION = 'DELIBERATION',
  EXCHANGE_EVENT = 'EXCHANGE_EVENT',
  VISIT = 'VISIT',
  ONLINE_SESSION = 'ONLINE_SESSION',
  OTHER = 'OTHER',
}

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, BilingualLabel>> = {
  ARIKATA_MEETING: { ja: 'あり方検討会', en: 'Reflection meeting (あり方検討会)' },
  STUDY_SESSION: { ja: '勉強会', en: 'Study session' },
  DELIBERATION: { ja: '検討会', en: 'Working meeting' },
  EXCHANGE_EVENT: { ja: '交流会', en: 'Exchange event' },
  VISIT: { ja: '訪問', en: 'Visit' },
  ONLINE_SESSION: { ja: 'オンライン打合せ', en: 'Online session' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** An OJT trainee's standing: invited (another organization's supporter must agree), taking part, or declined. */
export enum TraineeStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
}

export const TRAINEE_STATUS_LABELS: Readonly<Record<TraineeStatus, BilingualLabel>> = {
  INVITED: { ja: '参加の同意待ち', en: 'Awaiting consent' },
  ACTIVE: { ja: '参加中', en: 'Taking part' },
  DECLINED: { ja: '辞退', en: 'Declined' },
};

/** The two parts of the wrap-up review (総括). */
export enum ReviewPart {
  /** The municipality and the RMO: what changed against the request's aims, with ratings. */
  MUNICIPALITY_RMO = 'MUNICIPALITY_RMO',
  /** The supporter: its view and lessons. */
  SUPPORTER = 'SUPPORTER',
}

export const REVIEW_PART_LABELS: Readonly<Record<ReviewPart, BilingualLabel>> = {
  MUNICIPALITY_RMO: { ja: '市区町村・地域運営組織の総括', en: 'Municipality and RMO' },
  SUPPORTER: { ja: '中間支援者の総括', en: 'Supporter' },
};

/** The stated criteria the municipality and the RMO rate (1–5). Never shown publicly as numbers. */
export enum ReviewCriterion {
  ACTIVITIES_REVISED = 'ACTIVITIES_REVISED',
  ORGANIZATION_REVISED = 'ORGANIZATION_REVISED',
  DIALOGUE_DEEPENED = 'DIALOGUE_DEEPENED',
  SUPPORT_FIT = 'SUPPORT_FIT',
  CAN_CONTINUE = 'CAN_CONTINUE',
}

export const REVIEW_CRITERION_LABELS: Readonly<Record<ReviewCriterion, BilingualLabel>> = {
  ACTIVITIES_REVISED: { ja: '活動内容の見直しが進んだ', en: 'Activities were revisited' },
  ORGANIZATION_REVISED: { ja: '組織運営の見直しが進んだ', en: 'The organization was revisited' },
  DIALOGUE_DEEPENED: { ja: '住民・関係者の対話が深まった', en: 'Dialogue among residents and partners deepened' },
  SUPPORT_FIT: { ja: '支援の進め方が地域に合っていた', en: 'The support suited the area' },
  CAN_CONTINUE: { ja: '自分たちで続けていける見通しが立った', en: 'The RMO can carry on by itself' },
};

/** Ratings run 1 (not at all) to 5 (very much). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** A review is positive when its ratings average at least this (matching counts positive reviews). */
export const POSITIVE_REVIEW_AVERAGE = 4;

/** Whether ratings make a positive review. */
export function isPositiveReview(ratings: readonly { score: number }[]): boolean {
  if (ratings.length === 0) return false;
  return ratings.reduce((sum, r) => sum + r.score, 0) / ratings.length >= POSITIVE_REVIEW_AVERAGE;
}

/** The steps in order. */
export const STEPS_IN_ORDER: readonly Step[] = [Step.REFLECTION, Step.SHARING, Step.MODEL_FORMATION, Step.HORIZONTAL_EXPANSION, Step.REVIEW];

/** The step after `step`, or null after the last. */
export function nextStep(step: Step): Step | null {
  return STEPS_IN_ORDER[STEPS_IN_ORDER.indexOf(step) + 1] ?? null;
}

/** One thing the survey expects of one party at one step: the parties tick it on the engagement's checklist. */
export interface ChecklistItem {
  code: string;
  step: Step;
  party: EngagementParty;
  label: BilingualLabel;
}

const item = (code: string, step: Step, party: EngagementParty, ja: string, en: string): ChecklistItem => ({ code, step, party, label: { ja, en } });
const { MUNICIPALITY, RMO, SUPPORTER, PREFECTURE } = EngagementParty;

/** The survey's 「各主体の取組」 per step (report section 4), as checklist items. */
export const ENGAGEMENT_CHECKLIST: readonly ChecklistItem[] = [
  item('REFLECTION_MUNICIPALITY', Step.REFLECTION, MUNICIPALITY, 'あり方検討会の必要性を庁内と地域運営組織で共有し、検討会を企画・運営した', 'Shared the need for a reflection meeting and organized it'),
  item('REFLECTION_RMO', Step.REFLECTION, RMO, 'あり方検討会に参加し、これまでの活動・運営を振り返り、これからのあり方を検討した', 'Took part, looked back and discussed the way ahead'),
  item('REFLECTION_SUPPORTER', Step.REFLECTION, SUPPORTER, 'あり方の検討が効果的に進むよう助言・支援した', 'Advised so the reflection went well'),
  item('REFLECTION_PREFECTURE', Step.REFLECTION, PREFECTURE, '市区町村の担当者が学べる機会を提供し、求めに応じて中間支援者を紹介した', 'Offered learning to municipal staff and introduced supporters on request'),
  item('SHARING_MUNICIPALITY', Step.SHARING, MUNICIPALITY, 'ステップ1の方向性を共有する勉強会を企画・運営した', 'Organized study sessions sharing the direction of step 1'),
  item('SHARING_RMO', Step.SHARING, RMO, '勉強会に参加し、柔軟な最適化の意義や考え方、進め方を学んだ', 'Took part and learned why and how'),
  item('SHARING_SUPPORTER', Step.SHARING, SUPPORTER, '勉強会で取り組む必要性や進め方のポイントを説明した', 'Explained the need and the key points in the sessions'),
  item('SHARING_PREFECTURE', Step.SHARING, PREFECTURE, '求めに応じて他の市区町村の取組事例を提供した', 'Provided other municipalities’ cases on request'),
  item('MODEL_MUNICIPALITY', Step.MODEL_FORMATION, MUNICIPALITY, '取組意向のある地域運営組織をモデルとし、助言体制を確保した', 'Chose a willing RMO as the model and secured advice for it'),
  item('MODEL_RMO', Step.MODEL_FORMATION, RMO, '今後の取組方針を検討し、検討会を企画・開催した', 'Worked out its course and held working meetings'),
  item('MODEL_SUPPORTER', Step.MODEL_FORMATION, SUPPORTER, '地域運営組織の検討が効果的に進むよう助言・支援した', 'Advised the RMO’s working meetings'),
  item('MODEL_PREFECTURE', Step.MODEL_FORMATION, PREFECTURE, '求めに応じて協力できる中間支援者を紹介した', 'Introduced supporters on request'),
  item('EXPANSION_MUNICIPALITY', Step.HORIZONTAL_EXPANSION, MUNICIPALITY, '地域運営組織が学び、交流する場を企画・運営し、参加した組織をフォローした', 'Organized exchange events and followed up the participants'),
  item('EXPANSION_RMO', Step.HORIZONTAL_EXPANSION, RMO, '取組のプロセスや成果・課題を発表した', 'Presented its process, results and open issues'),
  item('EXPANSION_SUPPORTER', Step.HORIZONTAL_EXPANSION, SUPPORTER, '支援者の視点から進め方のポイントを説明・助言した', 'Explained the key points from the supporter’s view'),
  item('EXPANSION_PREFECTURE', Step.HORIZONTAL_EXPANSION, PREFECTURE, '取組を把握・分析し、参考情報として市区町村に提供した', 'Grasped and analysed the effort and shared it with municipalities'),
  item('REVIEW_MUNICIPALITY', Step.REVIEW, MUNICIPALITY, '取組を総括し、地域運営組織との関わり方や支援策を見直した', 'Reviewed the effort and revised its support'),
  item('REVIEW_RMO', Step.REVIEW, RMO, '総括に参加し、必要なら軌道修正を提案した', 'Took part in the review and proposed corrections'),
  item('REVIEW_SUPPORTER', Step.REVIEW, SUPPORTER, '支援経験を踏まえて総括に協力し、助言した', 'Contributed its experience to the review'),
  item('REVIEW_PREFECTURE', Step.REVIEW, PREFECTURE, '総括のプロセスや結果を把握・分析し、他の市区町村に提供した', 'Analysed the review and shared it with other municipalities'),
];

/** What each party does at each step, for help texts (the checklist's items, per step). */
export function checklistOf(step: Step): readonly ChecklistItem[] {
  return ENGAGEMENT_CHECKLIST.filter((i) => i.step === step);
}

/** Limits of engagement and case inputs, read by the server's validators and the client's forms. */
export const ENGAGEMENT_LIMITS = {
  titleMaxLength: 100,
  notesMaxLength: 2000,
  linksMax: 5,
  linkMaxLength: 500,
  participantsMax: 10_000,
  endCommentMaxLength: 1000,
  reviewTextMaxLength: 3000,
  rmosMax: 10,
  traineesMax: 5,
  /** Days without an update after which the prefecture's overview flags an open engagement. */
  staleAfterDays: 90,
} as const;

/** The case library's lifecycle: DRAFT → AWAITING_APPROVAL (a supporter's draft) → APPROVED (municipality) → PUBLISHED (prefecture). */
export enum CaseStatus {
  DRAFT = 'DRAFT',
  AWAITING_APPROVAL = 'AWAITING_APPROVAL',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
}

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, BilingualLabel>> = {
  DRAFT: { ja: '下書き', en: 'Draft' },
  AWAITING_APPROVAL: { ja: '市区町村の承認待ち', en: 'Awaiting the municipality’s approval' },
  APPROVED: { ja: '県の公開待ち', en: 'Awaiting publication by the prefecture' },
  PUBLISHED: { ja: '公開中', en: 'Published' },
};

export enum CaseAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
  UNPUBLISH = 'UNPUBLISH',
}

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, BilingualLabel>> = {
  SUBMIT: { ja: '市区町村に承認を依頼する', en: 'Ask the municipality to approve' },
  APPROVE: { ja: '承認する', en: 'Approve' },
  PUBLISH: { ja: '事例として公開する', en: 'Publish' },
  RETURN: { ja: '下書きに戻す', en: 'Return to draft' },
  UNPUBLISH: { ja: '公開をやめる', en: 'Unpublish' },
};

/** Municipality population bands (the drafter chooses one: reference data has no population). */
export enum PopulationBand {
  UNDER_10K = 'UNDER_10K',
  FROM_10K_TO_50K = 'FROM_10K_TO_50K',
  FROM_50K_TO_100K = 'FROM_50K_TO_100K',
  FROM_100K_TO_300K = 'FROM_100K_TO_300K',
  OVER_300K = 'OVER_300K',
}

export const POPULATION_BAND_LABELS: Readonly<Record<PopulationBand, BilingualLabel>> = {
  UNDER_10K: { ja: '1万人未満', en: 'Under 10,000' },
  FROM_10K_TO_50K: { ja: '1万〜5万人', en: '10,000–50,000' },
  FROM_50K_TO_100K: { ja: '5万〜10万人', en: '50,000–100,000' },
  FROM_100K_TO_300K: { ja: '10万〜30万人', en: '100,000–300,000' },
  OVER_300K: { ja: '30万人以上', en: 'Over 300,000' },
};

/** The area an RMO covers (RMO records keep it as free text; a case names one of these). */
export enum RmoAreaUnit {
  NEIGHBORHOOD = 'NEIGHBORHOOD',
  ELEMENTARY_SCHOOL_DISTRICT = 'ELEMENTARY_SCHOOL_DISTRICT',
  JUNIOR_HIGH_SCHOOL_DISTRICT = 'JUNIOR_HIGH_SCHOOL_DISTRICT',
  FORMER_MUNICIPALITY = 'FORMER_MUNICIPALITY',
  WHOLE_MUNICIPALITY = 'WHOLE_MUNICIPALITY',
  OTHER = 'OTHER',
}

export const RMO_AREA_UNIT_LABELS: Readonly<Record<RmoAreaUnit, BilingualLabel>> = {
  NEIGHBORHOOD: { ja: '自治会・集落', en: 'Neighbourhood' },
  ELEMENTARY_SCHOOL_DISTRICT: { ja: '小学校区', en: 'Elementary school district' },
  JUNIOR_HIGH_SCHOOL_DISTRICT: { ja: '中学校区', en: 'Junior high school district' },
  FORMER_MUNICIPALITY: { ja: '旧市町村', en: 'Former municipality' },
  WHOLE_MUNICIPALITY: { ja: '市町村全域', en: 'Whole municipality' },
  OTHER: { ja: 'その他', en: 'Other' },
};

export const CASE_LIMITS = {
  titleMaxLength: 100,
  summaryMaxLength: 500,
  textMaxLength: 5000,
  queryMaxLength: 200,
} as const;

/** A calendar date "YYYY-MM-DD" (activity dates, step dates). */
export const DATE_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a real calendar date "YYYY-MM-DD" (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The Japanese calendar day of an instant, "YYYY-MM-DD". */
export function japanDate(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
