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
  FUNDING_ROUTE_LABELS,
  Framework,
  FundingRoute,
  MatchFactor,
  MatchFlag,
  STEP_LABELS,
  SUPPORT_TYPE_LABELS,
  Step,
  SupportType,
  VerificationStatus,
} from './enums';
import { formatYen, lowestFeeYen } from './fees';
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
  /** Years active (10 or more = full) × 0.6, verified profile × 0.4. */
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

/** Years active that earn the full track-record share for experience. */
const FULL_EXPERIENCE_YEARS = 10;
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
  verificationStatus: VerificationStatus;
  acquaintance: MatchAcquaintance;
  /** The supporter marked interest in this very request. */
  markedInterest: boolean;
}

/** One factor's contribution to a score. */
export interface MatchReason {
  factor: MatchFactor;
  /** Maximum points of the factor (MATCH_WEIGHTS). */
  weight: number;
  /** Points earned, integer in 0–weight. */
  points: number;
  /** One-line Japanese explanation shown to users. */
  explanation: string;
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
  /** False leaves every explanation empty: for ranking many candidates before explaining the few shown. */
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

/** A reason whose explanation is written only when asked for (ranking thousands of candidates needs just the points). */
interface PendingReason extends Omit<MatchReason, 'explanation'> {
  explain: () => string;
}

/** Builds a reason, turning a share in [0, 1] into whole points of the factor's weight. */
function reason(factor: MatchFactor, share: number, explain: () => string): PendingReason {
  const weight = MATCH_WEIGHTS[factor];
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return { factor, weight, points: Math.round(weight * clamped), explain };
}

function finish(pending: PendingReason, explain: boolean): MatchReason {
  return { factor: pending.factor, weight: pending.weight, points: pending.points, explanation: explain ? pending.explain() : '' };
}

const typeName = (t: SupportType): string => `「${SUPPORT_TYPE_LABELS[t].ja}」`;

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
  if (n === 0) return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, 0, () => '希望する支援の種類が指定されていない');
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
    return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, 0, () => `希望する支援の種類（${wanted.map(typeName).join('・')}）のいずれにも対応していない`);
  }
  return reason(MatchFactor.SUPPORT_TYPE_COVERAGE, covered / total, () => {
    const first = typeName(wanted[0]);
    const about = offered.includes(wanted[0]) ? `最優先の${first}を含む` : `最優先の${first}は対象外`;
    return `希望する支援の種類 ${count}/${n} 件に対応（${about}）`;
  });
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
  switch (tier) {
    case LocalityTier.MUNICIPALITY:
      return reason(MatchFactor.AREA, share, () => `${request.municipalityName}を対応地域に含む`);
    case LocalityTier.PREFECTURE_WIDE:
      return reason(MatchFactor.AREA, share, () => `${pref.name}全域を対応地域に含む`);
    case LocalityTier.IN_PREFECTURE:
      return reason(MatchFactor.AREA, share, () => `${pref.name}内の他の市区町村で活動`);
    case LocalityTier.NEIGHBOUR: {
      const served = () => request.neighbourPrefectures.filter((n) => area.some((p) => p.prefectureCode === n.code));
      return reason(MatchFactor.AREA, share, () => `${pref.name}の隣県（${served().map((n) => n.name).join('・')}）で活動`);
    }
    case LocalityTier.REMOTE_ONLY:
      return reason(MatchFactor.AREA, share, () => 'リモート対応のみ');
    case LocalityTier.OUTSIDE:
      return reason(MatchFactor.AREA, share, () => '対応地域外（リモート対応なし）');
  }
}

function availabilityReason(supporter: MatchSupporterFacts, days: number | null, staleAfterDays: number): PendingReason {
  const free = Math.max(0, Math.floor(supporter.capacity) - Math.floor(supporter.currentLoad));
  const status =
    supporter.availability === Availability.ACCEPTING ? '受付中' : supporter.availability === Availability.LIMITED ? '一部受付' : '受付停止中';
  const explanation = () => `${status}・${days === null ? '受付状況の更新なし' : days === 0 ? '本日更新' : `${days}日前に更新`}・空き ${free} 件`;
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
  return reason(MatchFactor.FUNDING_FIT, route.share * budget.share, () => route.explain() + budget.explain());
}

/** A share of a factor with its part of the explanation, written only when asked for. */
interface PartialFit {
  share: number;
  explain: () => string;
}

