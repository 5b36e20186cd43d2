import type { Locator, Page } from '@playwright/test';

/** A supporter's profile at `/supporters/:id`. */
export class SupporterPage {
  readonly heading: Locator;
  readonly backToResults: Locator;
  readonly contactSection: Locator;
  readonly contactLinks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.backToResults = page.getByRole('link', { name: '検索結果に戻る' });
    this.contactSection = page.getByRole('region', { name: '連絡先' });
    this.contactLinks = page.locator('a[href^="mailto:"], a[href^="tel:"]');
  }

  /** The link to write to this address, in the contact section. */
  contactEmailLink(email: string): Locator {
    return this.contactSection.getByRole('link', { name: email });
  }

  /** Label → value of the profile's facts (種類, 対応地域, …). */
  fact(label: string): Locator {
    return this.page.locator('.fact').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }
}
