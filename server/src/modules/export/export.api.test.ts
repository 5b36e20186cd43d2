import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { SupportType, VerificationStatus } from '@tsunagu/shared';
import { openRequest } from '../../../test/fixtures/offer-fixtures';
import { createRoleActors, MURAKAMI, NIIGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const MATCHES = `query ($id: ID!) { matchesForRequest(requestId: $id, first: 100) { score supporter { id name } reasons { factor points } } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;
let requestId: string;

async function download(path: string, actor?: Actor): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: actor?.cookie ? { cookie: actor.cookie } : {} });
}

async function xlsxRows(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  app = await startTestApp();
  actors = await createRoleActors(app);
  await insertSupporter(app.dataSource, { name: '=HYPERLINK("http://x.example")', supportTypes: [SupportType.VISION_DRAFTING], municipalities: [[NIIGATA, MURAKAMI]] });
  await insertSupporter(app.dataSource, { name: '岩船ビジョン研究所', supportTypes: [SupportType.VISION_DRAFTING], prefectures: [NIIGATA], verificationStatus: VerificationStatus.VERIFIED });
  await insertSupporter(app.dataSource, { name: '山形ひろば', supportTypes: [SupportType.VISION_DRAFTING, SupportType.CONSULTATION], prefectures: ['06'], remoteAvailable: true });
  await app.services.catalogue.warmUp();
  requestId = await openRequest(app, actors.murakamiCity, { supportTypes: [SupportType.VISION_DRAFTING] });
});
afterAll(() => app.close());

describe('GET /export/request-ranking.xlsx', () => {
  it('gives the ranking with the same scores and points as matchesForRequest, reasons in Japanese', async () => {
    const res = await download(`/export/request-ranking.xlsx?requestId=${requestId}`, actors.murakamiCity);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''%E5%80%99%E8%A3%9C/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const [headers, ...rows] = await xlsxRows(res);
    expect(headers.slice(0, 6)).toEqual(['順位', '支援者', '種別', '点数', '支援の種類（点）', '支援の種類（理由）']);
    const graphql = await app.graphql<{ matchesForRequest: { score: number; supporter: { name: string }; reasons: { factor: string; points: number }[] }[] }>(
      MATCHES, { id: requestId }, { cookie: actors.murakamiCity.cookie });
    const matches = graphql.data!.matchesForRequest;
    expect(matches.length).toBeGreaterThanOrEqual(3);
    const escape = (name: string) => (/^[=+\-@]/.test(name) ? `'${name}` : name);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(matches.map((m, i) => [i + 1, escape(m.supporter.name), m.score]));
    const areaColumn = headers.indexOf('対応地域（点）');
    expect(rows.map((r) => r[areaColumn])).toEqual(matches.map((m) => m.reasons.find((x) => x.factor === 'AREA')!.points));
    expect(rows[0][headers.indexOf('対応地域（理由）')]).toMatch(/村上市を対応地域に含む|新潟県全域を対応地域に含む/);
  });

  it('refuses a signed-out caller, another municipality and an unknown request as GraphQL would', async () => {
    const anonymous = await download(`/export/request-ranking.xlsx?requestId=${requestId}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    const intermediary = await download(`/export/request-ranking.xlsx?requestId=${requestId}`, actors.ownerIntermediary);
    expect(intermediary.status).toBe(403);
    expect((await intermediary.json()).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const otherPrefecture = await download(`/export/request-ranking.csv?requestId=${requestId}`, actors.yamagataPrefecture);
    const graphql = await app.graphql(MATCHES, { id: requestId }, { cookie: actors.yamagataPrefecture.cookie });
    expect((await otherPrefecture.json()).errors[0].extensions).toMatchObject({ code: graphql.errors![0].extensions!.code, reason: graphql.errors![0].extensions!.reason });
    const missing = await download('/export/request-ranking.xlsx', actors.murakamiCity);
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId', reason: 'REQUIRED' });
  });
});

describe('GET /export/supporter-search.csv', () => {
  it('gives what the search filter shows as UTF-8 CSV with a BOM, formulas escaped', async () => {
    const res = await download(`/export/supporter-search.csv?type=VISION_DRAFTING&pref=${NIIGATA}&remote=false`);
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...rows] = parse(body.subarray(3).toString('utf8')) as string[][];
    expect(headers).toContain('受付状況の確認日（和暦）');
    const names = rows.map((r) => r[0]).sort();
    expect(names).toEqual([`'=HYPERLINK("http://x.example")`, '岩船ビジョン研究所'].sort());
  });

  it('gives Shift_JIS on request, and refuses an unknown encoding or support type', async () => {
    const res = await download(`/export/supporter-search.csv?encoding=shift_jis&type=VISION_DRAFTING&pref=${NIIGATA}&remote=false`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    const rows = parse(iconv.decode(Buffer.from(await res.arrayBuffer()), 'cp932')) as string[][];
    expect(rows.map((r) => r[0])).toContain('岩船ビジョン研究所');
    expect((await download('/export/supporter-search.csv?encoding=latin1')).status).toBe(400);
    const badType = await download('/export/supporter-search.xlsx?type=NOPE');
    expect((await badType.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type', reason: 'INVALID_VALUE' });
  });

  it('is a plain 404 for an export that does not exist', async () => {
    expect((await download('/export/everything.xlsx', actors.operator)).status).toBe(404);
  });
});

describe('other exports', () => {
  it('gives a municipality its requests, and the verification queue of a prefecture to its staff only', async () => {
    const requests = await xlsxRows(await download('/export/support-requests.xlsx', actors.murakamiCity));
    expect(requests[0].slice(0, 3)).toEqual(['件名', '状態', '市区町村']);
    expect(requests.slice(1).map((r) => r[2])).toEqual(['村上市']);
    const queue = await xlsxRows(await download('/export/verification-queue.xlsx', actors.niigataPrefecture));
    expect(queue.slice(1).map((r) => r[0])).toEqual([`'=HYPERLINK("http://x.example")`]);
    expect((await download('/export/verification-queue.xlsx', actors.murakamiCity)).status).toBe(403);
  });

  it('gives operators the audit log, and nobody else', async () => {
    const res = await download('/export/audit-log.csv', actors.operator);
    expect(res.status).toBe(200);
    const [headers, ...rows] = parse(Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8')) as string[][];
    expect(headers.slice(0, 3)).toEqual(['日時（西暦）', '日時（和暦）', '操作者']);
    expect(rows.map((r) => r[headers.indexOf('操作')])).toContain('createSupportRequest');
    expect((await download('/export/audit-log.csv', actors.niigataPrefecture)).status).toBe(403);
  });
});
