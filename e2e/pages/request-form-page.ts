import { expect, type Locator, type Page } from '@playwright/test';
import { formChoice, formField } from './form-controls';

/** `/requests/new` and `/requests/:id/edit?step=N`: the five-step request form, driven by labels. */
export class RequestFormPage {
  readonly heading: Locator;
  readonly stepHeading: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly saveDraft: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly saveStatus: Locator;
  readonly summary: Locator;
  readonly priorityList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.stepHeading = page.getByRole('heading', { level: 2, name: /^ステップ \d \/ 5/ });
    this.next = page.getByRole('button', { name: '次へ', exact: true });
    this.back = page.getByRole('button', { name: '戻る', exact: true });
    this.saveDraft = page.getByRole('button', { name: '下書き保存', exact: true });
    this.submit = page.getByRole('button', { name: '提出する', exact: true });
    this.errorSummary = page.locator('.error-summary');
    this.saveStatus = page.getByRole('main').getByRole('status').filter({ hasText: /保存しました/ });
    this.summary = page.getByRole('region', { name: '入力内容の確認' });
    this.priorityList = page.getByRole('region', { name: '優先順位' }).getByRole('listitem');
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/requests/new');
    await expect(this.heading).toHaveText('新しい支援依頼');
  }

  async expectStep(number: number, name: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(`ステップ ${number} / 5　${name}`);
  }

  field(label: string): Locator {
    return formField(this.page, label);
  }

  choice(group: string, label: string): Locator {
    return formChoice(this.page, group, label);
  }

  supportType(label: string): Locator {
    return this.choice('希望する支援の種類', label);
  }

  moveUp(label: string): Locator {
    return this.page.getByRole('button', { name: `「${label}」を上へ` });
  }

  /** The message the form shows next to a field, found through the field's aria-describedby. */
  fieldError(control: Locator): Locator {
    return this.page.locator('.field--error').filter({ has: control }).locator('.field-error');
  }
}
