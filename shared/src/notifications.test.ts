import { UserRole } from './roles';
import {
  NOTIFICATION_KINDS_BY_ROLE,
  NOTIFICATION_KIND_LABELS,
  NotificationDelivery,
  NotificationKind,
  defaultNotificationDelivery,
  isAppPath,
  renderNotification,
} from './notifications';
import { enumValues } from './enums';

const FULL_PARAMS = {
  municipalityName: '村上市',
  prefectureName: '新潟県',
  supporterName: 'NPO法人 架空ネット',
  requestTitle: '山北地区のあり方検討会',
  rmoName: '山北地区協議会',
  profileName: '架空相談室',
  senderName: '新潟県',
  deadline: '2026-04-15',
  staleOn: '2026-05-01',
  reason: 'AT_CAPACITY',
  decision: 'VERIFIED',
  stage: 'DUE_SOON',
  comment: '予算の欄を直してください',
};

describe('notification sentences', () => {
  it.each(enumValues(NotificationKind))('%s renders a title and a sentence in both languages, with or without params', (kind) => {
    for (const locale of ['ja', 'en'] as const) {
      for (const params of [FULL_PARAMS, {}]) {
        const { title, body } = renderNotification(kind, params, locale);
        expect(title.length).toBeGreaterThan(3);
        expect(body.length).toBeGreaterThan(10);
        expect(`${title} ${body}`).not.toMatch(/undefined|null|\{\{|「」/);
      }
      // The title is also a mail subject: no name or title an organization typed.
      const { title } = renderNotification(kind, FULL_PARAMS, locale);
      for (const freeText of ['村上市', '架空', '山北', '予算']) expect(title).not.toContain(freeText);
    }
    expect(NOTIFICATION_KIND_LABELS[kind].ja).toBeTruthy();
  });

  it('words names, dates and codes the way a Japanese officer reads them', () => {
    expect(renderNotification(NotificationKind.OFFER_RECEIVED, FULL_PARAMS).body).toBe(
      '「新潟県」から、「村上市」の「山北地区のあり方検討会」への紹介が届きました。2026年4月15日までに、受けるか辞退するかをお答えください。',
    );
    expect(renderNotification(NotificationKind.OFFER_DECLINED, FULL_PARAMS, 'en').body).toBe(
      '"NPO法人 架空ネット" declined the offer for "山北地区のあり方検討会". Reason: At capacity.',
    );
    expect(renderNotification(NotificationKind.OFFER_DECLINED, { ...FULL_PARAMS, reason: 'UNKNOWN' }).body).not.toContain('理由');
    expect(renderNotification(NotificationKind.VERIFICATION_DECIDED, { decision: 'REJECTED' }).title).toBe('掲載情報が確認されませんでした');
    expect(renderNotification(NotificationKind.INTEREST_MARKED, { ...FULL_PARAMS, message: '来月お話しできます' }).body).toBe(
      '「NPO法人 架空ネット」が「山北地区のあり方検討会」に関心を示しました。メッセージ: 来月お話しできます',
    );
    expect(renderNotification(NotificationKind.OFFER_MESSAGE, { ...FULL_PARAMS, messagePreview: '日程の候補です…' }, 'en').body).toBe(
      '"新潟県" wrote about the offer for "山北地区のあり方検討会". "日程の候補です…"',
    );
  });

  it('mails at once what asks for action, the rest in the daily digest; every role receives only its kinds', () => {
    expect(defaultNotificationDelivery(NotificationKind.OFFER_RECEIVED, UserRole.INTERMEDIARY_STAFF)).toBe(NotificationDelivery.IMMEDIATE);
    expect(defaultNotificationDelivery(NotificationKind.OFFER_ACCEPTED, UserRole.MUNICIPALITY_STAFF)).toBe(NotificationDelivery.IMMEDIATE);
    expect(defaultNotificationDelivery(NotificationKind.OFFER_ACCEPTED, UserRole.PREFECTURE_STAFF)).toBe(NotificationDelivery.DAILY_DIGEST);
    expect(defaultNotificationDelivery(NotificationKind.OFFER_MESSAGE, UserRole.MUNICIPALITY_STAFF)).toBe(NotificationDelivery.DAILY_DIGEST);
    const received = new Set(Object.values(NOTIFICATION_KINDS_BY_ROLE).flat());
    expect([...received].sort()).toEqual(enumValues(NotificationKind).sort());
  });

  it('links only inside the app', () => {
    expect(isAppPath('/requests/1')).toBe(true);
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a b']) expect(isAppPath(bad)).toBe(false);
  });
});
