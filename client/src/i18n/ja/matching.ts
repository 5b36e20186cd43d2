import { MATCH_WORDING } from '@tsunagu/shared';

/** Japanese messages: matches and the words of their explanations. */
export const matching = {
  matches: {
    title: '候補の支援者',
    lead: '希望する支援の種類に対応する支援者を、100点満点の点数の高い順に表示しています。点数は、支援の種類・対応地域・受付状況・財源・ステップ・実績・面識・関心表明の8項目の合計で、項目ごとに理由を示しています。',
    loading: '候補を読み込んでいます…',
    empty: '候補の支援者はまだいません。',
    emptyHint: '希望する支援の種類を入力すると、その種類に対応する支援者が表示されます。',
    listLabel: '候補の支援者（点数の高い順）',
    rank: '{{rank}}位',
    outOf: '点 / 100点',
    breakdownCaption: '{{name}}の点数の内訳',
    factor: '項目',
    points: '点数',
    reason: '理由',
    pointsOf: '{{points}} / {{weight}}点',
    weight: '最大{{weight}}点',
    total: '合計',
    noReason: '評価なし',
    flagsLabel: '注意',
    compare: '比較に追加',
    comparisonHeading: '候補の比較（{{count}} / {{max}}件）',
    comparisonHint: '「比較に追加」で{{max}}件まで選ぶと、項目ごとに並べて比較できます。',
    comparisonCaption: '候補の支援者の項目ごとの比較',
    comparisonFull: '比較できるのは{{max}}件までです。ほかの候補を比較から外してから追加してください。',
    removeFromComparison: '比較から外す',
    removeFromComparisonLabel: '{{name}}を比較から外す',
    compareWhom: '（{{name}}）',
    added: '{{name}}を比較に追加しました（{{count}} / {{max}}件）',
    removed: '{{name}}を比較から外しました',
  },
  /** Words for the match explanation codes: shared with the server's exports (shared/src/match-wording.ts). */
  ...MATCH_WORDING.ja,
};
