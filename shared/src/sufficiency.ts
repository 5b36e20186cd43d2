/**
 * Sufficiency (充足状況): whether the supporters serving an area are enough for what its RMOs and
 * municipality want, per support type and overall, in the survey's four answers. The one rule the
 * server computes and the client words; README "Sufficiency" documents the thresholds.
 *
 * - **Supply** of a type: listed supporters offering it that are fresh (availability confirmed
 *   within the stale threshold), not rejected, accepting (受付中 or 一部受付) and serve the area
 *   (`servesPlace` of locality.ts: the municipality itself or its whole prefecture; for a prefecture,
 *   any part of it). Nearer tiers beyond that (neighbouring prefecture, remote only), free places and
 *   verification are reported beside it but never counted.
 * - **Demand** of a type: RMOs whose record wants it, open requests wanting it, and offers on the
 *   area's requests for it (their first wanted type) that ended unmet — declined at capacity or as
 *   outside the area, or expired — in the last twelve months.
 */
import type { BilingualLabel, Locale } from './labels';
import { SUPPORT_TYPE_LABELS, SupportType, enumValues } from './enums';
import { LocalityTier } from './locality';

export enum SufficiencyClass {
  SUFFICIENT = 'SUFFICIENT',
  SHORT_IN_NUMBER = 'SHORT_IN_NUMBER',
  SHORT_IN_VARIETY = 'SHORT_IN_VARIETY',
  SHORT_IN_BOTH = 'SHORT_IN_BOTH',
  UNKNOWN = 'UNKNOWN',
}

/** The survey's wording, and the order legends list them in. */
export const SUFFICIENCY_CLASS_LABELS: Readonly<Record<SufficiencyClass, BilingualLabel>> = {
  SUFFICIENT: { ja: '充足', en: 'Sufficient' },
  SHORT_IN_NUMBER: { ja: '人数面で不足', en: 'Short in number' },
  SHORT_IN_VARIETY: { ja: '支援内容の多様さで不足', en: 'Short in variety' },
  SHORT_IN_BOTH: { ja: '人数・多様さとも不足', en: 'Short in both' },
  UNKNOWN: { ja: 'データなし', en: 'No demand data' },
};

export const SUFFICIENCY_CLASSES: readonly SufficiencyClass[] = enumValues(SufficiencyClass);

/**
 * Demand one serving supporter is taken to carry: support runs one to three years, so a supporter
 * works with a handful of RMOs at a time. Below one supporter per this many demands, a type is short
 * in number.
 */
export const DEMAND_PER_SUPPORTER = 3;

/** Unmet offers count as demand for this long after they ended. */
export const UNMET_OFFER_WINDOW_DAYS = 365;

/** The locality tiers supply is split into (OUTSIDE never counts). */
export const SUPPLY_TIERS = [
  LocalityTier.MUNICIPALITY,
  LocalityTier.PREFECTURE_WIDE,
  LocalityTier.IN_PREFECTURE,
  LocalityTier.NEIGHBOUR,
  LocalityTier.REMOTE_ONLY,
] as const;
export type SupplyTier = (typeof SUPPLY_TIERS)[number];

/** Demand for one type in one area. */
export interface TypeDemand {
  /** RMOs whose record wants the type. */
  rmos: number;
  /** Open requests wanting it. */
  requests: number;
  /** Offers for it that ended unmet (declined at capacity or outside the area, or expired). */
  unmet: number;
}

/** Supply of one type in one area. */
export interface TypeSupply {
  /** Fresh, accepting supporters serving the area: what the rule counts. */
  serving: number;
  /** Free places (capacity − load) among `serving`. */
  freePlaces: number;
  /** How many of `serving` a prefecture has verified. */
  verified: number;
  /** Fresh, accepting supporters by how near they are (the tiers are disjoint). */
  byTier: Readonly<Record<SupplyTier, number>>;
}

/** How the area is named in a sentence: 市内, 町内, 村内, 区内, or 県内 (都内, 道内, 府内). */
export enum SufficiencyPlaceKind {
  CITY = 'CITY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  WARD = 'WARD',
  PREFECTURE = 'PREFECTURE',
}

