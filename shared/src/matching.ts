/**
 * Explainable matching of intermediary supporters to a support request (issue 4).
 *
 * Pure and deterministic: the server ranks with it and the client shows the very same
 * reasons, so a score can always be read back as "which factor gave how many points, and why".
 * Each factor earns `round(weight × share)` points, where share ∈ [0, 1] is documented below;
 * the score is the sum of the points, hence an integer in 0–100.
 */
import {
  Availability,
  FUNDING_ROUTE_FRAMEWORK,
  Framework,
  FundingRoute,
  MatchFactor,
  MatchFlag,
  Step,
  SupportType,
  VerificationStatus,
} from './enums';
import { lowestFeeYen } from './fees';
import { daysSince } from './freshness';
import { LocalityTier, localityTier, type LocalityPlace, type ServicePlace } from './locality';

/**
 * Points each factor can contribute (sum = 100). Type coverage and area dominate because a
 * supporter who cannot do the work, or cannot reach the place, is of little use whatever else
 * is true; the survey's conditions for using support (面識・財源・受援意向) come next.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchFactor, number>> = {
  /** Share of wanted types offered, weighted by priority: of n types the 1st counts n, the last 1. */
  SUPPORT_TYPE_COVERAGE: 30,
  /** Municipality 1 > whole prefecture 0.75 > elsewhere in the prefecture 0.6 > neighbour 0.4 > remote only 0.2 > none 0. */
  AREA: 20,
  /** Accepting (1) or limited (0.5) × 0.5, freshness of the confirmation × 0.25, free capacity × 0.25; not accepting gives 0. */
  AVAILABILITY: 12,
  /**
   * Accepts the request's funding route 1; only pro bono 0.5; no fit 0; UNDECIDED route 0.5 for
   * everyone (neutral). Halved when the lowest fee in the supporter's fee notes exceeds the budget's upper end.
   */
  FUNDING_FIT: 10,
  /** Declares expertise in the request's step of flexible optimization: 1, else 0. */
  STEP_EXPERTISE: 8,
  /**
   * Engagements completed through Tsunagu (3 or more = full; an OJT participation counts half) × 0.5,
   * positive wrap-up reviews (2 or more = full) × 0.3, verified profile × 0.2. Self-declared years do not count.
   */
  TRACK_RECORD: 6,
  /** Earlier work with the municipality 1 > introductions to it 0.75 > work in the prefecture 0.5 > introductions there 0.25. */
  ACQUAINTANCE: 8,
  /** The supporter marked interest in this request: 1, else 0. */
  INTEREST: 6,
};

/** Factors in the order reasons are listed (also the order of MATCH_WEIGHTS). */
export const MATCH_FACTORS: readonly MatchFactor[] = [
  MatchFactor.SUPPORT_TYPE_COVERAGE,
  MatchFactor.AREA,
  MatchFactor.AVAILABILITY,
  MatchFactor.FUNDING_FIT,
  MatchFactor.STEP_EXPERTISE,
  MatchFactor.TRACK_RECORD,
  MatchFactor.ACQUAINTANCE,
  MatchFactor.INTEREST,
];

/** Days without confirmation after which a profile is flagged STALE (the server's default STALE_AFTER_DAYS). */
export const MATCH_STALE_AFTER_DAYS = 90;

/** Completed engagements that earn the full track-record share for experience. */
const FULL_ENGAGEMENTS = 3;
/** Positive reviews that earn the full review share. */
const FULL_POSITIVE_REVIEWS = 2;
/** Area share of a supporter that reaches the request only by working remotely. */
const REMOTE_ONLY_AREA_SHARE = 0.2;

/** Free slots that earn the full capacity share; one free slot earns half. */
const FULL_FREE_SLOTS = 2;

/** A prefecture named for explanations. */
export interface PrefectureRef {
  /** Two-digit prefecture code, e.g. "15". */
  code: string;
  /** Japanese name, e.g. "新潟県". */
  name: string;
}

