import { expect, test } from '../fixtures/test';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';
import { ProfileEditorPage } from '../pages/profile-editor-page';
import { RequestFormPage } from '../pages/request-form-page';

test.describe('the request form, as a new user meets it', () => {
  test('an RMO is not offered 「市区町村全体」: its own RMO is chosen and stays chosen', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiRmo);
    const form = new RequestFormPage(page);
    await form.gotoNew();
    await expect(page.getByRole('radio', { name: '市区町村全体' })).toHaveCount(0);
    const own = form.choice('対象の地域運営組織', '（架空）山北地区まちづくり協議会');
    await expect(own).toBeChecked();
    await expect(own).toBeDisabled();
  });

  test('an overlong title is counted and refused, never cut; a budget beyond ¥1,000,000,000 is named on its field', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const form = new RequestFormPage(page);
    await form.gotoNew();
    const title = form.field('依頼名');
    await title.fill('あ'.repeat(121));
    await expect(title).toHaveValue('あ'.repeat(121));
    await expect(page.getByText('121 / 120文字（1文字多すぎます）')).toBeVisible();
    await form.next.click();
    await expect(form.fieldError(title)).toHaveText('120文字以内で入力してください');

    await title.fill(`E2E 予算の確認 ${uniqueSuffix()}`);
    await form.next.click();
    await form.expectStep(2, '支援内容');
    await form.next.click();
    await form.next.click();
    await form.expectStep(4, '財源');
    const budget = form.field('予算の上限（円）');
    await budget.fill('3000000000');
    await form.next.click();
    await expect(form.errorSummary).toContainText('予算の上限（円）: 1,000,000,000円以下で入力してください');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
  });

  test('「まだ決めていない」 is shown as such in the review, not as 「未入力」', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const form = new RequestFormPage(page);
    await form.gotoNew();
    await form.field('依頼名').fill(`E2E 段階は未定 ${uniqueSuffix()}`);
    await form.next.click();
    await expect(form.choice('支援の段階（フェーズ）', 'まだ決めていない')).toBeChecked();
    for (let step = 2; step <= 4; step++) await form.next.click();
    await form.expectStep(5, '確認と提出');
    const phase = form.summary.locator('.fact').filter({ hasText: '支援の段階（フェーズ）' }).locator('dd');
    await expect(phase).toHaveText('まだ決めていない');
  });
});

test.describe('the profile editor, as a new user meets it', () => {
  async function openOwnProfile(page: import('@playwright/test').Page): Promise<ProfileEditorPage> {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.supporter1);
    await page.goto('/my/profiles');
    await page.getByRole('link', { name: /編集する/ }).first().click();
    const editor = new ProfileEditorPage(page);
    await expect(editor.save).toBeVisible();
    return editor;
  }

  test('shows every problem at once: numbers, addresses, phone and a reading in kanji', async ({ page }) => {
    const editor = await openOwnProfile(page);
    await editor.field('ふりがな').fill('村上まちづくり');
    await editor.field('受入可能数').fill('たくさん');
    await editor.field('ウェブサイト').fill('ftp://example.jp/');
    await editor.contactEmail.fill('not-an-email');
    await editor.contactPhone.fill('call me');
    await editor.save.click();
    await expect(editor.errorSummary).toContainText('入力内容に誤りがあります（5件）');
    for (const message of [
      'ふりがな: ひらがなまたはカタカナで入力してください',
      '受入可能数: 整数を半角数字で入力してください',
      'ウェブサイト: http:// または https:// で始まるアドレスを入力してください',
      '連絡先メールアドレス: メールアドレスの形式で入力してください',
      '連絡先電話番号: 電話番号は数字とハイフンで入力してください',
    ]) {
      await expect(editor.errorSummary).toContainText(message);
    }
  });

  test('warns before unsaved changes are lost, and leaves only when told to', async ({ page }) => {
    const editor = await openOwnProfile(page);
    const url = page.url();
    await editor.field('ひとこと紹介').fill('まだ保存していない紹介文');
    await page.getByRole('link', { name: '自分のプロフィールに戻る' }).click();
    const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '編集を続ける' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toBe(url);
    await expect(editor.field('ひとこと紹介')).toHaveValue('まだ保存していない紹介文');

    // Closing the tab asks too (the browser's own question).
    const asked = page.waitForEvent('dialog');
    void page.close({ runBeforeUnload: true });
    const beforeUnload = await asked;
    expect(beforeUnload.type()).toBe('beforeunload');
    await beforeUnload.dismiss();
  });

  test('leaves without saving when the user chooses to', async ({ page }) => {
    const editor = await openOwnProfile(page);
    await editor.field('ひとこと紹介').fill('保存しない紹介文');
    await page.getByRole('link', { name: '自分のプロフィールに戻る' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '保存せずに移動する' }).click();
    await expect(page).toHaveURL(/\/my\/profiles$/);
  });
});

test.describe('match explanations in the viewer’s language', () => {
  test('the ranking explains each factor in Japanese, and in English once English is chosen', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await page.goto('/requests');
    await page.getByRole('link', { name: '山北地区のあり方検討会の進行と、住民アンケートによる地域課題の見える化' }).click();
    const first = page.getByRole('article').filter({ has: page.getByRole('table') }).first();
    const reasons = first.getByRole('table');
    await expect(reasons).toContainText(/希望する支援の種類 \d\/\d 件に対応/);
    await expect(reasons).toContainText(/空き \d+ 件/);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(reasons).toContainText(/Offers \d of \d wanted support types/);
    await expect(reasons).toContainText(/\d+ free/);
    // No Japanese sentence is left in the English breakdown (place names may stay as written).
    const cells = await reasons.locator('tbody td:last-child').allTextContents();
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) expect(cell).not.toMatch(/[\u3040-\u309f]/);
  });
});
