import { SUPPORTER_KIND_LABELS, SUPPORT_TYPE_LABELS, SupportType, SupporterKind, enumValues } from './enums';
import type { BilingualLabel } from './labels';
import {
  OPTIMIZATION_STATE_LABELS,
  OptimizationState,
  RMO_ACTIVITY_LABELS,
  RMO_CHALLENGE_LABELS,
  RMO_LEGAL_FORM_LABELS,
  RmoActivity,
  RmoChallenge,
  RmoLegalForm,
} from './requests';

/** What a file is imported as. */
export enum ImportKind {
  /** A prefecture's roster of advisers and supporters (都道府県の支援者名簿). */
  SUPPORTER_ROSTER = 'SUPPORTER_ROSTER',
  /** A municipality's list of its RMOs (地域運営組織の一覧). */
  RMO_LIST = 'RMO_LIST',
}

/** Limits of one imported file. */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 5_000,
  maxColumns: 100,
  maxCellChars: 5_000,
} as const;

/** The record fields a file's columns map to: a supporter profile's (roster) or an RMO record's (RMO list). */
export enum ImportField {
  NAME = 'NAME',
  KANA = 'KANA',
  KIND = 'KIND',
  SUPPORT_TYPES = 'SUPPORT_TYPES',
  SERVICE_AREA = 'SERVICE_AREA',
  SUMMARY = 'SUMMARY',
  CONTACT_EMAIL = 'CONTACT_EMAIL',
  CONTACT_PHONE = 'CONTACT_PHONE',
  WEBSITE = 'WEBSITE',
  YEARS_ACTIVE = 'YEARS_ACTIVE',
  CAPACITY = 'CAPACITY',
  AREA_UNIT = 'AREA_UNIT',
  LEGAL_FORM = 'LEGAL_FORM',
  FOUNDED_YEAR = 'FOUNDED_YEAR',
  ACTIVITIES = 'ACTIVITIES',
  CHALLENGES = 'CHALLENGES',
  OPTIMIZATION_STATE = 'OPTIMIZATION_STATE',
}

/** The fields each kind of file can fill, in the order the mapping offers them. */
export const IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  SUPPORTER_ROSTER: [
    ImportField.NAME,
    ImportField.KANA,
    ImportField.KIND,
    ImportField.SUPPORT_TYPES,
    ImportField.SERVICE_AREA,
    ImportField.SUMMARY,
    ImportField.CONTACT_EMAIL,
    ImportField.CONTACT_PHONE,
    ImportField.WEBSITE,
    ImportField.YEARS_ACTIVE,
    ImportField.CAPACITY,
  ],
  RMO_LIST: [
    ImportField.NAME,
    ImportField.AREA_UNIT,
    ImportField.LEGAL_FORM,
    ImportField.FOUNDED_YEAR,
    ImportField.ACTIVITIES,
    ImportField.CHALLENGES,
    ImportField.OPTIMIZATION_STATE,
  ],
};

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, BilingualLabel>> = {
  NAME: { ja: '名称', en: 'Name' },
  KANA: { ja: 'ふりがな', en: 'Reading (kana)' },
  KIND: { ja: '種別', en: 'Kind' },
  SUPPORT_TYPES: { ja: '支援分野', en: 'Support types' },
  SERVICE_AREA: { ja: '対応地域', en: 'Service area' },
  SUMMARY: { ja: '概要', en: 'Summary' },
  CONTACT_EMAIL: { ja: 'メールアドレス', en: 'Email' },
  CONTACT_PHONE: { ja: '電話番号', en: 'Phone' },
  WEBSITE: { ja: 'ウェブサイト', en: 'Website' },
  YEARS_ACTIVE: { ja: '活動年数', en: 'Years active' },
  CAPACITY: { ja: '受入可能件数', en: 'Capacity' },
  AREA_UNIT: { ja: '区域の単位', en: 'Area unit' },
  LEGAL_FORM: { ja: '組織形態', en: 'Legal form' },
  FOUNDED_YEAR: { ja: '設立年', en: 'Year founded' },
  ACTIVITIES: { ja: '主な活動', en: 'Activities' },
  CHALLENGES: { ja: '課題', en: 'Challenges' },
  OPTIMIZATION_STATE: { ja: '見直しの状況', en: 'Review of activities and organization' },
};

