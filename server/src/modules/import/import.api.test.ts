import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { SupportType, VerificationStatus } from '@tsunagu/shared';
import { tokenFromLatestMail } from '../../../test/fixtures/account-fixtures';
import { createRoleActors, MURAKAMI, NIIGATA, type Actor, type ActorName } from '../../../test/fixtures/role-fixtures';
import { insertSupporter } from '../../../test/fixtures/supporter-fixtures';
import { startTestApp, type TestApp } from '../../../test/test-app';

const BATCH = `query ($id: ID!) { importBatch(id: $id) { fileName format encoding headers rowCount suggestedColumns } }`;
const PREVIEW = `query ($batchId: ID!, $columns: [ImportField]!) { importPreview(batchId: $batchId, columns: $columns) {
  totalCount validCount invalidCount duplicateCount rows { rowNumber status name problems { column field reason params } notices { reason text value } duplicateOfName } } }`;
const COMMIT = `mutation ($input: CommitImportInput!) { commitImport(input: $input) { created skippedInvalid skippedDuplicates invitationsSent } }`;
const CLAIM_INFO = `query ($token: String!) { supporterClaim(token: $token) { profileName email } }`;
const CLAIM = `mutation ($token: String!, $displayName: String, $password: String) { claimSupporterProfile(token: $token, displayName: $displayName, password: $password) { role user { email } organization { name } } }`;
const SEARCH = `query ($text: String) { supporters(filter: { text: $text }) { edges { node { id name verificationStatus } } } }`;

let app: TestApp;
let actors: Record<ActorName, Actor>;

