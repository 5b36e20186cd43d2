import { ImportCellReason, ImportField, ImportKind, ImportNoticeReason, ImportRowStatus, SupportType, SupporterKind, mapSupportTypes, suggestImportMapping } from '@tsunagu/shared';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';
import { checkRosterRows, mapServiceArea, type PlaceIndex } from './roster-rows';

const prefecture = (code: string, name: string) => ({ code, name }) as Prefecture;
const municipality = (code: string, name: string, prefectureCode: string) => ({ code, name, prefectureCode, parentCode: null }) as Municipality;
const MUNICIPALITIES: Record<string, Municipality[]> = {
  '15': [municipality('152129', '村上市', '15'), municipality('152064', '新発田市', '15')],
  '06': [municipality('062049', '酒田市', '06')],
};
const places: PlaceIndex = {
  prefectures: [prefecture('15', '新潟県'), prefecture('06', '山形県')],
  municipalitiesOf: (code) => MUNICIPALITIES[code] ?? [],
  ownPrefectureCode: '15',
};

describe('roster mapping suggestions', () => {
  it('suggests fields from common Japanese headers, each field once', () => {
    expect(suggestImportMapping(ImportKind.SUPPORTER_ROSTER, ['No.', '団体名', 'フリガナ', '支援分野', '対応地域', '連絡先', '電子メール', 'TEL', '備考'])).toEqual([
      null,
      ImportField.NAME,
      ImportField.KANA,
      ImportField.SUPPORT_TYPES,
      ImportField.SERVICE_AREA,
      ImportField.CONTACT_EMAIL,
      null,
      ImportField.CONTACT_PHONE,
      ImportField.SUMMARY,
    ]);
  });
});

describe('free text to codes', () => {
  it('maps exact labels with certainty and keywords as guesses, keeping what matches nothing', () => {
    const { mapped, unknown } = mapSupportTypes('対話の場づくり、ワークショップ運営・研修、占い');
    expect(mapped).toEqual([
      { text: '対話の場づくり', value: SupportType.DIALOGUE_FACILITATION, certain: true },
      { text: '研修', value: SupportType.HUMAN_RESOURCE_DEVELOPMENT, certain: false },
    ]);
    expect(unknown).toEqual(['占い']);
  });

  it('reads areas: a prefecture whole, 県内全域, municipalities with or without their prefecture', () => {
    expect(mapServiceArea('新潟県全域', places)).toMatchObject({ prefectures: ['15'], municipalities: [], unknown: [] });
    expect(mapServiceArea('県内全域', places)).toMatchObject({ prefectures: ['15'] });
    expect(mapServiceArea('村上市、新潟県新発田市', places)).toMatchObject({ municipalities: [['15', '152129'], ['15', '152064']], unknown: [] });
    expect(mapServiceArea('酒田市 火星', places)).toMatchObject({ outside: ['酒田市'], unknown: ['火星'] });
  });
});

describe('checkRosterRows', () => {
  const mapping = new Map([
    [ImportField.NAME, 0],
    [ImportField.KANA, 1],
    [ImportField.SUPPORT_TYPES, 2],
    [ImportField.SERVICE_AREA, 3],
    [ImportField.CONTACT_EMAIL, 4],
  ]);

  it('gives every cell its problem, never evaluates a formula, and finds repeats within the file', () => {
    const rows = checkRosterRows(
      [
        ['NPO法人 岩船つなぎ', 'いわふねつなぎ', '相談対応・情報提供', '村上市', 'a@example.jp'],
        ['岩船研究会', '岩船', '占い', '火星', 'not-mail'],
        [{ formula: true }, 'すうしき', '相談', '新潟県全域', ''],
        ['NPO法人 岩船つなぎ', 'いわふねつなぎ', '相談', '新潟県', 'A@example.jp'],
        ['山形の会', 'やまがたのかい', '相談', '酒田市', ''],
      ],
      mapping,
      places,
    );
    expect(rows.map((r) => r.status)).toEqual([ImportRowStatus.VALID, ImportRowStatus.INVALID, ImportRowStatus.INVALID, ImportRowStatus.INVALID, ImportRowStatus.INVALID]);
    expect(rows[0].draft).toMatchObject({ kind: SupporterKind.NPO, supportTypes: [SupportType.CONSULTATION], municipalities: [['15', '152129']], contactEmail: 'a@example.jp' });
    expect(rows[0].notices).toEqual([expect.objectContaining({ reason: ImportNoticeReason.KIND_GUESSED, value: SupporterKind.NPO })]);
    expect(rows[1].problems.map((p) => [p.column, p.reason])).toEqual([
      [1, ImportCellReason.NOT_KANA],
      [2, ImportCellReason.UNKNOWN_SUPPORT_TYPE],
      [3, ImportCellReason.UNKNOWN_AREA],
      [4, ImportCellReason.NOT_EMAIL],
    ]);
    expect(rows[2].problems).toEqual([{ column: 0, field: ImportField.NAME, reason: ImportCellReason.FORMULA, params: {} }]);
    expect(rows[3].problems).toEqual([{ column: 0, field: ImportField.NAME, reason: ImportCellReason.DUPLICATE_IN_FILE, params: { row: 2 } }]);
    expect(rows[4].problems.map((p) => p.reason)).toEqual([ImportCellReason.AREA_OUTSIDE_PREFECTURE]);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
  });
});
