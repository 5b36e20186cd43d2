import { NotificationKind } from '@tsunagu/shared';
import { digestMail, immediateNotificationMail } from './notification-mails';

const BASE = 'https://tsunagu.example.jp';
const recipient = { email: 'city@example.jp', displayName: '村上 太郎' };
const phishy = { supporterName: '今すぐ https://evil.example/login へ', requestTitle: 'www.evil.example の件' };

describe('notification mails', () => {
  it('keep others’ web addresses inert and others’ text out of the subject; our link is the only link', () => {
    const entry = { kind: NotificationKind.INTEREST_MARKED, params: phishy, link: '/requests/1' };
    for (const mail of [immediateNotificationMail(BASE, recipient, entry), digestMail(BASE, recipient, '2026-04-02', [entry])]) {
      expect(mail.subject).not.toMatch(/evil|今すぐ/);
      expect(mail.text).toContain('https[:]//evil.example/login');
      expect(mail.text).toContain('www[.]evil.example');
      expect(mail.text).not.toContain('https://evil.example');
      expect(mail.html).not.toContain('https://evil.example');
      expect(mail.text).toContain(`${BASE}/requests/1`);
      expect([...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).every((href) => href.startsWith(BASE))).toBe(true);
    }
  });

  it('lists at most 30 entries in a digest and says how many more wait in the inbox', () => {
    const entries = Array.from({ length: 33 }, (_, i) => ({ kind: NotificationKind.INTEREST_MARKED, params: { requestTitle: `依頼${i}` }, link: `/requests/${i}` }));
    const mail = digestMail(BASE, recipient, '2026-04-02', entries);
    expect(mail.subject).toBe('【つなぐ】4月2日のお知らせ（33件）');
    expect(mail.text).toContain('「依頼29」');
    expect(mail.text).not.toContain('「依頼30」');
    expect(mail.text).toContain('ほかに3件あります。');
  });
});