/** Fields every row needs, by kind; a mapping without one of them cannot be previewed. */
export const REQUIRED_IMPORT_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  SUPPORTER_ROSTER: [ImportField.NAME, ImportField.KANA, ImportField.SUPPORT_TYPES, ImportField.SERVICE_AREA],
  RMO_LIST: [ImportField.NAME],
};

/** Words in common Japanese RMO lists' headers. */
const RMO_HEADER_WORDS: readonly [ImportField, readonly string[]][] = [
  [ImportField.AREA_UNIT, ['区域', '範囲', '単位', '学区', '地区の単位']],
  [ImportField.LEGAL_FORM, ['法人格', '組織形態', '形態', '法人']],
  [ImportField.FOUNDED_YEAR, ['設立', '結成', '発足']],
  [ImportField.ACTIVITIES, ['活動']],
  [ImportField.CHALLENGES, ['課題', '困りごと', '悩み']],
  [ImportField.OPTIMIZATION_STATE, ['見直し', '最適化']],
  [ImportField.NAME, ['組織名', '団体名', '名称', '協議会名', '地域運営組織']],
];

/** Words in common Japanese headers, by field; the first field whose word a header contains is suggested. */
const HEADER_WORDS: readonly [ImportField, readonly string[]][] = [
  [ImportField.KANA, ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', '読み', 'かな', 'カナ', 'kana']],
  [ImportField.CONTACT_EMAIL, ['メール', 'mail', 'Eメール', '連絡先']],
  [ImportField.CONTACT_PHONE, ['電話', 'TEL', 'tel', 'Tel', '携帯']],
  [ImportField.WEBSITE, ['ウェブ', 'ホームページ', 'HP', 'URL', 'サイト', 'web']],
  [ImportField.SUPPORT_TYPES, ['支援分野', '支援内容', '分野', '専門', '得意', '支援の種類', '支援メニュー']],
  [ImportField.SERVICE_AREA, ['対応地域', '地域', 'エリア', '活動範囲', '派遣可能', '対象地域']],
  [ImportField.KIND, ['種別', '法人格', '区分', '団体の種類']],
  [ImportField.SUMMARY, ['概要', '紹介', 'PR', '備考', '説明']],
  [ImportField.YEARS_ACTIVE, ['活動年数', '年数', '経験年数']],
  [ImportField.CAPACITY, ['受入', '件数', '定員', 'キャパ']],
  [ImportField.NAME, ['団体名', '氏名', '名称', '名前', 'アドバイザー', '事業者', '組織名']],
];

/** A suggested field per column (null: none), each field suggested once, from the headers' words. */
export function suggestImportMapping(kind: ImportKind, headers: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  const table = kind === ImportKind.RMO_LIST ? RMO_HEADER_WORDS : HEADER_WORDS;
  return headers.map((header) => {
    const text = header.normalize('NFKC').trim();
    if (!text) return null;
    const match = table.find(([field, words]) => !taken.has(field) && words.some((word) => text.includes(word.normalize('NFKC'))));
    if (!match) return null;
    taken.add(match[0]);
    return match[0];
  });
}

/** A free-text value mapped to a code: `certain` when it named the code exactly, else a guess to check. */
export interface MappedValue<T> {
  text: string;
  value: T;
  certain: boolean;
}

const TYPE_WORDS: Readonly<Record<SupportType, readonly string[]>> = {
  ISSUE_VISUALIZATION: ['見える化', '可視化', 'アンケート', 'まちあるき', 'カルテ', '課題の共有', '調査'],
  DIALOGUE_FACILITATION: ['対話', 'ワークショップ', '意見交換', 'ファシリテーション', '話し合い', '座談会'],
  VISION_DRAFTING: ['ビジョン', '計画策定', '計画づくり', '将来像'],
  PROJECT_SUPPORT: ['プロジェクト', 'イベント', '企画', '事業実施'],
  HUMAN_RESOURCE_DEVELOPMENT: ['人材', '研修', 'セミナー', '育成', '担い手', '若者'],
  RMO_ESTABLISHMENT: ['設立', '立ち上げ'],
  SECRETARIAT_STAFF_TRAINING: ['事務局', 'スタッフ'],
  PARTNER_MATCHING: ['マッチング', 'パートナー', '紹介', '連携'],
  RESTRUCTURING: ['再構築', '見直し', '再編', '組織体制'],
  CONSULTATION: ['相談', '情報提供', 'アドバイス', '助言'],
};

const SEPARATORS = /[、,，;；\n\r\t]+|\s{2,}/;
// 「・」 and 「／」 also join the words of one label (「相談対応・情報提供」): split on them only inside a part that is no label.
const WEAK_SEPARATORS = /[・／/]+/;

/** A free-text list's parts: a part that is a label as a whole stays whole. */
function partsOf(text: string, isLabel: (part: string) => boolean): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => (isLabel(part) ? [part] : part.split(WEAK_SEPARATORS).map((p) => p.trim()).filter(Boolean)));
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Support types from free text: an exact label or code is certain; a keyword match (e.g. 「ワークショップ」
 * → 対話の場づくり) is flagged uncertain; parts that match nothing are returned in `unknown`.
 */
