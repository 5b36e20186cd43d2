import type { Locator, Page } from '@playwright/test';

/** A text field or select by its label (which ends in 「必須」 when the field is required). */
export function formField(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${label}\\s*(必須)?$`));
}

/** A checkbox or radio button in the group (fieldset) with this legend. */
export function formChoice(page: Page, group: string, label: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^${group}\\s*(必須)?$`) }).getByLabel(label, { exact: true });
}
