import { plainTextUrls, renderNotification, type NotificationKind, type NotificationParams } from '@tsunagu/shared';
import { composeMail, type MailMessage } from '../mail/mail-content';

/** Where people change how they are told (linked from every notification mail). */
export const SETTINGS_PATH = '/notifications/settings';
export const INBOX_PATH = '/notifications';
/** A digest lists at most this many entries; the rest wait in the inbox. */
export const DIGEST_MAX_ITEMS = 30;

export interface MailRecipient {
  email: string;
  displayName: string;
}

const settingsNote = (appBaseUrl: string) =>
  `このメールの送り方（すぐに・1日1回まとめて・送らない）は「通知の設定」で変えられます: ${appBaseUrl}${SETTINGS_PATH}`;

/**
 * The mail sent at once for one entry. The subject is the kind's fixed title (never an
 * organization's free text); names and titles appear only in the body.
 */
export function immediateNotificationMail(
  appBaseUrl: string,
  recipient: MailRecipient,
  entry: { kind: NotificationKind; params: NotificationParams; link: string },
): MailMessage {
  const { title, body } = renderNotification(entry.kind, entry.params, 'ja');
  return composeMail(entry.kind, recipient.email, `【つなぐ】${title}`, {
    greeting: `${recipient.displayName} 様`,
    // Names and titles are others' text: web addresses in them stay inert, so only our own link is a link.
    paragraphs: [plainTextUrls(body)],
    action: { label: 'つなぐで確認する', url: `${appBaseUrl}${entry.link}` },
    notes: [settingsNote(appBaseUrl)],
  });
}

/** The one mail a day that gathers a user's entries chosen for the digest. */
export function digestMail(
  appBaseUrl: string,
  recipient: MailRecipient,
  digestDate: string,
  entries: readonly { kind: NotificationKind; params: NotificationParams; link: string }[],
): MailMessage {
  const [year, month, day] = digestDate.split('-').map(Number);
  const shown = entries.slice(0, DIGEST_MAX_ITEMS);
  const more = entries.length - shown.length;
  return composeMail('NOTIFICATION_DIGEST', recipient.email, `【つなぐ】${month}月${day}日のお知らせ（${entries.length}件）`, {
    greeting: `${recipient.displayName} 様`,
    paragraphs: [`${year}年${month}月${day}日までに、つなぐで次の${entries.length}件のお知らせがありました。`],
    items: shown.map((entry) => {
      const { title, body } = renderNotification(entry.kind, entry.params, 'ja');
      return { title, body: plainTextUrls(body), url: `${appBaseUrl}${entry.link}` };
    }),
    action: { label: 'お知らせ一覧を開く', url: `${appBaseUrl}${INBOX_PATH}` },
    notes: [...(more > 0 ? [`ほかに${more}件あります。お知らせ一覧でご覧ください。`] : []), settingsNote(appBaseUrl)],
  });
}
