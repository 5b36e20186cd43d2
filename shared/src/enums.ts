import type { BilingualLabel } from './labels';

/** What an RMO wants from a third party (the survey's list, n=2,728). Order follows the survey. */
export enum SupportType {
  ISSUE_VISUALIZATION = 'ISSUE_VISUALIZATION',
  DIALOGUE_FACILITATION = 'DIALOGUE_FACILITATION',
  VISION_DRAFTING = 'VISION_DRAFTING',
  PROJECT_SUPPORT = 'PROJECT_SUPPORT',
  HUMAN_RESOURCE_DEVELOPMENT = 'HUMAN_RESOURCE_DEVELOPMENT',
  RMO_ESTABLISHMENT = 'RMO_ESTABLISHMENT',
  SECRETARIAT_STAFF_TRAINING = 'SECRETARIAT_STAFF_TRAINING',
  PARTNER_MATCHING = 'PARTNER_MATCHING',
  RESTRUCTURING = 'RESTRUCTURING',
  CONSULTATION = 'CONSULTATION',
}

export const SUPPORT_TYPE_LABELS: Readonly<Record<SupportType, BilingualLabel>> = {
  ISSUE_VISUALIZATION: { ja: '地域課題の共有・見える化', en: 'Issue sharing and visualization' },
  DIALOGUE_FACILITATION: { ja: '対話の場づくり', en: 'Dialogue facilitation' },
  VISION_DRAFTING: { ja: 'まちづくりビジョンの作成支援', en: 'Community vision drafting' },
  PROJECT_SUPPORT: { ja: 'プロジェクト・イベントの企画・実行支援', en: 'Project and event support' },
  HUMAN_RESOURCE_DEVELOPMENT: { ja: '人材の育成', en: 'Human resource development' },
  RMO_ESTABLISHMENT: { ja: 'RMOの設立支援', en: 'RMO establishment' },
  SECRETARIAT_STAFF_TRAINING: { ja: '事務局の体制づくり・スタッフ育成', en: 'Secretariat and staff training' },
  PARTNER_MATCHING: { ja: '新たなパートナーの紹介・マッチング', en: 'Partner matching' },
  RESTRUCTURING: { ja: '組織体制・活動内容の見直し・再構築', en: 'Restructuring' },
  CONSULTATION: { ja: '相談対応・情報提供', en: 'Consultation and information' },
};

/** Longer descriptions (the survey's wording) shown as help text. */
export const SUPPORT_TYPE_DESCRIPTIONS: Readonly<Record<SupportType, BilingualLabel>> = {
  ISSUE_VISUALIZATION: {
    ja: '住民アンケート、まちあるき、地域カルテなどによる地域課題の共有・見える化',
    en: 'Sharing and visualizing local issues: resident surveys, neighbourhood walks, community records',
  },
  DIALOGUE_FACILITATION: {
    ja: '意見交換会やワークショップなど「対話」の場づくり',
    en: 'Creating places for dialogue: exchange meetings and workshops',
  },
  VISION_DRAFTING: { ja: 'まちづくりビジョンの作成支援', en: 'Support for drafting a community vision' },
  PROJECT_SUPPORT: {
    ja: 'プロジェクト・イベントの企画・実行支援',
    en: 'Planning and running projects and events',
  },
  HUMAN_RESOURCE_DEVELOPMENT: {
    ja: '研修・セミナー、こども・若者・女性の参加機会づくりなどの人材育成',
    en: 'Training and seminars; chances for children, youth and women to take part',
  },
  RMO_ESTABLISHMENT: { ja: '地域運営組織の設立支援', en: 'Support for establishing an RMO' },
  SECRETARIAT_STAFF_TRAINING: {
    ja: '事務局の体制づくり・事務局スタッフの育成',
    en: 'Building the secretariat and training its staff',
  },
  PARTNER_MATCHING: {
    ja: 'NPO・企業・大学など新たなパートナーの紹介・マッチング',
    en: 'Introducing new partners: NPOs, companies, universities',
  },
  RESTRUCTURING: {
    ja: '組織体制・活動内容の見直し、再構築の支援',
    en: 'Reviewing and rebuilding organization and activities',
  },
  CONSULTATION: { ja: '相談対応・情報提供', en: 'Consultation and information' },
};

/** The five steps of flexible optimization (柔軟な最適化). */
export enum Step {
  REFLECTION = 'REFLECTION',
  SHARING = 'SHARING',
  MODEL_FORMATION = 'MODEL_FORMATION',
  HORIZONTAL_EXPANSION = 'HORIZONTAL_EXPANSION',
  REVIEW = 'REVIEW',
}

