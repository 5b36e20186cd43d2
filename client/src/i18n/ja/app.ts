/** Japanese messages: app, nav, notFound. */
export const app = {
  app: {
    name: 'つなぐ',
    tagline: '地域運営組織と中間支援者をつなぐ',
    skipToContent: '本文へ移動',
    loadingPage: 'ページを読み込んでいます…',
    languageSwitch: '表示言語',
    footerNote: 'つなぐ — 地域運営組織の「柔軟な最適化」を支える中間支援者を探せるサービスです。',
  },
  nav: {
    label: 'アカウントのメニュー',
    search: '支援者を探す',
    home: 'ホーム',
    sufficiency: '充足状況マップ',
    requests: '支援依頼',
    publishedRequests: '公開中の支援依頼',
    introductions: '紹介依頼',
    offers: '届いた打診・紹介',
    rmos: '地域運営組織',
    myProfiles: '自分のプロフィール',
    verification: 'プロフィールの確認',
    audit: '監査ログ',
    sitePages: 'サイトのページ',
    mail: 'メール配信',
    organization: '組織とメンバー',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは移動または削除された可能性があります。',
    home: '支援者の検索へ',
  },
};
