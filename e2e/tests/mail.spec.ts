import { expect, test } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';

const REGISTER = `mutation ($input: RegisterIntermediaryInput!) { registerIntermediary(input: $input) { user { id } } }`;

test.describe('mail in development: the /dev/mailbox page', () => {
  test('a new user asks for a password reset, reads the mail at /dev/mailbox and follows its link to a new password', async ({ page, request }, testInfo) => {
    test.setTimeout(90_000);
    const email = `mailbox-${uniqueSuffix()}@example.jp`;
    const registered = await request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: REGISTER,
        variables: {
          input: {
            organizationName: 'NPO法人 メール確認室',
            email,
            displayName: '確認 太郎',
            password: 'first-password-2026',
            name: 'メール確認室',
            kana: 'めーるかくにんしつ',
            kind: 'NPO',
            summary: 'メールの届き方を確かめます。',
          },
        },
      },
    });
    expect((await registered.json()).errors).toBeUndefined();

    await test.step('asks for the reset link in the browser', async () => {
      await page.goto('/reset-password/request');
      await page.getByLabel('メールアドレス').fill(email);
      await page.getByRole('button', { name: '再設定のリンクを送る' }).click();
      await expect(page.getByText(`${email} 宛てに、パスワード再設定のリンクを送りました`)).toBeVisible();
    });

    await test.step('finds the mail in the mailbox (the job queue delivers it within moments)', async () => {
      await expect(async () => {
        await page.goto('/dev/mailbox');
        await expect(page.getByRole('link', { name: new RegExp(`パスワード再設定のご案内.*${email}`) })).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'メールボックス' })).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
      await page.getByRole('link', { name: new RegExp(`パスワード再設定のご案内.*${email}`) }).click();
      await expect(page.getByRole('heading', { level: 1, name: '【つなぐ】パスワード再設定のご案内' })).toBeVisible();
      await expect(page.getByText('確認 太郎 様')).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: testInfo.outputPath(`dev-mailbox-${width}.png`), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      }
      // The HTML version, as a mail program would show it: the same button-like link.
      await page.getByRole('link', { name: 'HTML版を表示する' }).click();
      await expect(page.getByRole('link', { name: 'パスワードを再設定する' })).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
      await page.goBack();
    });

    await test.step('follows the link and sets a new password', async () => {
      await page.getByRole('link', { name: /\/reset-password\?token=/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeVisible();
      await page.getByRole('textbox', { name: /^新しいパスワード 必須/ }).fill('second-password-2026');
      await page.getByRole('textbox', { name: /^新しいパスワード（確認）/ }).fill('second-password-2026');
      await page.getByRole('button', { name: 'パスワードを変更する' }).click();
      await expect(page.getByText('パスワードを変更しました。')).toBeVisible();
    });

    await test.step('signs in with the new password', async () => {
      await new LoginPage(page).signIn(email, 'second-password-2026');
    });
  });
});

test.describe('mail deliveries for operators', () => {
  test('the operator sees the mail sent and waiting at /admin/mail, in Japanese, at 390 and 1366 px; no serious axe violations', async ({ page }, testInfo) => {
    // A mail to list: a reset request for the demo RMO account (its password stays as it is).
    await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: { query: `mutation { requestPasswordReset(email: "${DEMO_ACCOUNTS.murakamiRmo}") }` },
    });
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.operator);
    await page.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: 'メール配信' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'メール配信状況' })).toBeVisible();
    await page.getByLabel('状態').selectOption({ label: 'すべて（送信済みを含む）' });
    await expect(page).toHaveURL(/\/admin\/mail\?show=all/);
    const row = page.getByRole('row').filter({ hasText: DEMO_ACCOUNTS.murakamiRmo }).first();
    await expect(row).toContainText('パスワード再設定');
    await expect(row).toContainText(/送信済み|送信待ち/);
    await expect(page.getByText(/送信待ち \d+件・送信失敗 \d+件・送信済み \d+件/)).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`admin-mail-${width}.png`), fullPage: true });
      // Nothing spills out sideways: the table scrolls inside its own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
