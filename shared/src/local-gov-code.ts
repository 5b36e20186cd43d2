/**
 * Check digit of a 全国地方公共団体コード: weight the first five digits 6,5,4,3,2, take the
 * sum mod 11 and keep the last digit of 11 minus it (so remainder 0 gives 1, remainder 1 gives 0).
 */
export function localGovCheckDigit(firstFiveDigits: string): number {
  if (!/^\d{5}$/.test(firstFiveDigits)) throw new Error(`expected five digits, got "${firstFiveDigits}"`);
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(firstFiveDigits[i]), 0);
  const remainder = sum % 11;
  return (11 - remainder) % 10;
}

/** True when a six-digit code's last digit is its correct check digit. */
export function isValidLocalGovCode(code: string): boolean {
  return /^\d{6}$/.test(code) && localGovCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
