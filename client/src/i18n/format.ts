import type { Locale } from '@tsunagu/shared';

/** The Intl locale of a UI language. */
export function intlLocaleOf(locale: Locale): string {
  return locale === 'ja' ? 'ja-JP' : 'en-GB';
}

/** A date (not the time) in the UI language: 「2026年11月27日」 / "27 November 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'long' }).format(new Date(iso));
}