export function mapSupportTypes(text: string): { mapped: MappedValue<SupportType>[]; unknown: string[] } {
  const mapped: MappedValue<SupportType>[] = [];
  const unknown: string[] = [];
  for (const raw of partsOf(text, (part) => exactType(part) !== null)) {
    const part = raw.trim();
    if (!part) continue;
    const exact = exactType(part);
    if (exact) {
      mapped.push({ text: part, value: exact, certain: true });
      continue;
    }
    const folded = fold(part);
    const guess = enumValues(SupportType).find((type) => TYPE_WORDS[type].some((word) => folded.includes(fold(word))));
    if (guess) mapped.push({ text: part, value: guess, certain: false });
    else unknown.push(part);
  }
  const seen = new Set<SupportType>();
  return { mapped: mapped.filter((m) => (seen.has(m.value) ? false : (seen.add(m.value), true))), unknown };
}

function exactType(text: string): SupportType | null {
  const folded = fold(text);
  return enumValues(SupportType).find((type) => fold(type) === folded || fold(SUPPORT_TYPE_LABELS[type].ja) === folded) ?? null;
}

const KIND_WORDS: readonly [SupporterKind, readonly string[]][] = [
  [SupporterKind.NPO, ['npo', '特定非営利']],
  [SupporterKind.GENERAL_INCORPORATED_ASSOCIATION, ['一般社団', '一般財団', '公益社団', '公益財団', '社団法人', '財団法人']],
  [SupporterKind.CORPORATION, ['株式会社', '有限会社', '合同会社', '(株)', '㈱', '会社']],
  [SupporterKind.UNIVERSITY, ['大学', '短期大学', '高専']],
  [SupporterKind.SUPPORT_CENTER, ['センター', '中間支援']],
  [SupporterKind.INDIVIDUAL, ['個人', 'アドバイザー', 'フリー']],
  [SupporterKind.PUBLIC_BODY, ['行政', '公的', '市役所', '県庁', '役場', '社会福祉協議会', '社協']],
];

/** The kind from free text (or, when no kind column is mapped, from the name): exact labels are certain. */
export function mapSupporterKind(text: string): MappedValue<SupporterKind> | null {
  const folded = fold(text);
  if (!folded) return null;
  const exact = enumValues(SupporterKind).find((kind) => fold(kind) === folded || fold(SUPPORTER_KIND_LABELS[kind].ja) === folded);
  if (exact) return { text, value: exact, certain: true };
  const guess = KIND_WORDS.find(([, words]) => words.some((word) => folded.includes(fold(word))));
  return guess ? { text, value: guess[0], certain: false } : null;
}

