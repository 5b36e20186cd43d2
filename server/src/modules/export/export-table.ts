import { seirekiDate, seirekiDateTime, warekiDate } from '@tsunagu/shared';

/** What one cell of an export holds before it is written. */
export type ExportValue = string | number | boolean | Date | null | undefined;

/**
 * How a column is written. `date` and `datetime` become two columns, 西暦 and 和暦 (令和…), so a
 * reader of either habit finds the date it expects; `number` stays a number in xlsx.
 */
export type ExportColumnKind = 'text' | 'number' | 'date' | 'datetime';

/** One column of an export: its Japanese header and how a row gives its value. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportValue;
  kind?: ExportColumnKind;
  /** Width in characters in the xlsx file (the header's width by default). */
  width?: number;
}

/** A written-out table: headers and cells that are plain text or numbers, ready for any writer. */
export interface ExportTable {
  /** Sheet name in the xlsx file (at most 31 characters; Excel refuses longer ones). */
  sheetName: string;
  headers: string[];
  widths: number[];
  rows: (string | number)[][];
}

// OWASP's list: a spreadsheet treats text starting with these as a formula (tab and CR hide one).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe, so it is shown, never evaluated. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** East Asian wide characters count twice when sizing a column. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return width;
}

function textCell(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return seirekiDateTime(value);
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return escapeFormula(String(value));
}

function numberCell(value: ExportValue): string | number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return textCell(value);
}

/**
 * Lays rows out under their columns: every text escaped against formula injection, dates in
 * 西暦 and 和暦 (two columns each), numbers kept as numbers.
 */
export function tableOf<Row>(sheetName: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[]): ExportTable {
  const headers: string[] = [];
  const widths: number[] = [];
  for (const column of columns) {
    const width = column.width ?? displayWidth(column.header) + 2;
    if (column.kind === 'date' || column.kind === 'datetime') {
      headers.push(`${column.header}（西暦）`, `${column.header}（和暦）`);
      widths.push(Math.max(width, column.kind === 'date' ? 12 : 18), Math.max(width, 18));
    } else {
      headers.push(column.header);
      widths.push(width);
    }
  }
  const cells = rows.map((row) =>
    columns.flatMap((column): (string | number)[] => {
      const value = column.value(row);
      switch (column.kind) {
        case 'date':
        case 'datetime': {
          if (!(value instanceof Date)) return [textCell(value), ''];
          return [column.kind === 'date' ? seirekiDate(value) : seirekiDateTime(value), warekiDate(value)];
        }
        case 'number':
          return [numberCell(value)];
        default:
          return [textCell(value)];
      }
    }),
  );
  return { sheetName: sheetName.slice(0, 31), headers: headers.map(escapeFormula), widths, rows: cells };
}
