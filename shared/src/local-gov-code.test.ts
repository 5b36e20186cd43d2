import { isValidLocalGovCode, localGovCheckDigit } from './local-gov-code';

describe('local government code check digit', () => {
  it('accepts real codes', () => {
    for (const code of ['131016', '152129', '151009', '221309', '014036', '472018']) {
      expect(isValidLocalGovCode(code)).toBe(true);
    }
  });

  it('gives 1 for remainder 0 and 0 for remainder 1', () => {
    expect(localGovCheckDigit('01101')).toBe(1); // 札幌市中央区 011011: weighted sum 22
    expect(localGovCheckDigit('01213')).toBe(1); // 苫小牧市 012131
    expect(localGovCheckDigit('01107')).toBe(0); // 札幌市西区 011070: weighted sum 23
    expect(localGovCheckDigit('01110')).toBe(0); // 札幌市清田区 011100
    expect(isValidLocalGovCode('131017')).toBe(false);
  });

  it('rejects malformed input', () => {
    expect(isValidLocalGovCode('13101')).toBe(false);
    expect(() => localGovCheckDigit('abcde')).toThrow();
  });
});