/** One place a supporter serves: a whole prefecture (municipalityCode null) or one municipality. */
export type MatchServicePlace = ServicePlace;

/** What the matcher needs to know about a support request; the server resolves names and neighbours. */
export interface MatchRequestFacts {
  /** Wanted support types, most important first; duplicates are ignored. */
  supportTypes: readonly SupportType[];
  /** Six-digit code of the requesting municipality. */
  municipalityCode: string;
  /** Codes counted as the same municipality (its designated city, or the city's wards); see locality.ts. */
  sameMunicipalityCodes?: readonly string[];
  /** Its Japanese name, e.g. "村上市". */
  municipalityName: string;
  /** The municipality's prefecture. */
  prefecture: PrefectureRef;
  /** Land-adjacent prefectures of that prefecture (reference data `neighbourCodes`), with names. */
  neighbourPrefectures: readonly PrefectureRef[];
  /** Current step of flexible optimization; null while a draft leaves it open (no one earns the step points). */
  step: Step | null;
  /** How the support is to be paid for. */
  fundingRoute: FundingRoute;
  /** Upper end of the budget range in yen; null if not given. */
  budgetMaxYen: number | null;
}

/** Counts of earlier contact between a supporter and the request's municipality or prefecture. */
export interface MatchAcquaintance {
  /** Engagements (past or under way) with the requesting municipality or its RMOs. */
  workWithMunicipality: number;
  /** Introductions brokered between the supporter and the requesting municipality. */
  introductionsWithMunicipality: number;
  /** Engagements with the prefecture or other municipalities in it. */
  workInPrefecture: number;
  /** Introductions with the prefecture or other municipalities in it. */
  introductionsInPrefecture: number;
}

/** A supporter's record of completed engagements, as matching weighs it. */
export interface EngagementRecord {
  /** Completed engagements it led. */
  completed: number;
  /** Of those, the ones whose review was positive (POSITIVE_REVIEW_AVERAGE). */
  positive: number;
  /** Completed engagements it took part in as an OJT trainee. */
  ojt: number;
  /** The latest completed engagement it led (or trained in), named in the reason. */
  latest: { title: string; municipalityName: string } | null;
}

/** What the matcher needs to know about one supporter profile. */
export interface MatchSupporterFacts {
  /** Support types the supporter offers. */
  supportTypes: readonly SupportType[];
  /** Service area rows (as in supporter_service_area). */
  serviceArea: readonly MatchServicePlace[];
  /** Works outside its listed area, online or by travelling. */
  remoteAvailable: boolean;
  availability: Availability;
  /** When availability was last confirmed; null if never. */
  availabilityConfirmedAt: Date | null;
  /** Maximum concurrent engagements. */
  capacity: number;
  /** Engagements under way now. */
  currentLoad: number;
  /** Frameworks through which it can be engaged. */
  frameworks: readonly Framework[];
  /** Free-text fee notes; yen amounts in them are weighed against the budget. */
  feeNotes: string | null;
  /** lowestFeeYen(feeNotes), when the caller has it already (it ranks many requests over the same profiles). */
  lowestFeeYen?: number | null;
  /** Steps of flexible optimization it has expertise in. */
  steps: readonly Step[];
  /** Years active; null if not given. */
  yearsActive: number | null;
  /** Engagements completed through Tsunagu (as lead or OJT trainee), their positive reviews, and the latest one; absent: none. */
  engagementRecord?: EngagementRecord | null;
  verificationStatus: VerificationStatus;
  acquaintance: MatchAcquaintance;
  /** The supporter marked interest in this very request. */
  markedInterest: boolean;
}

/**
 * Why a factor gave its points, as a code with parameters: the client words it in the viewer's
 * language (client/src/i18n/ja/matching.ts and en/matching.ts), so no sentence is made here.
 */
