import { expect, test, type Browser, type Page } from '../fixtures/test';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { LoginPage } from '../pages/login-page';
import { NotificationSettingsPage, NotificationsPage, mailInDevMailbox, notificationBadge, unreadCount } from '../pages/notifications-page';
import { RequestDetailPage } from '../pages/request-detail-page';

// Demo data: the RMO account's own record in 村上市.
const OWN_RMO = '（架空）山北地区まちづくり協議会';
const MURAKAMI = '152129';

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * The RMO's secretariat, in its own browser, drafts a request (through the API, the form has its own
 * tests) and submits it on the request's page with 「提出」, as a person would. Returns its id and title.
 */
async function rmoSubmitsRequest(browser: Browser): Promise<{ id: string; title: string; rmoPage: Page }> {
  const context = await browser.newContext();
  const rmoPage = await context.newPage();
  await new LoginPage(rmoPage).signIn(DEMO_ACCOUNTS.murakamiRmo);
  const { rmos } = await graphql<{ rmos: { id: string; name: string }[] }>(rmoPage, `query ($m: String!) { rmos(municipalityCode: $m) { id name } }`, { m: MURAKAMI });
  const own = rmos.find((rmo) => rmo.name === OWN_RMO)!;
  const title = `E2E 通知の確認 ${uniqueSuffix()}`;
  const { createSupportRequest } = await graphql<{ createSupportRequest: { id: string } }>(
    rmoPage,
    `mutation ($input: SupportRequestInput!) { createSupportRequest(input: $input) { id } }`,
    {
      input: {
        municipalityCode: MURAKAMI,
        title,
        background: '役員の高齢化が進み、これからの活動を住民と話し合う場を設けたい。',
        rmoIds: [own.id],
        supportTypes: ['DIALOGUE_FACILITATION'],
        step: 'REFLECTION',
        phase: 'AWARENESS',
        desiredStart: '2027-04',
        durationMonths: 12,
        format: 'IN_PERSON',
        fundingRoute: 'MUNICIPAL_BUDGET',
        budgetMinYen: 100000,
        budgetMaxYen: 500000,
        rmoAgreementConfirmed: true,
        published: false,
      },
    },
  );
  const detail = new RequestDetailPage(rmoPage);
  await detail.goto(`/requests/${createSupportRequest.id}`);
  await detail.action('提出').click();
  await expect(rmoPage.getByText('提出しました', { exact: false }).first()).toBeVisible();
  return { id: createSupportRequest.id, title, rmoPage };
}

