import { expect, type Locator, type Page } from '@playwright/test';

/** The header's account area and the signed-in navigation. */
export class SiteHeader {
  readonly loginLink: Locator;
  readonly logoutButton: Locator;
  readonly banner: Locator;
  readonly accountNav: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.loginLink = this.banner.getByRole('link', { name: 'ログイン' });
    this.logoutButton = this.banner.getByRole('button', { name: 'ログアウト' });
    this.accountNav = page.getByRole('navigation', { name: 'アカウントのメニュー' });
  }

  async signOut(): Promise<void> {
    await this.logoutButton.click();
    await expect(this.loginLink).toBeVisible();
  }
}
