const WHOLE_NUMBER = /^\d+$/;

/** Accepts full-width digits (「１０」, as Japanese input methods often produce) and thousands separators. */
function normalizeDigits(value: string): string {
  return value
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
}

/** Whether the text is a whole number of 0 or more (as typed, see normalizeDigits). */
export function isWholeNumber(value: string): boolean {
  return WHOLE_NUMBER.test(normalizeDigits(value));
}

/** The number typed; call after isWholeNumber. */
export function parseWholeNumber(value: string): number {
  return Number(normalizeDigits(value));
}
