import { expect, type Locator, type Page } from '@playwright/test';

/** `/published-requests`: what intermediaries see of open, published requests. */
export class PublishedRequestsPage {
  readonly heading: Locator;
  readonly matchingMine: Locator;
  readonly list: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '公開中の支援依頼' });
    this.matchingMine = page.getByRole('checkbox', { name: /だけ表示$/ });
    this.list = page.getByRole('list', { name: '公開中の支援依頼' });
    this.cards = this.list.getByRole('article');
  }

  async goto(): Promise<void> {
    await this.page.goto('/published-requests');
    await expect(this.heading).toBeVisible();
  }

  /** The cards that show every one of these texts. */
  cardWith(...texts: string[]): Locator {
    return texts.reduce((cards, text) => cards.filter({ hasText: text }), this.cards);
  }

  markInterest(card: Locator): Locator {
    return card.getByRole('button', { name: /関心あり$/ });
  }

  withdrawInterest(card: Locator): Locator {
    return card.getByRole('button', { name: /関心を取り下げる$/ });
  }
}
