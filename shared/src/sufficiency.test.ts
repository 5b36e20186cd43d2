import { SupportType } from './enums';
import {
  DEMAND_PER_SUPPORTER,
  SufficiencyClass,
  SufficiencyExplanationCode,
  SufficiencyPlaceKind,
  classifyArea,
  classifyType,
  emptySupply,
  placeKindOf,
  sufficiencySentence,
  type TypeSupply,
} from './sufficiency';

const supply = (serving: number, freePlaces = serving): TypeSupply => ({ ...emptySupply(), serving, freePlaces, byTier: { ...emptySupply().byTier, MUNICIPALITY: serving } });
const city = { placeKind: SufficiencyPlaceKind.CITY };

describe('classifyType', () => {
  it('is SUFFICIENT with one supporter per DEMAND_PER_SUPPORTER demands, SHORT_IN_NUMBER below, SHORT_IN_VARIETY with none', () => {
    expect(classifyType({ rmos: DEMAND_PER_SUPPORTER, requests: 0, unmet: 0 }, { serving: 1 })).toBe(SufficiencyClass.SUFFICIENT);
    expect(classifyType({ rmos: DEMAND_PER_SUPPORTER, requests: 1, unmet: 0 }, { serving: 1 })).toBe(SufficiencyClass.SHORT_IN_NUMBER);
    expect(classifyType({ rmos: 0, requests: 0, unmet: 1 }, { serving: 0 })).toBe(SufficiencyClass.SHORT_IN_VARIETY);
  });

  it('counts RMOs, open requests and unmet offers alike as demand', () => {
    expect(classifyType({ rmos: 1, requests: 1, unmet: 1 }, { serving: 1 })).toBe(SufficiencyClass.SUFFICIENT);
    expect(classifyType({ rmos: 2, requests: 1, unmet: 1 }, { serving: 1 })).toBe(SufficiencyClass.SHORT_IN_NUMBER);
  });

  it('a type nobody wants is not short, whatever its supply', () => {
    expect(classifyType({ rmos: 0, requests: 0, unmet: 0 }, { serving: 0 })).toBe(SufficiencyClass.SUFFICIENT);
  });
});

