import type { MigrationInterface, QueryRunner } from 'typeorm';

/** First text of each page; operators replace it with their own (updateSitePage, audited). */
const PAGES: { slug: string; title: string; body: string; titleEn: string; bodyEn: string }[] = [
  {
    slug: 'TERMS',
    title: '利用規約',
    body: `この利用規約は、「つなぐ」（以下「本サービス」）の利用条件を定めるものです。本サービスを利用する方は、この規約に同意したものとみなします。

## 第1条（本サービスの目的）
本サービスは、地域運営組織を支える市区町村・都道府県と、中間支援者（NPO、コンサルタント、大学、支援センターなど）をつなぐことを目的とします。

## 第2条（アカウント）
- 中間支援者は自ら登録できます。自治体と地域運営組織のアカウントは招待によって作成されます。
- アカウントの情報は正確に保ち、パスワードは他人に知られないよう管理してください。

## 第3条（禁止事項）
- 虚偽の情報の登録
- 他の利用者になりすます行為
- 本サービスの運営を妨げる行為、不正なアクセス
- 掲載された連絡先を本サービスの目的以外に使う行為

## 第4条（掲載内容）
支援者のプロフィールは、各支援者が自らの責任で登録・更新します。運営者は内容の正確さを保証しません。

## 第5条（変更）
運営者は、必要に応じてこの規約を変更できます。変更後の規約は本ページに掲載した時点から効力を持ちます。`,
    titleEn: 'Terms of use',
    bodyEn: `These terms set out how Tsunagu (the service) may be used. Using the service means accepting them.

## 1. Purpose
The service connects municipalities and prefectures supporting regional management organizations with intermediary supporters.

## 2. Accounts
- Intermediaries register themselves; public-sector and RMO accounts are created by invitation.
- Keep your account details accurate and your password to yourself.

## 3. Not allowed
- Registering false information, impersonating others, disrupting the service or accessing it without permission
- Using published contact details for anything other than the purpose of the service

## 4. Changes
The operator may change these terms; changes take effect when published on this page.`,
  },
  {
    slug: 'PRIVACY',
    title: 'プライバシーポリシー',
    body: `運営者は、本サービスで取り扱う個人情報を、個人情報の保護に関する法律その他の法令に従い適切に取り扱います。

## 取得する情報
- アカウントの氏名、メールアドレス、所属組織
- 支援者プロフィールに登録された連絡先などの情報
- ログイン日時、操作の記録（不正利用の防止と監査のため）

## 利用目的
- 本サービスの提供、本人確認、お知らせの送付
- 不正利用の防止と、操作記録による監査

## 第三者への提供
法令に基づく場合を除き、本人の同意なく第三者に提供しません。支援者の連絡先は、ログインした自治体・地域運営組織の職員にのみ表示されます。

## 開示・訂正・削除
ご自身の情報の開示、訂正、削除のご希望は「お問い合わせ」からご連絡ください。`,
    titleEn: 'Privacy policy',
    bodyEn: `The operator handles personal information in this service in accordance with Japan's Act on the Protection of Personal Information and other laws.

## What we collect
- Account names, email addresses and organizations
- Contact details entered in supporter profiles
- Sign-in times and a record of changes (to prevent misuse and for audit)

## Why
- To provide the service, confirm identities and send notices
- To prevent misuse and audit changes

## Sharing
Nothing is given to third parties without consent unless the law requires it. Supporters' contact details are shown only to signed-in public-sector and RMO staff.

## Your information
To see, correct or delete your information, use the contact page.`,
  },
  {
    slug: 'OPERATOR',
    title: '運営者情報',
    body: `## 運営者
つなぐ運営事務局

## 所在地
（運営者が記入してください）

## 連絡先
「お問い合わせ」ページをご覧ください。

## このサービスについて
総務省「地域運営組織の柔軟な最適化」に関する調査（令和6年度）を踏まえ、地域運営組織と中間支援者をつなぐために運営しています。`,
    titleEn: 'About the operator',
    bodyEn: `## Operator
Tsunagu operations office

## Address
(To be filled in by the operator)

## Contact
See the contact page.`,
  },
  {
    slug: 'ACCESSIBILITY',
    title: 'アクセシビリティ方針',
    body: `本サービスは、年齢や障害の有無、使う機器にかかわらず、誰もが利用できることを目指しています。

## 目標とする基準
JIS X 8341-3:2016 の適合レベルAAに準拠することを目標とします。

## 取り組み
- デジタル庁デザインシステムの色と文字の大きさを使い、十分なコントラストを保ちます。
- キーボードだけで操作でき、画面読み上げソフトで内容が分かるようにします。
- スマートフォンの狭い画面でも使えるようにします。
- 公開前に自動検査（axe）で確認しています。

## ご意見
使いにくい点がありましたら、「お問い合わせ」からお知らせください。`,
    titleEn: 'Accessibility statement',
    bodyEn: `The service aims to be usable by everyone, whatever their age, disability or device.

## Target
Conformance with JIS X 8341-3:2016 (WCAG 2.0) level AA.

## What we do
- Colours and type sizes of the Digital Agency design system, with sufficient contrast
- Full keyboard operation and screen-reader support
- Layouts that work on narrow phone screens
- Automated checks (axe) before every release

## Feedback
Please tell us about anything hard to use through the contact page.`,
  },
  {
    slug: 'CONTACT',
    title: 'お問い合わせ',
    body: `本サービスについてのご質問、ご意見、個人情報に関するご請求は、次の窓口で受け付けています。

## 窓口
つなぐ運営事務局（受付時間: 平日 9時〜17時）

## メール
（運営者が記入してください）

返信までに数日いただくことがあります。パスワードを忘れた場合は、ログイン画面の「パスワードを忘れた方」から再設定できます。`,
    titleEn: 'Contact',
    bodyEn: `For questions, feedback or requests about your personal information, contact the Tsunagu operations office (weekdays 9:00–17:00).

## Email
(To be filled in by the operator)

If you forgot your password, reset it from the sign-in page.`,
  },
];

/** The public-service pages (terms, privacy, operator, accessibility, contact) whose text operators edit. */
export class SitePages1764461100000 implements MigrationInterface {
  name = 'SitePages1764461100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE site_page (
        slug text PRIMARY KEY CHECK (slug IN ('TERMS', 'PRIVACY', 'OPERATOR', 'ACCESSIBILITY', 'CONTACT')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        title_en text CHECK (length(title_en) <= 100),
        body_en text CHECK (length(body_en) <= 20000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const page of PAGES) {
      await queryRunner.query('INSERT INTO site_page (slug, title, body, title_en, body_en) VALUES ($1, $2, $3, $4, $5)', [
        page.slug,
        page.title,
        page.body,
        page.titleEn,
        page.bodyEn,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE site_page');
  }
}
