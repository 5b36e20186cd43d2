import { formatYen, lowestFeeYen, yenAmountsIn } from './fees';

describe('yenAmountsIn', () => {
  it('reads 円, 万円 and 千円 amounts, with commas and full-width digits', () => {
    expect(yenAmountsIn('半日3万円〜、1回30,000円、交通費５千円、0.5万円')).toEqual([30_000, 30_000, 5_000, 5_000]);
  });
  it('ignores numbers that are not yen amounts', () => {
    expect(yenAmountsIn('月1〜2回の訪問、年間契約')).toEqual([]);
  });
});

describe('lowestFeeYen', () => {
  it('takes the lowest positive amount, and null when the notes name none', () => {
    expect(lowestFeeYen('ワークショップ1回あたり5万円〜。半日3万円〜')).toBe(30_000);
    expect(lowestFeeYen('謝金は不要です')).toBeNull();
    expect(lowestFeeYen(null)).toBeNull();
  });
});

describe('formatYen', () => {
  it('writes round amounts in 万円 and others in 円', () => {
    expect(formatYen(50_000)).toBe('5万円');
    expect(formatYen(1_200_000)).toBe('120万円');
    expect(formatYen(15_000)).toBe('1.5万円');
    expect(formatYen(3_500)).toBe('3,500円');
  });
});