function routeFit(request: MatchRequestFacts, supporter: MatchSupporterFacts): PartialFit {
  const framework = FUNDING_ROUTE_FRAMEWORK[request.fundingRoute];
  // Undecided funding must not favour anyone, so everyone gets the same half share.
  if (framework === null) return { share: 0.5, explain: () => '財源が未定のため中立' };
  const route = () => FUNDING_ROUTE_LABELS[request.fundingRoute].ja;
  if (supporter.frameworks.includes(framework)) return { share: 1, explain: () => `希望の財源（${route()}）で受託可能` };
  if (supporter.frameworks.includes(Framework.PRO_BONO)) {
    return { share: 0.5, explain: () => `希望の財源（${route()}）には未対応だがプロボノで対応可能` };
  }
  return { share: 0, explain: () => `希望の財源（${route()}）には未対応` };
}

/** The budget's upper end against the lowest fee the notes name; silent when either is unknown. */
function budgetFit(request: MatchRequestFacts, supporter: MatchSupporterFacts): PartialFit {
  const budgetMax = request.budgetMaxYen;
  const fee = supporter.lowestFeeYen !== undefined ? supporter.lowestFeeYen : lowestFeeYen(supporter.feeNotes);
  if (budgetMax === null || fee === null) return { share: 1, explain: () => '' };
  const texts = () => [`料金の目安（${formatYen(fee)}〜）`, `予算上限（${formatYen(budgetMax)}）`];
  return fee <= budgetMax
    ? { share: 1, explain: () => `・${texts()[0]}は${texts()[1]}の範囲内` }
    : { share: 0.5, explain: () => `・${texts()[0]}が${texts()[1]}を超える` };
}

function stepReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  if (request.step === null) return reason(MatchFactor.STEP_EXPERTISE, 0, () => '依頼の段階が未設定のため評価なし');
  const step = `「${STEP_LABELS[request.step].ja}」`;
  return supporter.steps.includes(request.step)
    ? reason(MatchFactor.STEP_EXPERTISE, 1, () => `${step}の段階に専門性あり`)
    : reason(MatchFactor.STEP_EXPERTISE, 0, () => `${step}の段階の専門性は未登録`);
}

function trackRecordReason(supporter: MatchSupporterFacts): PendingReason {
  const years = supporter.yearsActive === null ? null : Math.max(0, Math.floor(supporter.yearsActive));
  const verified = supporter.verificationStatus === VerificationStatus.VERIFIED;
  const yearsShare = years === null ? 0 : Math.min(1, years / FULL_EXPERIENCE_YEARS);
  const yearsText = years === null ? '活動年数の登録なし' : `活動 ${years} 年`;
  const verifiedText = verified ? '県の確認済みのプロフィール' : '県の確認前のプロフィール';
  return reason(MatchFactor.TRACK_RECORD, yearsShare * 0.6 + (verified ? 0.4 : 0), () => `${yearsText}・${verifiedText}`);
}

function acquaintanceReason(request: MatchRequestFacts, supporter: MatchSupporterFacts): PendingReason {
  const a = supporter.acquaintance;
  const muni = request.municipalityName;
  const pref = request.prefecture.name;
  // Only the closest tie counts: working with the municipality itself beats anything in the prefecture.
  if (a.workWithMunicipality > 0) return reason(MatchFactor.ACQUAINTANCE, 1, () => `${muni}との協働実績 ${a.workWithMunicipality} 件`);
  if (a.introductionsWithMunicipality > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 0.75, () => `${muni}への紹介実績 ${a.introductionsWithMunicipality} 件`);
  }
  if (a.workInPrefecture > 0) return reason(MatchFactor.ACQUAINTANCE, 0.5, () => `${pref}内での協働実績 ${a.workInPrefecture} 件`);
  if (a.introductionsInPrefecture > 0) {
    return reason(MatchFactor.ACQUAINTANCE, 0.25, () => `${pref}内での紹介実績 ${a.introductionsInPrefecture} 件`);
  }
  return reason(MatchFactor.ACQUAINTANCE, 0, () => `${muni}・${pref}との面識なし`);
}

function interestReason(supporter: MatchSupporterFacts): PendingReason {
  return supporter.markedInterest
    ? reason(MatchFactor.INTEREST, 1, () => 'この依頼に関心を表明済み')
    : reason(MatchFactor.INTEREST, 0, () => 'この依頼への関心表明なし');
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