describe('classifyArea', () => {
  it('is UNKNOWN only without any demand, even with supply', () => {
    const area = classifyArea({ ...city, demand: {}, supply: { [SupportType.CONSULTATION]: supply(5) } });
    expect(area.classification).toBe(SufficiencyClass.UNKNOWN);
    expect(area.explanation.code).toBe(SufficiencyExplanationCode.NO_DEMAND_DATA);
    expect(area.types.every((t) => !t.wanted)).toBe(true);
  });

  it('is SUFFICIENT when every wanted type has enough supply, naming the tightest', () => {
    const area = classifyArea({
      ...city,
      demand: { CONSULTATION: { rmos: 2, requests: 0, unmet: 0 }, DIALOGUE_FACILITATION: { rmos: 3, requests: 0, unmet: 0 } },
      supply: { CONSULTATION: supply(3), DIALOGUE_FACILITATION: supply(1) },
    });
    expect(area.classification).toBe(SufficiencyClass.SUFFICIENT);
    expect(area.explanation).toMatchObject({ code: SufficiencyExplanationCode.ALL_COVERED, supportType: SupportType.DIALOGUE_FACILITATION, wantedTypes: 2 });
  });

  it('is SHORT_IN_NUMBER when a wanted type has too few supporters', () => {
    const area = classifyArea({
      ...city,
      demand: { DIALOGUE_FACILITATION: { rmos: 4, requests: 0, unmet: 0 }, CONSULTATION: { rmos: 1, requests: 0, unmet: 0 } },
      supply: { DIALOGUE_FACILITATION: supply(1), CONSULTATION: supply(1) },
    });
    expect(area.classification).toBe(SufficiencyClass.SHORT_IN_NUMBER);
    expect(area.scarceTypes).toEqual([SupportType.DIALOGUE_FACILITATION]);
    expect(area.missingTypes).toEqual([]);
  });

  it('is SHORT_IN_VARIETY when a wanted type has no supporter but others are covered', () => {
    const area = classifyArea({
      ...city,
      demand: { VISION_DRAFTING: { rmos: 1, requests: 1, unmet: 0 }, CONSULTATION: { rmos: 1, requests: 0, unmet: 0 } },
      supply: { CONSULTATION: supply(2) },
    });
    expect(area.classification).toBe(SufficiencyClass.SHORT_IN_VARIETY);
    expect(area.missingTypes).toEqual([SupportType.VISION_DRAFTING]);
    expect(area.explanation).toMatchObject({ code: SufficiencyExplanationCode.TYPE_BALANCE, supportType: SupportType.VISION_DRAFTING, supply: 0 });
  });

  it('is SHORT_IN_BOTH when one type is missing and another scarce, or when no wanted type has any supply', () => {
    const both = classifyArea({
      ...city,
      demand: { VISION_DRAFTING: { rmos: 1, requests: 0, unmet: 0 }, DIALOGUE_FACILITATION: { rmos: 7, requests: 0, unmet: 0 } },
      supply: { DIALOGUE_FACILITATION: supply(2) },
    });
    expect(both.classification).toBe(SufficiencyClass.SHORT_IN_BOTH);
    expect(both.explanation.otherShortTypes).toBe(1);
    const none = classifyArea({ ...city, demand: { CONSULTATION: { rmos: 1, requests: 0, unmet: 0 } }, supply: {} });
    expect(none.classification).toBe(SufficiencyClass.SHORT_IN_BOTH);
  });

  it('orders missing types by demand, most wanted first', () => {
    const area = classifyArea({
      ...city,
      demand: { VISION_DRAFTING: { rmos: 1, requests: 0, unmet: 0 }, RESTRUCTURING: { rmos: 2, requests: 1, unmet: 0 }, CONSULTATION: { rmos: 1, requests: 0, unmet: 0 } },
      supply: { CONSULTATION: supply(1) },
    });
    expect(area.missingTypes).toEqual([SupportType.RESTRUCTURING, SupportType.VISION_DRAFTING]);
    expect(area.explanation.supportType).toBe(SupportType.RESTRUCTURING);
  });
});

describe('sufficiencySentence', () => {
  it("words a type's balance as the issue's example", () => {
    const area = classifyArea({ ...city, demand: { DIALOGUE_FACILITATION: { rmos: 4, requests: 0, unmet: 0 } }, supply: { DIALOGUE_FACILITATION: supply(1) } });
    expect(sufficiencySentence(area.explanation)).toBe('対話の場づくりを希望する地域運営組織 4 団体に対し、市内で受付中の支援者は 1 者（空き 1）');
    expect(sufficiencySentence(area.explanation, 'en')).toBe('Dialogue facilitation: wanted by 4 RMOs; 1 supporter is accepting in the city (1 free place)');
  });

  it('names requests, unmet offers, missing supply and the other short types', () => {
    const area = classifyArea({
      placeKind: SufficiencyPlaceKind.PREFECTURE,
      placeSuffix: '県',
      demand: { VISION_DRAFTING: { rmos: 2, requests: 1, unmet: 1 }, CONSULTATION: { rmos: 9, requests: 0, unmet: 0 } },
      supply: { CONSULTATION: supply(1, 0) },
    });
    expect(sufficiencySentence(area.explanation)).toBe(
      'まちづくりビジョンの作成支援を希望する地域運営組織 2 団体・募集中の依頼 1 件・受け手のなかった打診 1 件に対し、県内で受付中の支援者はいません（ほか 1 種類も不足）',
    );
    expect(sufficiencySentence(area.explanation, 'en')).toContain('no supporter is accepting in the prefecture (1 other type is short too)');
  });

  it('says when there is no demand data', () => {
    const area = classifyArea({ ...placeKindOf(null, '東京都'), demand: {}, supply: {} });
    expect(sufficiencySentence(area.explanation)).toContain('まだ記録されていません');
    expect(area.explanation.placeSuffix).toBe('都');
  });
});
