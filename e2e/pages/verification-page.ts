import { expect, type Locator, type Page } from '@playwright/test';

/** One profile on `/verification`. */
export class VerificationItem {
  readonly verifyButton: Locator;
  readonly rejectButton: Locator;
  readonly status: Locator;

  constructor(readonly root: Locator) {
    this.verifyButton = root.getByRole('button', { name: '確認済みにする' });
    this.rejectButton = root.getByRole('button', { name: '差し戻す' });
    this.status = root.getByRole('status');
  }
}

/** `/verification`: prefecture staff vouch for profiles serving their prefecture. */
export class VerificationPage {
  readonly heading: Locator;
  readonly keyword: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'プロフィールの確認' });
    this.keyword = page.getByRole('searchbox', { name: 'キーワード' });
    // Each list item holds the profile's card and the verifier's buttons.
    this.items = page.getByRole('list', { name: '確認の対象' }).getByRole('listitem');
  }

  async goto(): Promise<void> {
    await this.page.goto('/verification');
    await expect(this.heading).toBeVisible();
  }

  /** Finds a profile by name with the keyword box (the list is long and freshest first). */
  async find(name: string): Promise<VerificationItem> {
    await this.keyword.fill(name);
    await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === name);
    const item = this.items.filter({ has: this.page.getByRole('heading', { level: 3, name }) });
    await expect(item).toHaveCount(1);
    return new VerificationItem(item);
  }
}
