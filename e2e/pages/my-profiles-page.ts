import { expect, type Locator, type Page } from '@playwright/test';

/** One profile on `/my/profiles`. */
export class OwnProfileCard {
  readonly nameLink: Locator;
  readonly reconfirmButton: Locator;
  readonly status: Locator;

  constructor(readonly root: Locator) {
    this.nameLink = root.getByRole('heading', { level: 2 }).getByRole('link');
    this.reconfirmButton = root.getByRole('button', { name: '受付状況を確認しました' });
    this.status = root.getByRole('status');
  }

  /** 「プロフィールを完成させる」 for a draft, 「編集する」 otherwise. */
  editLink(): Locator {
    return this.root.getByRole('link', { name: /プロフィールを完成させる|編集する/ });
  }

  badges(): Locator {
    return this.root.getByRole('list', { name: '状態' }).getByRole('listitem');
  }
}

/** `/my/profiles`: the organization's own profiles. */
export class MyProfilesPage {
  readonly heading: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '自分のプロフィール' });
    this.notice = page.locator('.notice--success');
  }

  async goto(): Promise<void> {
    await this.page.goto('/my/profiles');
    await expect(this.heading).toBeVisible();
  }

  profile(name: string): OwnProfileCard {
    return new OwnProfileCard(this.page.getByRole('article', { name }));
  }
}