export enum MatchExplanationCode {
  /** The request names no support type. */
  COVERAGE_NO_WANTED_TYPES = 'COVERAGE_NO_WANTED_TYPES',
  /** None of `supportTypes` (the wanted ones) is offered. */
  COVERAGE_NONE = 'COVERAGE_NONE',
  /** `count` of `total` wanted types offered; `supportType` is the first wanted, `covered` whether it is offered. */
  COVERAGE_SOME = 'COVERAGE_SOME',
  /** Serves `municipalityName` itself (or its city or wards). */
  AREA_MUNICIPALITY = 'AREA_MUNICIPALITY',
  /** Serves the whole of `prefectureName`. */
  AREA_WHOLE_PREFECTURE = 'AREA_WHOLE_PREFECTURE',
  /** Works elsewhere in `prefectureName`. */
  AREA_IN_PREFECTURE = 'AREA_IN_PREFECTURE',
  /** Works in neighbours of `prefectureName`: `neighbourPrefectureNames`. */
  AREA_NEIGHBOUR = 'AREA_NEIGHBOUR',
  /** Reaches the place only by working remotely. */
  AREA_REMOTE_ONLY = 'AREA_REMOTE_ONLY',
  /** Outside its area and not working remotely. */
  AREA_OUTSIDE = 'AREA_OUTSIDE',
  /** `availability`, confirmed `days` ago (null: never), `free` slots. */
  AVAILABILITY = 'AVAILABILITY',
  /** The funding route is undecided: neutral for everyone. */
  FUNDING_UNDECIDED = 'FUNDING_UNDECIDED',
  /** Accepts the request's `fundingRoute`. */
  FUNDING_ACCEPTED = 'FUNDING_ACCEPTED',
  /** Does not accept `fundingRoute` but works pro bono. */
  FUNDING_PRO_BONO = 'FUNDING_PRO_BONO',
  /** Does not accept `fundingRoute`. */
  FUNDING_NOT_ACCEPTED = 'FUNDING_NOT_ACCEPTED',
  /** The request's step is not set yet. */
  STEP_NOT_SET = 'STEP_NOT_SET',
  /** Declares expertise in `step`. */
  STEP_EXPERT = 'STEP_EXPERT',
  /** Declares no expertise in `step`. */
  STEP_NOT_REGISTERED = 'STEP_NOT_REGISTERED',
  /**
   * `count` completed engagements (`positive` with positive reviews, `ojt` as trainee), the latest
   * `engagementTitle` with `municipalityName`; `verified` by a prefecture or the operator.
   */
  TRACK_RECORD = 'TRACK_RECORD',
  /** `count` engagements with `municipalityName`. */
  ACQUAINTANCE_WORK_WITH_MUNICIPALITY = 'ACQUAINTANCE_WORK_WITH_MUNICIPALITY',
  /** `count` introductions to `municipalityName`. */
  ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY = 'ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY',
  /** `count` engagements in `prefectureName`. */
  ACQUAINTANCE_WORK_IN_PREFECTURE = 'ACQUAINTANCE_WORK_IN_PREFECTURE',
  /** `count` introductions in `prefectureName`. */
  ACQUAINTANCE_INTRODUCTIONS_IN_PREFECTURE = 'ACQUAINTANCE_INTRODUCTIONS_IN_PREFECTURE',
  /** No contact with `municipalityName` or `prefectureName`. */
  ACQUAINTANCE_NONE = 'ACQUAINTANCE_NONE',
  INTEREST_MARKED = 'INTEREST_MARKED',
  INTEREST_NONE = 'INTEREST_NONE',
}

