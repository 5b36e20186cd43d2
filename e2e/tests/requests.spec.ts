import { expect, test, type Page } from '../fixtures/test';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { LoginPage } from '../pages/login-page';
import { PublishedRequestsPage } from '../pages/published-requests-page';
import { RequestDetailPage } from '../pages/request-detail-page';
import { RequestFormPage } from '../pages/request-form-page';
import { RmoEditorPage, RmosPage } from '../pages/rmos-page';
import { SiteHeader } from '../pages/site-header';
import { SupportRequestsPage } from '../pages/support-requests-page';

// Demo data (server/src/db/seed): 村上市's RMOs and requests, and the profile supporter2 owns.
const OWN_RMO = '（架空）山北地区まちづくり協議会';
const OTHER_RMOS = ['（架空）朝日地区地域づくり協議会', '（架空）神林地区振興会'];
const SEEDED_OPEN_REQUEST = '山北地区のあり方検討会の進行と、住民アンケートによる地域課題の見える化';
const SUPPORTER2_PROFILE = 'NPO法人 梢ヶ丘まちづくりネット';
const DIALOGUE = '対話の場づくり';
const VISUALIZATION = '地域課題の共有・見える化';

/** Signs in and opens a page from the signed-in navigation, as a user would. */
async function signInAndOpen(page: Page, email: string, navLabel: string): Promise<void> {
  await new LoginPage(page).signIn(email);
  await new SiteHeader(page).accountNav.getByRole('link', { name: navLabel, exact: true }).click();
}

