import { expect, type Locator, type Page } from '@playwright/test';

export interface Registration {
  organizationName: string;
  displayName: string;
  email: string;
  password: string;
  profileName: string;
  kana: string;
  kind: string;
  summary: string;
}

/** `/register`: an intermediary's self-registration. */
export class RegisterPage {
  readonly heading: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '中間支援者の登録' });
    this.submit = page.getByRole('button', { name: '登録する' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/register');
    await expect(this.heading).toBeVisible();
  }

  async register(details: Registration): Promise<void> {
    await this.page.getByLabel('団体名').fill(details.organizationName);
    await this.page.getByLabel('氏名').fill(details.displayName);
    await this.page.getByLabel('メールアドレス').fill(details.email);
    await this.page.getByLabel('パスワード').fill(details.password);
    await this.page.getByLabel('名前').fill(details.profileName);
    await this.page.getByLabel('ふりがな').fill(details.kana);
    await this.page.getByLabel('種類').selectOption({ label: details.kind });
    await this.page.getByLabel('ひとこと紹介').fill(details.summary);
    await this.submit.click();
  }
}
