import type { Locale } from './labels';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between a confirmation time and now (never negative). */
export function daysSince(confirmedAt: Date | string, now: Date = new Date()): number {
  const then = typeof confirmedAt === 'string' ? new Date(confirmedAt) : confirmedAt;
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY_MS));
}

/** "確認: 3日前" style freshness text for an availability confirmation. */
export function formatConfirmedAgo(
  confirmedAt: Date | string | null | undefined,
  locale: Locale = 'ja',
  now: Date = new Date(),
): string {
  if (!confirmedAt) return locale === 'ja' ? '確認: 未確認' : 'Confirmed: never';
  const days = daysSince(confirmedAt, now);
  if (locale === 'ja') {
    if (days === 0) return '確認: 今日';
    if (days < 60) return `確認: ${days}日前`;
    if (days < 365) return `確認: ${Math.floor(days / 30)}か月前`;
    return `確認: ${Math.floor(days / 365)}年以上前`;
  }
  if (days === 0) return 'Confirmed: today';
  if (days === 1) return 'Confirmed: 1 day ago';
  if (days < 60) return `Confirmed: ${days} days ago`;
  if (days < 365) return `Confirmed: ${Math.floor(days / 30)} months ago`;
  return `Confirmed: over ${Math.floor(days / 365)} year(s) ago`;
}
