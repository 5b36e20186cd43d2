import { expect, test, type Browser, type Page } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectMailTo } from '../fixtures/mail-log';
import { LoginPage } from '../pages/login-page';
import { NotificationsPage } from '../pages/notifications-page';
import { OfferListPage, OfferPage } from '../pages/offers-page';
import { RequestDetailPage } from '../pages/request-detail-page';

// This project runs after every other test of the server (playwright.config.ts): it moves the server's clock.
test.describe.configure({ mode: 'serial' });

const MURAKAMI = '152129';

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A person at their own browser, signed in. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

/** An open request of 村上市 (written through the API: the form has its own tests). */
async function openRequest(page: Page, title: string): Promise<string> {
  const { createSupportRequest } = await graphql<{ createSupportRequest: { id: string } }>(
    page,
    `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`,
    {
      input: {
        municipalityCode: MURAKAMI,
        title,
        background: '地区の行事と組織を住民と一緒に見直すため、話し合いの場づくりと行事の企画の進め方を支えてくださる方を探しています。',
        rmoIds: [],
        supportTypes: ['DIALOGUE_FACILITATION', 'PROJECT_SUPPORT'],
        step: 'REFLECTION',
        phase: 'AWARENESS',
        desiredStart: '2027-04',
        durationMonths: 12,
        format: 'IN_PERSON',
        fundingRoute: 'PREFECTURE_DISPATCH',
        budgetMinYen: null,
        budgetMaxYen: null,
        rmoAgreementConfirmed: true,
        published: false,
      },
    },
  );
  await graphql(page, `mutation ($id: ID!) { submitSupportRequest(id: $id) { status } }`, { id: createSupportRequest.id });
  return createSupportRequest.id;
}

/** The name of the profile a supporter account keeps. */
async function profileName(page: Page): Promise<string> {
  const { mySupporterProfiles } = await graphql<{ mySupporterProfiles: { name: string }[] }>(page, `{ mySupporterProfiles { name } }`);
  return mySupporterProfiles[0].name;
}

