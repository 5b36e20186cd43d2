import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { IMPORT_LIMITS, ImportFileReason } from '@tsunagu/shared';
import { InvalidInputError } from '../../common/domain-errors';

/** One cell as read: its text, or a formula (never evaluated, so its value is unknown). */
export type ImportCell = string | { formula: true };

/** A file read into rows of cells: the first row is the headers. */
export interface ImportGrid {
  format: 'xlsx' | 'csv';
  /** CSV: how its bytes were decoded. */
  encoding: 'utf8' | 'shift_jis' | null;
  sheetNames: string[];
  sheet: string | null;
  headers: string[];
  rows: ImportCell[][];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// Old binary Excel (.xls) and other OLE files: a spreadsheet, but not one we read.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** BAD_USER_INPUT on `file`, the reason saying what is wrong with the file as a whole. */
export const badFile = (reason: ImportFileReason, params: Record<string, string | number> = {}) => new InvalidInputError('file', reason, params);

function cellText(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true };
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer, sheetName: string | null): Promise<ImportGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badFile(ImportFileReason.CORRUPT_FILE);
  }
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = sheetName === null ? workbook.worksheets[0] : workbook.worksheets.find((s) => s.name === sheetName);
  if (!sheet) throw sheetName === null ? badFile(ImportFileReason.EMPTY_FILE) : badFile(ImportFileReason.UNKNOWN_SHEET, { sheet: sheetName });
  if (sheet.rowCount > IMPORT_LIMITS.maxRows + 1) throw badFile(ImportFileReason.TOO_MANY_ROWS, { max: IMPORT_LIMITS.maxRows });
  if (sheet.columnCount > IMPORT_LIMITS.maxColumns) throw badFile(ImportFileReason.TOO_MANY_COLUMNS, { max: IMPORT_LIMITS.maxColumns });
  const grid: ImportCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    grid[rowNumber - 1] = cells;
  });
  return finish({ format: 'xlsx', encoding: null, sheetNames, sheet: sheet.name }, Array.from(grid, (row) => row ?? []));
}

function readCsv(bytes: Buffer): ImportGrid {
  // Anything binary that is not xlsx (an image, a PDF, an .xls) is the wrong type, not a broken CSV.
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || bytes.subarray(0, 8192).includes(0)) throw badFile(ImportFileReason.UNSUPPORTED_FILE_TYPE);
  let text: string;
  let encoding: 'utf8' | 'shift_jis';
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    text = bytes.subarray(3).toString('utf8');
    encoding = 'utf8';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf8';
    } catch {
      // Not valid UTF-8: what Japanese Excel writes as 「CSV（コンマ区切り）」 is CP932.
      text = iconv.decode(bytes, 'cp932');
      encoding = 'shift_jis';
    }
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true, to_line: IMPORT_LIMITS.maxRows + 2 }) as string[][];
  } catch {
    throw badFile(ImportFileReason.CORRUPT_FILE);
  }
  if (records.length > IMPORT_LIMITS.maxRows + 1) throw badFile(ImportFileReason.TOO_MANY_ROWS, { max: IMPORT_LIMITS.maxRows });
  if (records.some((record) => record.length > IMPORT_LIMITS.maxColumns)) throw badFile(ImportFileReason.TOO_MANY_COLUMNS, { max: IMPORT_LIMITS.maxColumns });
  // A CSV holds no formulas, but a cell starting with = would become one when opened in Excel again.
  const rows = records.map((record) => record.map((cell): ImportCell => (cell.startsWith('=') ? { formula: true } : cell)));
  return finish({ format: 'csv', encoding, sheetNames: [], sheet: null }, rows);
}

/** Headers from the first row; blank rows dropped; at least one row of data. */
function finish(meta: Omit<ImportGrid, 'headers' | 'rows'>, grid: ImportCell[][]): ImportGrid {
  const blank = (row: ImportCell[]) => row.every((cell) => typeof cell === 'string' && cell.trim() === '');
  const rows = grid.filter((row) => !blank(row));
  if (rows.length < 2) throw badFile(ImportFileReason.EMPTY_FILE);
  const width = Math.max(...rows.map((row) => row.length));
  const pad = (row: ImportCell[]) => [...row, ...Array<ImportCell>(width - row.length).fill('')];
  const headers = pad(rows[0]).map((cell) => (typeof cell === 'string' ? cell.trim().slice(0, 200) : ''));
  const data = rows.slice(1).map(pad).map((row) => row.map((cell) => (typeof cell === 'string' ? cell.slice(0, IMPORT_LIMITS.maxCellChars) : cell)));
  if (data.length > IMPORT_LIMITS.maxRows) throw badFile(ImportFileReason.TOO_MANY_ROWS, { max: IMPORT_LIMITS.maxRows });
  return { ...meta, headers, rows: data };
}

/**
 * Reads an uploaded file: xlsx (by its zip signature; the first sheet or `sheet`) or CSV in UTF-8
 * (with or without a BOM) or Shift_JIS. Formulas are kept as formulas, never evaluated. A file that
 * is too large, of another type, corrupt, empty or too long is refused as BAD_USER_INPUT on `file`.
 */
export async function readImportFile(bytes: Buffer, sheet: string | null = null): Promise<ImportGrid> {
  if (bytes.length === 0) throw badFile(ImportFileReason.EMPTY_FILE);
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw badFile(ImportFileReason.FILE_TOO_LARGE, { max: IMPORT_LIMITS.maxBytes });
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(bytes, sheet);
  return readCsv(bytes);
}
