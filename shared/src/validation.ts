/**
 * Rules for typed text that the client checks before saving and the server checks again, so a
 * form can show every problem at once.
 */

/**
 * A reading (ふりがな): hiragana, katakana (full or half width), the prolonged sound mark, the
 * middle dot and spaces. Kanji and Latin letters are refused.
 */
export const KANA_PATTERN = /^[\p{Script=Hiragana}\p{Script=Katakana}ー－ｰ・･ﾞﾟ゛゜\s]+$/u;

/** Whether `text` is written in kana only (blank text is not; check required fields first). */
export function isKana(text: string): boolean {
  return KANA_PATTERN.test(text.trim());
}

/** A plausible email address (the server applies the full rules). */
export function looksLikeEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(text.trim());
}

/** A plausible http:// or https:// address with a host name (the server applies the full rules). */
export function looksLikeWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