test.describe('support requests: a municipality drafts, submits and sees explained matches; an intermediary marks interest', () => {
  test('村上市 drafts a request step by step, publishes it anonymously, submits it and reads its ranking; supporter2 marks interest and ranks with it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const title = `E2E 山北地区の対話と見える化 ${uniqueSuffix()}`;
    // A duration no demo request has, to find this request again among the anonymous ones.
    const duration = '18';
    let requestPath = '';

    await test.step('the 村上市 officer starts a new request from 「支援依頼」', async () => {
      await signInAndOpen(page, DEMO_ACCOUNTS.murakamiCity, '支援依頼');
      const list = new SupportRequestsPage(page);
      await expect(list.heading).toBeVisible();
      await list.newRequestLink.click();
      const form = new RequestFormPage(page);
      await expect(form.heading).toHaveText('新しい支援依頼');
      await form.expectStep(1, '概要');
    });

    const form = new RequestFormPage(page);

    await test.step('① 概要: title, background, the RMO concerned; 「次へ」 saves the draft and puts its id in the URL', async () => {
      await form.field('依頼名').fill(title);
      await form.field('背景・地域の状況').fill('役員の高齢化が進み、これからの活動を住民と話し合う場を設けたい。');
      await form.choice('対象', '特定の地域運営組織').check();
      for (const name of OTHER_RMOS) await expect(form.choice('対象の地域運営組織', name)).not.toBeChecked();
      await form.choice('対象の地域運営組織', OWN_RMO).check();
      await form.next.click();
      await form.expectStep(2, '支援内容');
      await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\/edit\?step=2$/);
      await expect(form.saveStatus).toContainText('下書きを保存しました');
      await expect(form.stepHeading).toBeFocused();
    });

    await test.step('② 支援内容: two types, reordered so 「対話の場づくり」 comes first; the step', async () => {
      await form.supportType(VISUALIZATION).check();
      await form.supportType(DIALOGUE).check();
      await expect(form.priorityList).toHaveText([new RegExp(`^${VISUALIZATION}`), new RegExp(`^${DIALOGUE}`)]);
      await form.moveUp(DIALOGUE).click();
      await expect(form.priorityList).toHaveText([new RegExp(`^${DIALOGUE}`), new RegExp(`^${VISUALIZATION}`)]);
      await expect(page.getByRole('status').filter({ hasText: `「${DIALOGUE}」を1番目に移動しました` })).toBeAttached();
      await form.choice('現在のステップ', '1. 振り返り').check();
      await form.next.click();
      await form.expectStep(3, '時期と方法');
    });

    await test.step('a reload keeps the saved draft at its step', async () => {
      await page.reload();
      await form.expectStep(3, '時期と方法');
      await form.back.click();
      await form.expectStep(2, '支援内容');
      await expect(form.priorityList).toHaveText([new RegExp(`^${DIALOGUE}`), new RegExp(`^${VISUALIZATION}`)]);
      await form.next.click();
      await form.expectStep(3, '時期と方法');
    });

    await test.step('③ 時期と方法 and ④ 財源', async () => {
      const nextYear = String(new Date().getFullYear() + 1);
      await form.field('年').selectOption({ label: `${nextYear}年` });
      await form.field('月').selectOption({ label: '4月' });
      await form.field('期間（か月）').fill(duration);
      await form.choice('実施方法', '対面とオンラインの併用').check();
      await form.next.click();
      await form.expectStep(4, '財源');
      await form.choice('財源', '市区町村の予算').check();
      await form.field('予算の上限（円）').fill('600000');
      await form.next.click();
      await form.expectStep(5, '確認と提出');
    });

    await test.step('⑤ 確認と提出: the summary, the RMO agreement, anonymous publication; 提出', async () => {
      await expect(form.summary).toContainText(title);
      await expect(form.summary).toContainText(OWN_RMO);
      await expect(form.summary).toContainText(`${duration}か月`);
      await expect(form.summary).toContainText('60万円');
      await form.choice('対象の地域運営組織は支援を受けることに合意していますか', 'はい、支援を受けることに合意しています').check();
      await form.choice('中間支援者への公開', '中間支援者に匿名で公開する').check();
      await form.submit.click();

      const detail = new RequestDetailPage(page);
      await expect(detail.heading).toHaveText(title);
      await expect(detail.notice).toHaveText('提出しました。募集を開始しました。');
      await expect(detail.fact('状態')).toHaveText('募集中');
      await expect(detail.action('募集を終了')).toBeVisible();
      await expect(detail.action('提出')).toHaveCount(0);
      requestPath = new URL(page.url()).pathname;
      expect(requestPath).toMatch(/^\/requests\/[0-9a-f-]{36}$/);
    });

    await test.step('the ranking explains each score: type coverage and area first; scores descend', async () => {
      const detail = new RequestDetailPage(page);
      await expect(detail.matches.first()).toBeVisible();
      const top = detail.match(0);
      await expect(top.reason('支援の種類')).toContainText('希望する支援の種類');
      await expect(top.reason('支援の種類')).toContainText(`最優先の「${DIALOGUE}」`);
      await expect(top.reason('対応地域')).toContainText(/村上市|新潟県/);
      await expect(top.reason('関心表明')).toContainText('この依頼への関心表明なし');
      const scores = await detail.scores();
      expect(scores.length).toBeGreaterThan(3);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      await new SiteHeader(page).signOut();
    });

    await test.step('supporter2 finds the request anonymized (no title, no RMO name) and marks interest with its profile', async () => {
      await signInAndOpen(page, DEMO_ACCOUNTS.supporter2, '公開中の支援依頼');
      const published = new PublishedRequestsPage(page);
      await expect(published.heading).toBeVisible();
      await expect(published.matchingMine).toBeChecked();
      const card = published.cardWith('村上市', `${duration}か月`, '対面とオンラインの併用');
      await expect(card).toHaveCount(1);
      await expect(card).toContainText(DIALOGUE);
      await expect(card).toContainText('1. 振り返り');
      await expect(page.getByRole('main')).not.toContainText(title);
      await expect(page.getByRole('main')).not.toContainText(OWN_RMO);

      await published.markInterest(card).click();
      await expect(card.getByRole('list', { name: '関心を表明したプロフィール' })).toContainText(`関心表明済み ${SUPPORTER2_PROFILE}`);
      await expect(published.withdrawInterest(card)).toBeVisible();
      await expect(published.markInterest(card)).toHaveCount(0);
      await new SiteHeader(page).signOut();
    });

    await test.step('back as the 村上市 officer: supporter2 ranks with 「この依頼に関心を表明済み」', async () => {
      await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
      const detail = new RequestDetailPage(page);
      await detail.goto(requestPath);
      await expect(detail.fact('関心表明')).toHaveText('1件の支援者が関心を表明');
      const match = await detail.findMatch(SUPPORTER2_PROFILE);
      await expect(match.reason('関心表明')).toContainText('この依頼に関心を表明済み');
      await expect(match.reason('関心表明')).toContainText('6 / 6点');
      await expect(match.nameLink).toHaveAttribute('href', /^\/supporters\/[0-9a-f-]{36}$/);
    });
  });
});

