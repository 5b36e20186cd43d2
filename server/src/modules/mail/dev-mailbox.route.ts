import { Router } from 'express';
import type { DevMailboxMessage, DevMailboxTransport } from './mail-transport';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Plain text with its http(s) addresses as links (the reset or invitation link a reader follows). */
function linkified(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"']+)/)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join('');
}

const timeFormat = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Tokyo' });

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | つなぐ 開発用メールボックス</title>
<style>
  body { margin: 0; font-family: 'Noto Sans JP', sans-serif; color: #1a1a1c; background: #f8f8fb; line-height: 1.7; }
  header { background: #fff; border-bottom: 1px solid #d8d8db; padding: 12px 16px; }
  header p { margin: 0; font-size: 14px; color: #414143; }
  main { max-width: 960px; margin: 0 auto; padding: 16px; }
  h1 { font-size: 24px; margin: 0 0 8px; }
  ul.mails { list-style: none; padding: 0; margin: 0; }
  ul.mails li { background: #fff; border: 1px solid #d8d8db; border-radius: 8px; margin-bottom: 8px; }
  ul.mails a { display: block; padding: 12px 16px; color: #0017c1; text-decoration: none; }
  ul.mails a:hover, ul.mails a:focus { text-decoration: underline; }
  .meta { display: block; font-size: 14px; color: #414143; overflow-wrap: anywhere; }
  .subject { display: block; font-weight: bold; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #d8d8db; border-radius: 8px; padding: 16px; font: inherit; }
  pre a { color: #0017c1; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
  dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
  a.back { color: #0017c1; }
</style></head>
<body><header><p>開発・テスト用：SMTP_URL が未設定のため、送信されたメールはここに届きます（本番環境では表示されません）。</p></header>
<main>${body}</main></body></html>`;
}

function listPage(messages: DevMailboxMessage[]): string {
  const items = messages
    .map(
      (m) =>
        `<li><a href="/dev/mailbox/${m.id}"><span class="subject">${escapeHtml(m.subject)}</span>` +
        `<span class="meta">宛先: ${escapeHtml(m.recipient)} ・ ${escapeHtml(timeFormat.format(m.receivedAt))}</span></a></li>`,
    )
    .join('\n');
  return page(
    'メールボックス',
    `<h1>メールボックス</h1>
<p>新しい順に最大200通を表示します。</p>
${messages.length ? `<ul class="mails">${items}</ul>` : '<p>まだメールはありません。</p>'}`,
  );
}

function messagePage(m: DevMailboxMessage): string {
  return page(
    m.subject,
    `<p><a class="back" href="/dev/mailbox">← メールボックスへ戻る</a></p>
<h1>${escapeHtml(m.subject)}</h1>
<dl><dt>宛先</dt><dd>${escapeHtml(m.recipient)}</dd><dt>受信</dt><dd>${escapeHtml(timeFormat.format(m.receivedAt))}</dd></dl>
<h2>テキスト版</h2>
<pre>${linkified(m.text)}</pre>
<p><a class="back" href="/dev/mailbox/${m.id}/html">HTML版を表示する</a></p>`,
  );
}

/** /dev/mailbox: the development mailbox (registered only outside production, and only without SMTP_URL). */
export function devMailboxRouter(mailbox: DevMailboxTransport): Router {
  const router = Router();
  // The mailbox pages (and each mail's HTML version) style themselves inline: their own narrow policy,
  // with no scripts at all, instead of the app's.
  router.use('/dev/mailbox', (_req, res, next) => {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    next();
  });
  router.get('/dev/mailbox', async (_req, res, next) => {
    try {
      res.type('html').send(listPage(await mailbox.messages()));
    } catch (error) {
      next(error);
    }
  });
  router.get('/dev/mailbox/:id/html', async (req, res, next) => {
    try {
      const message = await mailbox.message(req.params.id);
      if (!message) {
        next();
        return;
      }
      res.type('html').send(message.html);
    } catch (error) {
      next(error);
    }
  });
  router.get('/dev/mailbox/:id', async (req, res, next) => {
    try {
      const message = await mailbox.message(req.params.id);
      if (!message) {
        res.status(404).type('html').send(page('見つかりません', '<h1>メールが見つかりません</h1><p><a class="back" href="/dev/mailbox">メールボックスへ戻る</a></p>'));
        return;
      }
      res.type('html').send(messagePage(message));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
