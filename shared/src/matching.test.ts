import {
  Availability,
  Framework,
  FundingRoute,
  FUNDING_ROUTE_FRAMEWORK,
  MatchFactor,
  MatchFlag,
  Step,
  SupportType,
  VerificationStatus,
  enumValues,
} from './enums';
import {
  MATCH_FACTORS,
  MATCH_WEIGHTS,
  MatchExplanationCode,
  MatchReason,
  MatchRequestFacts,
  MatchResult,
  MatchSupporterFacts,
  outsideRegionUpperBound,
  scoreMatch,
} from './matching';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

// 村上市 (新潟県); neighbours as in the reference data.
const request: MatchRequestFacts = {
  supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION],
  municipalityCode: '152129',
  municipalityName: '村上市',
  prefecture: { code: '15', name: '新潟県' },
  neighbourPrefectures: [
    { code: '06', name: '山形県' },
    { code: '07', name: '福島県' },
    { code: '10', name: '群馬県' },
    { code: '16', name: '富山県' },
    { code: '20', name: '長野県' },
  ],
  step: Step.REFLECTION,
  fundingRoute: FundingRoute.MUNICIPAL_BUDGET,
  budgetMaxYen: null,
};

/** A supporter that is fine on every factor except where a test overrides it. */
const supporter = (over: Partial<MatchSupporterFacts> = {}): MatchSupporterFacts => ({
  supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION],
  serviceArea: [{ prefectureCode: '15', municipalityCode: '152129' }],
  remoteAvailable: false,
  availability: Availability.ACCEPTING,
  availabilityConfirmedAt: daysAgo(3),
  capacity: 4,
  currentLoad: 2,
  frameworks: [Framework.MUNICIPAL_PROJECT],
  feeNotes: null,
  steps: [Step.REFLECTION],
  yearsActive: 12,
  engagementRecord: { completed: 3, positive: 2, ojt: 0, latest: { title: '山北地区協議会支援', municipalityName: '村上市' } },
  verificationStatus: VerificationStatus.VERIFIED,
  acquaintance: { workWithMunicipality: 0, introductionsWithMunicipality: 0, workInPrefecture: 0, introductionsInPrefecture: 0 },
  markedInterest: false,
  ...over,
});

