import { expect, type Locator, type Page } from '@playwright/test';

/** One ranked supporter on a request's page. */
export class MatchCard {
  readonly nameLink: Locator;
  readonly score: Locator;
  readonly reasons: Locator;
  readonly compare: Locator;
  readonly refusal: Locator;

  constructor(readonly root: Locator) {
    this.nameLink = root.getByRole('heading', { level: 3 }).getByRole('link');
    this.score = root.getByText(/^\d+点 \/ 100点$/);
    this.reasons = root.getByRole('table');
    this.compare = root.getByRole('checkbox', { name: /^比較に追加/ });
    this.refusal = root.getByRole('alert');
  }

  /** The score out of 100, as shown. */
  async points(): Promise<number> {
    return Number.parseInt((await this.score.textContent()) ?? '', 10);
  }

  /** The reason given for one factor (row header), e.g. 「支援の種類」. */
  reason(factor: string): Locator {
    return this.reasons.getByRole('row').filter({ has: this.root.page().getByRole('rowheader', { name: factor, exact: true }) });
  }
}

/** `/requests/:id`: the request, its allowed actions and the ranked supporters. */
export class RequestDetailPage {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly matchList: Locator;
  readonly matches: Locator;
  readonly comparison: Locator;
  readonly showMore: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.notice = page.locator('.notice--success');
    this.matchList = page.getByRole('list', { name: '候補の支援者（点数の高い順）' });
    this.matches = this.matchList.getByRole('article');
    this.comparison = page.getByRole('region', { name: /^候補の比較/ });
    this.showMore = page.getByRole('button', { name: 'もっと見る' });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  action(label: string): Locator {
    return this.page.getByRole('region', { name: 'この依頼の操作' }).getByRole('button', { name: label, exact: true });
  }

  /** A fact of the request by its term (「状態」「関心表明」…). */
  fact(term: string): Locator {
    return this.page.locator('.fact').filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
  }

  match(index: number): MatchCard {
    return new MatchCard(this.matches.nth(index));
  }

  matchNamed(name: string): MatchCard {
    return new MatchCard(this.matches.filter({ has: this.page.getByRole('heading', { level: 3, name }) }));
  }

  /** Shows more ranked supporters until one named `name` is listed (the ranking shows 20 at first). */
  async findMatch(name: string): Promise<MatchCard> {
    const match = this.matchNamed(name);
    for (let page = 0; page < 5 && (await match.root.count()) === 0; page += 1) {
      const before = await this.matches.count();
      if (!(await this.showMore.isVisible())) break;
      await this.showMore.click();
      await expect(this.matches).not.toHaveCount(before);
    }
    await expect(match.root).toBeVisible();
    return match;
  }

  async scores(): Promise<number[]> {
    const count = await this.matches.count();
    const scores: number[] = [];
    for (let index = 0; index < count; index += 1) scores.push(await this.match(index).points());
    return scores;
  }
}
