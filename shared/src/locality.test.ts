import { LocalityTier, localityTier, servesPlace, type LocalityPlace } from './locality';

const NIIGATA = '15';
const MURAKAMI = '152129';
const NIIGATA_CITY = '151009';
const NIIGATA_CHUO_WARD = '151033';
const YAMAGATA = '06';
const TOKYO = '13';

const murakami: LocalityPlace = { prefectureCode: NIIGATA, municipalityCodes: new Set([MURAKAMI]), neighbourCodes: [YAMAGATA] };
const chuoWard: LocalityPlace = {
  prefectureCode: NIIGATA,
  municipalityCodes: new Set([NIIGATA_CHUO_WARD, NIIGATA_CITY]),
  neighbourCodes: [YAMAGATA],
};
const niigata: LocalityPlace = { prefectureCode: NIIGATA, municipalityCodes: null, neighbourCodes: [YAMAGATA] };

const muni = (prefectureCode: string, municipalityCode: string) => ({ prefectureCode, municipalityCode });
const pref = (prefectureCode: string) => ({ prefectureCode, municipalityCode: null });

describe('localityTier', () => {
  it('puts the municipality itself first, then the whole prefecture, the rest of it, a neighbour, remote, outside', () => {
    expect(localityTier(murakami, { serviceArea: [muni(NIIGATA, MURAKAMI), pref(NIIGATA)], remoteAvailable: true })).toBe(LocalityTier.MUNICIPALITY);
    expect(localityTier(murakami, { serviceArea: [pref(NIIGATA)], remoteAvailable: false })).toBe(LocalityTier.PREFECTURE_WIDE);
    expect(localityTier(murakami, { serviceArea: [muni(NIIGATA, NIIGATA_CITY)], remoteAvailable: false })).toBe(LocalityTier.IN_PREFECTURE);
    expect(localityTier(murakami, { serviceArea: [pref(YAMAGATA)], remoteAvailable: true })).toBe(LocalityTier.NEIGHBOUR);
    expect(localityTier(murakami, { serviceArea: [pref(TOKYO)], remoteAvailable: true })).toBe(LocalityTier.REMOTE_ONLY);
    expect(localityTier(murakami, { serviceArea: [], remoteAvailable: false })).toBe(LocalityTier.OUTSIDE);
  });

  it('counts a designated city as each of its wards (the caller passes the tied codes)', () => {
    expect(localityTier(chuoWard, { serviceArea: [muni(NIIGATA, NIIGATA_CITY)], remoteAvailable: false })).toBe(LocalityTier.MUNICIPALITY);
  });

  it('for a whole prefecture, anyone serving part of it serves it', () => {
    const tier = localityTier(niigata, { serviceArea: [muni(NIIGATA, MURAKAMI)], remoteAvailable: false });
    expect(tier).toBe(LocalityTier.IN_PREFECTURE);
    expect(servesPlace(niigata, tier)).toBe(true);
    expect(servesPlace(murakami, LocalityTier.IN_PREFECTURE)).toBe(false);
    expect(servesPlace(murakami, LocalityTier.PREFECTURE_WIDE)).toBe(true);
    expect(servesPlace(niigata, LocalityTier.REMOTE_ONLY)).toBe(false);
  });
});