/** A reason's explanation: its code and the parameters its sentence needs (the others are absent). */
export interface MatchExplanation {
  code: MatchExplanationCode;
  count?: number;
  total?: number;
  supportType?: SupportType;
  supportTypes?: readonly SupportType[];
  covered?: boolean;
  municipalityName?: string;
  prefectureCode?: string;
  prefectureName?: string;
  neighbourPrefectureCodes?: readonly string[];
  neighbourPrefectureNames?: readonly string[];
  availability?: Availability;
  /** Whole days since availability was confirmed; null when it never was. */
  days?: number | null;
  free?: number;
  fundingRoute?: FundingRoute;
  /** The lowest fee the supporter's notes name, when both it and the budget's upper end are known. */
  feeYen?: number;
  budgetMaxYen?: number;
  feeWithinBudget?: boolean;
  step?: Step;
  /** Completed engagements with positive reviews (TRACK_RECORD). */
  positive?: number;
  /** Completed engagements as an OJT trainee (TRACK_RECORD). */
  ojt?: number;
  /** The latest completed engagement's title (TRACK_RECORD); null when there is none. */
  engagementTitle?: string | null;
  verified?: boolean;
}

/** The parameters of an explanation (the API carries them as one JSON object beside the code). */
export type MatchExplanationParams = Omit<MatchExplanation, 'code'>;

/** One factor's contribution to a score. */
export interface MatchReason {
  factor: MatchFactor;
  /** Maximum points of the factor (MATCH_WEIGHTS). */
  weight: number;
  /** Points earned, integer in 0–weight. */
  points: number;
  /** Why, as a code with parameters (null when scoring without explanations). */
  explanation: MatchExplanation | null;
}

/** A supporter's score against a request, with its reasons and warnings. */
export interface MatchResult {
  /** Integer 0–100, always the sum of the reasons' points. */
  score: number;
  /** False when the supporter offers none of the wanted types; the server leaves such supporters out. */
  eligible: boolean;
  /** One reason per factor in MATCH_FACTORS order; only the coverage reason when not eligible. */
  reasons: MatchReason[];
  flags: MatchFlag[];
}

/** Tunables; the server passes its configured staleness threshold. */
export interface MatchOptions {
  staleAfterDays?: number;
  /** False leaves every explanation null: for ranking many candidates before explaining the few shown. */
  explain?: boolean;
}

/** Scores one supporter against one request; pure and deterministic for the same inputs and `now`. */
export function scoreMatch(
  request: MatchRequestFacts,
  supporter: MatchSupporterFacts,
  now: Date,
  options: MatchOptions = {},
): MatchResult {
  const staleAfterDays = options.staleAfterDays ?? MATCH_STALE_AFTER_DAYS;
  const daysSinceConfirmed =
    supporter.availabilityConfirmedAt === null ? null : daysSince(supporter.availabilityConfirmedAt, now);
  const flags = matchFlags(supporter, daysSinceConfirmed, staleAfterDays);

  const coverage = coverageReason(request, supporter);
  // Nothing else matters if the supporter cannot do any of the wanted work.
  const explain = options.explain ?? true;
  if (coverage.points === 0) return { score: 0, eligible: false, reasons: [finish(coverage, explain)], flags };

  const pending: PendingReason[] = [
    coverage,
    areaReason(request, supporter),
    availabilityReason(supporter, daysSinceConfirmed, staleAfterDays),
    fundingReason(request, supporter),
    stepReason(request, supporter),
    trackRecordReason(supporter),
    acquaintanceReason(request, supporter),
    interestReason(supporter),
  ];
  let score = 0;
  for (const r of pending) score += r.points;
  return { score, eligible: true, reasons: pending.map((r) => finish(r, explain)), flags };
}

function matchFlags(supporter: MatchSupporterFacts, days: number | null, staleAfterDays: number): MatchFlag[] {
  const flags: MatchFlag[] = [];
  if (days === null || days >= staleAfterDays) flags.push(MatchFlag.STALE);
  if (supporter.verificationStatus !== VerificationStatus.VERIFIED) flags.push(MatchFlag.UNVERIFIED);
  return flags;
}

/** A reason whose explanation is made only when asked for (ranking thousands of candidates needs just the points). */
interface PendingReason extends Omit<MatchReason, 'explanation'> {
  explain: () => MatchExplanation;
}

