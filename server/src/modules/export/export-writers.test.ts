import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { fiscalYearLabel, fiscalYearOf, seirekiDate, warekiDate } from '@tsunagu/shared';
import { escapeFormula, tableOf } from './export-table';
import { ExportFormat, writeExport } from './export-writers';

interface Row {
  name: string;
  score: number;
  at: Date | null;
}

const rows: Row[] = [
  { name: '=HYPERLINK("http://evil.example","押して")', score: 87, at: new Date('2026-11-30T15:30:00Z') },
  { name: '+81 新潟', score: 0, at: null },
  { name: '-1', score: -3, at: new Date('2019-04-30T03:00:00Z') },
  { name: '@SUM(A1)', score: 12, at: new Date('2019-05-01T03:00:00Z') },
  { name: '髙橋まちづくり室、"引用"付き', score: 5, at: new Date('2026-04-01T00:00:00+09:00') },
];
const table = tableOf<Row>('テスト', [
  { header: '名前', value: (r) => r.name },
  { header: '点数', value: (r) => r.score, kind: 'number' },
  { header: '日付', value: (r) => r.at, kind: 'date' },
], rows);

async function readXlsx(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('export tables', () => {
  it('escapes text a spreadsheet would run as a formula (= + - @, tab, CR) and leaves the rest alone', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', '通常', '1=1'].map(escapeFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\r=1", '通常', '1=1']);
    expect(table.rows.map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://evil.example","押して")`,
      "'+81 新潟",
      "'-1",
      "'@SUM(A1)",
      '髙橋まちづくり室、"引用"付き',
    ]);
    // Numbers stay numbers, negative ones too: only text is escaped.
    expect(table.rows.map((r) => r[1])).toEqual([87, 0, -3, 12, 5]);
  });

  it('writes a date as two columns, 西暦 and 和暦 in Japan’s time, across an era change', () => {
    expect(table.headers).toEqual(['名前', '点数', '日付（西暦）', '日付（和暦）']);
    expect(table.rows.map((r) => r.slice(2))).toEqual([
      ['2026-12-01', '令和8年12月1日'],
      ['', ''],
      ['2019-04-30', '平成31年4月30日'],
      ['2019-05-01', '令和元年5月1日'],
      ['2026-04-01', '令和8年4月1日'],
    ]);
    expect(seirekiDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
    expect(warekiDate(new Date('1989-01-08T00:00:00+09:00'))).toBe('平成元年1月8日');
  });

  it('gives the fiscal year (年度) from 1 April in both calendars', () => {
    expect(fiscalYearOf(new Date('2027-03-31T14:59:00Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2027-03-31T15:00:00Z'))).toBe(2027);
    expect(fiscalYearLabel(2026)).toBe('2026年度（令和8年度）');
    expect(fiscalYearLabel(2018)).toBe('2018年度（平成30年度）');
    expect(fiscalYearLabel(2019)).toBe('2019年度（令和元年度）');
    expect(fiscalYearLabel(1988)).toBe('1988年度（昭和63年度）');
  });
});

describe('export writers', () => {
  it('writes an xlsx file whose cells read back as the table, with no formula in it', async () => {
    const buffer = await writeExport(table, ExportFormat.XLSX);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const cells = await readXlsx(buffer);
    expect(cells[0]).toEqual(table.headers);
    expect(cells.slice(1).map((r) => [r[0], r[1]])).toEqual(table.rows.map((r) => [r[0], r[1]]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(workbook.worksheets[0].name).toBe('テスト');
  });

  it('writes UTF-8 CSV with a byte-order mark and CRLF lines, quoting what needs it', async () => {
    const buffer = await writeExport(table, ExportFormat.CSV);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('名前,点数,日付（西暦）,日付（和暦）');
    expect(parse(text)).toEqual([table.headers, ...table.rows.map((r) => r.map(String))]);
  });

  it('writes Shift_JIS (CP932) CSV on request, which decodes back to the same table', async () => {
    const buffer = await writeExport(table, ExportFormat.CSV_SHIFT_JIS);
    expect(buffer.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    // 髙 (a CP932 extension character) survives; it is not in JIS X 0208.
    expect(parse(iconv.decode(buffer, 'cp932'))).toEqual([table.headers, ...table.rows.map((r) => r.map(String))]);
    expect(buffer.includes(iconv.encode('名前', 'cp932'))).toBe(true);
  });
});
