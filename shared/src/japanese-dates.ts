/**
 * Dates as Japanese local government writes them: 西暦 (2026-11-30), 和暦 (令和8年11月30日) through
 * Intl's Japanese calendar, and 年度 (the fiscal year starting on 1 April). Always Japan's time zone.
 */
const TIME_ZONE = 'Asia/Tokyo';

const seireki = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const seirekiTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: TIME_ZONE, era: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const warekiYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'UTC', era: 'long', year: 'numeric' });

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** 西暦 date in Japan: `2026-11-30`. */
export function seirekiDate(date: Date): string {
  const { year, month, day } = partsOf(seireki, date);
  return `${year}-${month}-${day}`;
}

/** 西暦 date and time in Japan: `2026-11-30 19:21`. */
export function seirekiDateTime(date: Date): string {
  const { year, month, day, hour, minute } = partsOf(seirekiTime, date);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** 和暦 date in Japan from Intl's Japanese calendar: `令和8年11月30日`. */
export function warekiDate(date: Date): string {
  return wareki.format(date);
}

/** The fiscal year (年度, April to March) a moment falls in, in Japan's time. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = partsOf(seireki, date);
  return Number(month) >= 4 ? Number(year) : Number(year) - 1;
}

/**
 * A fiscal year in both calendars: `2026年度（令和8年度）`. The era is the one of the calendar year's
 * end, as government writes it: 2019年度 is 令和元年度, 1988年度 昭和63年度.
 */
export function fiscalYearLabel(fiscalYear: number): string {
  const { era, year } = partsOf(warekiYear, new Date(Date.UTC(fiscalYear, 11, 31)));
  return `${fiscalYear}年度（${era}${year === '1' ? '元' : year}年度）`;
}
