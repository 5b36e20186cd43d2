import { expect, type Locator, type Page } from '@playwright/test';

/** `/requests`: the support requests a public-sector user may read. */
export class SupportRequestsPage {
  readonly heading: Locator;
  readonly newRequestLink: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '支援依頼' });
    this.newRequestLink = page.getByRole('main').getByRole('link', { name: '新しい支援依頼' }).first();
    this.list = page.getByRole('list', { name: '支援依頼' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/requests');
    await expect(this.heading).toBeVisible();
  }

  /** A status filter link (「すべて」「募集中」…). */
  statusFilter(label: string): Locator {
    return this.page.getByRole('navigation', { name: '状態で絞り込む' }).getByRole('link', { name: label, exact: true });
  }

  card(title: string): Locator {
    return this.list.getByRole('article', { name: title });
  }
}
