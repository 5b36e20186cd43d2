import { SUPPORTER_KIND_LABELS, SUPPORT_TYPE_LABELS, SupportType, SupporterKind, enumValues } from './enums';
import type { BilingualLabel } from './labels';

/** What a file is imported as. */
export enum ImportKind {
  /** A prefecture's roster of advisers and supporters (都道府県の支援者名簿). */
  SUPPORTER_ROSTER = 'SUPPORTER_ROSTER',
}

/** Limits of one imported file. */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 5_000,
  maxColumns: 100,
  maxCellChars: 5_000,
} as const;

/** The profile fields a roster's columns map to. */
export enum RosterField {
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
}

export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, BilingualLabel>> = {
  NAME: { ja: '団体名・氏名', en: 'Name' },
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
};

/** Fields every row needs; a mapping without one of them cannot be previewed. */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = [RosterField.NAME, RosterField.KANA, RosterField.SUPPORT_TYPES, RosterField.SERVICE_AREA];

/** Words in common Japanese headers, by field; the first field whose word a header contains is suggested. */
const HEADER_WORDS: readonly [RosterField, readonly string[]][] = [
  [RosterField.KANA, ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', '読み', 'かな', 'カナ', 'kana']],
  [RosterField.CONTACT_EMAIL, ['メール', 'mail', 'Eメール', '連絡先']],
  [RosterField.CONTACT_PHONE, ['電話', 'TEL', 'tel', 'Tel', '携帯']],
  [RosterField.WEBSITE, ['ウェブ', 'ホームページ', 'HP', 'URL', 'サイト', 'web']],
  [RosterField.SUPPORT_TYPES, ['支援分野', '支援内容', '分野', '専門', '得意', '支援の種類', '支援メニュー']],
  [RosterField.SERVICE_AREA, ['対応地域', '地域', 'エリア', '活動範囲', '派遣可能', '対象地域']],
  [RosterField.KIND, ['種別', '法人格', '区分', '団体の種類']],
  [RosterField.SUMMARY, ['概要', '紹介', 'PR', '備考', '説明']],
  [RosterField.YEARS_ACTIVE, ['活動年数', '年数', '経験年数']],
  [RosterField.CAPACITY, ['受入', '件数', '定員', 'キャパ']],
  [RosterField.NAME, ['団体名', '氏名', '名称', '名前', 'アドバイザー', '事業者', '組織名']],
];

/** A suggested field per column (null: none), each field suggested once, from the headers' words. */
export function suggestRosterMapping(headers: readonly string[]): (RosterField | null)[] {
  const taken = new Set<RosterField>();
  return headers.map((header) => {
    const text = header.normalize('NFKC').trim();
    if (!text) return null;
    const match = HEADER_WORDS.find(([field, words]) => !taken.has(field) && words.some((word) => text.includes(word.normalize('NFKC'))));
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

const SEPARATORS = /[、,，・／/;；\n\r\t]+|\s{2,}/;

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Support types from free text: an exact label or code is certain; a keyword match (e.g. 「ワークショップ」
 * → 対話の場づくり) is flagged uncertain; parts that match nothing are returned in `unknown`.
 */
export function mapSupportTypes(text: string): { mapped: MappedValue<SupportType>[]; unknown: string[] } {
  const mapped: MappedValue<SupportType>[] = [];
  const unknown: string[] = [];
  // The whole text first: a label may itself contain a separator (e.g. 「プロジェクト・イベントの企画・実行支援」).
  const parts = exactType(text) ? [text] : text.split(SEPARATORS);
  for (const raw of parts) {
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
}

/** A value mapped by guess, shown for a check (not an error). */
export enum ImportNoticeReason {
  /** `text` was read as the support type `value`. */
  SUPPORT_TYPE_GUESSED = 'SUPPORT_TYPE_GUESSED',
  /** `text` was read as the kind `value`. */
  KIND_GUESSED = 'KIND_GUESSED',
  /** No kind given: `value` (その他) is used. */
  KIND_DEFAULTED = 'KIND_DEFAULTED',
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
}

/** How a previewed row stands. */
export enum ImportRowStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  /** Same name and contact as a profile that exists: imported only if the user says so. */
  DUPLICATE = 'DUPLICATE',
}
