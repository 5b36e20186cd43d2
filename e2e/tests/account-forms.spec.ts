import { expect, test } from '../fixtures/test';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { LoginPage } from '../pages/login-page';

const TOKEN_INVALID = 'このリンクは無効か、有効期限が切れているか、すでに使われています';

test.describe('the reset and invitation forms: every problem at once, worded from the reason codes', () => {
  test('asking for a reset link: the address is required, then the answer never says whether it has an account', async ({ page }) => {
    await page.goto('/reset-password/request');
    await page.getByRole('button', { name: '再設定のリンクを送る' }).click();
    await expect(page.locator('.error-summary')).toContainText('メールアドレス: 入力してください');
    await page.getByLabel('メールアドレス').fill(`nobody-${uniqueSuffix()}@example.jp`);
    await page.getByRole('button', { name: '再設定のリンクを送る' }).click();
    await expect(page.getByText('パスワード再設定のリンクを送りました（登録がある場合）')).toBeVisible();
  });

  test('a reset link that is not valid: the browser checks the confirmation, the server refuses the token', async ({ page }) => {
    await page.goto('/reset-password?token=not-a-real-token');
    const submit = page.getByRole('button', { name: 'パスワードを変更する' });
    await submit.click();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('入力内容に誤りがあります（2件）');
    await page.locator('#reset-new-password').fill('a brand new passphrase');
    await page.locator('#reset-confirmation').fill('a different passphrase');
    await submit.click();
    await expect(summary).toContainText('新しいパスワード（確認）: 上のパスワードと同じものを入力してください');
    await page.locator('#reset-confirmation').fill('a brand new passphrase');
    await submit.click();
    await expect(summary).toContainText(TOKEN_INVALID);
    await expect(page.getByRole('link', { name: '再設定のリンクをもう一度送る' })).toBeVisible();
  });

  test('an invitation link that is not valid: a short password is refused first, then the server refuses the token', async ({ page }) => {
    await page.goto('/invitations/accept?token=not-a-real-token');
    await page.getByLabel('氏名').fill('試験 招待');
    await page.getByLabel('パスワード').fill('short');
    await page.getByRole('button', { name: 'アカウントを作成する' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('パスワード: 10文字以上で入力してください');
    await page.getByLabel('パスワード').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'アカウントを作成する' }).click();
    await expect(summary).toContainText(TOKEN_INVALID);
  });

  test('村上市 invites an RMO: both fields at once, then the invitation is sent and the form is ready for the next', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await page.goto('/my/organization');
    const section = page.getByRole('region', { name: '地域運営組織を招待する' });
    await section.getByRole('button', { name: '招待メールを送る' }).click();
    const summary = section.locator('.error-summary');
    await expect(summary).toContainText('地域運営組織の名前: 入力してください');
    await expect(summary).toContainText('メールアドレス: 入力してください');
    const suffix = uniqueSuffix();
    await section.getByLabel('地域運営組織の名前').fill(`（架空）招待テスト協議会 ${suffix}`);
    await section.getByLabel('メールアドレス').fill(`rmo-${suffix}@example.jp`);
    await section.getByRole('button', { name: '招待メールを送る' }).click();
    await expect(section.getByRole('status')).toContainText(`rmo-${suffix}@example.jp 宛てに「（架空）招待テスト協議会 ${suffix}」への招待メールを送りました`);
    await expect(section.getByLabel('メールアドレス')).toHaveValue('');
    await expect(section.getByLabel('地域運営組織の名前')).toHaveValue('');
    await expect(section.locator('.error-summary')).toHaveCount(0);
  });

  test('村上市 invites an address that already has an account: the form answers as for anyone, the holder gets a notice, not a link', async ({ page, request }, testInfo) => {
    const suffix = uniqueSuffix();
    const holder = `holder-${suffix}@example.jp`;
    const registered = await request.post('/graphql', {
      headers: { 'content-type': 'application/json' },
      data: {
        query: `mutation ($input: RegisterIntermediaryInput!) { registerIntermediary(input: $input) { user { id } } }`,
        variables: {
          input: {
            organizationName: `（架空）登録済み支援室 ${suffix}`, email: holder, displayName: '登録 済子', password: 'holder-password-2026',
            name: '登録済み支援室', kana: 'とうろくずみしえんしつ', kind: 'NPO', summary: '招待の確認用です。',
          },
        },
      },
    });
    expect((await registered.json()).errors).toBeUndefined();

    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await page.goto('/my/organization');
    const section = page.getByRole('region', { name: 'メンバーを招待する' });
    await expect(section.getByText('すでにつなぐのアカウントがあるアドレスには、リンクの代わりにその旨のお知らせが届きます')).toBeVisible();
    for (const email of [holder, `newcomer-${suffix}@example.jp`]) {
      await section.getByLabel('メールアドレス').fill(email);
      await section.getByRole('button', { name: '招待メールを送る' }).click();
      await expect(section.getByRole('status')).toContainText(`${email} 宛てに「村上市」への招待メールを送りました`);
      await expect(section.locator('.error-summary')).toHaveCount(0);
    }
    await expectNoSeriousAccessibilityViolations(page);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await section.screenshot({ path: testInfo.outputPath(`invite-member-${width}.png`) });
    }

    // The job queue delivers within moments; the holder's mail explains instead of inviting.
    await expect(async () => {
      await page.goto('/dev/mailbox');
      await page.getByRole('link', { name: new RegExp(`招待についてのお知らせ.*${holder}`) }).click({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText('登録 済子 様')).toBeVisible();
    await expect(page.getByText(/すでにあなたのつなぐのアカウントで使われています/)).toBeVisible();
    await expect(page.getByText('/invitations/accept')).toHaveCount(0);
  });
});
