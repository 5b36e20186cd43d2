/**
 * Folds Japanese text so that variants match: NFKC (full/half-width letters, digits and
 * half-width katakana), lower case, and katakana to hiragana. The server stores this form
 * of each profile's searchable text and folds queries the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** Splits a search query into folded terms (AND semantics); blank input gives no terms. */
export function searchTerms(text: string): string[] {
  return foldForSearch(text)
    .split(/\s+/u)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

/** Escapes LIKE wildcards so `%`, `_` and `\` in user input are matched literally. */
export function escapeLikePattern(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Optional text as stored: trimmed, with blank (or absent) meaning "none". */
/**
 * User text with its web addresses made inert ("https://x" → "https[:]//x"), for plain-text mail,
 * whose readers' programs would otherwise turn them into links.
 */
export function plainTextUrls(text: string): string {
  return text.replace(/\b(https?|ftp):\/\//gi, '$1[:]//').replace(/\bwww\./gi, 'www[.]');
}

export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Characters as a person counts them (Unicode code points, so an emoji or a rare kanji outside
 * the BMP counts once): the server's length limits and the client's counters both use it.
 */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * The distinct two-character pieces of a folded text (by code point), as the search indexes keep
 * them: a text contains a word only if it holds every bigram of the word, so an index of bigrams
 * finds the candidates of any word of two or more characters, which a substring check confirms.
 */
export function distinctBigrams(folded: string): string[] {
  const chars = [...folded];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    if (/\s/u.test(chars[i]) || /\s/u.test(chars[i + 1])) continue;
    bigrams.add(chars[i] + chars[i + 1]);
  }
  return [...bigrams];
}
