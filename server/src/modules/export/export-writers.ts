import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { stringify } from 'csv-stringify/sync';
import type { ExportTable } from './export-table';

/** The file formats an export downloads as. */
export enum ExportFormat {
  XLSX = 'xlsx',
  /** UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8. */
  CSV = 'csv',
  /** Shift_JIS (Windows code page 932), what older Japanese Excel and many office systems expect. */
  CSV_SHIFT_JIS = 'csv-sjis',
}

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.CSV_SHIFT_JIS]: 'text/csv; charset=Shift_JIS',
};

/** One worksheet with a bold, frozen header row; every cell a string or a number (never a formula). */
export async function writeXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'つなぐ';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({ header, width: table.widths[index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CRLF lines, every field quoted when it needs to be; UTF-8 with a BOM or Shift_JIS (CP932). */
export function writeCsv(table: ExportTable, encoding: 'utf8' | 'shift_jis'): Buffer {
  const text = stringify([table.headers, ...table.rows], { record_delimiter: '\r\n' });
  // Characters CP932 lacks (e.g. some 異体字) become '?': the UTF-8 file is the faithful one.
  return encoding === 'shift_jis' ? iconv.encode(text, 'cp932') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The file of a table in a format. */
export async function writeExport(table: ExportTable, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case ExportFormat.XLSX:
      return writeXlsx(table);
    case ExportFormat.CSV:
      return writeCsv(table, 'utf8');
    case ExportFormat.CSV_SHIFT_JIS:
      return writeCsv(table, 'shift_jis');
  }
}
