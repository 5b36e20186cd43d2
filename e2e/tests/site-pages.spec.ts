import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { expect, test } from '../fixtures/test';
import { AuditLogPage } from '../pages/audit-log-page';
import { LoginPage } from '../pages/login-page';

const PAGES = [
  { link: '利用規約', path: '/pages/terms' },
  { link: 'プライバシーポリシー', path: '/pages/privacy' },
  { link: '運営者情報', path: '/pages/operator' },
  { link: 'アクセシビリティ方針', path: '/pages/accessibility' },
  { link: 'お問い合わせ', path: '/pages/contact' },
];

test.describe('what a public service shows', () => {
  for (const width of [390, 1366]) {
    test(`the footer links to the five public-service pages, each readable at ${width} px and axe-clean`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const footer = page.getByRole('navigation', { name: 'このサービスについて' });
      for (const { link, path } of PAGES) {
        await footer.getByRole('link', { name: link }).click();
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(link);
        await expect(page.getByText(/最終更新:/)).toBeVisible();
        // Nothing wider than the screen, however long a line of the text is.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await page.screenshot({ path: testInfo.outputPath(`contact-${width}.png`), fullPage: true });
      await expectNoSeriousAccessibilityViolations(page);
    });
  }

  test('an operator edits the privacy policy: the public page shows the new text, URLs as plain text, and the audit log names the page', async ({ page }, testInfo) => {
    const marker = `（第${uniqueSuffix()}版）`;
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.operator);
    await page.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: 'サイトのページ' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('サイトのページの編集');
    await page.getByRole('link', { name: /編集する.*プライバシーポリシー/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('「プライバシーポリシー」の編集');
    const body = page.locator('#page-body');
    await body.fill(`## 改定のお知らせ ${marker}\n詳しくは https://example.jp/privacy をご覧ください。\n\n- 取得する情報を見直しました`);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('保存しました。')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('editor.png'), fullPage: true });
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole('link', { name: 'ページを見る' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: `改定のお知らせ ${marker}` })).toBeVisible();
    await expect(page.getByText('https://example.jp/privacy', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: /example\.jp\/privacy/ })).toHaveCount(0);
    await expect(page.getByRole('listitem').filter({ hasText: '取得する情報を見直しました' })).toBeVisible();

    const audit = new AuditLogPage(page);
    await audit.goto();
    const row = audit.rows.filter({ hasText: 'サイトのページの更新' }).first();
    await expect(row).toContainText('プライバシーポリシー');
    // Sign-ins are folded away by default.
    await expect(audit.rows.filter({ has: page.getByRole('rowheader', { name: 'ログイン', exact: true }) })).toHaveCount(0);
    // One target's whole history.
    await row.getByRole('button', { name: /この対象の記録だけを表示/ }).click();
    await expect(page).toHaveURL(/entity=SitePage&id=PRIVACY/);
    await expect.poll(async () => (await audit.entityKinds()).filter((kind) => kind !== 'サイトのページ')).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('audit.png'), fullPage: true });
  });
});
