import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, test, type Page } from '../fixtures/test';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { expectMailTo } from '../fixtures/mail-log';
import { LoginPage } from '../pages/login-page';

// Demo data (server/src/db/seed): an open request of 村上市 with a ranking.
const SEEDED_OPEN_REQUEST = '山北地区のあり方検討会の進行と、住民アンケートによる地域課題の見える化';
const SCREENSHOTS = path.join(__dirname, '..', 'test-results', 'screenshots');

/** Screenshots of the page at a phone's and a desktop's width, to look at (test-results/screenshots). */
async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** A contact of a supporter serving 新潟県 as the signed-in officer reads it (for a row that repeats it). */
async function existingSupporterWithContact(page: Page): Promise<{ name: string; email: string }> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: '{ supporters(filter: { prefectureCode: "15" }, first: 50) { edges { node { name contact { email } } } } }' },
  });
  const body = (await response.json()) as { data: { supporters: { edges: { node: { name: string; contact: { email: string | null } | null } }[] } } };
  const found = body.data.supporters.edges.map((e) => e.node).find((n) => n.contact?.email);
  if (!found) throw new Error('No demo supporter of 新潟県 with an e-mail address');
  return { name: found.name, email: found.contact!.email! };
}

test.describe('Excel and CSV in and out, and pages that print', () => {
  test('新潟県 imports a Shift_JIS roster of 30 rows: per-cell errors, a fixed mapping, 27 imported and found; a supporter claims its profile', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    const prefix = `名簿取込${suffix}`;
    const claimEmail = `claim-${suffix}@example.jp`;
    const claimName = `${prefix} 団体1`;
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.niigataPrefecture);

    await test.step('the officer opens the import page from the verification queue', async () => {
      await page.goto('/verification');
      await page.getByRole('link', { name: '支援者名簿（Excel・CSV）を取り込む' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '支援者名簿の取り込み' })).toBeVisible();
    });

    // 27 good rows, two bad ones (a kana column in kanji, a place that does not exist) and one that
    // repeats a registered supporter's name and e-mail; 連絡先 holds phone numbers, 電子メール the e-mail.
    const duplicate = await existingSupporterWithContact(page);
    // Types no other test searches or ranks by, so that 27 new supporters change nothing they count on.
    const types = ['RMOの設立支援', '組織の再編、立ち上げ', '組織体制・活動内容の見直し・再構築'];
    const areas = ['村上市', '新潟県全域', '村上市、新発田市'];
    const rows: string[][] = Array.from({ length: 27 }, (_, i) => [
      `${prefix} 団体${i + 1}`,
      'めいぼとりこみだんたい',
      types[i % 3],
      areas[i % 3],
      `0254-00-${String(1000 + i)}`,
      i === 0 ? claimEmail : '',
    ]);
    rows.splice(5, 0, [`${prefix} 漢字の読み`, '漢字', 'RMOの設立支援', '村上市', '0254-11-1111', '']);
    rows.splice(12, 0, [`${prefix} 火星の会`, 'かせいのかい', 'RMOの設立支援', '火星', '0254-22-2222', '']);
    rows.splice(20, 0, [duplicate.name, 'ちょうふく', '相談対応・情報提供', '新潟県全域', '0254-33-3333', duplicate.email]);
    const csv = [['団体名', 'ふりがな', '支援分野', '対応地域', '連絡先', '電子メール'], ...rows]
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\r\n');

    await test.step('uploads the Shift_JIS CSV: the file is read and the mapping suggested from the headers', async () => {
      await page.getByLabel('名簿のファイル').setInputFiles({ name: '新潟県支援者名簿.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'cp932') });
      await page.getByRole('button', { name: '読み込む' }).click();
      await expect(page.getByText('「新潟県支援者名簿.csv」（CSV（Shift_JIS））のデータ 30 行を読み込みました。')).toBeVisible();
      await expect(page.getByLabel('「連絡先」列を取り込む項目')).toHaveValue('CONTACT_EMAIL');
      await expect(page.getByLabel('「電子メール」列を取り込む項目')).toHaveValue('');
    });

    await test.step('checks every row: the phone numbers under 連絡先 are per-cell errors', async () => {
      await page.getByRole('button', { name: '全行を確認する' }).click();
      await expect(page.getByText('エラーのある行: 30 行（取り込みません）')).toBeVisible();
      await expect(page.locator('.import-preview__problem').filter({ hasText: '連絡先: メールアドレスの形式ではありません' }).first()).toBeVisible();
    });

    await test.step('fixes the mapping: 連絡先 is the phone, 電子メール the e-mail; two bad rows and one duplicate remain', async () => {
      await page.getByLabel('「連絡先」列を取り込む項目').selectOption({ label: '電話番号' });
      await page.getByLabel('「電子メール」列を取り込む項目').selectOption({ label: 'メールアドレス' });
      await page.getByRole('button', { name: '全行を確認する' }).click();
      await expect(page.getByText('取り込める行: 27 行')).toBeVisible();
      await expect(page.getByText('エラーのある行: 2 行（取り込みません）')).toBeVisible();
      await expect(page.getByText('登録済みと重複: 1 行')).toBeVisible();
      const preview = page.getByRole('table', { name: 'エラー・確認事項・重複のある行' });
      await screenshots(page, 'import-preview');
      const row = (rowNumber: number) => preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${rowNumber}行目`, exact: true }) });
      await expect(row(7)).toContainText('ふりがな: ひらがなまたはカタカナで書いてください');
      await expect(row(14)).toContainText('対応地域: 都道府県・市区町村の名前として読めません: 火星');
      await expect(row(22)).toContainText('同じものが登録済みです');
      // Free text read as a type by guess is shown for a check, not refused.
      await expect(preview.getByText('「組織の再編」を「組織体制・活動内容の見直し・再構築」として取り込みます（要確認）').first()).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
    });

    await test.step('imports the 27 valid rows in one go, leaving the duplicate out', async () => {
      await page.getByRole('button', { name: '27 件を取り込む' }).click();
      await expect(page.getByText('27 件を取り込みました（案内メール 1 件、取り込まなかった行 3 行）。')).toBeVisible();
    });

    await test.step('finds them in search at once', async () => {
      await page.goto(`/?${new URLSearchParams({ q: prefix }).toString()}`);
      await expect(page.getByText('27件の支援者')).toBeVisible();
      await page.goto(`/?${new URLSearchParams({ q: claimName }).toString()}`);
      await expect(page.getByRole('link', { name: claimName, exact: true })).toBeVisible();
    });

    await test.step('the supporter with an e-mail receives the claim mail and takes the profile over with a new account', async () => {
      const mail = await expectMailTo(claimEmail, '/invitations/accept?claim=');
      expect(mail.subject).toBe('【つなぐ】支援者プロフィールの引き継ぎのご案内');
      const link = /\/invitations\/accept\?claim=[A-Za-z0-9_-]+/.exec(mail.text)![0];
      const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
      const supporter = await context.newPage();
      await supporter.goto(link);
      await expect(supporter.getByText(`「${claimName}」のプロフィールを引き継ぎます。`)).toBeVisible();
      await expect(supporter.getByText(`アカウントのメールアドレスは ${claimEmail} です。`)).toBeVisible();
      await expectNoSeriousAccessibilityViolations(supporter);
      await screenshots(supporter, 'claim');
      await supporter.getByLabel('氏名').fill('名簿 太郎');
      await supporter.getByLabel('パスワード').fill('a long enough passphrase');
      await supporter.getByRole('button', { name: 'プロフィールを引き継ぐ' }).click();
      await expect(supporter).toHaveURL(/\/my\/profiles$/);
      await expect(supporter.getByRole('main').getByText(claimName)).toBeVisible();
      // The link is used up.
      await supporter.goto(link);
      await expect(supporter.getByText('このリンクは無効か、有効期限が切れているか、すでに使われています')).toBeVisible();
      await context.close();
    });
  });

  test('村上市 downloads a request’s ranking as xlsx with the scores the page shows, and prints the request on at most 3 A4 pages', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await page.goto('/requests');
    await page.getByRole('link', { name: SEEDED_OPEN_REQUEST }).click();
    const ranking = page.getByRole('list', { name: '候補の支援者（点数の高い順）' });
    await expect(ranking.locator('.match').first()).toBeVisible();
    const shown = await ranking.locator('.match').evaluateAll((cards) =>
      cards.map((card) => ({ name: card.querySelector('.match__name')?.textContent?.trim() ?? '', score: Number(card.querySelector('.match__points')?.textContent) })),
    );
    expect(shown.length).toBeGreaterThanOrEqual(3);

    await test.step('the xlsx reads back with the same ranks, names and scores', async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('group', { name: '候補の順位と理由をダウンロード:' }).getByRole('button', { name: 'Excel（xlsx）' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^候補順位_.+\.xlsx$/);
      const file = testInfo.outputPath('ranking.xlsx');
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 4)).toEqual(['順位', '支援者', '種別', '点数']);
      const read: { name: string; score: number }[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) read.push({ name: String(row.getCell(2).value), score: Number(row.getCell(4).value) });
      });
      expect(read.slice(0, shown.length)).toEqual(shown);
      expect(sheet.getRow(2).getCell(1).value).toBe(1);
    });

    await test.step('prints to a PDF of at most 3 A4 pages with the top candidates, without navigation or buttons', async () => {
      await expect(page.getByRole('button', { name: '印刷する' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
      await expect(ranking.locator(':scope > li:visible')).toHaveCount(3);
      const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('request.pdf') });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('with candidates being compared, those and the comparison are what prints', async () => {
      const compare = ranking.getByRole('checkbox', { name: /比較に追加/ });
      await compare.nth(1).check();
      await compare.nth(3).check();
      await page.emulateMedia({ media: 'print' });
      await expect(ranking.locator(':scope > li:visible')).toHaveCount(2);
      await expect(page.getByRole('table', { name: '候補の支援者の項目ごとの比較' })).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('comparison.pdf') });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeLessThanOrEqual(3);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('a supporter’s profile prints on one A4 page', async () => {
      await ranking.locator('.match__name a').first().click();
      await expect(page.getByRole('button', { name: '印刷する' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('supporter.pdf') });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBe(1);
    });
  });

  test('村上市 imports its RMO list from an xlsx workbook: a formula cell is refused, the rest recorded', async ({ page }) => {
    test.setTimeout(120_000);
    const suffix = uniqueSuffix();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('地域運営組織');
    sheet.addRow(['組織名', '区域', '法人格', '設立年', '主な活動', '課題']);
    sheet.addRow([`（取込）岩船協議会${suffix}`, '小学校区', '任意団体', 2016, '祭り・イベント、見守り', '担い手不足']);
    sheet.addRow([`（取込）塩野町振興会${suffix}`, '大字', '認可地縁団体', 2010, '防災訓練、伝統芸能の継承', '役員の高齢化']);
    sheet.addRow([{ formula: 'CONCATENATE("数式","の会")', result: '数式の会' }, '', '', '', '', '']);
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    await page.goto('/rmos');
    await page.getByRole('link', { name: '地域運営組織の一覧（Excel・CSV）を取り込む' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '地域運営組織の一覧の取り込み' })).toBeVisible();
    await page.getByLabel('一覧のファイル').setInputFiles({
      name: '村上市RMO一覧.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.getByText('「村上市RMO一覧.xlsx」（Excel（xlsx））のデータ 3 行を読み込みました。')).toBeVisible();
    await expect(page.getByLabel('「主な活動」列を取り込む項目')).toHaveValue('ACTIVITIES');
    await page.getByRole('button', { name: '全行を確認する' }).click();
    await expect(page.getByText('取り込める行: 2 行')).toBeVisible();
    const preview = page.getByRole('table', { name: 'エラー・確認事項・重複のある行' });
    await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '4行目', exact: true }) })).toContainText('組織名: 数式は取り込めません（値を入力してください）');
    await expect(preview.getByText('「伝統芸能の継承」は「その他」とし、内容は補足に残します')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    await screenshots(page, 'import-rmos');
    await page.getByRole('button', { name: '2 件を取り込む' }).click();
    await expect(page.getByText('2 件を取り込みました（取り込まなかった行 1 行）。')).toBeVisible();
    await page.getByRole('link', { name: '地域運営組織の一覧を見る' }).click();
    await expect(page.getByRole('heading', { name: `（取込）岩船協議会${suffix}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: `（取込）塩野町振興会${suffix}` })).toBeVisible();
    await expect(page.getByText('数式の会')).toHaveCount(0);
  });
});
