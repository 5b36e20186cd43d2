import { expect, type Locator, type Page } from '@playwright/test';

/** `/offers` (届いた打診・紹介) and `/introductions` (紹介依頼): cards that link to one item each. */
export class OfferListPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: title });
  }

  /** The card whose heading names `title` (a request's title, or a supporter's name). */
  card(title: string): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}

/** `/offers/:id`: one approach or introduction with its answer, buttons and thread. */
export class OfferPage {
  readonly heading: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.locator('.request-header .badge--status').first();
  }

  async expectStatus(label: string): Promise<void> {
    await expect(this.status).toHaveText(label);
  }

  /** Answers 「受ける」 with a note on availability. */
  async accept(note: string): Promise<void> {
    await this.page.getByRole('radio', { name: '受ける' }).check();
    await this.page.getByLabel('受けられる時期や進め方').fill(note);
    await this.page.getByRole('button', { name: '受けると回答する' }).click();
  }

  /** Answers 「辞退する」 with a reason from the list. */
  async decline(reason: string): Promise<void> {
    await this.page.getByRole('radio', { name: '辞退する' }).check();
    await this.page.getByLabel('辞退の理由').selectOption({ label: reason });
    await this.page.getByRole('button', { name: '辞退すると回答する' }).click();
  }
}
