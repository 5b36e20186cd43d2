import { expect, test, type Browser, type Page } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';
import { RequestDetailPage } from '../pages/request-detail-page';

test.describe.configure({ mode: 'serial' });

const MURAKAMI = '152129';

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

/** An open request of 村上市 for its first RMO record (written through the API: the form has its own tests). */
async function openRequest(page: Page, title: string, rmoIds: string[]): Promise<string> {
  const { createSupportRequest } = await graphql<{ createSupportRequest: { id: string } }>(
    page,
    `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`,
    {
      input: {
        municipalityCode: MURAKAMI,
        title,
        background: '設立から10年がたち、役員の負担が重くなった。活動と組織を住民と一緒に見直したい。',
        rmoIds,
        supportTypes: ['DIALOGUE_FACILITATION'],
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

test('村上市 turns a confirmed offer into an engagement; supporter2 logs a あり方検討会, moves to step 2 and adds an OJT trainee; every party writes its review; the case is drafted, approved and published by 新潟県; an anonymous visitor finds it; matching names the completed engagement', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (file: string) => testInfo.outputPath(file);
  const suffix = uniqueSuffix();
  const title = `（E2E）山北地区のあり方見直し ${suffix}`;
  // A word of the case only this run writes (the library keeps earlier runs' cases).
  const keyword = `振り返り記録${suffix}`;

  const city = await signedIn(browser, DEMO_ACCOUNTS.murakamiCity);
  const prefecture = await signedIn(browser, DEMO_ACCOUNTS.niigataPrefecture);
  const supporter1 = await signedIn(browser, DEMO_ACCOUNTS.supporter1);
  const supporter2 = await signedIn(browser, DEMO_ACCOUNTS.supporter2);
  const { mySupporterProfiles: [lead] } = await graphql<{ mySupporterProfiles: { id: string; name: string }[] }>(supporter2, `{ mySupporterProfiles { id name } }`);
  const { mySupporterProfiles: [trainee] } = await graphql<{ mySupporterProfiles: { id: string; name: string }[] }>(supporter1, `{ mySupporterProfiles { id name } }`);
  const { rmos } = await graphql<{ rmos: { id: string; name: string }[] }>(city, `{ rmos { id name } }`);

  // A confirmed offer: 村上市 approaches supporter2, which accepts, and 村上市 confirms (the offer pages have their own tests).
  const requestId = await openRequest(city, title, [rmos[0].id]);
  const { approachSupporter } = await graphql<{ approachSupporter: { id: string } }>(
    city,
    `mutation ($input: ApproachSupporterInput!) { approachSupporter(input: $input) { id } }`,
    { input: { requestId, supporterId: lead.id, message: 'あり方検討会の進行をお願いできますか。' } },
  );
  await graphql(supporter2, `mutation ($input: RespondToOfferInput!) { respondToOffer(input: $input) { id } }`, {
    input: { offerId: approachSupporter.id, response: 'ACCEPT', availabilityNote: '4月から月1回伺えます。' },
  });
  await graphql(city, `mutation ($id: ID!) { confirmOffer(id: $id) { id } }`, { id: approachSupporter.id });

  let engagementUrl = '';
  await test.step('the 村上市 officer turns the confirmed offer into an engagement from the offer’s page', async () => {
    await city.goto(`/offers/${approachSupporter.id}`);
    await expect(city.getByRole('heading', { name: '支援を始める' })).toBeVisible();
    await city.getByRole('button', { name: 'この打診から支援を始める' }).click();
    await city.waitForURL(/\/engagements\//);
    await expect(city.getByRole('heading', { level: 1, name: title })).toBeVisible();
    engagementUrl = new URL(city.url()).pathname;
    expect(engagementUrl).toMatch(/^\/engagements\/[0-9a-f-]{36}$/);
    await expect(city.locator('.request-header')).toContainText('開始前');
    await expect(city.getByText(rmos[0].name).first()).toBeVisible();
    // Each step says what it means and what each party does.
    await city.locator('.step-list__item').first().getByText('このステップについて').click();
    await expect(city.locator('.step-list__item').first()).toContainText('あり方検討会');
    await lookAtBothWidths(city, 'engagement-planned', shot);
  });

  await test.step('supporter2 starts it, logs a あり方検討会, ticks its item, moves to step 2 and adds an OJT trainee', async () => {
    await supporter2.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: '支援の進行' }).click();
    await supporter2.getByRole('link', { name: title }).click();
    await supporter2.getByRole('button', { name: '支援を開始する' }).click();
    await expect(supporter2.getByText('支援を開始しました。')).toBeVisible();

    await supporter2.getByText('活動を記録する').click();
    await supporter2.getByLabel('種類').selectOption({ label: 'あり方検討会' });
    await supporter2.getByLabel('実施日').fill('2027-04-20');
    await supporter2.getByLabel('参加人数').fill('18');
    await supporter2.getByLabel('内容・決まったこと').fill('役員と住民18人で、これまでの行事と会議を振り返った。');
    await supporter2.getByRole('button', { name: '記録する' }).click();
    await expect(supporter2.getByText('活動を記録しました。')).toBeVisible();
    const log = supporter2.locator('.activity-list').first();
    await expect(log).toContainText('あり方検討会');
    await expect(log).toContainText('18人');

    await supporter2.getByLabel(/中間支援者: あり方の検討が効果的に進むよう/).click();
    await expect(supporter2.getByLabel(/中間支援者: あり方の検討が効果的に進むよう/)).toBeChecked();
    // Another party's item is not its to tick.
    await expect(supporter2.getByLabel(/市区町村: あり方検討会の必要性/)).toBeDisabled();

    await supporter2.getByRole('button', { name: '次のステップに進む' }).click();
    await supporter2.locator('.confirm-box').getByRole('button', { name: '次のステップに進む' }).click();
    await expect(supporter2.getByText('次のステップに進みました。')).toBeVisible();
    await expect(supporter2.locator('.step-list__item--current')).toContainText('意義や方法の共有');

    await supporter2.getByText('OJTの参加者を加える').click();
    await supporter2.getByLabel('ほかの団体の支援者（プロフィールのURLかID）').fill(`http://localhost/supporters/${trainee.id}`);
    await supporter2.getByRole('button', { name: '加える', exact: true }).click();
    await expect(supporter2.getByText('OJTの参加者を加えました。')).toBeVisible();
    await expect(supporter2.locator('section', { has: supporter2.getByRole('heading', { name: 'OJT（育成）' }) })).toContainText('参加の同意待ち');
    await lookAtBothWidths(supporter2, 'engagement-active', shot);

    // The trainee's organization agrees.
    await supporter1.goto(engagementUrl);
    await supporter1.getByRole('button', { name: '参加する' }).click();
    await expect(supporter1.getByText('お答えしました。')).toBeVisible();
    await expect(supporter1.locator('section', { has: supporter1.getByRole('heading', { name: 'OJT（育成）' }) })).toContainText('参加中');
  });

  await test.step('the engagement reaches its review and each party writes its part; the review completes it', async () => {
    await city.goto(engagementUrl);
    await city.getByRole('button', { name: '総括に進む' }).click();
    await city.locator('.confirm-box').getByRole('button', { name: '総括に進む' }).click();
    await expect(city.getByText('総括に進みました。')).toBeVisible();
    await city.getByLabel('活動や組織の変化（依頼の目的に照らして）').fill('会議を半分に減らし、祭りは住民の実行委員会に任せた。');
    await city.getByLabel('教訓・次に生かすこと').fill('早めに若い世代を巻き込む。');
    for (const criterion of ['活動内容の見直しが進んだ', '組織運営の見直しが進んだ', '住民・関係者の対話が深まった', '支援の進め方が地域に合っていた', '自分たちで続けていける見通しが立った']) {
      await city.getByLabel(criterion).selectOption('5');
    }
    await lookAtBothWidths(city, 'engagement-review', shot);
    await city.getByRole('button', { name: '総括を書く' }).click();
    await expect(city.getByText('総括を保存しました。')).toBeVisible();
    await expect(city.locator('.request-header')).toContainText('総括中');

    await supporter2.goto(engagementUrl);
    await supporter2.getByLabel('支援を通じた見方').fill('住民の対話の場が自走し始めた。');
    await supporter2.getByRole('button', { name: '総括を書く' }).click();
    await expect(supporter2.getByText('総括を保存しました。')).toBeVisible();
    await expect(supporter2.locator('.request-header')).toContainText('完了');
  });

  let caseUrl = '';
  await test.step('supporter2 drafts the case without the RMO’s name; 村上市 approves it; 新潟県 publishes it', async () => {
    await supporter2.getByRole('textbox', { name: '事例のタイトル' }).fill(`${title} の事例`);
    await supporter2.getByRole('textbox', { name: '概要' }).fill(`あり方検討会で会議と行事を見直した。${keyword}`);
    await supporter2.getByRole('textbox', { name: '進め方' }).fill('あり方検討会、勉強会、総括の順に進めた。');
    await supporter2.getByLabel('市区町村の人口規模').selectOption({ label: '5万〜10万人' });
    await supporter2.getByRole('button', { name: '下書きを作る' }).click();
    await expect(supporter2.getByText('事例の下書きを作りました。')).toBeVisible();
    await supporter2.getByRole('link', { name: '事例を開く' }).click();
    caseUrl = new URL(supporter2.url()).pathname;
    await expect(supporter2.getByText('（名前は公開していません）')).toBeVisible();
    // The draft can still be edited.
    await supporter2.getByText('下書きを編集する').click();
    await supporter2.getByLabel('地域運営組織の範囲').selectOption({ label: '旧市町村' });
    await supporter2.getByRole('button', { name: '下書きを保存する' }).click();
    await expect(supporter2.getByText('事例を更新しました。')).toBeVisible();
    await expect(supporter2.locator('.facts')).toContainText('旧市町村');
    await supporter2.getByRole('button', { name: '市区町村に承認を依頼する' }).click();
    await expect(supporter2.getByText('市区町村の承認待ち')).toBeVisible();

    await city.goto(caseUrl);
    await city.getByRole('button', { name: '承認する' }).click();
    await expect(city.getByText('県の公開待ち')).toBeVisible();

    await prefecture.goto(caseUrl);
    await prefecture.getByRole('button', { name: '事例として公開する' }).click();
    await expect(prefecture.getByRole('button', { name: '公開をやめる' })).toBeVisible();
    await lookAtBothWidths(prefecture, 'case-page', shot);
  });

  await test.step('an anonymous visitor finds it in the case library by type and by a Japanese word', async () => {
    const visitor = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
    await visitor.goto('/');
    await visitor.getByRole('contentinfo').getByRole('link', { name: '事例集' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: '事例集' })).toBeVisible();
    await visitor.getByLabel('支援の種類').selectOption({ label: '対話の場づくり' });
    await visitor.getByLabel('都道府県').selectOption({ label: '新潟県' });
    await visitor.getByRole('button', { name: '探す' }).click();
    await expect(visitor.getByRole('link', { name: `${title} の事例` })).toBeVisible();
    await lookAtBothWidths(visitor, 'case-library', shot);
    await visitor.getByLabel('都道府県').selectOption({ label: '指定しない' });

    await visitor.getByLabel('支援の種類').selectOption({ label: '指定しない' });
    await visitor.getByLabel('言葉で探す').fill(keyword);
    await visitor.getByRole('button', { name: '探す' }).click();
    await expect(visitor.getByRole('heading', { name: '1件の事例' })).toBeVisible();
    await visitor.getByRole('link', { name: `${title} の事例` }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: `${title} の事例` })).toBeVisible();
    await expect(visitor.getByText('（名前は公開していません）')).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'もとの支援を開く' })).toHaveCount(0);
    // A draft of someone else's is not found.
    await visitor.goto(engagementUrl);
    await expect(visitor.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  });

  await test.step('新潟県 reads its engagements by step and status, with those not updated for 90 days flagged', async () => {
    await prefecture.getByRole('navigation', { name: 'アカウントのメニュー' }).getByRole('link', { name: '支援の進行' }).click();
    await expect(prefecture.getByRole('heading', { name: '県内の支援の状況' })).toBeVisible();
    const overview = prefecture.locator('section', { has: prefecture.getByRole('heading', { name: '県内の支援の状況' }) });
    await expect(overview.getByRole('table')).toContainText('総括');
    // The demo's model-formation engagement has not been updated for four months.
    await expect(overview.getByRole('link', { name: '（架空）神林地区 モデル地区での見直し' })).toBeVisible();
    await lookAtBothWidths(prefecture, 'prefecture-overview', shot);
  });

  await test.step('matching’s track-record reason names the completed engagement', async () => {
    const nextRequest = await openRequest(city, `（E2E）別地区の対話 ${suffix}`, [rmos[0].id]);
    const detail = new RequestDetailPage(city);
    await detail.goto(`/requests/${nextRequest}`);
    const match = await detail.findMatch(lead.name);
    await expect(match.root).toContainText(`村上市「${title}」`);
  });
});