/** Builds a reason, turning a share in [0, 1] into whole points of the factor's weight. */
function reason(factor: MatchFactor, share: number, explain: () => MatchExplanation): PendingReason {
  const weight = MATCH_WEIGHTS[factor];
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return { factor, weight, points: Math.round(weight * clamped), explain };
}

function finish(pending: PendingReason, explain: boolean): MatchReason {
  return { factor: pending.factor, weight: pending.weight, points: pending.points, explanation: explain ? pending.explain() : null };
}

const C = MatchExplanationCode;

/** Wanted types without repeats, in priority order; remembered per request object (it is scored against thousands). */
const uniqueWanted = new WeakMap<MatchRequestFacts, SupportType[]>();
function wantedTypes(request: MatchRequestFacts): SupportType[] {
  let wanted = uniqueWanted.get(request);
  if (!wanted) {
    wanted = [...new Set(request.supportTypes)];
    uniqueWanted.set(request, wanted);
  }
  return wanted;
}

function coverageReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const wanted = wantedTypes(request);
  const offered = supporter.supportTypes;
  const n = wanted.length;
  if (n === 0) return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, 0, () => ({ code: C.COVERAGE_NO_WANTED_TYPES }));
  // Priority weights n, n-1, …, 1 so the first wanted type weighs most.
  let total = 0;
  let covered = 0;
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const w = n - i;
    total += w;
    if (offered.includes(wanted[i])) {
      covered += w;
      count += 1;
    }
  }
  if (count === 0) {
    return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, 0, () => ({ code: C.COVERAGE_NONE, supportTypes: wanted }));
  }
  return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, covered / total, () => ({
    code: C.COVERAGE_SOME,
    count,
    total: n,
    supportType: wanted[0],
    covered: offered.includes(wanted[0]),
  }));
}

/** The request's place as the locality rule reads it; remembered per request object. */
const requestPlaces = new WeakMap<MatchRequestFacts, LocalityPlace>();
function requestPlace(request: MatchRequestFacts): LocalityPlace {
  let place = requestPlaces.get(request);
  if (!place) {
    place = {
      prefectureCode: request.prefecture.code,
      municipalityCodes: new Set([request.municipalityCode, ...(request.sameMunicipalityCodes ?? [])]),
      neighbourCodes: request.neighbourPrefectures.map((n) => n.code),
    };
    requestPlaces.set(request, place);
  }
  return place;
}

/** Area share of each locality tier (locality.ts defines the tiers). */
const AREA_SHARE: Readonly<Record<LocalityTier, number>> = {
  MUNICIPALITY: 1,
  PREFECTURE_WIDE: 0.75,
  IN_PREFECTURE: 0.6,
  NEIGHBOUR: 0.4,
  REMOTE_ONLY: REMOTE_ONLY_AREA_SHARE,
  OUTSIDE: 0,
};

function areaReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const pref = request.prefecture;
  const area = supporter.serviceArea;
  const tier = localityTier(requestPlace(request), supporter);
  const share = AREA_SHARE[tier];
  const place = { prefectureCode: pref.code, prefectureName: pref.name };
  switch (tier) {
    case LocalityTier.MUNICIPALITY:
      return reason(MatchFactor.AREA, share, () => ({ code: C.AREA_MUNICIPALITY, municipalityName: request.municipalityName, ...place }));
    case LocalityTier.PREFECTURE_WIDE:
      return reason(MatchFactor.AREA, share, () => ({ code: C.AREA_WHOLE_PREFECTURE, ...place }));
    case LocalityTier.IN_PREFECTURE:
      return reason(MatchFactor.AREA, share, () => ({ code: C.AREA_IN_PREFECTURE, ...place }));
    case LocalityTier.NEIGHBOUR: {
      const served = () => request.neighbourPrefectures.filter((n) => area.some((p) => p.prefectureCode === n.code));
      return reason(MatchFactor.AREA, share, () => ({
        code: C.AREA_NEIGHBOUR,
        ...place,
        neighbourPrefectureCodes: served().map((n) => n.code),
        neighbourPrefectureNames: served().map((n) => n.name),
      }));
    }
    case LocalityTier.REMOTE_ONLY:
      return reason(MatchFactor.AREA, share, () => ({ code: C.AREA_REMOTE_ONLY }));
    case LocalityTier.OUTSIDE:
      return reason(MatchFactor.AREA, share, () => ({ code: C.AREA_OUTSIDE }));
  }
}

