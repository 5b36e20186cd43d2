/**
 * Reading yen amounts out of a supporter's free-text fee notes (料金の目安), so a request's budget
 * can be weighed against them. Notes are prose ("ワークショップ1回あたり5万円〜"), so this finds
 * amounts written with 円 (optionally 万円/千円) and ignores everything else.
 */

const YEN_AMOUNT = /(\d[\d,，]*(?:\.\d+)?)\s*(万|千)?\s*円/g;

/** Every yen amount written in `text`, in order of appearance (full-width digits are accepted). */
export function yenAmountsIn(text: string): number[] {
  const normalized = text.normalize('NFKC');
  const amounts: number[] = [];
  for (const match of normalized.matchAll(YEN_AMOUNT)) {
    const value = Number(match[1].replace(/[,，]/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = match[2] === '万' ? 10_000 : match[2] === '千' ? 1_000 : 1;
    amounts.push(Math.round(value * unit));
  }
  return amounts;
}

/** The lowest fee the notes mention, or null if they name no amount (e.g. "お見積りします"). */
export function lowestFeeYen(feeNotes: string | null | undefined): number | null {
  if (!feeNotes) return null;
  const amounts = yenAmountsIn(feeNotes).filter((a) => a > 0);
  return amounts.length === 0 ? null : Math.min(...amounts);
}

/** "5万円", "3,000円": how an amount is written back in explanations. */
export function formatYen(amount: number): string {
  if (amount >= 10_000 && amount % 1_000 === 0) {
    const man = amount / 10_000;
    return `${Number.isInteger(man) ? man.toLocaleString('ja-JP') : man.toFixed(1)}万円`;
  }
  return `${amount.toLocaleString('ja-JP')}円`;
}