test('村上市 records an engagement begun outside Tsunagu, with a registered supporter, at its step and date', async ({ browser }, testInfo) => {
  const city = await signedIn(browser, DEMO_ACCOUNTS.murakamiCity);
  const supporter1 = await signedIn(browser, DEMO_ACCOUNTS.supporter1);
  const { mySupporterProfiles: [profile] } = await graphql<{ mySupporterProfiles: { id: string; name: string }[] }>(supporter1, `{ mySupporterProfiles { id name } }`);
  const title = `（E2E）以前からの協働 ${uniqueSuffix()}`;
  await city.goto('/engagements');
  await city.getByText('以前からの支援を記録する').click();
  await city.getByLabel('支援の名前').fill(title);
  await city.getByLabel('中間支援者（プロフィールのURLかID）').fill(`http://localhost/supporters/${profile.id}`);
  await city.getByRole('group', { name: '対象の地域運営組織' }).getByRole('checkbox').first().check();
  await city.getByRole('checkbox', { name: 'プロジェクト・イベントの企画・実行支援' }).check();
  await city.getByLabel('現在のステップ').selectOption({ label: '3. 実例（モデル）の形成' });
  await city.getByLabel('始まった日').fill('2026-04-01');
  await lookAtBothWidths(city, 'record-engagement', (file) => testInfo.outputPath(file));
  await city.getByRole('button', { name: '記録する' }).click();
  await expect(city.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(city.locator('.request-header')).toContainText('進行中');
  await expect(city.locator('.step-list__item--current')).toContainText('開始 2026-04-01');
});