/** Free-text words for an RMO's activities, challenges, legal form and review state. */
const ACTIVITY_WORDS: readonly [RmoActivity, readonly string[]][] = [
  [RmoActivity.FESTIVALS, ['祭', 'イベント', '運動会', '盆踊']],
  [RmoActivity.EXCHANGE_EVENTS, ['交流', 'サロン', '世代間']],
  [RmoActivity.HEALTH_AND_CARE_PREVENTION, ['健康', '介護予防', '体操', '福祉']],
  [RmoActivity.DISASTER_PREVENTION, ['防災', '防犯', '避難', '自主防']],
  [RmoActivity.WATCHING_OVER_ELDERLY, ['見守り', '高齢者']],
  [RmoActivity.CHILDREN_AND_YOUTH, ['子ども', 'こども', '子供', '若者', '学童']],
  [RmoActivity.ENVIRONMENT, ['環境', '美化', '景観', '清掃', '草刈']],
  [RmoActivity.LIVELIHOOD_SERVICES, ['買い物', '移動', '生活支援', '配食', '交通']],
];
const CHALLENGE_WORDS: readonly [RmoChallenge, readonly string[]][] = [
  [RmoChallenge.TOO_FEW_PEOPLE, ['担い手', '人手', '人材不足', '参加者が少']],
  [RmoChallenge.AGEING_OFFICERS, ['高齢化']],
  [RmoChallenge.NO_NEXT_LEADER, ['後継', 'リーダー', '次の']],
  [RmoChallenge.LOW_RESIDENT_INTEREST, ['関心', '無関心', '参加意欲']],
  [RmoChallenge.SECRETARIAT_BURDEN, ['事務局', '事務負担', '負担']],
  [RmoChallenge.FUNDING_SHORTAGE, ['資金', '財源', '予算']],
];
const LEGAL_FORM_WORDS: readonly [RmoLegalForm, readonly string[]][] = [
  [RmoLegalForm.NPO_CORPORATION, ['npo', '特定非営利']],
  [RmoLegalForm.AUTHORIZED_NEIGHBORHOOD_ASSOCIATION, ['認可地縁', '地縁団体']],
  [RmoLegalForm.GENERAL_INCORPORATED_ASSOCIATION, ['一般社団']],
  [RmoLegalForm.VOLUNTARY_ASSOCIATION, ['任意']],
];

/** Codes from a list of free text: exact labels certain, keyword matches guesses, the rest unknown. */
function mapList<T extends string>(
  text: string,
  labels: Readonly<Record<T, BilingualLabel>>,
  words: readonly [T, readonly string[]][],
): { mapped: MappedValue<T>[]; unknown: string[] } {
  const codes = Object.keys(labels) as T[];
  const exact = (part: string) => codes.find((code) => fold(code) === fold(part) || fold(labels[code].ja) === fold(part)) ?? null;
  const mapped: MappedValue<T>[] = [];
  const unknown: string[] = [];
  for (const raw of partsOf(text, (part) => exact(part) !== null)) {
    const part = raw.trim();
    if (!part) continue;
    const certain = exact(part);
    if (certain) {
      mapped.push({ text: part, value: certain, certain: true });
      continue;
    }
    const guess = words.find(([, list]) => list.some((word) => fold(part).includes(fold(word))));
    if (guess) mapped.push({ text: part, value: guess[0], certain: false });
    else unknown.push(part);
  }
  const seen = new Set<T>();
  return { mapped: mapped.filter((m) => (seen.has(m.value) ? false : (seen.add(m.value), true))), unknown };
}

/** An RMO's activities from free text (parts that match nothing are kept by the caller as その他 with a note). */
export function mapRmoActivities(text: string): { mapped: MappedValue<RmoActivity>[]; unknown: string[] } {
  return mapList(text, RMO_ACTIVITY_LABELS, ACTIVITY_WORDS);
}

/** An RMO's challenges from free text. */
export function mapRmoChallenges(text: string): { mapped: MappedValue<RmoChallenge>[]; unknown: string[] } {
  return mapList(text, RMO_CHALLENGE_LABELS, CHALLENGE_WORDS);
}

/** An RMO's legal form from free text: exact labels certain, keywords guesses, null when nothing fits. */
export function mapRmoLegalForm(text: string): MappedValue<RmoLegalForm> | null {
  const { mapped } = mapList(text, RMO_LEGAL_FORM_LABELS, LEGAL_FORM_WORDS);
  return mapped[0] ?? null;
}