export const STEP_LABELS: Readonly<Record<Step, BilingualLabel>> = {
  REFLECTION: { ja: '振り返り', en: 'Reflection' },
  SHARING: { ja: '意義や方法の共有', en: 'Sharing' },
  MODEL_FORMATION: { ja: '実例（モデル）の形成', en: 'Model formation' },
  HORIZONTAL_EXPANSION: { ja: '横展開', en: 'Horizontal expansion' },
  REVIEW: { ja: '総括', en: 'Review' },
};

/** Legal or organizational kind of an intermediary supporter. */
export enum SupporterKind {
  NPO = 'NPO',
  GENERAL_INCORPORATED_ASSOCIATION = 'GENERAL_INCORPORATED_ASSOCIATION',
  CORPORATION = 'CORPORATION',
  UNIVERSITY = 'UNIVERSITY',
  SUPPORT_CENTER = 'SUPPORT_CENTER',
  INDIVIDUAL = 'INDIVIDUAL',
  PUBLIC_BODY = 'PUBLIC_BODY',
  OTHER = 'OTHER',
}

export const SUPPORTER_KIND_LABELS: Readonly<Record<SupporterKind, BilingualLabel>> = {
  NPO: { ja: 'NPO法人', en: 'NPO' },
  GENERAL_INCORPORATED_ASSOCIATION: { ja: '一般社団法人', en: 'General incorporated association' },
  CORPORATION: { ja: '株式会社', en: 'Company' },
  UNIVERSITY: { ja: '大学', en: 'University' },
  SUPPORT_CENTER: { ja: '中間支援センター', en: 'Intermediary support centre' },
  INDIVIDUAL: { ja: '個人', en: 'Individual' },
  PUBLIC_BODY: { ja: '行政・公的機関', en: 'Public body' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** Frameworks through which a supporter is engaged and paid. */
export enum Framework {
  PREFECTURE_DISPATCH = 'PREFECTURE_DISPATCH',
  MUNICIPAL_PROJECT = 'MUNICIPAL_PROJECT',
  RMO_CONTRACT = 'RMO_CONTRACT',
  NATIONAL_SCHEME = 'NATIONAL_SCHEME',
  PRO_BONO = 'PRO_BONO',
}

export const FRAMEWORK_LABELS: Readonly<Record<Framework, BilingualLabel>> = {
  PREFECTURE_DISPATCH: { ja: '都道府県のアドバイザー派遣', en: 'Prefecture adviser dispatch' },
  MUNICIPAL_PROJECT: { ja: '市区町村事業', en: 'Municipal project' },
  RMO_CONTRACT: { ja: '地域運営組織からの委託', en: 'Contract with the RMO' },
  NATIONAL_SCHEME: { ja: '国の制度（地域力創造アドバイザー等）', en: 'National scheme' },
  PRO_BONO: { ja: 'プロボノ・ボランティア', en: 'Pro bono / volunteer' },
};

/** Whether a supporter takes on new engagements. */
export enum Availability {
  ACCEPTING = 'ACCEPTING',
  LIMITED = 'LIMITED',
  NOT_ACCEPTING = 'NOT_ACCEPTING',
}

export const AVAILABILITY_LABELS: Readonly<Record<Availability, BilingualLabel>> = {
  ACCEPTING: { ja: '受付中', en: 'Accepting' },
  LIMITED: { ja: '一部受付', en: 'Limited' },
  NOT_ACCEPTING: { ja: '受付停止中', en: 'Not accepting' },
};

/** Whether a prefecture or operator has vouched for a profile. */
export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

export const VERIFICATION_STATUS_LABELS: Readonly<Record<VerificationStatus, BilingualLabel>> = {
  // 「県の確認」: a prefecture (or the operator) vouched for the profile, not to be confused with 受付状況の更新.
  UNVERIFIED: { ja: '県の確認前', en: 'Not yet verified' },
  VERIFIED: { ja: '県の確認済み', en: 'Verified' },
  REJECTED: { ja: '差し戻し', en: 'Rejected' },
};

export enum MunicipalityKind {
  CITY = 'CITY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  SPECIAL_WARD = 'SPECIAL_WARD',
  DESIGNATED_CITY_WARD = 'DESIGNATED_CITY_WARD',
}

export const MUNICIPALITY_KIND_LABELS: Readonly<Record<MunicipalityKind, BilingualLabel>> = {
  CITY: { ja: '市', en: 'City' },
  TOWN: { ja: '町', en: 'Town' },
  VILLAGE: { ja: '村', en: 'Village' },
  SPECIAL_WARD: { ja: '特別区', en: 'Special ward' },
  DESIGNATED_CITY_WARD: { ja: '政令指定都市の区', en: 'Ward of a designated city' },
};

/** The eight regions used to group prefectures (九州・沖縄 together, as in most national statistics). */
export enum Region {
  HOKKAIDO = 'HOKKAIDO',
  TOHOKU = 'TOHOKU',
  KANTO = 'KANTO',
  CHUBU = 'CHUBU',
  KINKI = 'KINKI',
  CHUGOKU = 'CHUGOKU',
  SHIKOKU = 'SHIKOKU',
  KYUSHU_OKINAWA = 'KYUSHU_OKINAWA',
}

export const REGION_LABELS: Readonly<Record<Region, BilingualLabel>> = {
  HOKKAIDO: { ja: '北海道', en: 'Hokkaido' },
  TOHOKU: { ja: '東北', en: 'Tohoku' },
  KANTO: { ja: '関東', en: 'Kanto' },
  CHUBU: { ja: '中部', en: 'Chubu' },
  KINKI: { ja: '近畿', en: 'Kinki' },
  CHUGOKU: { ja: '中国', en: 'Chugoku' },
  SHIKOKU: { ja: '四国', en: 'Shikoku' },
  KYUSHU_OKINAWA: { ja: '九州・沖縄', en: 'Kyushu and Okinawa' },
};

/** Every value of a string enum, in declaration order. */
export function enumValues<T extends Record<string, string>>(e: T): T[keyof T][] {
  return Object.values(e) as T[keyof T][];
}

/** How a support request expects to pay for the support (財源). */
export enum FundingRoute {
  PREFECTURE_DISPATCH = 'PREFECTURE_DISPATCH',
  MUNICIPAL_BUDGET = 'MUNICIPAL_BUDGET',
  RMO_CONTRACT = 'RMO_CONTRACT',
  NATIONAL_SCHEME = 'NATIONAL_SCHEME',
  UNDECIDED = 'UNDECIDED',
}

export const FUNDING_ROUTE_LABELS: Readonly<Record<FundingRoute, BilingualLabel>> = {
  PREFECTURE_DISPATCH: { ja: '都道府県のアドバイザー派遣', en: 'Prefecture adviser dispatch' },
  MUNICIPAL_BUDGET: { ja: '市区町村の予算', en: 'Municipal budget' },
  RMO_CONTRACT: { ja: '地域運営組織からの委託', en: 'Contract by the RMO' },
  NATIONAL_SCHEME: { ja: '国の制度（地域力創造アドバイザー等）', en: 'National scheme' },
  UNDECIDED: { ja: '未定', en: 'Undecided' },
};

/**
 * The supporter framework that a funding route pays through; null for UNDECIDED, which
 * any framework may end up serving.
 */
export const FUNDING_ROUTE_FRAMEWORK: Readonly<Record<FundingRoute, Framework | null>> = {
  PREFECTURE_DISPATCH: Framework.PREFECTURE_DISPATCH,
  MUNICIPAL_BUDGET: Framework.MUNICIPAL_PROJECT,
  RMO_CONTRACT: Framework.RMO_CONTRACT,
  NATIONAL_SCHEME: Framework.NATIONAL_SCHEME,
  UNDECIDED: null,
};

/** The factors a supporter is ranked on against a support request (weights in matching.ts). */
export enum MatchFactor {
  SUPPORT_TYPE_COVERAGE = 'SUPPORT_TYPE_COVERAGE',
  AREA = 'AREA',
  AVAILABILITY = 'AVAILABILITY',
  FUNDING_FIT = 'FUNDING_FIT',
  STEP_EXPERTISE = 'STEP_EXPERTISE',
  TRACK_RECORD = 'TRACK_RECORD',
  ACQUAINTANCE = 'ACQUAINTANCE',
  INTEREST = 'INTEREST',
}

export const MATCH_FACTOR_LABELS: Readonly<Record<MatchFactor, BilingualLabel>> = {
  SUPPORT_TYPE_COVERAGE: { ja: '支援の種類', en: 'Support type coverage' },
  AREA: { ja: '対応地域', en: 'Service area' },
  AVAILABILITY: { ja: '受付状況・空き', en: 'Availability and capacity' },
  FUNDING_FIT: { ja: '財源との適合', en: 'Funding fit' },
  STEP_EXPERTISE: { ja: '段階への専門性', en: 'Expertise in the step' },
  TRACK_RECORD: { ja: '実績', en: 'Track record' },
  ACQUAINTANCE: { ja: '面識', en: 'Acquaintance' },
  INTEREST: { ja: '関心表明', en: 'Interest' },
};

/** Warnings shown beside a match; flagged profiles still rank, they are never hidden for this. */
export enum MatchFlag {
  STALE = 'STALE',
  UNVERIFIED = 'UNVERIFIED',
}

export const MATCH_FLAG_LABELS: Readonly<Record<MatchFlag, BilingualLabel>> = {
  STALE: { ja: '受付状況の更新が古い', en: 'Availability not updated recently' },
  UNVERIFIED: { ja: '県の確認前のプロフィール', en: 'Profile not yet verified' },
};