/** Screenshots at both widths (kept with the test's output), nothing wider than the screen, and no serious axe violation. */
async function lookAtBothWidths(page: Page, name: string, outputPath: (file: string) => string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousAccessibilityViolations(page);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('村上市 asks 新潟県 for an introduction; 新潟県 proposes two supporters; one accepts, one declines at capacity; 村上市 confirms; everyone is told by inbox and mail; an unanswered third offer expires when the clock passes its deadline', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (file: string) => testInfo.outputPath(file);
  const title = `（E2E）紹介依頼 ${uniqueSuffix()}`;
  const otherTitle = `（E2E）直接の打診 ${uniqueSuffix()}`;

  const city = await signedIn(browser, DEMO_ACCOUNTS.murakamiCity);
  const prefecture = await signedIn(browser, DEMO_ACCOUNTS.niigataPrefecture);
  const supporter1 = await signedIn(browser, DEMO_ACCOUNTS.supporter1);
  const supporter2 = await signedIn(browser, DEMO_ACCOUNTS.supporter2);
  const [supporter1Name, supporter2Name] = [await profileName(supporter1), await profileName(supporter2)];
  const requestId = await openRequest(city, title);
  const otherRequestId = await openRequest(city, otherTitle);

  await test.step('the 村上市 officer asks 新潟県 for an introduction from the request’s page', async () => {
    const detail = new RequestDetailPage(city);
    await detail.goto(`/requests/${requestId}`);
    await city.getByRole('button', { name: '県に紹介を依頼' }).click();
    await city.getByLabel('県に伝えたいこと（求める支援者の条件など）').fill('住民の話し合いの進行と、行事の企画の両方を相談できる方を紹介してください。');
    await lookAtBothWidths(city, 'ask-prefecture', shot);
    await city.getByRole('button', { name: '紹介を依頼する' }).click();
    await expect(city.getByText('新潟県に紹介を依頼中（本日依頼）')).toBeVisible();
  });

  await test.step('the 新潟県 officer finds it in the 「紹介依頼」 queue with its age, and proposes two supporters from the ranking', async () => {
    await prefecture.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: '紹介依頼' }).click();
    const queue = new OfferListPage(prefecture, '紹介依頼');
    await expect(queue.heading).toBeVisible();
    const card = queue.card(title);
    await expect(card).toContainText('本日の依頼');
    await expect(card).toContainText('あと3件紹介できます');
    await lookAtBothWidths(prefecture, 'introductions-queue', shot);
    await card.getByRole('link', { name: '候補を見て紹介する' }).click();

    const detail = new RequestDetailPage(prefecture);
    await expect(detail.heading).toHaveText(title);
    await expect(prefecture.getByRole('heading', { name: '村上市からの紹介依頼' })).toBeVisible();
    for (const [name, note] of [
      [supporter2Name, '対話の場づくりの経験が豊富な団体です。'],
      [supporter1Name, '地域イベントの企画・運営の見直しに実績があります。'],
    ]) {
      const match = await detail.findMatch(name);
      await match.root.getByRole('button', { name: 'この支援者を紹介する' }).click();
      await match.root.getByLabel('紹介のことば（市区町村と支援者に届きます）').fill(note);
      await match.root.getByRole('button', { name: '紹介する', exact: true }).click();
      await expect(match.root.getByText(`${name}を紹介しました。`)).toBeVisible();
    }
    await prefecture.goto('/introductions');
    await expect(queue.card(title)).toContainText('あと1件紹介できます');
  });

  await test.step('supporter2 reads the request in full in 「届いた打診・紹介」 and accepts', async () => {
    await supporter2.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: '届いた打診・紹介' }).click();
    const list = new OfferListPage(supporter2, '届いた打診・紹介');
    await expect(list.heading).toBeVisible();
    const card = list.card(title);
    await expect(card).toContainText('新潟県から紹介（村上市の依頼）');
    await expect(card).toContainText('回答待ち');
    await lookAtBothWidths(supporter2, 'offers-received', shot);
    await card.getByRole('link', { name: '内容を見て回答する' }).click();
    const offer = new OfferPage(supporter2);
    await expect(offer.heading).toHaveText(title);
    await expect(supporter2.getByText('話し合いの場づくりと行事の企画の進め方', { exact: false })).toBeVisible();
    await offer.accept('4月から月2回、平日の午後に伺えます。');
    await offer.expectStatus('受諾（決定待ち）');
    await lookAtBothWidths(supporter2, 'offer-accepted', shot);
  });

  await test.step('supporter1 declines: at capacity', async () => {
    await supporter1.goto('/offers');
    await new OfferListPage(supporter1, '届いた打診・紹介').card(title).getByRole('link', { name: '内容を見て回答する' }).click();
    const offer = new OfferPage(supporter1);
    await offer.decline('受け入れ枠がいっぱい');
    await offer.expectStatus('辞退');
  });

  await test.step('the 村上市 officer sees both answers and confirms supporter2; the other offer is already ended', async () => {
    const detail = new RequestDetailPage(city);
    await detail.goto(`/requests/${requestId}`);
    const offers = city.getByRole('list', { name: 'この依頼の打診・紹介' });
    await expect(offers.getByRole('article').filter({ hasText: supporter2Name })).toContainText('受諾（決定待ち）');
    await expect(offers.getByRole('article').filter({ hasText: supporter1Name })).toContainText('辞退');
    await lookAtBothWidths(city, 'request-offers', shot);
    await offers.getByRole('link', { name: supporter2Name }).click();
    const offer = new OfferPage(city);
    await expect(city.getByText('4月から月2回、平日の午後に伺えます。')).toBeVisible();
    await city.getByRole('button', { name: 'この支援者に決定する' }).click();
    await city.getByRole('group').getByRole('button', { name: 'この支援者に決定する' }).click();
    await offer.expectStatus('決定');
    await city.getByRole('textbox', { name: '新しいメッセージ' }).fill('ありがとうございます。初回の打ち合わせの日程をご相談させてください。');
    await city.getByRole('button', { name: '送信する' }).click();
    await expect(city.getByRole('list', { name: 'メッセージの一覧' })).toContainText('初回の打ち合わせの日程');
    await lookAtBothWidths(city, 'offer-confirmed', shot);
    await detail.goto(`/requests/${requestId}`);
    await expect(city.getByText(`決定した支援者: ${supporter2Name}`)).toBeVisible();
  });

  await test.step('the 村上市 officer approaches supporter1 directly on another request: a third offer', async () => {
    const detail = new RequestDetailPage(city);
    await detail.goto(`/requests/${otherRequestId}`);
    const match = await detail.findMatch(supporter1Name);
    await match.root.getByRole('button', { name: '打診する' }).click();
    await match.root.getByLabel('打診のメッセージ').fill('来年度の行事の見直しについて、一度ご相談できますか。');
    await match.root.getByRole('button', { name: '打診を送る' }).click();
    await expect(match.root.getByText(`${supporter1Name}に打診しました。`, { exact: false })).toBeVisible();
  });

  await test.step('each party has the inbox entry', async () => {
    const expectEntries = async (page: Page, sentences: string[]) => {
      await page.goto('/notifications');
      const inbox = new NotificationsPage(page);
      await expect(inbox.heading).toBeVisible();
      for (const sentence of sentences) await expect(inbox.entries.filter({ hasText: sentence }).first()).toBeVisible();
    };
    await expectEntries(prefecture, [`「村上市」から「${title}」について、支援者の紹介依頼が届きました。`, `「${supporter2Name}」が「${title}」の打診を受けました。`]);
    await expectEntries(city, [
      `「新潟県」が「${title}」に「${supporter2Name}」を紹介しました。`,
      `「${supporter2Name}」が「${title}」の打診を受けました。`,
      `「${supporter1Name}」が「${title}」の打診を辞退しました。`,
    ]);
    await expectEntries(supporter2, [`「新潟県」から、「村上市」の「${title}」への紹介が届きました。`, `「村上市」が「${title}」について「${supporter2Name}」への依頼を確定しました。`]);
    await expectEntries(supporter1, [`「新潟県」から、「村上市」の「${title}」への紹介が届きました。`, `「村上市」から「${otherTitle}」について打診が届きました。`]);
  });

  await test.step('the third offer expires when the test clock passes its deadline, and the municipality and the supporter are told', async () => {
    const moved = await city.request.post('/__test/clock', { data: { advanceDays: 16 } });
    expect(moved.status()).toBe(200);
    const detail = new RequestDetailPage(city);
    await detail.goto(`/requests/${otherRequestId}`);
    const offers = city.getByRole('list', { name: 'この依頼の打診・紹介' });
    await expect(offers.getByRole('article').filter({ hasText: supporter1Name })).toContainText('期限切れ');
    for (const page of [city, supporter1]) {
      await page.goto('/notifications');
      await expect(new NotificationsPage(page).entries.filter({ hasText: `「${otherTitle}」の「${supporter1Name}」への打診は、回答がないまま期限を過ぎました。` }).first()).toBeVisible();
    }
  });

  await test.step('each party has the mail in the test SMTP server (at once, or in the day’s digest)', async () => {
    await expectMailTo(DEMO_ACCOUNTS.niigataPrefecture, title);
    await expectMailTo(DEMO_ACCOUNTS.murakamiCity, title);
    await expectMailTo(DEMO_ACCOUNTS.supporter2, title);
    await expectMailTo(DEMO_ACCOUNTS.supporter1, title);
    await expectMailTo(DEMO_ACCOUNTS.supporter1, otherTitle);
  });
});
