import { DAY_MS } from '../../common/clock';

const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * The response deadline of an offer made at `now`: the end of the Japanese calendar day `days`
 * days later (people answer "by the 24th", not "by 10:23 on the 24th").
 */
export function responseDeadline(now: Date, days: number): Date {
  const japanMidnight = Math.floor((now.getTime() + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS;
  return new Date(japanMidnight + (days + 1) * DAY_MS);
}

/** Whole days from `from` to `to`, rounded up (a deadline in 2.1 days is "3 days left"); never below 0. */
export function daysUntil(from: Date, to: Date): number {
  return Math.max(0, Math.ceil((to.getTime() - from.getTime()) / DAY_MS));
}

/** Whole days from `from` to `to`, rounded down: an age. */
export function daysSince(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}
