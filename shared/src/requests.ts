/**
 * Support requests and RMO records (issue 4): their enums, labels and limits. The lifecycle the
 * server enforces and the client offers is in request-lifecycle.ts.
 */
import type { Step } from './enums';
import type { BilingualLabel } from './labels';

/** Support phases seen in the report's case studies. */
export enum SupportPhase {
  AWARENESS = 'AWARENESS',
  AUTONOMY = 'AUTONOMY',
  EXPANSION = 'EXPANSION',
}

export const SUPPORT_PHASE_LABELS: Readonly<Record<SupportPhase, BilingualLabel>> = {
  AWARENESS: { ja: '意識変革を促す', en: 'Raising awareness' },
  AUTONOMY: { ja: '自立的な取組を支援', en: 'Supporting autonomy' },
  EXPANSION: { ja: '横展開を図る', en: 'Spreading to other RMOs' },
};

/** What each step means, in a sentence or two (the survey's 概要), for help texts. */
export const STEP_HELP: Readonly<Record<Step, BilingualLabel>> = {
  REFLECTION: {
    ja: '地域運営組織と市区町村が、これまでの活動と組織運営を振り返り、これからの方向性を共有する場（あり方検討会）を設けます。',
    en: 'The RMO and the municipality look back on past activities and organization and agree a direction, in a reflection meeting (あり方検討会).',
  },
  SHARING: {
    ja: '勉強会で、柔軟な最適化の意義や進め方を地域運営組織と共有し、取り組む気運を高めます。',
    en: 'Study sessions share why and how to revisit activities and organization, building the will to do it.',
  },
  MODEL_FORMATION: {
    ja: '取り組む意向のある地域運営組織をモデルとして、具体的な見直しを個別に支援します。',
    en: 'A willing RMO becomes a model: its concrete revision is supported individually.',
  },
  HORIZONTAL_EXPANSION: {
    ja: 'モデルの取組を他の地域に広げるため、地域運営組織が発表し、学び合い、交流する場を設けます。',
    en: 'RMOs present the model’s process and learn from each other, so it spreads to other areas.',
  },
  REVIEW: {
    ja: '市区町村と地域運営組織が協働で、見直しの状況とここまでの取組を総括し、必要なら軌道修正します。',
    en: 'The municipality and the RMO review together how the revision went and correct course where needed.',
  },
};

/** What each support phase means (the report's case studies), for help texts. */
export const SUPPORT_PHASE_HELP: Readonly<Record<SupportPhase, BilingualLabel>> = {
  AWARENESS: {
    ja: '地域運営組織や住民が「このままでよいか」に気づき、見直しに向けた意識が変わるよう働きかける段階です。',
    en: 'Helping the RMO and residents see the need to revisit their activities and organization.',
  },
  AUTONOMY: {
    ja: '見直しの方向が見えた地域運営組織が、自分たちで検討と実行を進められるよう伴走する段階です。',
    en: 'Accompanying an RMO that has found its direction, so it can work things out and act by itself.',
  },
  EXPANSION: {
    ja: 'モデルとなった取組を、ほかの地域運営組織や地区に広げる段階です。',
    en: 'Spreading a model effort to other RMOs and districts.',
  },
};

/** How the support is to be delivered. */
export enum RequestFormat {
  IN_PERSON = 'IN_PERSON',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}

export const REQUEST_FORMAT_LABELS: Readonly<Record<RequestFormat, BilingualLabel>> = {
  IN_PERSON: { ja: '対面', en: 'In person' },
  REMOTE: { ja: 'オンライン', en: 'Remote' },
  HYBRID: { ja: '対面とオンラインの併用', en: 'Hybrid' },
};

/**
 * DRAFT → OPEN → CLOSED, or WITHDRAWN from any live state. A request written by RMO staff
 * waits in AWAITING_ENDORSEMENT until its municipality endorses it, or returns it (RETURNED) with
 * a comment for the RMO to revise and submit again.
 */