export enum SufficiencyExplanationCode {
  /** No RMO has said what it wants, no request is open, no offer ended unmet. */
  NO_DEMAND_DATA = 'NO_DEMAND_DATA',
  /** Demand for a type against supply of it. */
  TYPE_BALANCE = 'TYPE_BALANCE',
  /** Nobody wants the type here (yet). */
  TYPE_NOT_WANTED = 'TYPE_NOT_WANTED',
  /** Every wanted type has enough supply; the tightest one's figures. */
  ALL_COVERED = 'ALL_COVERED',
}

/** An explanation as data: its code and the figures its sentence needs. */
export interface SufficiencyExplanation {
  code: SufficiencyExplanationCode;
  placeKind: SufficiencyPlaceKind;
  /** The prefecture's last character (都, 道, 府, 県) for PREFECTURE. */
  placeSuffix: string;
  supportType: SupportType | null;
  rmos: number;
  requests: number;
  unmet: number;
  supply: number;
  freePlaces: number;
  /** Wanted types in the area. */
  wantedTypes: number;
  /** Short types besides the one named. */
  otherShortTypes: number;
}

export interface TypeSufficiency {
  supportType: SupportType;
  /** Whether anyone here wants the type; a type nobody wants is SUFFICIENT. */
  wanted: boolean;
  /** SUFFICIENT, SHORT_IN_NUMBER (some supply, too little) or SHORT_IN_VARIETY (none at all). */
  classification: SufficiencyClass;
  demand: TypeDemand;
  supply: TypeSupply;
  explanation: SufficiencyExplanation;
}

export interface AreaSufficiency {
  classification: SufficiencyClass;
  explanation: SufficiencyExplanation;
  types: TypeSufficiency[];
  /** Types wanted here with no supply (SHORT_IN_VARIETY), most wanted first. */
  missingTypes: SupportType[];
  /** Types wanted here with too little supply (SHORT_IN_NUMBER), most wanted first. */
  scarceTypes: SupportType[];
}

export interface AreaFacts {
  placeKind: SufficiencyPlaceKind;
  placeSuffix?: string;
  demand: Readonly<Partial<Record<SupportType, TypeDemand>>>;
  supply: Readonly<Partial<Record<SupportType, TypeSupply>>>;
}

export const SUPPORT_TYPES_IN_ORDER: readonly SupportType[] = enumValues(SupportType);

const NO_DEMAND: TypeDemand = { rmos: 0, requests: 0, unmet: 0 };

/** Supply with nobody in it. */
export function emptySupply(): TypeSupply {
  return { serving: 0, freePlaces: 0, verified: 0, byTier: { MUNICIPALITY: 0, PREFECTURE_WIDE: 0, IN_PREFECTURE: 0, NEIGHBOUR: 0, REMOTE_ONLY: 0 } };
}

/** All demand signals for a type. */
export function demandTotal(d: TypeDemand): number {
  return d.rmos + d.requests + d.unmet;
}

/** How a type stands: enough, too few supporters, or none at all. */
export function classifyType(demand: TypeDemand, supply: Pick<TypeSupply, 'serving'>): SufficiencyClass {
  const wanted = demandTotal(demand);
  if (wanted === 0) return SufficiencyClass.SUFFICIENT;
  if (supply.serving === 0) return SufficiencyClass.SHORT_IN_VARIETY;
  return supply.serving * DEMAND_PER_SUPPORTER >= wanted ? SufficiencyClass.SUFFICIENT : SufficiencyClass.SHORT_IN_NUMBER;
}

/** Demand per supporter (Infinity with none): how tight a type is. */
function pressure(demand: TypeDemand, supply: TypeSupply): number {
  return supply.serving === 0 ? Infinity : demandTotal(demand) / supply.serving;
}

/**
 * Classifies an area: UNKNOWN without any demand; SHORT_IN_VARIETY when some wanted type has no
 * supply; SHORT_IN_NUMBER when some wanted type has too little (fewer than one supporter per
 * DEMAND_PER_SUPPORTER demands); both when both happen, or when no wanted type has any supply.
 */
