import { startTestApp, type TestApp } from '../../../test/test-app';

describe('reference data over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('migrations load all 47 prefectures and the 1,741 current municipalities plus designated-city wards', async () => {
    const [{ prefectures }] = await app.dataSource.query('SELECT count(*)::int AS prefectures FROM prefecture');
    const rows: { kind: string; n: number }[] = await app.dataSource.query(
      'SELECT kind, count(*)::int AS n FROM municipality GROUP BY kind',
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(prefectures).toBe(47);
    expect(byKind.CITY + byKind.TOWN + byKind.VILLAGE + byKind.SPECIAL_WARD).toBe(1741);
    expect(byKind.SPECIAL_WARD).toBe(23);
    expect(byKind.DESIGNATED_CITY_WARD).toBeGreaterThan(150);
  });

  it('lists prefectures in code order with region and English name', async () => {
    const res = await app.graphql<{ prefectures: { code: string; name: string; nameEn: string; region: string; kana: string }[] }>(
      '{ prefectures { code name kana nameEn region } }',
    );
    expect(res.errors).toBeUndefined();
    const prefectures = res.data!.prefectures;
    expect(prefectures).toHaveLength(47);
    expect(prefectures[0]).toMatchObject({ code: '01', name: '北海道', region: 'HOKKAIDO' });
    expect(prefectures.find((p) => p.code === '15')).toMatchObject({ name: '新潟県', kana: 'にいがたけん', nameEn: 'Niigata' });
    expect(prefectures.find((p) => p.code === '47')).toMatchObject({ name: '沖縄県', region: 'KYUSHU_OKINAWA' });
    expect(prefectures.map((p) => p.code)).toEqual([...prefectures.map((p) => p.code)].sort());
  });

  it('lists the municipalities of a prefecture with kind and parent city for wards', async () => {
    const res = await app.graphql<{ municipalities: { code: string; name: string; kind: string; parentCode: string | null; prefectureCode: string }[] }>(
      'query ($p: String!) { municipalities(prefectureCode: $p) { code name kana kind prefectureCode parentCode } }',
      { p: '15' },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.municipalities;
    expect(list.find((m) => m.code === '152129')).toMatchObject({ name: '村上市', kind: 'CITY', parentCode: null });
    const niigataWards = list.filter((m) => m.parentCode === '151009');
    expect(niigataWards).toHaveLength(8);
    expect(niigataWards.every((m) => m.kind === 'DESIGNATED_CITY_WARD' && m.prefectureCode === '15')).toBe(true);
  });

  it('reports the current wards of 浜松市', async () => {
    const res = await app.graphql<{ municipalities: { name: string; parentCode: string | null }[] }>(
      '{ municipalities(prefectureCode: "22") { name parentCode } }',
    );
    const wards = res.data!.municipalities.filter((m) => m.parentCode === '221309').map((m) => m.name);
    expect(wards.sort()).toEqual(['中央区', '天竜区', '浜名区'].sort());
  });

  it.each([['48'], ['1'], ['ab']])('refuses the unknown prefecture code %p with BAD_USER_INPUT naming the field', async (code) => {
    const res = await app.graphql('query ($p: String!) { municipalities(prefectureCode: $p) { code } }', { p: code });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
  });
});
