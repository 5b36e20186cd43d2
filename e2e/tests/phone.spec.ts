import { expect, test, type Page } from '../fixtures/test';
import { DEMO_ACCOUNTS } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';
import { RequestDetailPage } from '../pages/request-detail-page';
import { SearchPage } from '../pages/search-page';
import { SupportRequestsPage } from '../pages/support-requests-page';

const PHONE = { width: 390, height: 844 };
/** Narrower than this, a one-line Japanese explanation breaks every few characters. */
const MIN_EXPLANATION_WIDTH = 250;
const SEEDED_OPEN_REQUEST = '山北地区のあり方検討会の進行と、住民アンケートによる地域課題の見える化';

test.use({ viewport: PHONE });

/**
 * Elements wider than the viewport or reaching past its right edge. Content inside a container
 * that scrolls sideways (the comparison table) is allowed to be wider: that container scrolls,
 * not the page.
 */
async function elementsWiderThanTheViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) => {
      const style = getComputedStyle(element);
      return (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth;
    };
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      let ancestor = element.parentElement;
      let inScroller = false;
      while (ancestor && !inScroller) {
        inScroller = scrollsSideways(ancestor);
        ancestor = ancestor.parentElement;
      }
      if (inScroller) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.width > viewport + 0.5 || box.right > viewport + 0.5) {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}`;
        offenders.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
    }
    if (document.documentElement.scrollWidth > viewport) offenders.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return offenders;
  });
}

/** Widths of every match explanation's box on the page. */
async function explanationWidths(page: Page, within = page.locator('body')): Promise<number[]> {
  return within.locator('.match__explanation').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width));
}

test.describe('on a 390 px phone', () => {
  test('search: nothing wider than the screen; the filters open as a drawer whose 「N件を表示」 shows the count', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?types=DIALOGUE_FACILITATION&pref=15');
    expect(await elementsWiderThanTheViewport(page)).toEqual([]);
    const total = await search.totalCount();

    await page.getByRole('button', { name: '絞り込み条件を表示' }).click();
    const drawer = page.getByRole('dialog', { name: '絞り込み条件' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('button', { name: `${total}件を表示` })).toBeVisible();
    expect(await elementsWiderThanTheViewport(page)).toEqual([]);

    // A change applies at once; the button says how many now match, and closes the drawer.
    await drawer.getByRole('checkbox', { name: 'リモート対応の支援者も含める' }).uncheck();
    await search.waitForResults();
    const narrowed = await search.totalCount();
    expect(narrowed).toBeLessThan(total);
    await drawer.getByRole('button', { name: `${narrowed}件を表示` }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: '絞り込み条件を表示' })).toBeFocused();
    await expect(page).toHaveURL(/remote=0/);
  });

  test('a request’s ranking: the breakdown stacks with explanations at least 250 px wide; the comparison scrolls sideways with its factor column in place', async ({
    page,
  }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
    const list = new SupportRequestsPage(page);
    await list.goto();
    await list.statusFilter('募集中').click();
    await list.card(SEEDED_OPEN_REQUEST).getByRole('link', { name: SEEDED_OPEN_REQUEST }).click();
    const detail = new RequestDetailPage(page);
    await expect(detail.heading).toHaveText(SEEDED_OPEN_REQUEST);
    await expect(detail.matches.nth(3)).toBeVisible();

    expect(await elementsWiderThanTheViewport(page)).toEqual([]);
    const widths = await explanationWidths(page, detail.matchList);
    expect(widths.length).toBeGreaterThanOrEqual(8 * 4);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(MIN_EXPLANATION_WIDTH);
    // Stacked: the explanation starts below its factor, not beside it.
    const first = detail.match(0).reasons.getByRole('row').nth(1);
    const factorBox = (await first.getByRole('rowheader').boundingBox())!;
    const explanationBox = (await first.locator('.match__explanation').boundingBox())!;
    expect(explanationBox.y).toBeGreaterThanOrEqual(factorBox.y + factorBox.height - 1);

    for (let index = 0; index < 3; index += 1) await detail.match(index).compare.check();
    await expect(detail.comparison).toContainText('候補の比較（3 / 3件）');
    expect(await elementsWiderThanTheViewport(page)).toEqual([]);
    const comparisonWidths = await explanationWidths(page, detail.comparison);
    expect(comparisonWidths).toHaveLength(8 * 3);
    expect(Math.min(...comparisonWidths)).toBeGreaterThanOrEqual(MIN_EXPLANATION_WIDTH);

    const scroller = detail.comparison.locator('.table-scroll');
    const factorHeader = detail.comparison.getByRole('rowheader').first();
    const before = (await factorHeader.boundingBox())!;
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await scroller.evaluate((element) => element.scrollTo({ left: 400 }));
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const after = (await factorHeader.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  });
});
