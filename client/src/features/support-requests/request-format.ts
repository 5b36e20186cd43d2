import type { TFunction } from 'i18next';
import { formatYen, type Locale } from '@tsunagu/shared';
import { intlLocaleOf } from '../../i18n/format';

/** "2027-04" → 「2027年4月」 / "April 2027". */
export function formatYearMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-').map(Number);
  if (!year || !month) return value;
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { year: 'numeric', month: 'long' }).format(new Date(year, month - 1, 1));
}

/** 「50万円」 in Japanese (as the server's explanations write it), "¥500,000" in English. */
export function formatYenAmount(amount: number, locale: Locale): string {
  if (locale === 'ja') return formatYen(amount);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(amount);
}

/** 「50万円〜100万円」, 「〜100万円」, 「50万円〜」; null when neither end is given. */
export function formatBudget(min: number | null | undefined, max: number | null | undefined, locale: Locale, t: TFunction): string | null {
  const low = min === null || min === undefined ? '' : formatYenAmount(min, locale);
  const high = max === null || max === undefined ? '' : formatYenAmount(max, locale);
  if (!low && !high) return null;
  return t('requests.range', { from: low, to: high });
}
