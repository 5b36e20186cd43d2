import { expect, type Locator, type Page } from '@playwright/test';
import { formChoice, formField } from './form-controls';

/** `/rmos`: the RMO records of the viewer's municipality. */
export class RmosPage {
  readonly heading: Locator;
  readonly addLink: Locator;
  readonly list: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '地域運営組織' });
    this.addLink = page.getByRole('main').getByRole('link', { name: '地域運営組織を登録' }).first();
    this.list = page.getByRole('list', { name: '地域運営組織の一覧' });
    this.notice = page.locator('.notice--success');
  }

  async goto(): Promise<void> {
    await this.page.goto('/rmos');
    await expect(this.heading).toBeVisible();
  }

  card(name: string): Locator {
    return this.list.getByRole('article', { name });
  }

  editLink(name: string): Locator {
    return this.card(name).getByRole('link', { name: '編集する' });
  }
}

/** `/rmos/new` and `/rmos/:id/edit`: the RMO record form. */
export class RmoEditorPage {
  readonly heading: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.save = page.getByRole('button', { name: /^(保存する|作成する)$/ });
  }

  field(label: string): Locator {
    return formField(this.page, label);
  }

  choice(group: string, label: string): Locator {
    return formChoice(this.page, group, label);
  }
}