export enum SupportRequestStatus {
  DRAFT = 'DRAFT',
  AWAITING_ENDORSEMENT = 'AWAITING_ENDORSEMENT',
  RETURNED = 'RETURNED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export const SUPPORT_REQUEST_STATUS_LABELS: Readonly<Record<SupportRequestStatus, BilingualLabel>> = {
  DRAFT: { ja: '下書き', en: 'Draft' },
  AWAITING_ENDORSEMENT: { ja: '市区町村の承認待ち', en: 'Awaiting endorsement' },
  RETURNED: { ja: '差し戻し（修正待ち）', en: 'Returned for revision' },
  OPEN: { ja: '募集中', en: 'Open' },
  CLOSED: { ja: '終了', en: 'Closed' },
  WITHDRAWN: { ja: '取り下げ', en: 'Withdrawn' },
};

/** The lifecycle's actions (who may take each, and from where: SUPPORT_REQUEST_LIFECYCLE in request-lifecycle.ts). */
export enum SupportRequestAction {
  UPDATE = 'UPDATE',
  SUBMIT = 'SUBMIT',
  ENDORSE = 'ENDORSE',
  /** The municipality returns an RMO's request awaiting endorsement, with a comment (差し戻し). */
  RETURN = 'RETURN',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
}

export const SUPPORT_REQUEST_ACTION_LABELS: Readonly<Record<SupportRequestAction, BilingualLabel>> = {
  UPDATE: { ja: '編集', en: 'Edit' },
  SUBMIT: { ja: '提出', en: 'Submit' },
  ENDORSE: { ja: '承認して募集開始', en: 'Endorse and open' },
  RETURN: { ja: '差し戻す', en: 'Return for revision' },
  CLOSE: { ja: '募集を終了', en: 'Close' },
  WITHDRAW: { ja: '取り下げ', en: 'Withdraw' },
};

/** Legal form of an RMO (the survey: voluntary association 90.9%, NPO法人 3.4%, 認可地縁団体 2.0%). */
export enum RmoLegalForm {
  VOLUNTARY_ASSOCIATION = 'VOLUNTARY_ASSOCIATION',
  NPO_CORPORATION = 'NPO_CORPORATION',
  AUTHORIZED_NEIGHBORHOOD_ASSOCIATION = 'AUTHORIZED_NEIGHBORHOOD_ASSOCIATION',
  GENERAL_INCORPORATED_ASSOCIATION = 'GENERAL_INCORPORATED_ASSOCIATION',
  OTHER = 'OTHER',
}