/** Screenshots at both widths; nothing spills out sideways. */
async function lookAtBothWidths(page: Page, name: string, outputPath: (file: string) => string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test.describe('notifications: the inbox, its badge, mail and the settings', () => {
  test('an RMO submits: the 村上市 officer sees the unread count and the entry, follows its link, and had the mail at once', async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const { id, title, rmoPage } = await rmoSubmitsRequest(browser);

    await test.step('the header shows how many are unread, read out as 「お知らせ N件（未読）」', async () => {
      await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
      await expect(notificationBadge(page)).toHaveAccessibleName(/^お知らせ \d+件（未読）$/);
      expect(await unreadCount(page)).toBeGreaterThanOrEqual(1);
    });

    const inbox = new NotificationsPage(page);
    await test.step('the inbox lists the entry, unread, in Japanese', async () => {
      await notificationBadge(page).click();
      await expect(inbox.heading).toBeVisible();
      const entry = inbox.entry(title);
      await expect(entry.getByRole('heading', { name: '支援依頼の承認をお願いします' })).toBeVisible();
      await expect(entry).toContainText(`「${OWN_RMO}」が「${title}」を提出しました。内容を確認して承認するか、差し戻してください。`);
      await expect(entry.getByText('未読', { exact: true })).toBeVisible();
      await expectNoSeriousAccessibilityViolations(page);
      await lookAtBothWidths(page, 'inbox', (file) => testInfo.outputPath(file));
    });

    await test.step('following the entry opens the request and marks the entry read', async () => {
      const before = await unreadCount(page);
      await inbox.entry(title).getByRole('link', { name: '支援依頼の承認をお願いします' }).click();
      await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      // Others' actions may add entries meanwhile: this one is read, so the count went down or stayed.
      await expect.poll(() => unreadCount(page)).toBeLessThan(before + 1);
      await page.goto('/notifications');
      await expect(inbox.entry(title)).toBeVisible();
      await expect(inbox.entry(title).getByText('未読', { exact: true })).toHaveCount(0);
    });

    await test.step('the mail went out at once: a fixed Japanese subject, the sentence and a link to the request', async () => {
      const mail = await mailInDevMailbox(page, DEMO_ACCOUNTS.murakamiCity, '【つなぐ】支援依頼の承認をお願いします', `/requests/${id}`);
      expect(mail).toContain(title);
      expect(mail).toContain('/notifications/settings');
    });

    await test.step('nobody else hears of it: the RMO that submitted it has no entry about it', async () => {
      await rmoPage.goto('/notifications');
      await expect(new NotificationsPage(rmoPage).heading).toBeVisible();
      await expect(new NotificationsPage(rmoPage).entry(title)).toHaveCount(0);
      await rmoPage.context().close();
    });
  });

  test('a changed setting governs a later event: the RMO chooses mail at once for endorsements and gets it when 村上市 endorses', async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const { id, title, rmoPage } = await rmoSubmitsRequest(browser);
    const settings = new NotificationSettingsPage(rmoPage);
    const endorsed = '依頼が市区町村に承認されたとき';

    await test.step('the RMO opens 通知の設定 from the inbox and chooses 「すぐにメールで知らせる」 for endorsements', async () => {
      await rmoPage.goto('/notifications');
      await new NotificationsPage(rmoPage).settingsLink.click();
      await expect(settings.heading).toBeVisible();
      // The default for an endorsement is the daily digest, marked as recommended.
      await expect(settings.choice(endorsed, /^1日1回まとめてメールで知らせる（おすすめ）/)).toBeChecked();
      await expectNoSeriousAccessibilityViolations(rmoPage);
      await lookAtBothWidths(rmoPage, 'notification-settings', (file) => testInfo.outputPath(file));
      await settings.choice(endorsed, /^すぐにメールで知らせる/).check();
      await settings.save.click();
      await expect(rmoPage.getByRole('status').filter({ hasText: '通知の設定を保存しました。' })).toBeVisible();
      await rmoPage.reload();
      await expect(settings.choice(endorsed, /^すぐにメールで知らせる/)).toBeChecked();
    });

    await test.step('村上市 endorses the request', async () => {
      await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
      const detail = new RequestDetailPage(page);
      await detail.goto(`/requests/${id}`);
      await detail.action('承認して募集開始').click();
      await expect(page.getByText('承認しました。募集を開始しました。')).toBeVisible();
    });

    await test.step('the RMO has the entry and, at once, the mail', async () => {
      await rmoPage.goto('/notifications');
      const entry = new NotificationsPage(rmoPage).entry(title);
      await expect(entry.getByRole('heading', { name: '支援依頼が承認されました' })).toBeVisible();
      const mail = await mailInDevMailbox(rmoPage, DEMO_ACCOUNTS.murakamiRmo, '【つなぐ】支援依頼が承認されました', `/requests/${id}`);
      expect(mail).toContain(`「村上市」が「${title}」を承認し、募集が始まりました。`);
    });

    await test.step('back to the recommended choice (the demo account stays as it was)', async () => {
      await settings.goto();
      await settings.choice(endorsed, /^1日1回まとめてメールで知らせる/).check();
      await settings.save.click();
      await expect(rmoPage.getByRole('status').filter({ hasText: '通知の設定を保存しました。' })).toBeVisible();
      await rmoPage.context().close();
    });
  });
});
