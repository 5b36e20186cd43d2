import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../fixtures/accounts';
import { SiteHeader } from './site-header';

/** `/login`. */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ログイン' });
    this.email = page.getByLabel('メールアドレス');
    this.password = page.getByLabel('パスワード');
    this.submit = page.getByRole('main').getByRole('button', { name: 'ログイン' });
    this.errorSummary = page.locator('.error-summary');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.heading).toBeVisible();
  }

  async submitCredentials(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in from the sign-in page and waits until the header shows the account. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.goto();
    await this.submitCredentials(email, password);
    await expect(new SiteHeader(this.page).logoutButton).toBeVisible();
  }
}