const reasonOf = (result: MatchResult, factor: MatchFactor): MatchReason => {
  const found = result.reasons.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} reason`);
  return found;
};
const score = (over: Partial<MatchSupporterFacts>, req: MatchRequestFacts = request) => scoreMatch(req, supporter(over), now).score;
// Kana in an explanation would be a sentence (place names are kanji; fine as parameters).
const SENTENCE = /[\u3040-\u309f]/;

describe('MATCH_WEIGHTS', () => {
  it('has one positive integer weight per factor, summing to 100', () => {
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual(enumValues(MatchFactor).sort());
    expect([...MATCH_FACTORS].sort()).toEqual(enumValues(MatchFactor).sort());
    for (const w of Object.values(MATCH_WEIGHTS)) expect(Number.isInteger(w) && w > 0).toBe(true);
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('maps every funding route to a framework, except UNDECIDED', () => {
    expect(FUNDING_ROUTE_FRAMEWORK.MUNICIPAL_BUDGET).toBe(Framework.MUNICIPAL_PROJECT);
    expect(FUNDING_ROUTE_FRAMEWORK.UNDECIDED).toBeNull();
  });
});

describe('scoreMatch', () => {
  it('explains a full match with codes and parameters, one reason per factor in a fixed order', () => {
    const result = scoreMatch(request, supporter({ markedInterest: true }), now);
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((r) => r.factor)).toEqual(MATCH_FACTORS);
    expect(reasonOf(result, MatchFactor.SUPPORT_TYPE_COVERAGE).explanation).toEqual({
      code: MatchExplanationCode.COVERAGE_SOME,
      count: 2,
      total: 2,
      supportType: SupportType.DIALOGUE_FACILITATION,
      covered: true,
    });
    expect(reasonOf(result, MatchFactor.AREA).explanation).toEqual({
      code: MatchExplanationCode.AREA_MUNICIPALITY,
      municipalityName: '村上市',
      prefectureCode: '15',
      prefectureName: '新潟県',
    });
    expect(reasonOf(result, MatchFactor.AVAILABILITY).explanation).toEqual({
      code: MatchExplanationCode.AVAILABILITY,
      availability: Availability.ACCEPTING,
      days: 3,
      free: 2,
    });
    expect(result.flags).toEqual([]);
  });

  it('counts priority order: covering the first wanted type beats covering only the last', () => {
    const first = scoreMatch(request, supporter({ supportTypes: [SupportType.DIALOGUE_FACILITATION] }), now);
    const last = scoreMatch(request, supporter({ supportTypes: [SupportType.ISSUE_VISUALIZATION] }), now);
    const both = scoreMatch(request, supporter(), now);
    const pts = (r: MatchResult) => reasonOf(r, MatchFactor.SUPPORT_TYPE_COVERAGE).points;
    expect(pts(both)).toBe(MATCH_WEIGHTS.SUPPORT_TYPE_COVERAGE);
    expect(pts(first)).toBeGreaterThan(pts(last));
    expect(pts(last)).toBeGreaterThan(0);
    expect(first.score).toBeGreaterThan(last.score);
    expect(reasonOf(last, MatchFactor.SUPPORT_TYPE_COVERAGE).explanation).toEqual({
      code: MatchExplanationCode.COVERAGE_SOME,
      count: 1,
      total: 2,
      supportType: SupportType.DIALOGUE_FACILITATION,
      covered: false,
    });
  });

  it('gives score 0 and says so when none of the wanted types is offered', () => {
    const result = scoreMatch(request, supporter({ supportTypes: [SupportType.CONSULTATION], markedInterest: true }), now);
    expect(result.score).toBe(0);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({ factor: MatchFactor.SUPPORT_TYPE_COVERAGE, points: 0 });
    expect(result.reasons[0].explanation).toEqual({ code: MatchExplanationCode.COVERAGE_NONE, supportTypes: request.supportTypes });
  });

  it('ranks area: municipality > its prefecture > a neighbour > remote only > none', () => {
    const areas: Partial<MatchSupporterFacts>[] = [
      { serviceArea: [{ prefectureCode: '15', municipalityCode: '152129' }] },
      { serviceArea: [{ prefectureCode: '15', municipalityCode: null }] },
      { serviceArea: [{ prefectureCode: '15', municipalityCode: '151009' }] },
      { serviceArea: [{ prefectureCode: '06', municipalityCode: null }] },
      { serviceArea: [{ prefectureCode: '13', municipalityCode: null }], remoteAvailable: true },
      { serviceArea: [{ prefectureCode: '13', municipalityCode: null }] },
    ];
    const results = areas.map((a) => scoreMatch(request, supporter(a), now));
    const points = results.map((r) => reasonOf(r, MatchFactor.AREA).points);
    for (let i = 1; i < points.length; i++) expect(points[i - 1]).toBeGreaterThan(points[i]);
    expect(points[points.length - 1]).toBe(0);
    expect(results.map((r) => reasonOf(r, MatchFactor.AREA).explanation)).toEqual([
      { code: MatchExplanationCode.AREA_MUNICIPALITY, municipalityName: '村上市', prefectureCode: '15', prefectureName: '新潟県' },
      { code: MatchExplanationCode.AREA_WHOLE_PREFECTURE, prefectureCode: '15', prefectureName: '新潟県' },
      { code: MatchExplanationCode.AREA_IN_PREFECTURE, prefectureCode: '15', prefectureName: '新潟県' },
      {
        code: MatchExplanationCode.AREA_NEIGHBOUR,
        prefectureCode: '15',
        prefectureName: '新潟県',
        neighbourPrefectureCodes: ['06'],
        neighbourPrefectureNames: ['山形県'],
      },
      { code: MatchExplanationCode.AREA_REMOTE_ONLY },
      { code: MatchExplanationCode.AREA_OUTSIDE },
    ]);
  });

  it('rewards accepting the funding route, and treats an undecided route as neutral', () => {
    const fit = (frameworks: Framework[], route: FundingRoute = request.fundingRoute) =>
      reasonOf(scoreMatch({ ...request, fundingRoute: route }, supporter({ frameworks }), now), MatchFactor.FUNDING_FIT).points;
    expect(fit([Framework.MUNICIPAL_PROJECT])).toBe(MATCH_WEIGHTS.FUNDING_FIT);
    expect(fit([Framework.PRO_BONO])).toBeGreaterThan(fit([Framework.RMO_CONTRACT]));
    expect(fit([Framework.RMO_CONTRACT])).toBe(0);
    const undecided = [[Framework.MUNICIPAL_PROJECT], [Framework.RMO_CONTRACT], []].map((f) => fit(f, FundingRoute.UNDECIDED));
    expect(new Set(undecided).size).toBe(1);
  });

  it("halves the funding fit when the lowest fee in the notes exceeds the budget's upper end, and says so", () => {
    const funding = (feeNotes: string | null, budgetMaxYen: number | null) =>
      reasonOf(scoreMatch({ ...request, budgetMaxYen }, supporter({ feeNotes }), now), MatchFactor.FUNDING_FIT);
    const notes = 'ワークショップ1回あたり5万円〜。独自契約の場合は半日3万円〜（交通費別）。';
    expect(funding(notes, 300_000).points).toBe(MATCH_WEIGHTS.FUNDING_FIT);
    expect(funding(notes, 300_000).explanation).toMatchObject({ feeYen: 30_000, budgetMaxYen: 300_000, feeWithinBudget: true });
    expect(funding(notes, 20_000).points).toBe(Math.round(MATCH_WEIGHTS.FUNDING_FIT / 2));
    expect(funding(notes, 20_000).explanation).toMatchObject({ feeYen: 30_000, budgetMaxYen: 20_000, feeWithinBudget: false });
    // No amount in the notes, or no budget: the route alone decides.
    expect(funding('お見積りします', 1_000).points).toBe(MATCH_WEIGHTS.FUNDING_FIT);
    expect(funding(notes, null).explanation).toEqual({ code: MatchExplanationCode.FUNDING_ACCEPTED, fundingRoute: FundingRoute.MUNICIPAL_BUDGET });
  });

  it('adds points for marked interest, step expertise and acquaintance', () => {
    expect(score({ markedInterest: true }) - score({})).toBe(MATCH_WEIGHTS.INTEREST);
    expect(score({ steps: [Step.REFLECTION] })).toBeGreaterThan(score({ steps: [Step.REVIEW] }));
    const acq = (a: Partial<MatchSupporterFacts['acquaintance']>) =>
      score({ acquaintance: { ...supporter().acquaintance, ...a } });
    expect(acq({ workWithMunicipality: 1 })).toBeGreaterThan(acq({ introductionsWithMunicipality: 1 }));
    expect(acq({ introductionsWithMunicipality: 1 })).toBeGreaterThan(acq({ workInPrefecture: 3 }));
    expect(acq({ workInPrefecture: 3 })).toBeGreaterThan(acq({ introductionsInPrefecture: 1 }));
    expect(acq({ introductionsInPrefecture: 1 })).toBeGreaterThan(acq({}));
  });

  it('prefers accepting, freshly confirmed supporters with free capacity', () => {
    expect(score({ availability: Availability.ACCEPTING })).toBeGreaterThan(score({ availability: Availability.LIMITED }));
    expect(score({ availability: Availability.LIMITED })).toBeGreaterThan(score({ availability: Availability.NOT_ACCEPTING }));
    expect(score({ availabilityConfirmedAt: daysAgo(1) })).toBeGreaterThan(score({ availabilityConfirmedAt: daysAgo(80) }));
    expect(score({ currentLoad: 2 })).toBeGreaterThan(score({ currentLoad: 4 }));
  });

  it('flags stale and unverified profiles without excluding them', () => {
    const stale = scoreMatch(request, supporter({ availabilityConfirmedAt: daysAgo(90) }), now);
    expect(stale.flags).toEqual([MatchFlag.STALE]);
    expect(stale.eligible).toBe(true);
    expect(stale.score).toBeGreaterThan(0);
    expect(scoreMatch(request, supporter({ availabilityConfirmedAt: daysAgo(89) }), now).flags).toEqual([]);
    expect(scoreMatch(request, supporter({ availabilityConfirmedAt: null }), now).flags).toEqual([MatchFlag.STALE]);
    const unverified = scoreMatch(request, supporter({ verificationStatus: VerificationStatus.UNVERIFIED }), now);
    expect(unverified.flags).toEqual([MatchFlag.UNVERIFIED]);
    expect(unverified.score).toBeGreaterThan(0);
    // The server's configured threshold wins over the default.
    expect(scoreMatch(request, supporter({ availabilityConfirmedAt: daysAgo(31) }), now, { staleAfterDays: 30 }).flags).toEqual([
      MatchFlag.STALE,
    ]);
  });

  it('keeps score = sum of points within 0–100, and every reason explained in Japanese', () => {
    const variants: Partial<MatchSupporterFacts>[] = [
      {},
      { markedInterest: true, acquaintance: { workWithMunicipality: 2, introductionsWithMunicipality: 1, workInPrefecture: 1, introductionsInPrefecture: 1 } },
      { supportTypes: [SupportType.CONSULTATION] },
      { supportTypes: [SupportType.ISSUE_VISUALIZATION], serviceArea: [], remoteAvailable: true, availability: Availability.NOT_ACCEPTING },
      { capacity: -3, currentLoad: 10, yearsActive: -1, availabilityConfirmedAt: daysAgo(-5) },
      { yearsActive: null, verificationStatus: VerificationStatus.REJECTED, frameworks: [], steps: [] },
    ];
    const requests: MatchRequestFacts[] = [
      request,
      { ...request, fundingRoute: FundingRoute.UNDECIDED, supportTypes: [...enumValues(SupportType)] },
      { ...request, supportTypes: [SupportType.ISSUE_VISUALIZATION, SupportType.ISSUE_VISUALIZATION] },
    ];
    for (const req of requests) {
      for (const v of variants) {
        const result = scoreMatch(req, supporter(v), now);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.score).toBe(result.reasons.reduce((s, r) => s + r.points, 0));
        for (const r of result.reasons) {
          expect(r.weight).toBe(MATCH_WEIGHTS[r.factor]);
          expect(Number.isInteger(r.points) && r.points >= 0 && r.points <= r.weight).toBe(true);
          // Every reason says why with a code of its own factor's family, and no sentence.
          expect(Object.values(MatchExplanationCode)).toContain(r.explanation?.code);
          expect(JSON.stringify(r.explanation)).not.toMatch(SENTENCE);
        }
      }
    }
  });

  it('weighs completed engagements and positive reviews, not self-declared years, and names the latest engagement', () => {
    const none = scoreMatch(request, supporter({ engagementRecord: null, yearsActive: 40 }), now);
    expect(reasonOf(none, MatchFactor.TRACK_RECORD)).toMatchObject({
      points: Math.round(MATCH_WEIGHTS.TRACK_RECORD * 0.2),
      explanation: { code: MatchExplanationCode.TRACK_RECORD, count: 0, positive: 0, ojt: 0, engagementTitle: null, verified: true },
    });
    const one = scoreMatch(request, supporter({ engagementRecord: { completed: 1, positive: 1, ojt: 0, latest: { title: '山北地区のあり方検討', municipalityName: '村上市' } }, yearsActive: 0 }), now);
    expect(reasonOf(one, MatchFactor.TRACK_RECORD)).toMatchObject({
      points: Math.round(MATCH_WEIGHTS.TRACK_RECORD * ((1 / 3) * 0.5 + 0.5 * 0.3 + 0.2)),
      explanation: { count: 1, positive: 1, engagementTitle: '山北地区のあり方検討', municipalityName: '村上市' },
    });
    // An OJT participation counts half an engagement.
    const trainee = scoreMatch(request, supporter({ engagementRecord: { completed: 0, positive: 0, ojt: 6, latest: null }, verificationStatus: VerificationStatus.UNVERIFIED }), now);
    expect(reasonOf(trainee, MatchFactor.TRACK_RECORD).points).toBe(Math.round(MATCH_WEIGHTS.TRACK_RECORD * 0.5));
  });

  it('gives the best supporter 100 and is deterministic', () => {
    const best = supporter({
      markedInterest: true,
      availabilityConfirmedAt: now,
      acquaintance: { workWithMunicipality: 1, introductionsWithMunicipality: 0, workInPrefecture: 0, introductionsInPrefecture: 0 },
    });
    const a = scoreMatch(request, best, now);
    expect(a.score).toBe(100);
    expect(scoreMatch(request, best, new Date(now.getTime()))).toEqual(a);
    expect(JSON.stringify(scoreMatch(request, supporter(), now))).toBe(JSON.stringify(scoreMatch(request, supporter(), now)));
  });
});

describe('scoreMatch without explanations', () => {
  it('gives the same points and flags, without explanations, so ranking can skip making them', () => {
    const over: Partial<MatchSupporterFacts> = { feeNotes: '半日3万円〜', markedInterest: true, availabilityConfirmedAt: daysAgo(120) };
    const full = scoreMatch({ ...request, budgetMaxYen: 20_000 }, supporter(over), now);
    const quiet = scoreMatch({ ...request, budgetMaxYen: 20_000 }, supporter(over), now, { explain: false });
    expect(quiet.score).toBe(full.score);
    expect(quiet.flags).toEqual(full.flags);
    expect(quiet.reasons.map((r) => r.points)).toEqual(full.reasons.map((r) => r.points));
    expect(quiet.reasons.every((r) => r.explanation === null)).toBe(true);
    expect(full.reasons.every((r) => r.explanation !== null)).toBe(true);
  });

  it('uses a precomputed lowest fee instead of reading the notes again', () => {
    const fit = (facts: Partial<MatchSupporterFacts>) =>
      reasonOf(scoreMatch({ ...request, budgetMaxYen: 20_000 }, supporter(facts), now), MatchFactor.FUNDING_FIT).points;
    expect(fit({ feeNotes: 'お見積り', lowestFeeYen: 30_000 })).toBe(fit({ feeNotes: '半日3万円〜' }));
  });
});

describe('outsideRegionUpperBound', () => {
  it('is never below the score of a supporter outside the prefecture and its neighbours', () => {
    const far = { prefectureCode: '47', municipalityCode: null };
    const variants: Partial<MatchSupporterFacts>[] = [];
    for (const availability of enumValues(Availability))
      for (const steps of [[], [Step.REFLECTION]])
        for (const workInPrefecture of [0, 2])
          for (const markedInterest of [false, true])
            for (const remoteAvailable of [false, true])
              variants.push({ availability, steps, markedInterest, remoteAvailable, serviceArea: [far], frameworks: [Framework.MUNICIPAL_PROJECT],
                acquaintance: { ...supporter().acquaintance, workInPrefecture } });
    for (const over of variants) {
      const facts = supporter(over);
      expect(outsideRegionUpperBound(request, facts)).toBeGreaterThanOrEqual(scoreMatch(request, facts, now).score);
    }
    // Tight for a perfect remote supporter.
    const best = supporter({ serviceArea: [far], remoteAvailable: true, markedInterest: true, availabilityConfirmedAt: now,
      acquaintance: { ...supporter().acquaintance, workWithMunicipality: 1 } });
    expect(outsideRegionUpperBound(request, best)).toBe(scoreMatch(request, best, now).score);
  });
});
