import { isValidLocalGovCode, MunicipalityKind, Region } from '@tsunagu/shared';
import { loadReferenceData, type MunicipalityRecord } from './reference-data';

const data = loadReferenceData();
const byCode = new Map(data.municipalities.map((m) => [m.code, m]));
const wards = data.municipalities.filter((m) => m.kind === MunicipalityKind.DESIGNATED_CITY_WARD);
const nonWards = data.municipalities.filter((m) => m.kind !== MunicipalityKind.DESIGNATED_CITY_WARD);
const wardsOf = (cityCode: string): MunicipalityRecord[] => wards.filter((w) => w.parentCode === cityCode);
const countOf = (kind: MunicipalityKind): number => data.municipalities.filter((m) => m.kind === kind).length;

describe('reference data (as of 2024-01-01)', () => {
  it('is current to 2024-01-01 and names its sources', () => {
    expect(data.asOf).toBe('2024-01-01');
    expect(data.sources.length).toBeGreaterThan(0);
  });

  it('has the 47 prefectures, "01" to "47" in order', () => {
    expect(data.prefectures.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('gives every prefecture a region, an English name and hiragana kana', () => {
    const regions = new Set<string>(Object.values(Region));
    for (const p of data.prefectures) {
      expect(regions.has(p.region)).toBe(true);
      expect(p.nameEn).toMatch(/^[A-Z][a-z]+$/);
      expect(p.kana).toMatch(/^[\u3041-\u3096ー]+$/);
    }
    const byPrefCode = new Map(data.prefectures.map((p) => [p.code, p]));
    expect(byPrefCode.get('01')).toMatchObject({ name: '北海道', nameEn: 'Hokkaido', region: Region.HOKKAIDO });
    expect(byPrefCode.get('13')).toMatchObject({ name: '東京都', nameEn: 'Tokyo', region: Region.KANTO });
    expect(byPrefCode.get('24')?.region).toBe(Region.KINKI);
    expect(byPrefCode.get('47')?.region).toBe(Region.KYUSHU_OKINAWA);
  });

  it('lists land neighbours symmetrically; 新潟県 borders 山形・福島・群馬・長野・富山', () => {
    const byPrefCode = new Map(data.prefectures.map((p) => [p.code, p]));
    expect(byPrefCode.get('15')?.neighbourCodes).toEqual(expect.arrayContaining(['06', '07', '10', '20', '16']));
    for (const p of data.prefectures) {
      for (const n of p.neighbourCodes) expect(byPrefCode.get(n)?.neighbourCodes).toContain(p.code);
    }
    expect(byPrefCode.get('01')?.neighbourCodes).toEqual([]);
    expect(byPrefCode.get('47')?.neighbourCodes).toEqual([]);
  });

  it('has 1,741 municipalities besides wards: 792 市, 743 町, 183 村, 23 特別区', () => {
    expect(nonWards).toHaveLength(1741);
    expect(countOf(MunicipalityKind.CITY)).toBe(792);
    expect(countOf(MunicipalityKind.TOWN)).toBe(743);
    expect(countOf(MunicipalityKind.VILLAGE)).toBe(183);
    expect(countOf(MunicipalityKind.SPECIAL_WARD)).toBe(23);
  });

  it('has 20 designated cities with 171 wards between them', () => {
    const designated = new Set(wards.map((w) => w.parentCode));
    expect(designated.size).toBe(20);
    for (const city of designated) expect(wardsOf(city ?? '').length).toBeGreaterThanOrEqual(1);
    expect(wards).toHaveLength(171);
  });

  it('gives 浜松市 exactly 中央区・浜名区・天竜区', () => {
    expect(byCode.get('221309')?.name).toBe('浜松市');
    expect(wardsOf('221309').map((w) => [w.code, w.name, w.kana])).toEqual([
      ['221384', '中央区', 'ちゅうおうく'],
      ['221392', '浜名区', 'はまなく'],
      ['221406', '天竜区', 'てんりゅうく'],
    ]);
  });

  it('leaves out the 北方領土 villages but keeps 古宇郡泊村', () => {
    for (const code of ['016951', '016969', '016977', '016985', '016993', '017001']) expect(byCode.has(code)).toBe(false);
    expect(byCode.get('014036')).toMatchObject({ name: '泊村', kind: MunicipalityKind.VILLAGE });
  });

  it('has valid, unique codes ordered by code', () => {
    const codes = data.municipalities.map((m) => m.code);
    expect(codes.filter((c) => !isValidLocalGovCode(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('links every ward to a city, and only wards have a parent', () => {
    const misfits = data.municipalities.filter((m) =>
      m.kind === MunicipalityKind.DESIGNATED_CITY_WARD
        ? byCode.get(m.parentCode ?? '')?.kind !== MunicipalityKind.CITY
        : m.parentCode !== null,
    );
    expect(misfits).toEqual([]);
    expect(data.municipalities.filter((m) => !m.code.startsWith(m.prefectureCode))).toEqual([]);
  });

  it('has 村上市 (152129) and hiragana kana throughout', () => {
    expect(byCode.get('152129')).toMatchObject({ name: '村上市', kind: MunicipalityKind.CITY, prefectureCode: '15' });
    expect(data.municipalities.filter((m) => !/^[\u3041-\u3096ー]+$/.test(m.kana))).toEqual([]);
  });
});