async function upload(body: Buffer, actor: Actor | undefined, fileName = '名簿.csv', query = ''): Promise<{ status: number; json: { id?: string; errors?: { extensions: Record<string, unknown> }[] } }> {
  const res = await fetch(`${app.url}/import/supporter-roster${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-upload-file-name': encodeURIComponent(fileName), ...(actor?.cookie ? { cookie: actor.cookie } : {}) },
    body: new Uint8Array(body),
  });
  return { status: res.status, json: (await res.json()) as never };
}

const counts = async () => {
  const [row]: { batches: number; profiles: number; claims: number; mails: number }[] = await app.dataSource.query(
    `SELECT (SELECT count(*)::int FROM import_batch) AS batches, (SELECT count(*)::int FROM supporter_profile) AS profiles,
            (SELECT count(*)::int FROM supporter_claim) AS claims, (SELECT count(*)::int FROM mail_delivery) AS mails`,
  );
  return row;
};

const HEADERS = ['団体名', 'ふりがな', '支援分野', '対応地域', '連絡先', '電子メール'];
const csv = (rows: string[][]) => [HEADERS, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  app = await startTestApp();
  actors = await createRoleActors(app);
  await insertSupporter(app.dataSource, { name: '村上つながりラボ', contactEmail: 'lab@example.jp', contactPhone: '0254-00-0000', prefectures: [NIIGATA] });
});
afterAll(async () => {
  await app.close();
  jest.restoreAllMocks();
});

describe('roster import', () => {
  it('reads a Shift_JIS CSV, checks every cell, imports the valid rows in one go and mails claim links', async () => {
    const rows = [
      ['岩船まちづくり塾', 'いわふねまちづくりじゅく', '対話の場づくり、研修', '村上市', '0254-11-1111', 'juku@example.jp'],
      ['朝日みらい研究所', 'あさひみらいけんきゅうしょ', '相談対応・情報提供', '新潟県全域', '0254-22-2222', ''],
      ['髙橋地域計画事務所', '高橋', '占い', '火星', '', ''],
      ['村上つながりラボ', 'むらかみつながりらぼ', '相談', '村上市', '0254-00-0000', 'lab@example.jp'],
    ];
    const before = await counts();
    const uploaded = await upload(iconv.encode(csv(rows), 'cp932'), actors.niigataPrefecture);
    expect(uploaded.status).toBe(201);
    const id = uploaded.json.id!;
    const batch = await app.graphql<{ importBatch: { encoding: string; headers: string[]; rowCount: number; suggestedColumns: (string | null)[] } }>(BATCH, { id }, { cookie: actors.niigataPrefecture.cookie });
    expect(batch.data!.importBatch).toMatchObject({ encoding: 'shift_jis', headers: HEADERS, rowCount: 4 });
    // 連絡先 holds phone numbers here, but a header says no more than that: the suggestion is e-mail.
    const suggested = batch.data!.importBatch.suggestedColumns;
    expect(suggested).toEqual(['NAME', 'KANA', 'SUPPORT_TYPES', 'SERVICE_AREA', 'CONTACT_EMAIL', null]);

    type Preview = { importPreview: { validCount: number; invalidCount: number; duplicateCount: number; rows: { rowNumber: number; status: string; problems: { column: number; reason: string; params: Record<string, unknown> }[] }[] } };
    const wrong = await app.graphql<Preview>(PREVIEW, { batchId: id, columns: suggested }, { cookie: actors.niigataPrefecture.cookie });
    expect(wrong.errors).toBeUndefined();
    expect(wrong.data!.importPreview.rows.find((r) => r.rowNumber === 2)!.problems).toEqual([{ column: 4, field: 'CONTACT_EMAIL', reason: 'NOT_EMAIL', params: {} }]);

    const columns = ['NAME', 'KANA', 'SUPPORT_TYPES', 'SERVICE_AREA', 'CONTACT_PHONE', 'CONTACT_EMAIL'];
    const preview = (await app.graphql<Preview>(PREVIEW, { batchId: id, columns }, { cookie: actors.niigataPrefecture.cookie })).data!.importPreview;
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 1, duplicateCount: 1 });
    expect(preview.rows.find((r) => r.rowNumber === 4)!.problems.map((p) => [p.column, p.reason, p.params])).toEqual([
      [1, 'NOT_KANA', {}],
      [2, 'UNKNOWN_SUPPORT_TYPE', { values: '占い' }],
      [3, 'UNKNOWN_AREA', { values: '火星' }],
    ]);
    expect(preview.rows.find((r) => r.rowNumber === 5)).toMatchObject({ status: 'DUPLICATE', duplicateOfName: '村上つながりラボ' });
    // Previewing wrote nothing but the batch.
    expect(await counts()).toEqual({ ...before, batches: before.batches + 1 });

    const committed = await app.graphql<{ commitImport: Record<string, number> }>(COMMIT, { input: { batchId: id, columns } }, { cookie: actors.niigataPrefecture.cookie });
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.commitImport).toEqual({ created: 2, skippedInvalid: 1, skippedDuplicates: 1, invitationsSent: 1 });
    const after = await counts();
    expect(after.profiles - before.profiles).toBe(2);
    expect(after.claims - before.claims).toBe(1);

    const [juku] = await app.dataSource.query(
      `SELECT p.owner_organization_id, p.imported_by_organization_id, p.verification_status, p.support_types, p.contact_phone,
              array(SELECT municipality_code FROM supporter_service_area a WHERE a.supporter_id = p.id) AS places
         FROM supporter_profile p WHERE p.name = '岩船まちづくり塾'`,
    );
    expect(juku).toEqual({
      owner_organization_id: null,
      imported_by_organization_id: actors.niigataPrefecture.organizationId,
      verification_status: VerificationStatus.UNVERIFIED,
      support_types: [SupportType.DIALOGUE_FACILITATION, SupportType.HUMAN_RESOURCE_DEVELOPMENT],
      contact_phone: '0254-11-1111',
      places: [MURAKAMI],
    });
    // Marked as the prefecture's import, unconfirmed by the supporter, until it is claimed.
    const [{ id: jukuId }] = await app.dataSource.query(`SELECT id FROM supporter_profile WHERE name = '岩船まちづくり塾'`);
    const marked = await app.graphql<{ supporter: { importedByName: string | null } }>('query ($id: ID!) { supporter(id: $id) { importedByName } }', { id: jukuId });
    expect(marked.data!.supporter.importedByName).toBe('PREFECTURE niigataprefecture@roles.example.jp');
    // Listed at once: the prefecture can broker it from the first day.
    const found = await app.graphql<{ supporters: { edges: { node: { name: string } }[] } }>(SEARCH, { text: '岩船まちづくり塾' });
    expect(found.data!.supporters.edges.map((e) => e.node.name)).toEqual(['岩船まちづくり塾']);

    const again = await app.graphql(COMMIT, { input: { batchId: id, columns } }, { cookie: actors.niigataPrefecture.cookie });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RECORDED' });
    expect(await counts()).toEqual(after);

    // The contact claims the profile with a new account, and becomes its owner.
    const token = await tokenFromLatestMail(app, 'juku@example.jp', 'SUPPORTER_CLAIM');
    const info = await app.graphql<{ supporterClaim: { profileName: string; email: string } }>(CLAIM_INFO, { token });
    expect(info.data!.supporterClaim).toEqual({ profileName: '岩船まちづくり塾', email: 'juku@example.jp' });
    const claimed = await app.graphql<{ claimSupporterProfile: { role: string; organization: { name: string } } }>(CLAIM, { token, displayName: '岩船 太郎', password: 'correct horse battery staple' });
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data!.claimSupporterProfile).toEqual({ role: 'INTERMEDIARY_STAFF', user: { email: 'juku@example.jp' }, organization: { name: '岩船まちづくり塾' } });
    const [owner] = await app.dataSource.query(
      `SELECT o.name, p.claimed_at IS NOT NULL AS claimed FROM supporter_profile p JOIN organization o ON o.id = p.owner_organization_id WHERE p.name = '岩船まちづくり塾'`,
    );
    expect(owner).toEqual({ name: '岩船まちづくり塾', claimed: true });
    const claimedMark = await app.graphql<{ supporter: { importedByName: string | null } }>('query ($id: ID!) { supporter(id: $id) { importedByName } }', { id: jukuId });
    expect(claimedMark.data!.supporter.importedByName).toBeNull();
    const reused = await app.graphql(CLAIM, { token, displayName: '別人', password: 'correct horse battery staple' });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TOKEN' });
  });

  it('never evaluates a formula in an xlsx file: that cell is an error and its row is not written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名簿');
    sheet.addRow(['団体名', 'ふりがな', '支援分野', '対応地域']);
    sheet.addRow([{ formula: 'CONCATENATE("悪意","ある")', result: '数式の団体' }, 'すうしき', '相談対応・情報提供', '新潟県']);
    sheet.addRow(['値の団体', 'あたいのだんたい', '相談対応・情報提供', '新潟県']);
    const uploaded = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), actors.niigataPrefecture, 'roster.xlsx');
    expect(uploaded.status).toBe(201);
    const columns = ['NAME', 'KANA', 'SUPPORT_TYPES', 'SERVICE_AREA'];
    const preview = await app.graphql<{ importPreview: { rows: { rowNumber: number; problems: { reason: string }[] }[] } }>(
      PREVIEW, { batchId: uploaded.json.id, columns }, { cookie: actors.niigataPrefecture.cookie });
    expect(preview.data!.importPreview.rows).toEqual([expect.objectContaining({ rowNumber: 2, problems: [expect.objectContaining({ reason: 'FORMULA' })] })]);
    const committed = await app.graphql<{ commitImport: { created: number } }>(COMMIT, { input: { batchId: uploaded.json.id, columns } }, { cookie: actors.niigataPrefecture.cookie });
    expect(committed.data!.commitImport.created).toBe(1);
    const names: { name: string }[] = await app.dataSource.query(`SELECT name FROM supporter_profile WHERE name IN ('数式の団体', '値の団体')`);
    expect(names).toEqual([{ name: '値の団体' }]);
  });

  it.each([
    ['a corrupt xlsx', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]), 'CORRUPT_FILE', 400],
    ['an image', () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'UNSUPPORTED_FILE_TYPE', 400],
    ['an empty file', () => Buffer.alloc(0), 'EMPTY_FILE', 400],
    ['a header without rows', () => Buffer.from('団体名,ふりがな\r\n'), 'EMPTY_FILE', 400],
    ['5,001 rows', () => Buffer.from(['団体名', ...Array.from({ length: 5001 }, (_, i) => `団体${i}`)].join('\n')), 'TOO_MANY_ROWS', 400],
    ['11 MB', () => Buffer.alloc(11 * 1024 * 1024, 0x41), 'FILE_TOO_LARGE', 400],
  ])('refuses %s cleanly, writing nothing', async (_name, body, reason, status) => {
    const before = await counts();
    const res = await upload(body(), actors.niigataPrefecture);
    expect(res.status).toBe(status);
    expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
    expect(await counts()).toEqual(before);
  });

  it('lets only prefecture staff and operators import, each seeing only their own batches', async () => {
    const body = Buffer.from(csv([['団体', 'だんたい', '相談', '新潟県', '', '']]));
    expect((await upload(body, undefined)).status).toBe(401);
    const municipality = await upload(body, actors.murakamiCity);
    expect(municipality.json.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const own = await upload(body, actors.niigataPrefecture);
    const other = await app.graphql(BATCH, { id: own.json.id }, { cookie: actors.yamagataPrefecture.cookie });
    expect(other.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'IMPORT_NOT_FOUND' });
    const operator = await upload(body, actors.operator);
    expect(operator.status).toBe(201);
  });
});

describe('RMO list import', () => {
  it('lets a municipality import its RMO list: checked, duplicates of its records marked, written in one go', async () => {
    await app.dataSource.query(
      `INSERT INTO rmo (prefecture_code, municipality_code, name, legal_form, activities, challenges, optimization_state)
       VALUES ('15', $1, '既存の協議会', 'VOLUNTARY_ASSOCIATION', '{}', '{}', 'NEITHER')`,
      [MURAKAMI],
    );
    const list = ['組織名,区域,法人格,設立年,主な活動,課題', '岩船まちづくり協議会,小学校区,任意団体,2016,祭り・イベント、見守り,担い手不足', '既存の協議会,,,,,', ',小学校区,,,,'].join('\r\n');
    const before = await counts();
    const uploaded = await fetch(`${app.url}/import/rmo-list`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-upload-file-name': 'rmo.csv', cookie: actors.murakamiCity.cookie! },
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list)]),
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const batch = await app.graphql<{ importBatch: { encoding: string; suggestedColumns: (string | null)[] } }>(BATCH, { id }, { cookie: actors.murakamiCity.cookie });
    expect(batch.data!.importBatch).toMatchObject({ encoding: 'utf8', suggestedColumns: ['NAME', 'AREA_UNIT', 'LEGAL_FORM', 'FOUNDED_YEAR', 'ACTIVITIES', 'CHALLENGES'] });
    const columns = batch.data!.importBatch.suggestedColumns;
    // A roster's field is no field of an RMO list.
    const wrong = await app.graphql(PREVIEW, { batchId: id, columns: ['NAME', 'KANA'] }, { cookie: actors.murakamiCity.cookie });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns', reason: 'INVALID_VALUE' });
    const preview = await app.graphql<{ importPreview: { validCount: number; invalidCount: number; duplicateCount: number } }>(PREVIEW, { batchId: id, columns }, { cookie: actors.murakamiCity.cookie });
    expect(preview.data!.importPreview).toMatchObject({ validCount: 1, invalidCount: 1, duplicateCount: 1 });
    const committed = await app.graphql<{ commitImport: Record<string, number> }>(COMMIT, { input: { batchId: id, columns } }, { cookie: actors.murakamiCity.cookie });
    expect(committed.data!.commitImport).toEqual({ created: 1, skippedInvalid: 1, skippedDuplicates: 1, invitationsSent: 0 });
    const [rmo] = await app.dataSource.query(`SELECT name, area_unit, legal_form, founded_year, activities, challenges, optimization_state, organization_id FROM rmo WHERE name = '岩船まちづくり協議会'`);
    expect(rmo).toEqual({
      name: '岩船まちづくり協議会',
      area_unit: '小学校区',
      legal_form: 'VOLUNTARY_ASSOCIATION',
      founded_year: 2016,
      activities: ['FESTIVALS', 'WATCHING_OVER_ELDERLY'],
      challenges: ['TOO_FEW_PEOPLE'],
      optimization_state: 'NEITHER',
      organization_id: null,
    });
    expect((await counts()).batches).toBe(before.batches + 1);
    // Rosters are not a municipality's to import, nor RMO lists a prefecture's.
    expect((await fetch(`${app.url}/import/rmo-list`, { method: 'POST', headers: { 'x-upload-file-name': 'r.csv', cookie: actors.niigataPrefecture.cookie! }, body: list })).status).toBe(403);
  });
});
