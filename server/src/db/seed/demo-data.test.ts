import { Availability, LIMITS, SupportType, SupporterKind, TrackRecordKind, enumValues } from '@tsunagu/shared';
import { loadReferenceData } from '../reference/reference-data';
import { CASE_STUDY_NAMES, DEMO_COUNT, DEMO_SEED, demoSupporters, generateDemoSupporters, type DemoSupporter } from './demo-data';
import { parseScaleArgs } from './seed-scale';

const reference = loadReferenceData();
const now = new Date('2026-11-27T09:00:00+09:00');
const DAY_MS = 86_400_000;
const NIIGATA = '15';
const MURAKAMI = '152129';

const demo = generateDemoSupporters({ count: DEMO_COUNT, seed: DEMO_SEED, now, reference });
const invented = demo.filter((s) => !CASE_STUDY_NAMES.includes(s.name));
const text = (s: DemoSupporter): string => `${s.name} ${s.summary} ${s.description}`;
const servesNiigata = (s: DemoSupporter): boolean => s.areas.some((a) => a.prefectureCode === NIIGATA);

describe('generateDemoSupporters', () => {
  it('is deterministic: the same options give deep-equal output', () => {
    expect(generateDemoSupporters({ count: DEMO_COUNT, seed: DEMO_SEED, now, reference })).toEqual(demo);
    expect(generateDemoSupporters({ count: 50, seed: DEMO_SEED + 1, now, reference })).not.toEqual(demo.slice(0, 50));
  });

  it('streams the same profiles it returns as a list', () => {
    const streamed: DemoSupporter[] = [];
    for (const s of demoSupporters({ count: DEMO_COUNT, seed: DEMO_SEED, now, reference })) streamed.push(s);
    expect(streamed).toEqual(demo);
  });

  it('makes exactly `count` profiles, also for tiny and odd counts', () => {
    expect(demo).toHaveLength(DEMO_COUNT);
    for (const count of [1, 7, 47, 56, 1001]) {
      expect(generateDemoSupporters({ count, seed: 1, now, reference })).toHaveLength(count);
    }
  });

  it('covers all 47 prefectures and all 10 support types', () => {
    const prefectures = new Set(demo.flatMap((s) => s.areas.map((a) => a.prefectureCode)));
    expect(prefectures.size).toBe(47);
    const types = new Set(demo.flatMap((s) => s.supportTypes));
    expect([...types].sort()).toEqual(enumValues(SupportType).sort());
  });

  it('meets what the e2e tests rely on: 新潟県 × 対話の場づくり, 村上市, 防災', () => {
    expect(demo.filter((s) => s.supportTypes.includes(SupportType.DIALOGUE_FACILITATION) && servesNiigata(s)).length).toBeGreaterThanOrEqual(5);
    expect(demo.filter((s) => s.areas.some((a) => a.municipalityCode === MURAKAMI)).length).toBeGreaterThanOrEqual(2);
    expect(demo.filter((s) => text(s).includes('防災')).length).toBeGreaterThanOrEqual(3);
    expect(demo.filter((s) => text(s).includes('福祉')).length).toBeGreaterThanOrEqual(3);
    expect(demo.some((s) => /コミュニティデザイン/.test(s.name))).toBe(true);
  });

  it('keeps load within capacity and values within the schema ranges', () => {
    for (const s of demo) {
      expect(s.currentLoad).toBeGreaterThanOrEqual(0);
      expect(s.currentLoad).toBeLessThanOrEqual(s.capacity);
      expect(s.summary.length).toBeLessThanOrEqual(LIMITS.summaryMaxLength);
      expect(s.name.length).toBeLessThanOrEqual(LIMITS.nameMaxLength);
      const age = now.getTime() - s.availabilityConfirmedAt.getTime();
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(200 * DAY_MS);
    }
    for (const s of invented) {
      expect(s.capacity).toBeGreaterThanOrEqual(1);
      expect(s.capacity).toBeLessThanOrEqual(10);
      expect(s.frameworks.length).toBeGreaterThanOrEqual(1);
      expect(s.frameworks.length).toBeLessThanOrEqual(3);
      expect(s.steps.length).toBeGreaterThanOrEqual(1);
      expect(s.steps.length).toBeLessThanOrEqual(4);
      expect(s.yearsActive).toBeGreaterThanOrEqual(1);
      expect(s.yearsActive).toBeLessThanOrEqual(30);
      expect(s.website ?? 'https://example.jp/').toMatch(/^https:\/\/example\.jp\//);
      expect(s.contactEmail).toMatch(/@example\.jp$/);
      if (s.contactPhone !== null) expect(s.contactPhone).toMatch(/^0\d-\d{4}-\d{4}$/);
      // Readings are kana only (plus separators), never kanji.
      expect(s.kana).toMatch(/^[\u3041-\u309f\u30fc ・]+$/u);
    }
  });

  it('mixes availability roughly 55 / 30 / 15 and about a quarter remote', () => {
    const share = (a: Availability): number => invented.filter((s) => s.availability === a).length / invented.length;
    expect(share(Availability.ACCEPTING)).toBeGreaterThan(0.48);
    expect(share(Availability.LIMITED)).toBeGreaterThan(0.24);
    expect(share(Availability.NOT_ACCEPTING)).toBeGreaterThan(0.1);
    const remote = invented.filter((s) => s.remoteAvailable).length / invented.length;
    expect(remote).toBeGreaterThan(0.15);
    expect(remote).toBeLessThan(0.35);
  });

  it('uses only area codes from the reference data, consistently and without duplicates', () => {
    const prefectures = new Set(reference.prefectures.map((p) => p.code));
    const municipalities = new Map(reference.municipalities.map((m) => [m.code, m.prefectureCode]));
    for (const s of demo) {
      expect(s.areas.length).toBeGreaterThanOrEqual(1);
      const keys = s.areas.map((a) => `${a.prefectureCode}/${a.municipalityCode ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const a of s.areas) {
        expect(prefectures.has(a.prefectureCode)).toBe(true);
        if (a.municipalityCode !== null) expect(municipalities.get(a.municipalityCode)).toBe(a.prefectureCode);
      }
      // Either whole prefectures, or municipalities of a single prefecture.
      const whole = s.areas.filter((a) => a.municipalityCode === null);
      if (whole.length === 0) expect(new Set(s.areas.map((a) => a.prefectureCode)).size).toBe(1);
      else expect(whole).toHaveLength(s.areas.length);
    }
  });

  it('marks every invented profile 架空 and gives unique names', () => {
    expect(invented.length).toBe(DEMO_COUNT - CASE_STUDY_NAMES.length);
    for (const s of invented) expect(s.description).toMatch(/架空のデモデータです。$/);
    expect(new Set(demo.map((s) => s.name)).size).toBe(demo.length);
  });

  it('shows the report case studies by name only: no contact data, nothing invented', () => {
    const cases = demo.filter((s) => CASE_STUDY_NAMES.includes(s.name));
    expect(cases.map((s) => s.name).sort()).toEqual([...CASE_STUDY_NAMES].sort());
    const expectedPrefecture: Record<string, string> = {
      コミュニティサポートおおいた: '44',
      まぢラボ: NIIGATA,
      いわて地域づくり支援センター: '03',
    };
    for (const s of cases) {
      expect(s.kind).toBe(SupporterKind.OTHER);
      expect([s.website, s.contactEmail, s.contactPhone, s.feeNotes, s.yearsActive]).toEqual([null, null, null, null, null]);
      expect(s.description).not.toContain('架空');
      expect(s.areas.map((a) => a.prefectureCode)).toEqual([expectedPrefecture[s.name]]);
      expect(s.supportTypes).toEqual([SupportType.RESTRUCTURING]);
    }
  });
});

describe('generated track records', () => {
  const records = invented.flatMap((s) => s.trackRecords.map((r) => ({ ...r, supporter: s })));
  const municipalities = new Map(reference.municipalities.map((m) => [m.code, m.prefectureCode]));

  it('gives each invented supporter 0–3, mostly engagements, about one on average', () => {
    for (const s of invented) expect(s.trackRecords.length).toBeLessThanOrEqual(3);
    expect(records.length / invented.length).toBeGreaterThan(0.7);
    expect(records.length / invented.length).toBeLessThan(1.6);
    const engagements = records.filter((r) => r.kind === TrackRecordKind.ENGAGEMENT).length / records.length;
    expect(engagements).toBeGreaterThan(0.6);
    expect(engagements).toBeLessThan(0.9);
    expect(invented.filter((s) => s.trackRecords.length === 0).length).toBeGreaterThan(invented.length / 5);
  });

  it('places every record inside the service area, in a year the supporter was active (2015–2026)', () => {
    for (const r of records) {
      const areas = r.supporter.areas;
      expect(municipalities.has(r.municipalityCode ?? '') || r.municipalityCode === null).toBe(true);
      if (r.municipalityCode !== null) expect(municipalities.get(r.municipalityCode)).toBe(r.prefectureCode);
      // In a municipality served, or anywhere in a prefecture served whole.
      const inArea = areas.some(
        (a) => a.prefectureCode === r.prefectureCode && (a.municipalityCode === null || a.municipalityCode === r.municipalityCode),
      );
      expect(inArea).toBe(true);
      expect(r.year).toBeGreaterThanOrEqual(Math.max(2015, 2026 - (r.supporter.yearsActive ?? 11) + 1));
      expect(r.year).toBeLessThanOrEqual(2026);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.summary.length).toBeLessThanOrEqual(80);
    }
  });

  it('lets the demo ranking for 村上市 show 協働実績 and 紹介実績 with the city', () => {
    const withMurakami = (kind: TrackRecordKind) =>
      demo.filter(
        (s) =>
          s.supportTypes.includes(SupportType.DIALOGUE_FACILITATION) &&
          servesNiigata(s) &&
          s.trackRecords.some((r) => r.kind === kind && r.municipalityCode === MURAKAMI),
      );
    expect(withMurakami(TrackRecordKind.ENGAGEMENT).length).toBeGreaterThanOrEqual(2);
    expect(withMurakami(TrackRecordKind.INTRODUCTION).length).toBeGreaterThanOrEqual(1);
  });

  it('invents no record for the real case-study organizations', () => {
    for (const s of demo.filter((x) => CASE_STUDY_NAMES.includes(x.name))) expect(s.trackRecords).toEqual([]);
  });

  it('draws records from their own stream: the profiles are those of the generator before records existed', () => {
    // The first and last names as generated before track records were added (e2e tests rely on the profiles).
    expect(demo.slice(0, 3).map((s) => s.name)).toEqual(['藤波台短期大学 地域共生ラボ', '株式会社 茜浦地域計画研究所', '一般社団法人 桜ヶ淵つなぎ手協会']);
    expect(demo.slice(-3).map((s) => s.name)).toEqual(['夕凪地域づくり研究会', '蛍川市民活動サポートセンター', '一般社団法人 風待ヶ浦ローカルデザイン']);
  });
});

describe('parseScaleArgs', () => {
  it('accepts --supporters N and --supporters=N, defaulting to 20,000 supporters, the survey’s 8,193 RMOs and 100,000 requests', () => {
    expect(parseScaleArgs([])).toEqual({ supporters: 20_000, rmos: 8_193, requests: 100_000 });
    expect(parseScaleArgs(['--supporters', '500'])).toEqual({ supporters: 500, rmos: 8_193, requests: 100_000 });
    expect(parseScaleArgs(['--supporters=200000', '--rmos', '81930', '--requests=0'])).toEqual({ supporters: 200_000, rmos: 81_930, requests: 0 });
  });

  it('rejects values outside 1..200000 and unknown arguments', () => {
    for (const bad of [['--supporters', '0'], ['--supporters', '200001'], ['--supporters', '1.5'], ['--supporters', 'lots'], ['--supporters'], ['--rows', '5'], ['--rmos', '81931']]) {
      expect(() => parseScaleArgs(bad)).toThrow();
    }
  });
});