export const RMO_LEGAL_FORM_LABELS: Readonly<Record<RmoLegalForm, BilingualLabel>> = {
  VOLUNTARY_ASSOCIATION: { ja: '任意団体', en: 'Voluntary association' },
  NPO_CORPORATION: { ja: 'NPO法人', en: 'NPO corporation' },
  AUTHORIZED_NEIGHBORHOOD_ASSOCIATION: { ja: '認可地縁団体', en: 'Authorized neighbourhood association' },
  GENERAL_INCORPORATED_ASSOCIATION: { ja: '一般社団法人', en: 'General incorporated association' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** The RMO's self-assessed state of flexible optimization (the survey's categories). */
export enum OptimizationState {
  BOTH_REVIEWED = 'BOTH_REVIEWED',
  ACTIVITIES_ONLY = 'ACTIVITIES_ONLY',
  ORGANIZATION_ONLY = 'ORGANIZATION_ONLY',
  NEITHER = 'NEITHER',
  TOO_NEW = 'TOO_NEW',
}

export const OPTIMIZATION_STATE_LABELS: Readonly<Record<OptimizationState, BilingualLabel>> = {
  BOTH_REVIEWED: { ja: '活動と組織の両方を見直した', en: 'Reviewed both activities and organization' },
  ACTIVITIES_ONLY: { ja: '活動のみ見直した', en: 'Reviewed activities only' },
  ORGANIZATION_ONLY: { ja: '組織のみ見直した', en: 'Reviewed organization only' },
  NEITHER: { ja: 'どちらも見直していない', en: 'Reviewed neither' },
  TOO_NEW: { ja: '設立から間もないため該当しない', en: 'Too new to have reviewed' },
};

/** What an RMO does (the survey's most common activities, and a catch-all). */
export enum RmoActivity {
  FESTIVALS = 'FESTIVALS',
  EXCHANGE_EVENTS = 'EXCHANGE_EVENTS',
  HEALTH_AND_CARE_PREVENTION = 'HEALTH_AND_CARE_PREVENTION',
  DISASTER_PREVENTION = 'DISASTER_PREVENTION',
  WATCHING_OVER_ELDERLY = 'WATCHING_OVER_ELDERLY',
  CHILDREN_AND_YOUTH = 'CHILDREN_AND_YOUTH',
  ENVIRONMENT = 'ENVIRONMENT',
  LIVELIHOOD_SERVICES = 'LIVELIHOOD_SERVICES',
  OTHER = 'OTHER',
}

export const RMO_ACTIVITY_LABELS: Readonly<Record<RmoActivity, BilingualLabel>> = {
  FESTIVALS: { ja: '祭り・イベント', en: 'Festivals and events' },
  EXCHANGE_EVENTS: { ja: '交流活動', en: 'Exchange activities' },
  HEALTH_AND_CARE_PREVENTION: { ja: '健康づくり・介護予防', en: 'Health and care prevention' },
  DISASTER_PREVENTION: { ja: '防災・防犯', en: 'Disaster and crime prevention' },
  WATCHING_OVER_ELDERLY: { ja: '高齢者の見守り', en: 'Watching over older residents' },
  CHILDREN_AND_YOUTH: { ja: '子ども・若者の居場所', en: 'Children and youth' },
  ENVIRONMENT: { ja: '環境美化・景観保全', en: 'Environment and landscape' },
  LIVELIHOOD_SERVICES: { ja: '買い物・移動などの生活支援', en: 'Shopping, transport and daily-life services' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** What an RMO struggles with (the survey's top challenges, and a catch-all). */
export enum RmoChallenge {
  TOO_FEW_PEOPLE = 'TOO_FEW_PEOPLE',
  AGEING_OFFICERS = 'AGEING_OFFICERS',
  NO_NEXT_LEADER = 'NO_NEXT_LEADER',
  LOW_RESIDENT_INTEREST = 'LOW_RESIDENT_INTEREST',
  SECRETARIAT_BURDEN = 'SECRETARIAT_BURDEN',
  FUNDING_SHORTAGE = 'FUNDING_SHORTAGE',
  OTHER = 'OTHER',
}

export const RMO_CHALLENGE_LABELS: Readonly<Record<RmoChallenge, BilingualLabel>> = {
  TOO_FEW_PEOPLE: { ja: '活動の担い手が少ない', en: 'Too few people to carry activities' },
  AGEING_OFFICERS: { ja: '役員の高齢化', en: 'Ageing officers' },
  NO_NEXT_LEADER: { ja: '次のリーダーがいない', en: 'No next leader' },
  LOW_RESIDENT_INTEREST: { ja: '住民の関心が低い', en: 'Low interest among residents' },
  SECRETARIAT_BURDEN: { ja: '事務局の負担が大きい', en: 'Heavy load on the secretariat' },
  FUNDING_SHORTAGE: { ja: '活動資金が足りない', en: 'Not enough funds' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** A supporter's earlier contact with a place: work done there, or an introduction brokered there. */
export enum TrackRecordKind {
  ENGAGEMENT = 'ENGAGEMENT',
  INTRODUCTION = 'INTRODUCTION',
  /** Took part in a completed engagement as an OJT trainee. */
  OJT = 'OJT',
}

export const TRACK_RECORD_KIND_LABELS: Readonly<Record<TrackRecordKind, BilingualLabel>> = {
  ENGAGEMENT: { ja: '協働実績', en: 'Engagement' },
  INTRODUCTION: { ja: '紹介実績', en: 'Introduction' },
  OJT: { ja: 'OJT（育成）での参加', en: 'OJT trainee' },
};

/** Limits of request and RMO inputs, read by the server's validators and the client's forms. */
export const REQUEST_LIMITS = {
  titleMaxLength: 120,
  backgroundMaxLength: 4000,
  supportTypesMax: 10,
  rmosMax: 30,
  durationMonthsMin: 1,
  durationMonthsMax: 36,
  budgetYenMax: 1_000_000_000,
  rmoNameMaxLength: 120,
  areaUnitMaxLength: 60,
  rmoNoteMaxLength: 2000,
  foundedYearMin: 1900,
  foundedYearMax: 2100,
} as const;

/** "YYYY-MM", the month support should start. */
export const YEAR_MONTH_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
