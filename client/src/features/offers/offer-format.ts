import type { Locale } from '@tsunagu/shared';
import { intlLocaleOf } from '../../i18n/format';

/**
 * The last day to answer, as people say it: a deadline is the end (24:00) of a Japanese day, so
 * the day shown is the one that ends then — 「1月24日まで」, not 1月25日 0:00.
 */
export function formatDeadline(respondBy: string, locale: Locale): string {
  const lastMoment = new Date(new Date(respondBy).getTime() - 1);
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(lastMoment);
}
