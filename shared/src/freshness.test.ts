import { daysSince, formatConfirmedAgo } from './freshness';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('formatConfirmedAgo', () => {
  it('says how long ago availability was confirmed, in Japanese by default', () => {
    expect(formatConfirmedAgo(daysAgo(0), 'ja', now)).toBe('受付状況の更新: 今日');
    expect(formatConfirmedAgo(daysAgo(3), 'ja', now)).toBe('受付状況の更新: 3日前');
    expect(formatConfirmedAgo(daysAgo(95), 'ja', now)).toBe('受付状況の更新: 3か月前');
    expect(formatConfirmedAgo(daysAgo(800), 'ja', now)).toBe('受付状況の更新: 2年以上前');
    expect(formatConfirmedAgo(null, 'ja', now)).toBe('受付状況の更新: なし');
  });

  it('speaks English when asked', () => {
    expect(formatConfirmedAgo(daysAgo(1), 'en', now)).toBe('Availability updated: 1 day ago');
    expect(formatConfirmedAgo(daysAgo(3).toISOString(), 'en', now)).toBe('Availability updated: 3 days ago');
  });

  it('never reports negative days for clock skew', () => {
    expect(daysSince(new Date(now.getTime() + 60_000), now)).toBe(0);
  });
});
