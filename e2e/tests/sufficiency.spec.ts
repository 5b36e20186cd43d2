import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { DEMO_ACCOUNTS } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';

const SCREENSHOTS = process.env.SUFFICIENCY_SCREENSHOTS;

test.describe('sufficiency (充足状況)', () => {
  test('an anonymous visitor reads 新潟県 on the national tile map and in the table', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '充足状況マップ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '中間支援の充足状況（全国）' })).toBeVisible();
    const map = page.getByRole('list', { name: '都道府県のタイル地図（選ぶと説明を表示）' });
    await expect(map.getByRole('button')).toHaveCount(47);
    const niigata = map.getByRole('button', { name: /^新潟県：/ });
    const label = (await niigata.getAttribute('aria-label')) ?? '';
    const classification = label.replace('新潟県：', '');
    expect(['充足', '人数面で不足', '支援内容の多様さで不足', '人数・多様さとも不足']).toContain(classification);
    await niigata.click();
    const selected = page.locator('#suff-selected');
    await expect(selected.getByRole('heading', { name: '新潟県の充足状況' })).toBeVisible();
    await expect(selected).toContainText(classification);
    const sentence = (await selected.locator('.suff-explanation').textContent()) ?? '';
    expect(sentence).toMatch(/を希望する.*に対し、県内で受付中の支援者は/);
    // The table alternative says the same.
    const row = page.getByRole('table', { name: '都道府県別の充足状況（地図と同じ内容の表）' }).getByRole('row', { name: /新潟県/ });
    await expect(row).toContainText(classification);
    await expect(row).toContainText(sentence);
    await expectNoSeriousAccessibilityViolations(page);
    if (SCREENSHOTS) await shoot(page, 'map');
  });

  test('the 村上市 officer lands on 村上市’s dashboard, sees the type in shortage and follows it to a filtered search', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await expect(page).toHaveURL(/\/sufficiency\/15\/152129$/);
    await expect(page.getByRole('heading', { level: 1, name: '村上市の充足状況' })).toBeVisible();
    const missing = page.locator('section', { has: page.getByRole('heading', { name: '足りないもの' }) });
    const first = missing.locator('.suff-missing__item').first();
    const typeName = ((await first.locator('h3').textContent()) ?? '').split(' ')[0];
    expect(typeName.length).toBeGreaterThan(0);
    // Names of RMOs are shown to the municipality's own staff.
    await expect(page.getByRole('heading', { name: '地域運営組織と希望する支援' })).toBeVisible();
    await expect(page.getByText('（架空）山北地区まちづくり協議会')).toBeVisible();
    await expect(page.getByRole('img', { name: /棒グラフ/ }).or(page.getByRole('figure', { name: /棒グラフ/ }))).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    if (SCREENSHOTS) await shoot(page, 'municipality');
    await first.getByRole('link', { name: `${typeName}の支援者を探す` }).click();
    await expect(page).toHaveURL(/types=[A-Z_]+/);
    await expect(page).toHaveURL(/pref=15/);
    await expect(page).toHaveURL(/muni=152129/);
  });

  test('anonymous visitors see the aggregates of 村上市 but never the names of its RMOs', async ({ page }) => {
    await page.goto('/sufficiency/15/152129');
    await expect(page.getByRole('heading', { level: 1, name: '村上市の充足状況' })).toBeVisible();
    await expect(page.getByText('地域運営組織と依頼の名前は、この市区町村・県の職員にのみ表示されます。')).toBeVisible();
    await expect(page.getByText('（架空）山北地区まちづくり協議会')).toHaveCount(0);
  });

  test('the 新潟県 officer sees 村上市 among its municipalities and downloads the tables as xlsx with the same figures', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.niigataPrefecture);
    await expect(page).toHaveURL(/\/sufficiency\/15$/);
    await expect(page.getByRole('heading', { level: 1, name: '新潟県の充足状況' })).toBeVisible();
    const table = page.getByTestId('municipalities-table');
    const row = table.getByRole('row', { name: /村上市/ });
    await expect(row).toBeVisible();
    const cells = row.getByRole('cell');
    const classification = ((await cells.nth(0).textContent()) ?? '').replace(/^\S+\s/, '').trim();
    const demand = Number(await cells.nth(2).textContent());
    const supply = Number(await cells.nth(3).textContent());
    await expectNoSeriousAccessibilityViolations(page);
    if (SCREENSHOTS) await shoot(page, 'prefecture');

    const downloading = page.waitForEvent('download');
    await page.getByRole('group', { name: '新潟県の市区町村別の充足状況をダウンロード:' }).getByRole('button', { name: 'Excel（xlsx）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/新潟県.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('市区町村');
    expect(sheet).toBeDefined();
    const headers = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['市区町村', '充足状況', '理由', '需要（件）', '受付中の支援者（者）']);
    let found: unknown[] | null = null;
    sheet!.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values[0] === '村上市') found = values;
    });
    expect(found).not.toBeNull();
    expect(found![1]).toBe(classification);
    expect(found![3]).toBe(demand);
    expect(found![4]).toBe(supply);
  });
});

async function shoot(page: import('@playwright/test').Page, name: string): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