test.describe('the request form explains refused input in Japanese', () => {
  test('a duration of 48 months is refused next to the field, and nothing of that step is saved', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const form = new RequestFormPage(page);
    await form.gotoNew();
    await form.field('依頼名').fill(`E2E 期間の確認 ${uniqueSuffix()}`);
    await form.next.click();
    await form.expectStep(2, '支援内容');
    await form.next.click();
    await form.expectStep(3, '時期と方法');

    const duration = form.field('期間（か月）');
    await duration.fill('48');
    await form.next.click();
    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary).toContainText('期間（か月）: 1〜36か月の範囲で入力してください');
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    await expect(form.fieldError(duration)).toHaveText('1〜36か月の範囲で入力してください');
    await form.expectStep(3, '時期と方法');

    await page.reload();
    await form.expectStep(3, '時期と方法');
    await expect(form.field('期間（か月）')).toHaveValue('');
  });

  test('submitting without the RMO agreement sends the officer to the question, in Japanese', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const form = new RequestFormPage(page);
    await form.gotoNew();
    await form.field('依頼名').fill(`E2E 合意の確認 ${uniqueSuffix()}`);
    await form.next.click();
    await form.supportType('相談対応・情報提供').check();
    await form.choice('現在のステップ', '2. 意義や方法の共有').check();
    await form.next.click();
    await form.field('年').selectOption({ index: 2 });
    await form.field('月').selectOption({ label: '6月' });
    await form.field('期間（か月）').fill('6');
    await form.choice('実施方法', 'オンライン').check();
    await form.next.click();
    await form.choice('財源', '未定').check();
    await form.next.click();
    await form.expectStep(5, '確認と提出');
    await form.submit.click();
    await expect(form.errorSummary).toContainText('対象の地域運営組織が支援を受けることに合意していることを確認してください');
    await expect(form.choice('対象の地域運営組織は支援を受けることに合意していますか', 'はい、支援を受けることに合意しています')).not.toBeChecked();
  });
});

test.describe('comparing candidates', () => {
  test('up to three candidates side by side, factor by factor; a fourth is refused with a message', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const list = new SupportRequestsPage(page);
    await list.goto();
    await list.statusFilter('募集中').click();
    await list.card(SEEDED_OPEN_REQUEST).getByRole('link', { name: SEEDED_OPEN_REQUEST }).click();

    const detail = new RequestDetailPage(page);
    await expect(detail.heading).toHaveText(SEEDED_OPEN_REQUEST);
    await expect(detail.matches.nth(3)).toBeVisible();
    const names: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const match = detail.match(index);
      names.push((await match.nameLink.textContent()) ?? '');
      await match.compare.check();
    }
    await expect(detail.comparison).toContainText('候補の比較（3 / 3件）');
    const table = detail.comparison.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['項目', ...names.map((name) => new RegExp(`^${name}`))]);
    const typeRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^支援の種類/ }) });
    await expect(typeRow.getByRole('cell')).toHaveCount(3);
    await expect(typeRow.getByRole('cell').first()).toContainText('希望する支援の種類');

    const fourth = detail.match(3);
    await fourth.compare.click();
    await expect(fourth.compare).not.toBeChecked();
    await expect(fourth.refusal).toHaveText('比較できるのは3件までです。ほかの候補を比較から外してから追加してください。');
    await expect(table.getByRole('columnheader')).toHaveCount(4);

    await detail.comparison.getByRole('button', { name: `${names[0]}を比較から外す` }).click();
    await expect(detail.match(0).compare).not.toBeChecked();
    await fourth.compare.check();
    await expect(detail.comparison).toContainText('候補の比較（3 / 3件）');
  });
});