function availabilityReason(supporter: MatchSupporterFacts, days: number | null, staleAfterDays: number): PendingReason {
  const free = Math.max(0, Math.floor(supporter.capacity) - Math.floor(supporter.currentLoad));
  const explanation = (): MatchExplanation => ({ code: C.AVAILABILITY, availability: supporter.availability, days, free });
  // A supporter who says it takes no new work gets nothing here, however fresh or free.
  if (supporter.availability === Availability.NOT_ACCEPTING) return reason(MatchFactor.AVAILABILITY, 0, explanation);
  const statusShare = supporter.availability === Availability.ACCEPTING ? 1 : 0.5;
  const freshShare = days === null ? 0 : Math.max(0, 1 - days / staleAfterDays);
  const freeShare = Math.min(1, free / FULL_FREE_SLOTS);
  return reason(MatchFactor.AVAILABILITY, statusShare * 0.5 + freshShare * 0.25 + freeShare * 0.25, explanation);
}

function fundingReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const route = routeFit(request, supporter);
  const budget = budgetFit(request, supporter);
  return reason(MatchFactor.FUNDING_FIT, route.share * budget.share, () => ({ ...route.explain(), ...budget.explain() }));
}

/** A share of a factor with its part of the explanation, made only when asked for. */
interface PartialFit<Explanation> {
  share: number;
  explain: () => Explanation;
}

function routeFit(request: MatchRequestFacts, supporter: MatchSupporterFacts): PartialFit<MatchExplanation> {
  const framework = FUNDING_ROUTE_FRAMEWORK[request.fundingRoute];
  // Undecided funding must not favour anyone, so everyone gets the same half share.
  if (framework === null) return { share: 0.5, explain: () => ({ code: C.FUNDING_UNDECIDED }) };
  const fundingRoute = request.fundingRoute;
  if (supporter.frameworks.includes(framework)) return { share: 1, explain: () => ({ code: C.FUNDING_ACCEPTED, fundingRoute }) };
  if (supporter.frameworks.includes(Framework.PRO_BONO)) return { share: 0.5, explain: () => ({ code: C.FUNDING_PRO_BONO, fundingRoute }) };
  return { share: 0, explain: () => ({ code: C.FUNDING_NOT_ACCEPTED, fundingRoute }) };
}

/** The budget's upper end against the lowest fee the notes name; silent when either is unknown. */
function budgetFit(request: MatchRequestFacts, supporter: MatchSupporterFacts): PartialFit<Partial<MatchExplanation>> {
  const budgetMax = request.budgetMaxYen;
  const fee = supporter.lowestFeeYen !== undefined ? supporter.lowestFeeYen : lowestFeeYen(supporter.feeNotes);
  if (budgetMax === null || fee === null) return { share: 1, explain: () => ({}) };
  const within = fee <= budgetMax;
  return { share: within ? 1 : 0.5, explain: () => ({ feeYen: fee, budgetMaxYen: budgetMax, feeWithinBudget: within }) };
}

function stepReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const step = request.step;
  if (step === null) return reason(MatchFactor.STEP_EXPERTISE, 0, () => ({ code: C.STEP_NOT_SET }));
  return supporter.steps.includes(step)
    ? reason(MatchFactor.STEP_EXPERTISE, 1, () => ({ code: C.STEP_EXPERT, step }))
    : reason(MatchFactor.STEP_EXPERTISE, 0, () => ({ code: C.STEP_NOT_REGISTERED, step }));
}

