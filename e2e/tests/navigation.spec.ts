import { expect, test } from '../fixtures/test';
import { DEMO_ACCOUNTS } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';
import { ProfileEditorPage } from '../pages/profile-editor-page';
import { SearchPage } from '../pages/search-page';

test.describe('navigation on the small router', () => {
  test('Back from a profile editor with unsaved edits asks first; staying keeps the edits, leaving goes back', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.supporter1);
    await page.goto('/my/profiles');
    await page.getByRole('link', { name: /編集する/ }).first().click();
    const editor = new ProfileEditorPage(page);
    await expect(editor.save).toBeVisible();
    const editorUrl = page.url();
    await editor.field('ひとこと紹介').fill('戻る前に確認されるはずの紹介文');

    const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
    await page.goBack();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '編集を続ける' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toBe(editorUrl);
    await expect(editor.field('ひとこと紹介')).toHaveValue('戻る前に確認されるはずの紹介文');

    await page.goBack();
    await dialog.getByRole('button', { name: '保存せずに移動する' }).click();
    await expect(page).toHaveURL(/\/my\/profiles$/);
  });

  test('a page loaded on first visit shows, and Back returns to the search results where they were', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?types=DIALOGUE_FACILITATION&pref=15');
    await search.card(3).nameLink.scrollIntoViewIfNeeded();
    const position = await page.evaluate(() => window.scrollY);
    expect(position).toBeGreaterThan(0);
    const name = (await search.card(3).nameLink.textContent()) ?? '';
    await search.card(3).nameLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await search.waitForResults();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(position);
  });
});
