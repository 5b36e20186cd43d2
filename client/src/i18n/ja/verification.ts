/** Japanese messages: verification. */
export const verification = {
  verification: {
    importRoster: '支援者名簿（Excel・CSV）を取り込む',
    exportLabel: '確認待ちの一覧',
    title: 'プロフィールの確認',
    lead: '{{scope}}で活動する支援者のプロフィールです。内容を確認できたら「確認済みにする」を、修正が必要なら理由を添えて「差し戻す」を押してください。',
    allPrefectures: 'すべての都道府県',
    statusLabel: '確認状況',
    statusAll: 'すべて',
    resultsHeading: '確認の対象',
    count: '{{scope}}: {{count, number}}件',
    empty: '条件に合うプロフィールはありません。',
    verify: '確認済みにする',
    reject: '差し戻す',
    rejectSubmit: '差し戻しを送る',
    reasonLabel: '「{{name}}」を差し戻す理由',
    reasonHint: '支援者に表示されます。修正してほしい点を具体的に書いてください（500文字以内）。',
    reasonShown: '理由',
    verifiedDone: '確認済みにしました。',
    rejectedDone: '差し戻しました。',
  },
};
