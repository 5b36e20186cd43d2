import { escapeLikePattern, foldForSearch, searchTerms } from './text';

describe('foldForSearch', () => {
  it('folds katakana (full and half width) to hiragana', () => {
    expect(foldForSearch('コミュニティ')).toBe('こみゅにてぃ');
    expect(foldForSearch('ｺﾐｭﾆﾃｨ')).toBe('こみゅにてぃ');
    expect(foldForSearch('ボウサイ')).toBe('ぼうさい');
  });

  it('folds full-width letters and digits to lower-case ASCII', () => {
    expect(foldForSearch('ＡＢＣ１２３')).toBe('abc123');
  });

  it('leaves kanji alone', () => {
    expect(foldForSearch('防災')).toBe('防災');
  });
});

describe('searchTerms', () => {
  it('splits on ASCII and full-width spaces and drops blanks', () => {
    expect(searchTerms(' 防災　ワークショップ  ')).toEqual(['防災', 'わーくしょっぷ']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('escapeLikePattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
