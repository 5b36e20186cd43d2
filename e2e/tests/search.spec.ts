import { expect, test } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { SearchPage } from '../pages/search-page';
import { SupporterPage } from '../pages/supporter-page';

// What the deterministic demo data guarantees (server/src/db/seed): at least 5 対話の場づくり
// supporters serving 新潟県, at least 3 mentioning 防災, and more than 20 supporters overall.
const DIALOGUE = '対話の場づくり';
const NIIGATA = '新潟県';
const PAGE_SIZE = 20;

test.describe('supporter search', () => {
  test('filters by support type, prefecture and keyword; the detail page hides contact details; the URL reproduces the search', async ({
    page,
    context,
  }) => {
    const search = new SearchPage(page);
    await search.goto();
    await expect(search.heading).toHaveText('中間支援者を探す');
    await expect(page).toHaveTitle('中間支援者を探す | つなぐ');

    await search.filterBySupportType(DIALOGUE);
    await search.selectPrefecture(NIIGATA);
    await expect(page).toHaveURL(/types=DIALOGUE_FACILITATION/);
    await expect(page).toHaveURL(/pref=15/);
    await expect(search.supportTypeCheckbox(DIALOGUE)).toBeChecked();
    expect(await search.totalCount()).toBeGreaterThanOrEqual(5);
    await expect(search.cards.first()).toBeVisible();

    const checkCardsMatchFilter = async () => {
      const cards = await search.cardSummaries();
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.supportTypes, `${card.name} offers ${DIALOGUE}`).toContain(DIALOGUE);
        expect(
          card.area.includes(NIIGATA) || card.area.includes('リモート対応'),
          `${card.name} serves ${NIIGATA} or works remotely: ${card.area}`,
        ).toBe(true);
      }
    };
    await checkCardsMatchFilter();

    await search.searchFor('防災');
    expect(await search.totalCount()).toBeGreaterThanOrEqual(1);
    await expect(search.cards.filter({ hasText: '防災' }).first()).toBeVisible();
    await checkCardsMatchFilter();
    const searchUrl = page.url();
    const namesBefore = await search.resultNames();

    // Open the first supporter: its profile, and no contact details for a signed-out visitor.
    const chosen = search.card(0);
    const chosenName = (await chosen.nameLink.textContent()) ?? '';
    await chosen.nameLink.click();
    const profile = new SupporterPage(page);
    await expect(page).toHaveURL(/\/supporters\/[0-9a-f-]{36}$/);
    await expect(profile.heading).toHaveText(chosenName);
    await expect(page).toHaveTitle(`${chosenName} | つなぐ`);
    await expect(profile.fact('支援内容')).toContainText(DIALOGUE);
    await expect(profile.contactSection).toContainText('連絡先はログインした自治体・都道府県の職員に表示されます');
    await expect(profile.contactLinks).toHaveCount(0);

    // The browser's Back returns to the same results…
    await page.goBack();
    await expect(page).toHaveURL(searchUrl);
    await search.waitForResults();
    expect(await search.resultNames()).toEqual(namesBefore);

    // …and so does the page's own link, filters intact.
    await page.goForward();
    await expect(profile.heading).toHaveText(chosenName);
    await profile.backToResults.click();
    await expect(page).toHaveURL(searchUrl);
    await search.waitForResults();
    await expect(search.keyword).toHaveValue('防災');
    await expect(search.prefecture.locator('option:checked')).toHaveText(NIIGATA);
    expect(await search.resultNames()).toEqual(namesBefore);

    // A shared link opened elsewhere shows the same results in the same order.
    const sharedPage = await context.newPage();
    const shared = new SearchPage(sharedPage);
    await sharedPage.goto(searchUrl);
    await shared.waitForResults();
    await expect(shared.keyword).toHaveValue('防災');
    await expect(shared.supportTypeCheckbox(DIALOGUE)).toBeChecked();
    expect(await shared.resultNames()).toEqual(namesBefore);
    await sharedPage.close();
  });

  test('narrows to a municipality; wards are listed under their designated city', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await expect(search.municipality).toBeDisabled();
    await search.selectPrefecture(NIIGATA);
    await expect(search.municipality).toBeEnabled();
    const options = await search.municipality.locator('option').allTextContents();
    const cityIndex = options.indexOf('新潟市');
    expect(cityIndex).toBeGreaterThan(0);
    expect(options[cityIndex + 1], 'the first ward follows its city, indented').toMatch(/^\u3000\S+区$/);

    await search.municipality.selectOption({ label: '村上市' });
    await search.waitForResults();
    await expect(page).toHaveURL(/muni=\d{6}/);
    for (const card of await search.cardSummaries()) {
      expect(
        /村上市|新潟県$|新潟県、|リモート対応/.test(card.area),
        `${card.name} serves 村上市 (or all of 新潟県) or works remotely: ${card.area}`,
      ).toBe(true);
    }
  });

  test('locality first: 対話の場づくり in 新潟県 lists everyone serving 新潟県 before any remote-only supporter, each card saying its tier', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?types=DIALOGUE_FACILITATION&pref=15');
    await expect(page.getByText(/^新潟県を対応地域に含む \d+件・リモートで対応 \d+件$/)).toBeVisible();
    const localities = await search.cards.locator('.supporter-card__locality').allTextContents();
    expect(localities.length).toBe(PAGE_SIZE);
    const serving = (text: string) => text === '新潟県全域に対応' || text === '新潟県内で活動';
    const firstRemote = localities.findIndex((text) => !serving(text));
    expect(firstRemote, 'the demo data has supporters serving 新潟県').toBeGreaterThan(0);
    expect(localities.slice(firstRemote).some(serving), `nobody serving 新潟県 after a remote one: ${localities.join(' / ')}`).toBe(false);
    // The list says where the remote-only ones start.
    await expect(search.results.getByText('ここから先は、新潟県を対応地域に含まず、リモートで対応できる支援者です。')).toBeVisible();
  });

  test('locality first: 村上市 lists the supporters serving 村上市 first; the order can be changed', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?pref=15&muni=152129');
    const localities = await search.cards.locator('.supporter-card__locality').allTextContents();
    const local = localities.filter((text) => text === '村上市を対応地域に含む').length;
    expect(local, 'the demo data has supporters serving 村上市').toBeGreaterThan(0);
    expect(localities.slice(0, local)).toEqual(Array(local).fill('村上市を対応地域に含む'));

    await page.getByRole('combobox', { name: '並び順' }).selectOption({ label: '確認日が新しい順' });
    await expect(page).toHaveURL(/sort=confirmed/);
    await search.waitForResults();
    const confirmed = await search.cards.locator('time').evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
    expect(confirmed).toEqual([...confirmed].sort((a, b) => b - a));
  });

  test('「もっと見る」 appends the next page after the first one', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    const total = await search.totalCount();
    expect(total).toBeGreaterThan(PAGE_SIZE);
    await expect(search.cards).toHaveCount(PAGE_SIZE);
    const firstPage = await search.resultNames();

    await search.showMore.click();
    await expect(search.cards).toHaveCount(Math.min(total, 2 * PAGE_SIZE));
    const bothPages = await search.resultNames();
    expect(bothPages.slice(0, PAGE_SIZE)).toEqual(firstPage);
    expect(new Set(bothPages).size, 'no supporter is listed twice').toBe(bothPages.length);
    // Keyboard users continue at the first newly loaded result.
    await expect(search.card(PAGE_SIZE).nameLink).toBeFocused();
  });

  test('the search page has no serious accessibility violations, wide or narrow', async ({ page }) => {
    // Two axe scans take ~5 s each on a quiet 2-core machine, far more under load.
    test.slow();
    const search = new SearchPage(page);
    await search.goto('?types=DIALOGUE_FACILITATION&pref=15');
    await expectNoSeriousAccessibilityViolations(page);

    await page.setViewportSize({ width: 390, height: 844 });
    // Narrow screens fold the filters; unfold them so their controls are checked too.
    await page.getByRole('button', { name: '絞り込み条件を表示' }).click();
    await expect(search.prefecture).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('the detail page has no serious accessibility violations', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?types=DIALOGUE_FACILITATION&pref=15');
    await search.card(0).nameLink.click();
    await expect(new SupporterPage(page).contactSection).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('the skip link moves keyboard focus to the main content', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: '本文へ移動' });
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the English switch translates the page and is remembered', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(search.heading).toHaveText('Find intermediary supporters');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('checkbox', { name: 'Dialogue facilitation' })).toBeVisible();

    await page.reload();
    await expect(search.heading).toHaveText('Find intermediary supporters');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(search.heading).toHaveText('中間支援者を探す');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test.describe('problems are explained in Japanese', () => {
  test('an invalid prefecture in a shared URL names the field to check', async ({ page }) => {
    await page.goto('/?pref=99');
    await expect(page.getByRole('alert')).toHaveText(/入力内容を確認してください（都道府県）/);
    await expect(page.getByText(/Error|stack|at .+\.js/)).toHaveCount(0);
  });

  test('an unknown supporter shows a not-found page', async ({ page }) => {
    await page.goto('/supporters/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('支援者が見つかりません');
    await page.goto('/supporters/not-an-id');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('支援者が見つかりません');
  });
});
