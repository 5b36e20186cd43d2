import { expect, type Locator, type Page } from '@playwright/test';

export interface CardSummary {
  name: string;
  supportTypes: string[];
  area: string;
}

/** One result card on the search page. */
export class SupporterCard {
  readonly nameLink: Locator;
  readonly verifiedMark: Locator;

  constructor(readonly root: Locator) {
    this.nameLink = root.getByRole('heading', { level: 3 }).getByRole('link');
    this.verifiedMark = root.getByText('県の確認済み', { exact: true });
  }
}

/** The supporter search at `/`, driven through labels and roles as a user would. */
export class SearchPage {
  readonly heading: Locator;
  readonly keyword: Locator;
  readonly prefecture: Locator;
  readonly municipality: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly cards: Locator;
  readonly showMore: Locator;
  readonly verifiedOnly: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.keyword = page.getByRole('searchbox', { name: 'キーワード' });
    this.prefecture = page.getByRole('combobox', { name: '都道府県' });
    this.municipality = page.getByRole('combobox', { name: '市区町村' });
    this.resultCount = page.getByRole('status').filter({ hasText: /件の支援者/ });
    this.results = page.getByRole('list', { name: '検索結果' });
    this.cards = this.results.getByRole('article');
    this.showMore = page.getByRole('button', { name: 'もっと見る' });
    this.verifiedOnly = page.getByRole('checkbox', { name: '県の確認済みの支援者のみ' });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.waitForResults();
  }

  /** Waits until the shown results belong to the URL in the address bar and nothing is loading. */
  async waitForResults(): Promise<void> {
    await this.page.waitForFunction(() => {
      const section = document.querySelector('section[data-search]');
      return section?.getAttribute('aria-busy') === 'false' && section.getAttribute('data-search') === window.location.search;
    });
  }

  supportTypeCheckbox(label: string): Locator {
    // The label also shows a count, e.g.「対話の場づくり (12)」.
    return this.page.getByRole('checkbox', { name: label });
  }

  async filterBySupportType(label: string): Promise<void> {
    await this.supportTypeCheckbox(label).check();
    await this.waitForResults();
  }

  async filterVerifiedOnly(): Promise<void> {
    await this.verifiedOnly.check();
    await this.waitForResults();
  }

  /** The card of the supporter with this name. */
  cardNamed(name: string): SupporterCard {
    return new SupporterCard(this.cards.filter({ has: this.page.getByRole('heading', { level: 3, name }) }));
  }

  async selectPrefecture(name: string): Promise<void> {
    await this.prefecture.selectOption({ label: name });
    await this.waitForResults();
  }

  async searchFor(text: string): Promise<void> {
    await this.keyword.fill(text);
    // The keyword follows typing after a short pause; the URL shows when it was taken.
    await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === text);
    await this.waitForResults();
  }

  async totalCount(): Promise<number> {
    const text = await this.resultCount.textContent();
    const match = text?.match(/([\d,]+)件の支援者/);
    if (!match) throw new Error(`No result count in "${text ?? ''}"`);
    return Number(match[1].replace(/,/g, ''));
  }

  card(index: number): SupporterCard {
    return new SupporterCard(this.cards.nth(index));
  }

  /** Name, support-type badges and area text of every shown card, read in one round trip. */
  async cardSummaries(): Promise<CardSummary[]> {
    return this.cards.evaluateAll((cards) =>
      cards.map((card) => ({
        name: card.querySelector('h3')?.textContent ?? '',
        supportTypes: [...card.querySelectorAll('[aria-label="支援の種類"] > li')].map((badge) => badge.textContent ?? ''),
        area: card.querySelector('dd.supporter-card__area')?.textContent ?? '',
      })),
    );
  }

  async resultNames(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 3 }).allTextContents();
  }
}
