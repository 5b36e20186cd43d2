import ExcelJS from 'exceljs';
import { Availability, SupportType, VerificationStatus } from '@tsunagu/shared';
import { DAY_MS, ManualClock } from '../../common/clock';
import { insertRmo } from '../../../test/fixtures/request-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { openRequest, ownedSupporter } from '../../../test/fixtures/offer-fixtures';
import { MURAKAMI, NIIGATA, YAMAGATA, createRoleActors, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const TYPE_FIELDS = `supportType wanted classification demand { rmos requests unmet }
  supply { serving freePlaces verified municipality prefectureWide inPrefecture neighbour remoteOnly }`;
const AREA_FIELDS = `areaCode name classification missingTypes scarceTypes supplyTotal demandTotal
  explanation { code placeKind placeSuffix supportType rmos requests unmet supply freePlaces wantedTypes otherShortTypes }`;

interface Area {
  areaCode: string;
  name: string;
  classification: string;
  missingTypes: string[];
  scarceTypes: string[];
  supplyTotal: number;
  demandTotal: number;
  explanation: Record<string, unknown>;
  types?: { supportType: string; wanted: boolean; classification: string; demand: Record<string, number>; supply: Record<string, number> }[];
  municipalities?: Area[] | null;
  trend?: { month: string; classification: string }[];
}

describe('sufficiency (充足状況)', () => {
  let app: TestApp;
  let actors: Record<ActorName, Actor>;
  const clock = new ManualClock(new Date());

  const municipality = async (cookie?: string): Promise<Area> => {
    const res = await app.graphql<{ sufficiency: Area }>(
      `query ($m: String) { sufficiency(municipalityCode: $m) { ${AREA_FIELDS} types { ${TYPE_FIELDS} } } }`,
      { m: MURAKAMI },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.sufficiency;
  };
  const typeOf = (area: Area, type: SupportType) => area.types!.find((t) => t.supportType === type)!;

  beforeAll(async () => {
    app = await startTestApp({}, { clock });
    actors = await createRoleActors(app);
    // Serving 村上市 by name: counted. Capacity 3, load 1: two free places.
    await insertSupporter(app.dataSource, { name: '村上の対話支援', municipalities: [[NIIGATA, MURAKAMI]], supportTypes: [SupportType.DIALOGUE_FACILITATION], capacity: 3, currentLoad: 1 });
    // Serving all of 新潟県, verified: counted for every municipality of it.
    await insertSupporter(app.dataSource, {
      name: '新潟県全域の相談窓口',
      prefectures: [NIIGATA],
      supportTypes: [SupportType.CONSULTATION, SupportType.DIALOGUE_FACILITATION],
      verificationStatus: VerificationStatus.VERIFIED,
      capacity: 2,
    });
    // A neighbour and a remote-only supporter: shown by tier, never counted.
    await insertSupporter(app.dataSource, { name: '山形の対話支援', prefectures: [YAMAGATA], supportTypes: [SupportType.DIALOGUE_FACILITATION] });
    await insertSupporter(app.dataSource, { name: '遠隔の対話支援', prefectures: ['13'], remoteAvailable: true, supportTypes: [SupportType.DIALOGUE_FACILITATION] });
    // Stale, not accepting, rejected: not supply.
    await insertSupporter(app.dataSource, { name: '古い対話支援', municipalities: [[NIIGATA, MURAKAMI]], supportTypes: [SupportType.DIALOGUE_FACILITATION], confirmedDaysAgo: 120 });
    await insertSupporter(app.dataSource, { name: '受付停止', municipalities: [[NIIGATA, MURAKAMI]], supportTypes: [SupportType.DIALOGUE_FACILITATION], availability: Availability.NOT_ACCEPTING });
    await insertSupporter(app.dataSource, {
      name: '差し戻し',
      municipalities: [[NIIGATA, MURAKAMI]],
      supportTypes: [SupportType.DIALOGUE_FACILITATION],
      verificationStatus: VerificationStatus.REJECTED,
    });
    for (let i = 1; i <= 7; i++) await insertRmo(app.dataSource, { name: `（架空）協議会${i}`, wantedSupportTypes: [SupportType.DIALOGUE_FACILITATION] });
    await insertRmo(app.dataSource, { name: '（架空）ビジョン協議会', wantedSupportTypes: [SupportType.VISION_DRAFTING] });
  });

  afterAll(() => app.close());

  it("classifies 村上市: dialogue short in number (7 RMOs, 2 supporters), vision drafting missing, so short in both; explained in one sentence's figures", async () => {
    const area = await municipality();
    expect(area.classification).toBe('SHORT_IN_BOTH');
    expect(area.missingTypes).toEqual([SupportType.VISION_DRAFTING]);
    expect(area.scarceTypes).toEqual([SupportType.DIALOGUE_FACILITATION]);
    expect(area.explanation).toMatchObject({ code: 'TYPE_BALANCE', placeKind: 'CITY', supportType: 'VISION_DRAFTING', rmos: 1, supply: 0, otherShortTypes: 1 });
    const dialogue = typeOf(area, SupportType.DIALOGUE_FACILITATION);
    expect(dialogue).toMatchObject({ wanted: true, classification: 'SHORT_IN_NUMBER', demand: { rmos: 7, requests: 0, unmet: 0 } });
    expect(dialogue.supply).toEqual({ serving: 2, freePlaces: 4, verified: 1, municipality: 1, prefectureWide: 1, inPrefecture: 0, neighbour: 1, remoteOnly: 1 });
    expect(typeOf(area, SupportType.CONSULTATION)).toMatchObject({ wanted: false, classification: 'SUFFICIENT', supply: { serving: 1 } });
    expect(area.supplyTotal).toBe(2);
    expect(area.demandTotal).toBe(8);
  });

  it('counts open requests and offers declined at capacity as demand, at once after they commit', async () => {
    const requestId = await openRequest(app, actors.murakamiCity, { supportTypes: ['VISION_DRAFTING'] });
    expect(typeOf(await municipality(), SupportType.VISION_DRAFTING).demand).toEqual({ rmos: 1, requests: 1, unmet: 0 });
    const { profile, member } = await ownedSupporter(app, '遠方のビジョン支援', { supportTypes: [SupportType.VISION_DRAFTING] });
    const offered = await app.graphql<{ approachSupporter: { id: string } }>(
      'mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }',
      { input: { requestId, supporterId: profile.id, message: 'ビジョンづくりをお願いできますか' } },
      { cookie: actors.murakamiCity.cookie },
    );
    expect(offered.errors).toBeUndefined();
    const declined = await app.graphql(
      'mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { status } }',
      { input: { offerId: offered.data!.approachSupporter.id, response: 'DECLINE', declineReason: 'AT_CAPACITY' } },
      { cookie: member.cookie },
    );
    expect(declined.errors).toBeUndefined();
    const area = await municipality();
    expect(typeOf(area, SupportType.VISION_DRAFTING)).toMatchObject({ demand: { rmos: 1, requests: 1, unmet: 1 }, supply: { serving: 1 } });
    // The supporter now serving 村上市 makes vision drafting covered (3 demands, 1 supporter): short in number only.
    expect(area.classification).toBe('SHORT_IN_NUMBER');
  });

  it('shows the same aggregates to anonymous visitors and lists 新潟県 with its municipalities', async () => {
    const res = await app.graphql<{ sufficiency: Area }>(
      `query { sufficiency(prefectureCode: "${NIIGATA}") { ${AREA_FIELDS} municipalities { areaCode name classification } } }`,
    );
    expect(res.errors).toBeUndefined();
    const niigata = res.data!.sufficiency;
    expect(niigata).toMatchObject({ name: '新潟県', classification: 'SHORT_IN_NUMBER', explanation: { placeKind: 'PREFECTURE', placeSuffix: '県' } });
    expect(niigata.municipalities!.find((m) => m.areaCode === MURAKAMI)).toMatchObject({ name: '村上市', classification: 'SHORT_IN_NUMBER' });
    // Without RMO wishes or requests, a municipality is UNKNOWN however many supporters serve it.
    expect(niigata.municipalities!.find((m) => m.name === '新潟市')?.classification).toBe('UNKNOWN');
  });

  it('the national map has all 47 prefectures; those without demand are UNKNOWN', async () => {
    const res = await app.graphql<{ sufficiencyMap: { prefectures: Area[] } }>(`query { sufficiencyMap { prefectures { areaCode name classification } } }`);
    expect(res.errors).toBeUndefined();
    const prefectures = res.data!.sufficiencyMap.prefectures;
    expect(prefectures).toHaveLength(47);
    expect(prefectures.find((p) => p.areaCode === NIIGATA)?.classification).toBe('SHORT_IN_NUMBER');
    expect(prefectures.find((p) => p.areaCode === '13')?.classification).toBe('UNKNOWN');
  });

  it('an RMO record keeps the wanted types its form sends, and the classification follows', async () => {
    const created = await app.graphql<{ createRmo: { id: string; wantedSupportTypes: string[] } }>(
      `mutation ($input: RmoInput!) { createRmo(input: $input) { id wantedSupportTypes } }`,
      {
        input: {
          municipalityCode: MURAKAMI,
          name: '（架空）再構築協議会',
          legalForm: 'VOLUNTARY_ASSOCIATION',
          activities: [],
          challenges: [],
          optimizationState: 'NEITHER',
          wantedSupportTypes: ['RESTRUCTURING', 'RESTRUCTURING'],
        },
      },
      { cookie: actors.murakamiCity.cookie },
    );
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wantedSupportTypes', reason: 'DUPLICATE' });
    const ok = await app.graphql<{ createRmo: { id: string; wantedSupportTypes: string[] } }>(
      `mutation ($input: RmoInput!) { createRmo(input: $input) { id wantedSupportTypes } }`,
      {
        input: { municipalityCode: MURAKAMI, name: '（架空）再構築協議会', legalForm: 'VOLUNTARY_ASSOCIATION', activities: [], challenges: [], optimizationState: 'NEITHER', wantedSupportTypes: ['RESTRUCTURING'] },
      },
      { cookie: actors.murakamiCity.cookie },
    );
    expect(ok.data?.createRmo.wantedSupportTypes).toEqual(['RESTRUCTURING']);
    const area = await municipality();
    expect(area.missingTypes).toEqual([SupportType.RESTRUCTURING]);
    expect(area.classification).toBe('SHORT_IN_BOTH');
  });

  it('downloads every dashboard table as xlsx with Japanese headers and the figures the API gives, to anyone', async () => {
    const res = await app.graphql<{ sufficiency: Area }>(`query { sufficiency(prefectureCode: "${NIIGATA}") { municipalities { name classification demandTotal supplyTotal } } }`);
    const murakami = res.data!.sufficiency.municipalities!.find((m) => m.name === '村上市')!;
    const response = await fetch(`${app.url}/export/sufficiency-municipalities.xlsx?pref=${NIIGATA}`);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('充足状況_新潟県_市区町村');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('市区町村')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['市区町村', '充足状況', '理由', '需要（件）', '受付中の支援者（者）']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    // Only municipalities with demand are listed; 村上市 with the same figures as the API.
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('村上市');
    expect(rows[0][1]).toBe(murakami.classification === 'SHORT_IN_BOTH' ? '人数・多様さとも不足' : '人数面で不足');
    expect(rows[0][3]).toBe(murakami.demandTotal);
    expect(rows[0][4]).toBe(murakami.supplyTotal);
    for (const name of ['sufficiency-prefectures.csv', `sufficiency-types.csv?muni=${MURAKAMI}`, `sufficiency-tiers.csv?pref=${NIIGATA}`, `sufficiency-trend.csv?muni=${MURAKAMI}`]) {
      expect((await fetch(`${app.url}/export/${name}`)).status).toBe(200);
    }
    const types = await (await fetch(`${app.url}/export/sufficiency-types.csv?muni=${MURAKAMI}`)).text();
    expect(types).toContain('支援の種類,充足状況,希望する地域運営組織');
    const bad = await fetch(`${app.url}/export/sufficiency-types.xlsx?muni=999999`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
  });

  it('refuses unknown codes as BAD_USER_INPUT naming the field', async () => {
    const res = await app.graphql(`query { sufficiency(municipalityCode: "999999") { classification } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
    const none = await app.graphql(`query { sufficiency { classification } }`);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
  });

  it('keeps a monthly snapshot by the scheduled job, so the trend grows month by month on the clock', async () => {
    const trend = async () => {
      const res = await app.graphql<{ sufficiency: Area; sufficiencyMap: { trend: { month: string; classification: string; areas: number }[] } }>(
        `query { sufficiency(municipalityCode: "${MURAKAMI}") { trend { month classification demand supply } } sufficiencyMap { trend { month classification areas } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    expect((await trend()).sufficiency.trend).toEqual([]);
    const snapshot = async () => {
      await app.services.jobs.fireSchedules(app.dataSource.manager);
      await app.services.jobs.runUntilIdle();
    };
    await snapshot();
    const first = await trend();
    expect(first.sufficiency.trend).toHaveLength(1);
    expect(first.sufficiency.trend![0].classification).toBe('SHORT_IN_BOTH');
    expect(first.sufficiencyMap.trend.reduce((n, c) => n + c.areas, 0)).toBe(47);
    // Three months on, every supporter's confirmation has gone stale: nothing serves 村上市 any more.
    clock.advance(95 * DAY_MS);
    await snapshot();
    const later = (await trend()).sufficiency.trend!;
    expect(later).toHaveLength(2);
    expect(later[1]).toMatchObject({ classification: 'SHORT_IN_BOTH', supply: 0 });
    expect(later[1].month > later[0].month).toBe(true);
  });
});