export function classifyArea(facts: AreaFacts): AreaSufficiency {
  const place = { placeKind: facts.placeKind, placeSuffix: facts.placeSuffix ?? '' };
  const types = SUPPORT_TYPES_IN_ORDER.map((supportType): TypeSufficiency => {
    const demand = facts.demand[supportType] ?? NO_DEMAND;
    const supply = facts.supply[supportType] ?? emptySupply();
    const wanted = demandTotal(demand) > 0;
    return {
      supportType,
      wanted,
      classification: classifyType(demand, supply),
      demand,
      supply,
      explanation: explanationOf(wanted ? SufficiencyExplanationCode.TYPE_BALANCE : SufficiencyExplanationCode.TYPE_NOT_WANTED, place, supportType, demand, supply, 0, 0),
    };
  });
  const wanted = types.filter((t) => t.wanted);
  const byDemand = (a: TypeSufficiency, b: TypeSufficiency) => demandTotal(b.demand) - demandTotal(a.demand);
  const missing = wanted.filter((t) => t.classification === SufficiencyClass.SHORT_IN_VARIETY).sort(byDemand);
  const scarce = wanted
    .filter((t) => t.classification === SufficiencyClass.SHORT_IN_NUMBER)
    .sort((a, b) => pressure(b.demand, b.supply) - pressure(a.demand, a.supply) || byDemand(a, b));
  let classification: SufficiencyClass;
  if (wanted.length === 0) classification = SufficiencyClass.UNKNOWN;
  else if (missing.length === wanted.length || (missing.length > 0 && scarce.length > 0)) classification = SufficiencyClass.SHORT_IN_BOTH;
  else if (missing.length > 0) classification = SufficiencyClass.SHORT_IN_VARIETY;
  else if (scarce.length > 0) classification = SufficiencyClass.SHORT_IN_NUMBER;
  else classification = SufficiencyClass.SUFFICIENT;

  let explanation: SufficiencyExplanation;
  if (classification === SufficiencyClass.UNKNOWN) {
    explanation = explanationOf(SufficiencyExplanationCode.NO_DEMAND_DATA, place, null, NO_DEMAND, emptySupply(), 0, 0);
  } else if (classification === SufficiencyClass.SUFFICIENT) {
    const tightest = [...wanted].sort((a, b) => pressure(b.demand, b.supply) - pressure(a.demand, a.supply) || byDemand(a, b))[0];
    explanation = explanationOf(SufficiencyExplanationCode.ALL_COVERED, place, tightest.supportType, tightest.demand, tightest.supply, wanted.length, 0);
  } else {
    // The headline: the most wanted missing type, else the tightest scarce one.
    const headline = missing[0] ?? scarce[0];
    const others = missing.length + scarce.length - 1;
    explanation = explanationOf(SufficiencyExplanationCode.TYPE_BALANCE, place, headline.supportType, headline.demand, headline.supply, wanted.length, others);
  }
  return {
    classification,
    explanation,
    types,
    missingTypes: missing.map((t) => t.supportType),
    scarceTypes: scarce.map((t) => t.supportType),
  };
}

function explanationOf(
  code: SufficiencyExplanationCode,
  place: { placeKind: SufficiencyPlaceKind; placeSuffix: string },
  supportType: SupportType | null,
  demand: TypeDemand,
  supply: TypeSupply,
  wantedTypes: number,
  otherShortTypes: number,
): SufficiencyExplanation {
  return {
    code,
    ...place,
    supportType,
    rmos: demand.rmos,
    requests: demand.requests,
    unmet: demand.unmet,
    supply: supply.serving,
    freePlaces: supply.freePlaces,
    wantedTypes,
    otherShortTypes,
  };
}

const PLACE_IN: Record<SufficiencyPlaceKind, BilingualLabel> = {
  CITY: { ja: '市内', en: 'in the city' },
  TOWN: { ja: '町内', en: 'in the town' },
  VILLAGE: { ja: '村内', en: 'in the village' },
  WARD: { ja: '区内', en: 'in the ward' },
  PREFECTURE: { ja: '県内', en: 'in the prefecture' },
};

function placeIn(e: Pick<SufficiencyExplanation, 'placeKind' | 'placeSuffix'>, locale: Locale): string {
  if (e.placeKind === SufficiencyPlaceKind.PREFECTURE && locale === 'ja' && e.placeSuffix) return `${e.placeSuffix}内`;
  return PLACE_IN[e.placeKind][locale];
}

