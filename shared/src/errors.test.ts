import { ErrorCode, InputReason, assertUnreachable, inputRefusal, isEnumValue } from './errors';
import { charCount } from './text';

describe('refusals as data', () => {
  it('builds a BAD_USER_INPUT refusal with params only when the reason has them', () => {
    expect(inputRefusal('title', InputReason.TOO_LONG, { max: 120 })).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'title',
      reason: 'TOO_LONG',
      params: { max: 120 },
    });
    expect(inputRefusal('title', InputReason.REQUIRED)).toEqual({ code: 'BAD_USER_INPUT', field: 'title', reason: 'REQUIRED' });
  });

  it('tells reason codes from anything else a response may carry', () => {
    expect(isEnumValue(InputReason, 'TOO_LONG')).toBe(true);
    expect(isEnumValue(InputReason, 'must be at most 120 characters')).toBe(false);
    expect(isEnumValue(InputReason, undefined)).toBe(false);
  });

  it('makes an unhandled case a loud failure at run time too', () => {
    expect(() => assertUnreachable('SURPRISE' as never)).toThrow('Unhandled case: SURPRISE');
  });
});

describe('charCount', () => {
  it('counts characters as people do: a character outside the BMP once', () => {
    expect(charCount('つなぐ')).toBe(3);
    expect(charCount('𠮷野家')).toBe(3);
    expect('𠮷野家'.length).toBe(4);
    expect(charCount('')).toBe(0);
  });
});
