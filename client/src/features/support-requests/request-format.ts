import type { TFunction } from 'i18next';
import type { Locale } from '@tsunagu/shared';
import { intlLocaleOf } from '../../i18n/format';

/** "2027-04" → 「2027年4月」 / "April 2027". */
export function formatYearMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-').map(Number);
  if (!year || !month) return value;
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { year: 'numeric', month: 'long' }).format(new Date(year, month - 1, 1));
}

export { formatYenAmount } from '@tsunagu/shared';
import { formatYenAmount } from '@tsunagu/shared';

/** 「50万円〜100万円」, 「〜100万円」, 「50万円〜」; null when neither end is given. */
export function formatBudget(min: number | null | undefined, max: number | null | undefined, locale: Locale, t: TFunction): string | null {
  const low = min === null || min === undefined ? '' : formatYenAmount(min, locale);
  const high = max === null || max === undefined ? '' : formatYenAmount(max, locale);
  if (!low && !high) return null;
  return t('requests.range', { from: low, to: high });
}
