import type { Locator, Page } from '@playwright/test';

/** `/my/profiles/new` and `/my/profiles/:id/edit`: the profile editor, driven by labels. */
export class ProfileEditorPage {
  readonly heading: Locator;
  readonly save: Locator;
  readonly errorSummary: Locator;
  readonly contactEmail: Locator;
  readonly contactPhone: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.save = page.getByRole('button', { name: /^(保存する|作成する)$/ });
    this.errorSummary = page.locator('.error-summary');
    this.contactEmail = page.getByLabel('連絡先メールアドレス');
    this.contactPhone = page.getByLabel('連絡先電話番号');
  }

  supportType(label: string): Locator {
    return this.page.getByRole('group', { name: '支援の種類' }).getByRole('checkbox', { name: label, exact: true });
  }

  wholePrefecture(name: string): Locator {
    return this.page.getByRole('group', { name: '都道府県全体で対応' }).getByRole('checkbox', { name, exact: true });
  }

  availability(label: string): Locator {
    return this.page.getByRole('group', { name: /^受付状況\s*(必須)?$/ }).getByRole('radio', { name: label, exact: true });
  }

  /** A text field by its label (which ends in 「必須」 when the field is required). */
  field(label: string): Locator {
    return this.page.getByLabel(new RegExp(`^${label}\\s*(必須)?$`));
  }
}
