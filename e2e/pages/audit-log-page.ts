import { expect, type Locator, type Page } from '@playwright/test';

/** `/admin/audit`: the operators' audit log. */
export class AuditLogPage {
  readonly heading: Locator;
  readonly organization: Locator;
  readonly entityType: Locator;
  readonly apply: Locator;
  readonly showSessions: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '監査ログ' });
    this.organization = page.getByLabel('組織', { exact: true });
    this.entityType = page.getByLabel('対象の種類');
    this.apply = page.getByRole('button', { name: '絞り込む', exact: true });
    this.showSessions = page.getByLabel('ログイン・ログアウトも表示する');
    this.table = page.getByRole('table', { name: '監査ログ' });
    // Only the log's own rows, not those of the before/after tables inside them.
    this.rows = this.table.locator(':scope > tbody > tr');
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/audit');
    await expect(this.heading).toBeVisible();
    // A table, or the empty state: sign-ins, perhaps all there is on a fresh database, are folded away by default.
    await expect(this.page.getByText(/^\d+件を表示$/)).toBeVisible();
  }

  /** The 対象 column of every shown row: the target's name, then its kind. */
  async entityColumn(): Promise<string[]> {
    return this.rows.locator(':scope > td:nth-of-type(2)').allTextContents();
  }

  /** The kind of target of every shown row. */
  async entityKinds(): Promise<string[]> {
    return this.rows.locator(':scope > td:nth-of-type(2) > .table-note:not(button):not(.code)').allTextContents();
  }

  /** Chooses an organization in the filter by its visible name (the option reads 「名前（種類）」). */
  async chooseOrganization(name: string): Promise<void> {
    const label = await this.organization.locator('option', { hasText: `${name}（` }).first().textContent();
    await this.organization.selectOption({ label: label ?? name });
  }

  /** The 操作した人 column of every shown row. */
  async actorColumn(): Promise<string[]> {
    return this.rows.locator(':scope > td:nth-of-type(3)').allTextContents();
  }
}
