import { expect, type Locator, type Page } from '@playwright/test';

/** The header's 「お知らせ」 link; its name says how many entries are unread (「お知らせ 3件（未読）」). */
export function notificationBadge(page: Page): Locator {
  return page.getByRole('banner').getByRole('link', { name: /^お知らせ/ });
}

/** How many unread entries the header's badge announces (0 when it says just 「お知らせ」). */
export async function unreadCount(page: Page): Promise<number> {
  const name = (await notificationBadge(page).getAttribute('aria-label')) ?? '';
  const match = /^お知らせ (\d+)件（未読）$/.exec(name);
  return match ? Number(match[1]) : 0;
}

/** `/notifications` (お知らせ): the inbox. */
export class NotificationsPage {
  readonly heading: Locator;
  readonly entries: Locator;
  readonly settingsLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'お知らせ' });
    this.entries = page.locator('.notification-list').getByRole('article');
    this.settingsLink = page.getByRole('main').getByRole('link', { name: '通知の設定' });
  }

  /** The entry whose sentence mentions `text` (e.g. a request's title). */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }
}

/** `/notifications/settings` (通知の設定). */
export class NotificationSettingsPage {
  readonly heading: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '通知の設定' });
    this.save = page.getByRole('button', { name: '設定を保存する' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/notifications/settings');
    await expect(this.heading).toBeVisible();
  }

  /** The radio button of one delivery (its label's start) for one kind (the group's legend). */
  choice(kind: string, delivery: RegExp): Locator {
    return this.page.getByRole('group', { name: kind }).getByRole('radio', { name: delivery });
  }
}

/**
 * The text of the newest mail at /dev/mailbox to `recipient` with `subject` whose text contains
 * `needle` (mail goes out through the job queue, so this waits a little for it).
 */
export async function mailInDevMailbox(page: Page, recipient: string, subject: string, needle: string): Promise<string> {
  let found = '';
  await expect(async () => {
    const list = await (await page.request.get('/dev/mailbox')).text();
    const ids = [...list.matchAll(/<a href="\/dev\/mailbox\/(\d+)"><span class="subject">([^<]*)<\/span><span class="meta">宛先: ([^ <]*)/g)]
      .filter(([, , s, to]) => s === subject && to === recipient)
      .map(([, id]) => id);
    for (const id of ids.slice(0, 10)) {
      const text = await (await page.request.get(`/dev/mailbox/${id}`)).text();
      if (text.includes(needle)) {
        found = text;
        return;
      }
    }
    throw new Error(`no mail "${subject}" to ${recipient} mentioning ${needle} yet`);
  }).toPass({ timeout: 20_000 });
  return found;
}