test.describe('RMO records', () => {
  test('the 村上市 officer sees the municipality’s RMOs and records a new one; the RMO’s staff may edit only its own', async ({ page, browser }) => {
    test.setTimeout(60_000);
    await signInAndOpen(page, DEMO_ACCOUNTS.murakamiCity, '地域運営組織');
    const rmos = new RmosPage(page);
    for (const name of [OWN_RMO, ...OTHER_RMOS]) await expect(rmos.card(name)).toBeVisible();
    await expect(rmos.editLink(OWN_RMO)).toBeVisible();

    const name = `（E2E）三面地区協議会 ${uniqueSuffix()}`;
    await rmos.addLink.click();
    const form = new RmoEditorPage(page);
    await expect(form.heading).toHaveText('地域運営組織の登録');
    await form.field('名前').fill(name);
    await form.field('活動の範囲').fill('小学校区');
    await form.field('法人格').selectOption({ label: '認可地縁団体' });
    await form.field('設立年').fill('2016');
    await form.choice('主な活動', '防災・防犯').check();
    await form.choice('課題', '次のリーダーがいない').check();
    await form.choice('活動・組織の見直し（柔軟な最適化）の状況', '活動のみ見直した').check();
    await form.save.click();
    await expect(rmos.notice).toHaveText(`「${name}」を登録しました。`);
    await expect(rmos.card(name)).toContainText('認可地縁団体 ・ 2016年設立');
    await expect(rmos.card(name)).toContainText('活動のみ見直した');

    const rmoStaff = await (await browser.newContext()).newPage();
    await new LoginPage(rmoStaff).signIn(DEMO_ACCOUNTS.murakamiRmo);
    const ownView = new RmosPage(rmoStaff);
    await ownView.goto();
    await expect(ownView.editLink(OWN_RMO)).toBeVisible();
    await expect(ownView.editLink(OTHER_RMOS[0])).toHaveCount(0);
    await expect(ownView.addLink).toHaveCount(0);
    await rmoStaff.context().close();
  });
});

test.describe('accessibility of the request pages', () => {
  test('the request list and the form (with errors, and with the priority list): no serious axe violations', async ({ page }) => {
    test.setTimeout(60_000);
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const list = new SupportRequestsPage(page);
    await list.goto();
    await expect(list.card(SEEDED_OPEN_REQUEST)).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    const form = new RequestFormPage(page);
    await form.gotoNew();
    await form.next.click();
    await expect(form.errorSummary).toContainText('入力してください');
    await expectNoSeriousAccessibilityViolations(page);
    await form.field('依頼名').fill(`E2E アクセシビリティ ${uniqueSuffix()}`);
    await form.next.click();
    await form.supportType(DIALOGUE).check();
    await form.supportType(VISUALIZATION).check();
    await expect(form.priorityList).toHaveCount(2);
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('a request with its ranking and a comparison: no serious axe violations', async ({ page }) => {
    test.setTimeout(60_000);
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const list = new SupportRequestsPage(page);
    await list.goto();
    await list.card(SEEDED_OPEN_REQUEST).getByRole('link').click();
    const detail = new RequestDetailPage(page);
    await expect(detail.matches.nth(1)).toBeVisible();
    await detail.match(0).compare.check();
    await detail.match(1).compare.check();
    await expect(detail.comparison.getByRole('table')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('the RMO list and form: no serious axe violations', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const rmos = new RmosPage(page);
    await rmos.goto();
    await expect(rmos.card(OWN_RMO)).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    await rmos.editLink(OWN_RMO).click();
    await expect(page.getByRole('heading', { level: 1, name: `「${OWN_RMO}」の編集` })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('the published requests page of an intermediary: no serious axe violations', async ({ page }) => {
    await signInAndOpen(page, DEMO_ACCOUNTS.supporter2, '公開中の支援依頼');
    const published = new PublishedRequestsPage(page);
    await expect(published.cards.first()).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });
});
