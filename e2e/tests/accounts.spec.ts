import { expect, test, type Browser, type Page } from '../fixtures/test';
import { DEMO_ACCOUNTS, uniqueSuffix } from '../fixtures/accounts';
import { expectNoSeriousAccessibilityViolations } from '../fixtures/accessibility';
import { AuditLogPage } from '../pages/audit-log-page';
import { LoginPage } from '../pages/login-page';
import { MyProfilesPage } from '../pages/my-profiles-page';
import { ProfileEditorPage } from '../pages/profile-editor-page';
import { RegisterPage } from '../pages/register-page';
import { SearchPage } from '../pages/search-page';
import { SiteHeader } from '../pages/site-header';
import { SupporterPage } from '../pages/supporter-page';
import { VerificationPage } from '../pages/verification-page';

const DIALOGUE = '対話の場づくり';
const NIIGATA = '新潟県';
const OPERATOR_ORGANIZATION = 'つなぐ運営事務局';

/** A fresh browser context: its own cookies, like another person at another desk. */
async function newVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe('accounts: an intermediary keeps its profile live; the prefecture verifies it', () => {
  test('register, fill in the profile, reconfirm; 新潟県 verifies; 村上市 finds it verified with contact details; a visitor sees none', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const suffix = uniqueSuffix();
    const profileName = `E2E対話支援室 ${suffix}`;
    const contactEmail = `contact-${suffix}@example.jp`;
    let profileUrl = '';

    await test.step('an intermediary registers itself', async () => {
      const register = new RegisterPage(page);
      await register.goto();
      await register.register({
        organizationName: `NPO法人 E2E対話支援室 ${suffix}`,
        displayName: '試験 花子',
        email: `intermediary-${suffix}@example.jp`,
        password: 'e2e-password-2026',
        profileName,
        kana: 'いーつーいーたいわしえんしつ',
        kind: 'NPO法人',
        summary: '住民の対話の場づくりを、企画から進行まで伴走します。',
      });
      const myProfiles = new MyProfilesPage(page);
      await expect(myProfiles.heading).toBeVisible();
      await expect(myProfiles.notice).toContainText('登録が完了しました');
      // Signed in at once: the header names the person, the organization and the role.
      const header = new SiteHeader(page);
      await expect(header.banner).toContainText('試験 花子');
      await expect(header.banner).toContainText(`NPO法人 E2E対話支援室 ${suffix}`);
      await expect(header.banner).toContainText('中間支援者');
      const card = myProfiles.profile(profileName);
      await expect(card.badges()).toContainText(['県の確認前', '下書き（検索に表示されません）']);
    });

    await test.step('fills in the profile: support types, service area 新潟県, contact email', async () => {
      await new MyProfilesPage(page).profile(profileName).editLink().click();
      const editor = new ProfileEditorPage(page);
      await expect(editor.heading).toHaveText(`「${profileName}」の編集`);
      await editor.field('紹介').fill('ワークショップや意見交換会の企画・進行を得意としています。');
      await editor.supportType(DIALOGUE).check();
      await editor.supportType('相談対応・情報提供').check();
      await editor.wholePrefecture(NIIGATA).check();
      await editor.availability('受付中').check();
      await editor.field('受入可能数').fill('3');
      await editor.field('現在支援中の件数').fill('1');
      await editor.contactEmail.fill(contactEmail);
      await editor.save.click();

      const myProfiles = new MyProfilesPage(page);
      await expect(myProfiles.notice).toContainText('プロフィールを保存しました');
      const card = myProfiles.profile(profileName);
      await expect(card.badges()).toContainText(['県の確認前', '検索に掲載中']);
      await expect(card.root).toContainText('受付状況の更新: 今日');
      profileUrl = new URL((await card.nameLink.getAttribute('href')) ?? '', page.url()).pathname;
      expect(profileUrl).toMatch(/^\/supporters\/[0-9a-f-]{36}$/);
    });

    await test.step('reconfirms availability with one click, then signs out', async () => {
      const card = new MyProfilesPage(page).profile(profileName);
      await card.reconfirmButton.click();
      await expect(card.status).toContainText('受付状況を確認しました（');
      await expect(card.root).toContainText('受付状況の更新: 今日');
      await new SiteHeader(page).signOut();
      await expect(page).toHaveURL((url) => url.pathname === '/');
    });

    await test.step('the 新潟県 officer finds the profile on /verification and verifies it', async () => {
      const login = new LoginPage(page);
      await login.signIn(DEMO_ACCOUNTS.niigataPrefecture);
      const verification = new VerificationPage(page);
      // Prefecture staff land on their dashboard, their verification work one link away.
      await page.getByRole('link', { name: '確認待ちのプロフィール' }).click();
      await expect(verification.heading).toBeVisible();
      const item = await verification.find(profileName);
      await expect(item.root).toContainText('県の確認前');
      await item.verifyButton.click();
      await expect(item.status).toHaveText('確認済みにしました。');
      await expect(item.root.getByText('県の確認済み', { exact: true }).first()).toBeVisible();
      await expect(item.verifyButton).toHaveCount(0);
      await new SiteHeader(page).signOut();
    });

    await test.step('the 村上市 officer searches 県の確認済みの支援者のみ in 新潟県 and sees the contact email', async () => {
      await new LoginPage(page).signIn(DEMO_ACCOUNTS.murakamiCity);
      const search = new SearchPage(page);
      await search.goto();
      await search.filterVerifiedOnly();
      await search.selectPrefecture(NIIGATA);
      await expect(page).toHaveURL(/verified=1/);
      await search.searchFor(profileName);
      const card = search.cardNamed(profileName);
      await expect(card.verifiedMark).toBeVisible();
      // Every result of a verified-only search carries the badge.
      const cards = await search.cards.count();
      await expect(search.cards.getByText('県の確認済み', { exact: true })).toHaveCount(cards);

      await card.nameLink.click();
      const profile = new SupporterPage(page);
      await expect(profile.heading).toHaveText(profileName);
      await expect(page.getByRole('article').getByText('県の確認済み', { exact: true }).first()).toBeVisible();
      await expect(profile.contactEmailLink(contactEmail)).toHaveAttribute('href', `mailto:${contactEmail}`);
    });

    await test.step('a signed-out visitor opening the same page sees no contact details', async () => {
      const visitor = await newVisitor(browser);
      await visitor.goto(profileUrl);
      const profile = new SupporterPage(visitor);
      await expect(profile.heading).toHaveText(profileName);
      await expect(profile.contactSection).toContainText('連絡先はログインした自治体・都道府県の職員に表示されます');
      await expect(profile.contactLinks).toHaveCount(0);
      await expect(visitor.getByText(contactEmail)).toHaveCount(0);
      await visitor.context().close();
    });
  });
});

