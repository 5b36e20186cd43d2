/** A mail ready to be queued: both bodies are complete, the subject carries no secret. */
export interface MailMessage {
  /** e.g. PASSWORD_RESET, INVITATION, RECONFIRMATION_DUE */
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
}

/** What a mail says, laid out the same way in every mail: greeting, paragraphs, one button, notes. */
export interface MailLayout {
  greeting?: string;
  paragraphs: string[];
  /** A list of entries after the paragraphs, each with its own link (e.g. a digest of notifications). */
  items?: { title: string; body: string; url: string }[];
  /** The one thing to do, as a button in HTML and a bare link in plain text. */
  action?: { label: string; url: string };
  notes?: string[];
}

const SERVICE_NAME = 'つなぐ（中間支援者と地域をつなぐマーケットプレイス）';
const SEND_ONLY = 'このメールは送信専用です。ご返信いただいてもお答えできません。';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Plain text and HTML of one mail from its layout; every text is escaped in the HTML. */
export function composeMail(kind: string, recipient: string, subject: string, layout: MailLayout): MailMessage {
  const text = [
    ...(layout.greeting ? [layout.greeting, ''] : []),
    ...layout.paragraphs.flatMap((p) => [p, '']),
    ...(layout.items ?? []).flatMap((item) => [`■ ${item.title}`, item.body, item.url, '']),
    ...(layout.action ? [`${layout.action.label}:`, layout.action.url, ''] : []),
    ...(layout.notes ?? []),
    '',
    '--',
    SERVICE_NAME,
    SEND_ONLY,
  ].join('\n');

  const paragraph = (p: string, style = '') => `<p style="margin:0 0 16px;${style}">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html>',
    '<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8f8fb;font-family:\'Noto Sans JP\',\'Hiragino Sans\',Meiryo,sans-serif;color:#1a1a1c;line-height:1.7">',
    '<div style="max-width:560px;margin:0 auto;background:#fff;border:1px solid #d8d8db;border-radius:8px;padding:24px">',
    ...(layout.greeting ? [paragraph(layout.greeting)] : []),
    ...layout.paragraphs.map((p) => paragraph(p)),
    ...(layout.items?.length
      ? [
          '<ul style="margin:0 0 16px;padding:0;list-style:none">',
          ...layout.items.map(
            (item) =>
              `<li style="margin:0 0 12px;padding:12px;border:1px solid #d8d8db;border-radius:8px"><a href="${escapeHtml(item.url)}" style="color:#0017c1;font-weight:bold">${escapeHtml(item.title)}</a><br>${escapeHtml(item.body)}</li>`,
          ),
          '</ul>',
        ]
      : []),
    ...(layout.action
      ? [
          `<p style="margin:24px 0"><a href="${escapeHtml(layout.action.url)}" style="display:inline-block;background:#0017c1;color:#fff;text-decoration:none;padding:12px 24px;border-radius:8px;font-weight:bold">${escapeHtml(layout.action.label)}</a></p>`,
          paragraph(`ボタンが開けない場合は、次のアドレスをブラウザに貼り付けてください。\n${layout.action.url}`, 'font-size:14px;word-break:break-all'),
        ]
      : []),
    ...(layout.notes ?? []).map((n) => paragraph(n, 'font-size:14px;color:#626264')),
    `<hr style="border:none;border-top:1px solid #d8d8db;margin:24px 0 16px">`,
    paragraph(`${SERVICE_NAME}\n${SEND_ONLY}`, 'font-size:12px;color:#626264'),
    '</div></body></html>',
  ].join('\n');

  return { kind, recipient, subject, text, html };
}
