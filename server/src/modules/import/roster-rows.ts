import {
  ImportCellReason,
  ImportNoticeReason,
  ImportRowStatus,
  LIMITS,
  PHONE_PATTERN,
  PROFILE_LIMITS,
  ImportField,
  SupportType,
  SupporterKind,
  charCount,
  isKana,
  looksLikeEmailAddress,
  looksLikeWebAddress,
  mapSupportTypes,
  mapSupporterKind,
} from '@tsunagu/shared';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';
import type { ImportCell } from './import-file';

/** Which column holds which field (at most one column per field). */
export type ImportMapping = ReadonlyMap<ImportField, number>;

export interface CellProblem {
  column: number;
  field: ImportField;
  reason: ImportCellReason;
  params: Record<string, string | number>;
}

export interface CellNotice {
  column: number;
  field: ImportField;
  reason: ImportNoticeReason;
  text: string;
  value: string;
}

/** A row's profile as it would be written. */
export interface RosterDraft {
  name: string;
  kana: string;
  kind: SupporterKind;
  supportTypes: SupportType[];
  prefectures: string[];
  municipalities: [string, string][];
  summary: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  yearsActive: number | null;
  capacity: number;
}

/** A checked row of any kind of file. */
export interface CheckedRow {
  /** The row's number in the file, as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  status: ImportRowStatus;
  name: string;
  problems: CellProblem[];
  notices: CellNotice[];
  duplicateOf: { id: string; name: string } | null;
}

export interface RosterRow extends CheckedRow {
  draft: RosterDraft | null;
}

/** Places the importer may name: every prefecture, and the municipalities of each. */
export interface PlaceIndex {
  prefectures: readonly Prefecture[];
  municipalitiesOf: (prefectureCode: string) => readonly Municipality[];
  /** The importing prefecture (null for operators, who import anywhere). */
  ownPrefectureCode: string | null;
}

const DEFAULT_CAPACITY = 3;
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const AREA_SEPARATORS = /[、,，・／/;；\n\r\t]+|\s+/;
const WHOLE = /(全域|全体|一円|内全域)$/;

/** Service area from free text: 「新潟県全域」, 「県内全域」, 「村上市、新発田市」, 「新潟県村上市」. */
export function mapServiceArea(text: string, places: PlaceIndex): { prefectures: string[]; municipalities: [string, string][]; unknown: string[]; outside: string[] } {
  const prefectures = new Set<string>();
  const municipalities = new Map<string, [string, string]>();
  const unknown: string[] = [];
  const outside: string[] = [];
  const prefectureNamed = (part: string) =>
    places.prefectures.find((p) => part === p.name || part === p.name.replace(/[都道府県]$/, '')) ??
    null;
  for (const raw of text.split(AREA_SEPARATORS)) {
    const part = fold(raw);
    if (!part) continue;
    if (/^(県内|府内|都内|道内)(全域|全体|一円)?$/.test(part) && places.ownPrefectureCode) {
      prefectures.add(places.ownPrefectureCode);
      continue;
    }
    const wholeName = part.replace(WHOLE, '');
    const wholePrefecture = prefectureNamed(wholeName);
    if (wholePrefecture) {
      prefectures.add(wholePrefecture.code);
      if (places.ownPrefectureCode && wholePrefecture.code !== places.ownPrefectureCode) outside.push(raw.trim());
      continue;
    }
    // 「新潟県村上市」: a prefecture's name, then one of its municipalities.
    const prefix = places.prefectures.find((p) => part.startsWith(p.name) && part.length > p.name.length);
    const scope = prefix ? [prefix.code] : places.ownPrefectureCode ? [places.ownPrefectureCode] : places.prefectures.map((p) => p.code);
    const rest = prefix ? part.slice(prefix.name.length) : part;
    const found = scope.flatMap((code) => places.municipalitiesOf(code).filter((m) => m.name === rest || m.name === rest.replace(WHOLE, '')));
    if (found.length === 1) {
      municipalities.set(found[0].code, [found[0].prefectureCode, found[0].code]);
      continue;
    }
    // A municipality of another prefecture named without it, by a prefecture's staff.
    if (!prefix && places.ownPrefectureCode && found.length === 0) {
      const elsewhere = places.prefectures.flatMap((p) => places.municipalitiesOf(p.code).filter((m) => m.name === rest));
      if (elsewhere.length > 0) {
        outside.push(raw.trim());
        continue;
      }
    }
    unknown.push(raw.trim());
  }
  return { prefectures: [...prefectures], municipalities: [...municipalities.values()], unknown, outside };
}

/** The key two rows (or a row and a profile) share when they are the same supporter: name and a contact. */
export function sameSupporterKeys(name: string, email: string | null, phone: string | null): string[] {
  const base = fold(name).toLowerCase();
  return [email ? `${base}|mail:${email.toLowerCase()}` : null, phone ? `${base}|tel:${phone.replace(/\D/g, '')}` : null].filter((key): key is string => key !== null);
}

/** The cells of one row as its mapping reads them, and the problems and notices found so far. */
export function rowReader(cells: readonly ImportCell[], mapping: ImportMapping) {
  const problems: CellProblem[] = [];
  const notices: CellNotice[] = [];
  const problem = (field: ImportField, reason: ImportCellReason, params: Record<string, string | number> = {}) =>
    problems.push({ column: mapping.get(field) ?? -1, field, reason, params });
  const notice = (field: ImportField, reason: ImportNoticeReason, text: string, value: string) =>
    notices.push({ column: mapping.get(field) ?? -1, field, reason, text, value });
  /** The cell's text, NFKC-folded and trimmed; '' when unmapped; a formula is a problem, never evaluated. */
  const text = (field: ImportField): string => {
    const column = mapping.get(field);
    if (column === undefined) return '';
    const cell = cells[column] ?? '';
    if (typeof cell !== 'string') {
      problem(field, ImportCellReason.FORMULA);
      return '';
    }
    return cell.normalize('NFKC').trim();
  };
  /** The cell as typed (a name keeps its own characters). */
  const typed = (field: ImportField): string => {
    const cell = cells[mapping.get(field) ?? -1];
    return typeof cell === 'string' ? cell.trim() : text(field);
  };
  const required = (field: ImportField, value: string) => {
    if (!value && !problems.some((p) => p.field === field)) problem(field, ImportCellReason.REQUIRED);
    return value;
  };
  const maxChars = (field: ImportField, value: string, max: number) => {
    if (charCount(value) > max) problem(field, ImportCellReason.TOO_LONG, { max });
    return value;
  };
  const wholeNumber = (field: ImportField, value: string, min: number, max: number): number | null => {
    if (!value) return null;
    const number = Number(value.replace(/[年件人名,]/g, ''));
    if (!Number.isInteger(number)) {
      problem(field, ImportCellReason.NOT_WHOLE_NUMBER);
      return null;
    }
    if (number < min || number > max) {
      problem(field, ImportCellReason.OUT_OF_RANGE, { min, max });
      return null;
    }
    return number;
  };
  return { problems, notices, problem, notice, text, typed, required, maxChars, wholeNumber };
}

/**
 * Checks every row against the mapping: each cell's problems (in codes the client words), the
 * guesses to look at, and the profile it would become. Duplicates of existing profiles are marked
 * by the caller, which reads the database.
 */
export function checkRosterRows(rows: readonly ImportCell[][], mapping: ImportMapping, places: PlaceIndex): RosterRow[] {
  const seen = new Map<string, number>();
  return rows.map((cells, index) => {
    const rowNumber = index + 2;
    const { problems, notices, problem, text, typed, required, maxChars, wholeNumber } = rowReader(cells, mapping);

    // The name as typed (not NFKC-folded) is what the profile keeps.
    const name = maxChars(ImportField.NAME, required(ImportField.NAME, typed(ImportField.NAME)), LIMITS.nameMaxLength);
    const kana = required(ImportField.KANA, text(ImportField.KANA));
    if (kana && !isKana(kana)) problem(ImportField.KANA, ImportCellReason.NOT_KANA);
    maxChars(ImportField.KANA, kana, LIMITS.kanaMaxLength);

    const typesText = required(ImportField.SUPPORT_TYPES, text(ImportField.SUPPORT_TYPES));
    const types = mapSupportTypes(typesText);
    if (types.unknown.length > 0) problem(ImportField.SUPPORT_TYPES, ImportCellReason.UNKNOWN_SUPPORT_TYPE, { values: types.unknown.join('、') });
    else if (typesText && types.mapped.length === 0) problem(ImportField.SUPPORT_TYPES, ImportCellReason.REQUIRED);
    for (const guess of types.mapped.filter((m) => !m.certain)) {
      notices.push({ column: mapping.get(ImportField.SUPPORT_TYPES)!, field: ImportField.SUPPORT_TYPES, reason: ImportNoticeReason.SUPPORT_TYPE_GUESSED, text: guess.text, value: guess.value });
    }

    const areaText = required(ImportField.SERVICE_AREA, text(ImportField.SERVICE_AREA));
    const area = mapServiceArea(areaText, places);
    if (area.unknown.length > 0) problem(ImportField.SERVICE_AREA, ImportCellReason.UNKNOWN_AREA, { values: area.unknown.join('、') });
    else if (places.ownPrefectureCode && areaText && !area.prefectures.includes(places.ownPrefectureCode) && !area.municipalities.some(([p]) => p === places.ownPrefectureCode)) {
      problem(ImportField.SERVICE_AREA, ImportCellReason.AREA_OUTSIDE_PREFECTURE, { values: area.outside.join('、') });
    }

    const kindText = text(ImportField.KIND);
    const kind = mapSupporterKind(kindText) ?? mapSupporterKind(name);
    if (!kind && kindText) {
      notices.push({ column: mapping.get(ImportField.KIND) ?? -1, field: ImportField.KIND, reason: ImportNoticeReason.KIND_DEFAULTED, text: kindText, value: SupporterKind.OTHER });
    } else if (kind && !kind.certain) {
      notices.push({ column: mapping.get(ImportField.KIND) ?? mapping.get(ImportField.NAME)!, field: ImportField.KIND, reason: ImportNoticeReason.KIND_GUESSED, text: kind.text, value: kind.value });
    }

    const email = text(ImportField.CONTACT_EMAIL);
    if (email && (!looksLikeEmailAddress(email) || charCount(email) > LIMITS.emailMaxLength)) problem(ImportField.CONTACT_EMAIL, ImportCellReason.NOT_EMAIL);
    const phone = text(ImportField.CONTACT_PHONE);
    if (phone && !PHONE_PATTERN.test(phone)) problem(ImportField.CONTACT_PHONE, ImportCellReason.NOT_PHONE);
    const website = text(ImportField.WEBSITE);
    if (website && (!looksLikeWebAddress(website) || charCount(website) > PROFILE_LIMITS.websiteMaxLength)) problem(ImportField.WEBSITE, ImportCellReason.NOT_URL);
    const summary = maxChars(ImportField.SUMMARY, text(ImportField.SUMMARY), LIMITS.summaryMaxLength);
    const yearsActive = wholeNumber(ImportField.YEARS_ACTIVE, text(ImportField.YEARS_ACTIVE), 0, PROFILE_LIMITS.yearsActiveMax);
    const capacity = wholeNumber(ImportField.CAPACITY, text(ImportField.CAPACITY), 0, PROFILE_LIMITS.capacityMax);

    if (name && problems.length === 0) {
      for (const key of sameSupporterKeys(name, email || null, phone || null)) {
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          problem(ImportField.NAME, ImportCellReason.DUPLICATE_IN_FILE, { row: earlier });
          break;
        }
      }
      for (const key of sameSupporterKeys(name, email || null, phone || null)) if (!seen.has(key)) seen.set(key, rowNumber);
    }
    const valid = problems.length === 0;
    return {
      rowNumber,
      status: valid ? ImportRowStatus.VALID : ImportRowStatus.INVALID,
      name,
      problems,
      notices,
      duplicateOf: null,
      draft: valid
        ? {
            name,
            kana,
            kind: kind?.value ?? SupporterKind.OTHER,
            supportTypes: types.mapped.map((m) => m.value),
            prefectures: area.prefectures,
            municipalities: area.municipalities.filter(([prefecture]) => !area.prefectures.includes(prefecture)),
            summary,
            contactEmail: email ? email.toLowerCase() : null,
            contactPhone: phone || null,
            website: website || null,
            yearsActive,
            capacity: capacity ?? DEFAULT_CAPACITY,
          }
        : null,
    };
  });
}