test.describe('refusals are worded from their reason codes, in the chosen language', () => {
  test('in English, registration words TOO_SHORT (with its minimum) and the server\'s EMAIL_TAKEN in English', async ({ page }) => {
    await page.goto('/register');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register as an intermediary supporter' })).toBeVisible();
    await page.locator('#register-organizationName').fill('NPO Reason Codes');
    await page.locator('#register-displayName').fill('Test Person');
    await page.locator('#register-email').fill(DEMO_ACCOUNTS.operator);
    await page.locator('#register-password').fill('short');
    await page.locator('#register-name').fill('Reason Codes Office');
    await page.locator('#register-kana').fill('りーずんこーど');
    await page.locator('#register-kind').selectOption({ index: 1 });
    await page.locator('#register-summary').fill('Checks that refusals are translated.');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const summary = page.locator('.error-summary');
    // The reason TOO_SHORT with params { min: 10 }, worded from the English table.
    await expect(summary).toContainText('Password: Use at least 10 characters');
    await page.locator('#register-password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(summary).toContainText('Email address: An account with this email address already exists');
    await expect(page.getByText(/must be|Invalid value|TOO_SHORT|EMAIL_TAKEN/)).toHaveCount(0);
  });
});

test.describe('sign-in problems are explained in Japanese', () => {
  test('a wrong password shows 「メールアドレスまたはパスワードが正しくありません」 and keeps the visitor signed out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submitCredentials(DEMO_ACCOUNTS.murakamiRmo, 'not-the-password');
    await expect(login.errorSummary).toContainText('メールアドレスまたはパスワードが正しくありません');
    // The summary takes focus so screen readers read it; the password is cleared for the next try.
    await expect(login.errorSummary).toBeFocused();
    await expect(login.password).toHaveValue('');
    await expect(new SiteHeader(page).loginLink).toBeVisible();
  });

  test('repeated failures are refused with 「試行回数が多すぎます。N分後にもう一度お試しください」', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    // An address nobody uses: its counter is this test's alone (5 failures per account by default).
    const email = `nobody-${uniqueSuffix()}@example.jp`;
    let refused = false;
    for (let attempt = 1; attempt <= 10 && !refused; attempt++) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SignIn'));
      await login.submitCredentials(email, 'not-the-password');
      const body: unknown = await (await answered).json();
      refused = JSON.stringify(body).includes('RATE_LIMITED');
    }
    expect(refused, 'sign-in is refused after repeated failures').toBe(true);
    await expect(login.errorSummary).toContainText(/試行回数が多すぎます。\d+分後にもう一度お試しください/);
  });

  test('a page behind sign-in sends a visitor to /login and back; a role without access is told so', async ({ page }) => {
    await page.goto('/my/profiles');
    await expect(page).toHaveURL(/\/login\?next=%2Fmy%2Fprofiles$/);
    await expect(page.getByText('この画面を表示するにはログインしてください。')).toBeVisible();
    const login = new LoginPage(page);
    await login.submitCredentials(DEMO_ACCOUNTS.supporter1, 'tsunagu-demo-2026');
    await expect(new MyProfilesPage(page).heading).toBeVisible();

    await page.goto('/verification');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('この画面を表示する権限がありません');
  });
});

