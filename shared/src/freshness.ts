import type { Locale } from './labels';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between a confirmation time and now (never negative). */
export function daysSince(confirmedAt: Date | string, now: Date = new Date()): number {
  const then = typeof confirmedAt === 'string' ? new Date(confirmedAt) : confirmedAt;
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY_MS));
}

/**
 * 「受付状況の更新: 3日前」: how fresh a supporter's statement of availability is. Worded apart
 * from 「県の確認」 (verification), which is something else.
 */
export function formatConfirmedAgo(
  confirmedAt: Date | string | null | undefined,
  locale: Locale = 'ja',
  now: Date = new Date(),
): string {
  if (!confirmedAt) return locale === 'ja' ? '受付状況の更新: なし' : 'Availability updated: never';
  const days = daysSince(confirmedAt, now);
  if (locale === 'ja') {
    if (days === 0) return '受付状況の更新: 今日';
    if (days < 60) return `受付状況の更新: ${days}日前`;
    if (days < 365) return `受付状況の更新: ${Math.floor(days / 30)}か月前`;
    return `受付状況の更新: ${Math.floor(days / 365)}年以上前`;
  }
  if (days === 0) return 'Availability updated: today';
  if (days === 1) return 'Availability updated: 1 day ago';
  if (days < 60) return `Availability updated: ${days} days ago`;
  if (days < 365) return `Availability updated: ${Math.floor(days / 30)} months ago`;
  return `Availability updated: over ${Math.floor(days / 365)} year(s) ago`;
}