function trackRecordReason(supporter: MatchSupporterFacts): PendingReason {
  const record = supporter.engagementRecord;
  const count = Math.max(0, record?.completed ?? 0);
  const positive = Math.max(0, record?.positive ?? 0);
  const ojt = Math.max(0, record?.ojt ?? 0);
  const verified = supporter.verificationStatus === VerificationStatus.VERIFIED;
  const share =
    Math.min(1, (count + ojt / 2) / FULL_ENGAGEMENTS) * 0.5 + Math.min(1, positive / FULL_POSITIVE_REVIEWS) * 0.3 + (verified ? 0.2 : 0);
  return reason(MatchFactor.TRACK_RECORD, share, () => ({
    code: C.TRACK_RECORD,
    count,
    positive,
    ojt,
    engagementTitle: record?.latest?.title ?? null,
    ...(record?.latest ? { municipalityName: record.latest.municipalityName } : {}),
    verified,
  }));
}

function acquaintanceReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const a = supporter.acquaintance;
  const municipalityName = request.municipalityName;
  const place = { prefectureCode: request.prefecture.code, prefectureName: request.prefecture.name };
  // Only the closest tie counts: working with the municipality itself beats anything in the prefecture.
  if (a.workWithMunicipality > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 1, () => ({ code: C.ACQUAINTANCE_WORK_WITH_MUNICIPALITY, count: a.workWithMunicipality, municipalityName }));
  }
  if (a.introductionsWithMunicipality > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 0.75, () => ({
      code: C.ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY,
      count: a.introductionsWithMunicipality,
      municipalityName,
    }));
  }
  if (a.workInPrefecture > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 0.5, () => ({ code: C.ACQUAINTANCE_WORK_IN_PREFECTURE, count: a.workInPrefecture, ...place }));
  }
  if (a.introductionsInPrefecture > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 0.25, () => ({ code: C.ACQUAINTANCE_INTRODUCTIONS_IN_PREFECTURE, count: a.introductionsInPrefecture, ...place }));
  }
  return reason(MatchFactor.ACQUAINTANCE, 0, () => ({ code: C.ACQUAINTANCE_NONE, municipalityName, ...place }));
}

function interestReason(supporter: MatchSupporterFacts): PendingReason {
  return supporter.markedInterest
    ? reason(MatchFactor.INTEREST, 1, () => ({ code: C.INTEREST_MARKED }))
    : reason(MatchFactor.INTEREST, 0, () => ({ code: C.INTEREST_NONE }));
}

/**
 * The most `scoreMatch` can give a supporter that serves neither the request's prefecture nor a
 * neighbour (so at best remote only), from facts that are cheap to check. Never below the real
 * score, so a ranking may skip such supporters whose bound is under the score it must beat.
 */
export function outsideRegionUpperBound(
  request: Pick<MatchRequestFacts, 'step'>,
  supporter: Pick<MatchSupporterFacts, 'availability' | 'steps' | 'acquaintance' | 'markedInterest'>,
): number {
  const a = supporter.acquaintance;
  const anyAcquaintance = a.workWithMunicipality + a.introductionsWithMunicipality + a.workInPrefecture + a.introductionsInPrefecture > 0;
  const stepPossible = request.step !== null && supporter.steps.includes(request.step);
  return (
    MATCH_WEIGHTS.SUPPORT_TYPE_COVERAGE +
    Math.round(MATCH_WEIGHTS.AREA * REMOTE_ONLY_AREA_SHARE) +
    (supporter.availability === Availability.NOT_ACCEPTING ? 0 : MATCH_WEIGHTS.AVAILABILITY) +
    MATCH_WEIGHTS.FUNDING_FIT +
    (stepPossible ? MATCH_WEIGHTS.STEP_EXPERTISE : 0) +
    MATCH_WEIGHTS.TRACK_RECORD +
    (anyAcquaintance ? MATCH_WEIGHTS.ACQUAINTANCE : 0) +
    (supporter.markedInterest ? MATCH_WEIGHTS.INTEREST : 0)
  );
}