test.describe('operators read the audit log', () => {
  test('filtered by entity type, with readable before and after', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.operator);
    const audit = new AuditLogPage(page);
    await audit.goto();
    await audit.entityType.selectOption({ label: 'ユーザー' });
    // Sign-ins are folded away unless asked for.
    await audit.showSessions.check();
    await audit.apply.click();
    await expect(page).toHaveURL(/entity=User/);
    await expect(page).toHaveURL(/sessions=1/);
    // The operator's own sign-in is there, newest first among the users' entries, named by the user rather than an id.
    await expect(audit.rows.filter({ hasText: 'ログイン' }).filter({ hasText: DEMO_ACCOUNTS.operator }).first()).toBeVisible();
    // The unfiltered page can still be on screen for a moment: wait for the filtered one.
    await expect.poll(async () => (await audit.entityKinds()).filter((kind) => kind !== 'ユーザー')).toEqual([]);
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('filtered by the organization chosen by name, each row naming the actor organization', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.operator);
    const audit = new AuditLogPage(page);
    await audit.goto();
    await expect(audit.organization.locator('option').first()).toHaveText('すべての組織');
    await audit.chooseOrganization(OPERATOR_ORGANIZATION);
    await audit.showSessions.check();
    await audit.apply.click();
    await expect(page).toHaveURL(/org=[0-9a-f-]{36}/);
    await expect(audit.organization.locator('option:checked')).toHaveText(`${OPERATOR_ORGANIZATION}（運営事務局）`);
    await expect(audit.rows.filter({ hasText: DEMO_ACCOUNTS.operator }).first()).toBeVisible();
    for (const actor of await audit.actorColumn()) expect(actor).toContain(OPERATOR_ORGANIZATION);
    await expectNoSeriousAccessibilityViolations(page);
  });
});

test.describe('account pages have no serious accessibility violations', () => {
  test('login (with an error) and register', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expectNoSeriousAccessibilityViolations(page);
    await login.submit.click();
    await expect(login.errorSummary).toContainText('入力内容に誤りがあります');
    await expectNoSeriousAccessibilityViolations(page);

    const register = new RegisterPage(page);
    await register.goto();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('profile editor (with server errors) and my profiles', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.supporter1);
    const myProfiles = new MyProfilesPage(page);
    await myProfiles.goto();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);

    await page.goto('/my/profiles/new');
    const editor = new ProfileEditorPage(page);
    await expect(editor.heading).toHaveText('プロフィールの追加');
    await expectNoSeriousAccessibilityViolations(page);

    // The server's field-level reasons appear next to the fields and in the summary.
    await editor.field('名前').fill('E2E 検証用');
    await editor.field('ふりがな').fill('いーつーいーけんしょうよう');
    await editor.field('ひとこと紹介').fill('アクセシビリティ確認用の入力です。');
    await editor.contactEmail.fill('not-an-email');
    await editor.save.click();
    await expect(editor.errorSummary).toBeFocused();
    await expect(editor.errorSummary).toContainText('支援の種類: 1つ以上選んでください');
    await expect(editor.errorSummary).toContainText('連絡先メールアドレス: メールアドレスの形式で入力してください');
    await expect(editor.contactEmail).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('verification', async ({ page }) => {
    await new LoginPage(page).signIn(DEMO_ACCOUNTS.niigataPrefecture);
    const verification = new VerificationPage(page);
    await verification.goto();
    await expect(verification.items.first()).toBeVisible();
    await page.getByRole('button', { name: '差し戻す' }).first().click();
    await expect(page.getByRole('textbox', { name: /を差し戻す理由/ })).toBeFocused();
    await expectNoSeriousAccessibilityViolations(page);
  });
});