/** The review state from its exact label (or code); anything else is not guessed. */
export function mapOptimizationState(text: string): OptimizationState | null {
  const { mapped } = mapList(text, OPTIMIZATION_STATE_LABELS, []);
  return mapped[0]?.value ?? null;
}

/** Why one cell of an imported row is refused or needs a look; the client words each. */
export enum ImportCellReason {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  NOT_KANA = 'NOT_KANA',
  NOT_EMAIL = 'NOT_EMAIL',
  NOT_PHONE = 'NOT_PHONE',
  NOT_URL = 'NOT_URL',
  NOT_WHOLE_NUMBER = 'NOT_WHOLE_NUMBER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A spreadsheet formula: never evaluated, so its value is unknown. */
  FORMULA = 'FORMULA',
  /** Parts of the support types that name no type (`values`). */
  UNKNOWN_SUPPORT_TYPE = 'UNKNOWN_SUPPORT_TYPE',
  /** Places that are no prefecture or municipality (`values`). */
  UNKNOWN_AREA = 'UNKNOWN_AREA',
  /** Places outside the importing prefecture (`values`). */
  AREA_OUTSIDE_PREFECTURE = 'AREA_OUTSIDE_PREFECTURE',
  /** The same name and contact as an earlier row of the file (`row`). */
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
  /** A review state that is none of the survey's answers. */
  UNKNOWN_OPTIMIZATION_STATE = 'UNKNOWN_OPTIMIZATION_STATE',
}

/** A value mapped by guess, shown for a check (not an error). */
export enum ImportNoticeReason {
  /** `text` was read as the support type `value`. */
  SUPPORT_TYPE_GUESSED = 'SUPPORT_TYPE_GUESSED',
  /** `text` was read as the kind `value`. */
  KIND_GUESSED = 'KIND_GUESSED',
  /** No kind given: `value` (その他) is used. */
  KIND_DEFAULTED = 'KIND_DEFAULTED',
  /** `text` was read as the RMO activity `value`. */
  ACTIVITY_GUESSED = 'ACTIVITY_GUESSED',
  /** `text` was read as the RMO challenge `value`. */
  CHALLENGE_GUESSED = 'CHALLENGE_GUESSED',
  /** `text` names no listed activity or challenge: kept as その他 with the text as its note. */
  KEPT_AS_OTHER = 'KEPT_AS_OTHER',
  /** `text` was read as the legal form `value`. */
  LEGAL_FORM_GUESSED = 'LEGAL_FORM_GUESSED',
  /** No legal form given or recognised: `value` (任意団体, 9 in 10 RMOs) is used. */
  LEGAL_FORM_DEFAULTED = 'LEGAL_FORM_DEFAULTED',
  /** No review state given: `value` (どちらも見直していない) is recorded until the municipality edits it. */
  OPTIMIZATION_STATE_DEFAULTED = 'OPTIMIZATION_STATE_DEFAULTED',
}

/**
 * Why an uploaded file, or an import's mapping, is refused as a whole (BAD_USER_INPUT on `file` or
 * `columns`). Apart from InputReason so that only the import page carries their words.
 */
export enum ImportFileReason {
  /** Over `max` bytes. */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** Neither xlsx nor CSV (e.g. an image, a PDF, an old .xls). */
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  /** A broken xlsx or CSV. */
  CORRUPT_FILE = 'CORRUPT_FILE',
  /** No rows of data under the headers. */
  EMPTY_FILE = 'EMPTY_FILE',
  /** More than `max` rows of data. */
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  /** More than `max` columns. */
  TOO_MANY_COLUMNS = 'TOO_MANY_COLUMNS',
  /** The workbook has no sheet named `sheet`. */
  UNKNOWN_SHEET = 'UNKNOWN_SHEET',
  /** Required fields (`fields`, comma-separated codes) have no column. */
  MAPPING_INCOMPLETE = 'MAPPING_INCOMPLETE',
  /** NOT_FOUND: no uploaded file of the caller's organization has the id (another's is not found either). */
  IMPORT_NOT_FOUND = 'IMPORT_NOT_FOUND',
}

/** How a previewed row stands. */
export enum ImportRowStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  /** Same name and contact as a profile that exists: imported only if the user says so. */
  DUPLICATE = 'DUPLICATE',
}