function demandPhrase(e: SufficiencyExplanation, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'ja') {
    if (e.rmos > 0) parts.push(`地域運営組織 ${e.rmos} 団体`);
    if (e.requests > 0) parts.push(`募集中の依頼 ${e.requests} 件`);
    if (e.unmet > 0) parts.push(`受け手のなかった打診 ${e.unmet} 件`);
    return parts.join('・');
  }
  if (e.rmos > 0) parts.push(`${e.rmos} RMO${e.rmos === 1 ? '' : 's'}`);
  if (e.requests > 0) parts.push(`${e.requests} open request${e.requests === 1 ? '' : 's'}`);
  if (e.unmet > 0) parts.push(`${e.unmet} unmet offer${e.unmet === 1 ? '' : 's'}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

function supplyPhrase(e: SufficiencyExplanation, locale: Locale): string {
  if (locale === 'ja') {
    return e.supply === 0 ? `${placeIn(e, locale)}で受付中の支援者はいません` : `${placeIn(e, locale)}で受付中の支援者は ${e.supply} 者（空き ${e.freePlaces}）`;
  }
  if (e.supply === 0) return `no supporter is accepting ${placeIn(e, locale)}`;
  return `${e.supply} supporter${e.supply === 1 ? ' is' : 's are'} accepting ${placeIn(e, locale)} (${e.freePlaces} free place${e.freePlaces === 1 ? '' : 's'})`;
}

/** The explanation as one sentence in Japanese or English. */
export function sufficiencySentence(e: SufficiencyExplanation, locale: Locale = 'ja'): string {
  const type = e.supportType ? SUPPORT_TYPE_LABELS[e.supportType][locale] : '';
  const others = e.otherShortTypes;
  switch (e.code) {
    case SufficiencyExplanationCode.NO_DEMAND_DATA:
      return locale === 'ja'
        ? 'この地域では、地域運営組織の希望・募集中の依頼・受け手のなかった打診がまだ記録されていません'
        : 'No RMO wishes, open requests or unmet offers are recorded for this area yet';
    case SufficiencyExplanationCode.TYPE_NOT_WANTED:
      return locale === 'ja'
        ? `${type}を希望する地域運営組織・依頼はまだありません（${placeIn(e, locale)}で受付中の支援者 ${e.supply} 者）`
        : `Nobody here has asked for ${type.toLowerCase()} yet (${supplyPhrase(e, locale)})`;
    case SufficiencyExplanationCode.ALL_COVERED:
      return locale === 'ja'
        ? `希望のある ${e.wantedTypes} 種類すべてに受付中の支援者がおり、最も厳しい${type}でも${demandPhrase(e, locale)}に対し、${supplyPhrase(e, locale)}`
        : `All ${e.wantedTypes} wanted types have accepting supporters; the tightest, ${type.toLowerCase()}, is wanted by ${demandPhrase(e, locale)}; ${supplyPhrase(e, locale)}`;
    case SufficiencyExplanationCode.TYPE_BALANCE: {
      if (locale === 'ja') {
        const tail = others > 0 ? `（ほか ${others} 種類も不足）` : '';
        return `${type}を希望する${demandPhrase(e, locale)}に対し、${supplyPhrase(e, locale)}${tail}`;
      }
      const tail = others > 0 ? ` (${others} other type${others === 1 ? ' is' : 's are'} short too)` : '';
      return `${type}: wanted by ${demandPhrase(e, locale)}; ${supplyPhrase(e, locale)}${tail}`;
    }
  }
}

/** How an area is named in sentences, from its kind (a prefecture passes its name for 都/道/府/県). */
export function placeKindOf(municipalityKind: string | null, prefectureName: string): { placeKind: SufficiencyPlaceKind; placeSuffix: string } {
  switch (municipalityKind) {
    case 'CITY':
      return { placeKind: SufficiencyPlaceKind.CITY, placeSuffix: '' };
    case 'TOWN':
      return { placeKind: SufficiencyPlaceKind.TOWN, placeSuffix: '' };
    case 'VILLAGE':
      return { placeKind: SufficiencyPlaceKind.VILLAGE, placeSuffix: '' };
    case 'SPECIAL_WARD':
    case 'DESIGNATED_CITY_WARD':
      return { placeKind: SufficiencyPlaceKind.WARD, placeSuffix: '' };
    default:
      return { placeKind: SufficiencyPlaceKind.PREFECTURE, placeSuffix: prefectureName.slice(-1) };
  }
}
