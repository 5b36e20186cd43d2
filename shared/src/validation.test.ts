import { PHONE_PATTERN } from './limits';
import { isKana, looksLikeEmailAddress, looksLikeWebAddress } from './validation';

describe('reading (ふりがな)', () => {
  it.each(['むらかみまちづくりしえんしつ', 'ムラカミ　マチヅクリ', 'えぬぴーおー・ほうじん', 'ﾑﾗｶﾐ'])('accepts %s', (text) => {
    expect(isKana(text)).toBe(true);
  });
  it.each(['村上まちづくり', 'NPOほうじん', '', '   ', 'むらかみ1'])('refuses %j', (text) => {
    expect(isKana(text)).toBe(false);
  });
});

describe('addresses the client checks before saving', () => {
  it('tells plausible email addresses', () => {
    expect(looksLikeEmailAddress('contact@example.jp')).toBe(true);
    expect(looksLikeEmailAddress('not-an-email')).toBe(false);
    expect(looksLikeEmailAddress('a@b')).toBe(false);
  });
  it('takes only http and https addresses with a host name', () => {
    expect(looksLikeWebAddress('https://example.jp/about')).toBe(true);
    expect(looksLikeWebAddress('ftp://example.jp/')).toBe(false);
    expect(looksLikeWebAddress('javascript:alert(1)')).toBe(false);
    expect(looksLikeWebAddress('example.jp')).toBe(false);
  });
  it('reads phone numbers of digits, hyphens, spaces and parentheses', () => {
    expect(PHONE_PATTERN.test('025-123-4567')).toBe(true);
    expect(PHONE_PATTERN.test('call me')).toBe(false);
  });
});
