import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_LABELS,
  Availability,
  FUNDING_ROUTE_LABELS,
  FundingRoute,
  MatchExplanationCode,
  STEP_LABELS,
  SUPPORT_TYPE_LABELS,
  Step,
  SupportType,
  isEnumValue,
  labelOf,
  type Locale,
  type MatchExplanation,
  type MatchExplanationParams,
} from '@tsunagu/shared';
import { useLocale } from '../../i18n';
import { usePrefectures } from '../reference/hooks/use-prefectures';
import { formatYenAmount } from './request-format';

/** An explanation as the API sends it: the code, and its parameters as one JSON object. */
export interface ExplanationFromApi {
  code: MatchExplanationCode;
  params: unknown;
}

const numberOrNull = (value: unknown): number | null | undefined => (value === null ? null : typeof value === 'number' ? value : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** The parameters read from the API's JSON, each kept only with its documented type (shared MatchExplanationParams). */
export function explanationParams(params: unknown): MatchExplanationParams {
  const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
  return {
    count: numberOrNull(p.count) ?? undefined,
    total: numberOrNull(p.total) ?? undefined,
    supportType: isEnumValue(SupportType, p.supportType) ? p.supportType : undefined,
    supportTypes: texts(p.supportTypes)?.filter((t): t is SupportType => isEnumValue(SupportType, t)),
    covered: flag(p.covered),
    municipalityName: text(p.municipalityName),
    prefectureCode: text(p.prefectureCode),
    prefectureName: text(p.prefectureName),
    neighbourPrefectureCodes: texts(p.neighbourPrefectureCodes),
    neighbourPrefectureNames: texts(p.neighbourPrefectureNames),
    availability: isEnumValue(Availability, p.availability) ? p.availability : undefined,
    days: numberOrNull(p.days),
    free: numberOrNull(p.free) ?? undefined,
    fundingRoute: isEnumValue(FundingRoute, p.fundingRoute) ? p.fundingRoute : undefined,
    feeYen: numberOrNull(p.feeYen) ?? undefined,
    budgetMaxYen: numberOrNull(p.budgetMaxYen) ?? undefined,
    feeWithinBudget: flag(p.feeWithinBudget),
    step: isEnumValue(Step, p.step) ? p.step : undefined,
    positive: numberOrNull(p.positive) ?? undefined,
    ojt: numberOrNull(p.ojt) ?? undefined,
    engagementTitle: text(p.engagementTitle) ?? null,
    verified: flag(p.verified),
  };
}

/** An English prefecture name by code, where the UI has one (place names otherwise stay as written). */
export type PrefectureNameOf = (code: string | null | undefined, fallback: string) => string;

/**
 * The sentence of a match reason in the viewer's language, from its code and parameters (the
 * server sends no sentence). Enum parameters use the shared ja/en labels.
 */
export function describeMatchExplanation(
  explanation: MatchExplanation,
  t: TFunction,
  locale: Locale,
  prefectureName: PrefectureNameOf = (_code, fallback) => fallback,
): string {
  const p = explanation;
  const type = (value: SupportType) =>
    t('matchExplanationParts.typeQuoted', { type: labelOf(SUPPORT_TYPE_LABELS, value, locale) });
  const separator = t('matchExplanationParts.listSeparator');
  const prefecture = prefectureName(p.prefectureCode, p.prefectureName ?? '');
  const municipality = p.municipalityName ?? '';
  switch (p.code) {
    case MatchExplanationCode.COVERAGE_NONE:
      return t('matchExplanations.COVERAGE_NONE', { types: (p.supportTypes ?? []).map(type).join(separator) });
    case MatchExplanationCode.COVERAGE_SOME: {
      const firstType = p.supportType ? labelOf(SUPPORT_TYPE_LABELS, p.supportType, locale) : '';
      const first = t(p.covered ? 'matchExplanationParts.firstCovered' : 'matchExplanationParts.firstNotCovered', { type: firstType });
      return t('matchExplanations.COVERAGE_SOME', { count: p.count ?? 0, total: p.total ?? 0, first });
    }
    case MatchExplanationCode.AREA_NEIGHBOUR: {
      const codes = p.neighbourPrefectureCodes ?? [];
      const neighbours = (p.neighbourPrefectureNames ?? []).map((name, i) => prefectureName(codes[i], name)).join(separator);
      return t('matchExplanations.AREA_NEIGHBOUR', { prefecture, neighbours });
    }
    case MatchExplanationCode.AVAILABILITY: {
      const confirmed =
        p.days === null || p.days === undefined
          ? t('matchExplanationParts.confirmedNever')
          : p.days === 0
            ? t('matchExplanationParts.confirmedToday')
            : t('matchExplanationParts.confirmedDaysAgo', { days: p.days });
      const availability = p.availability ? labelOf(AVAILABILITY_LABELS, p.availability, locale) : '';
      return t('matchExplanations.AVAILABILITY', { availability, confirmed, free: p.free ?? 0 });
    }
    case MatchExplanationCode.FUNDING_UNDECIDED:
    case MatchExplanationCode.FUNDING_ACCEPTED:
    case MatchExplanationCode.FUNDING_PRO_BONO:
    case MatchExplanationCode.FUNDING_NOT_ACCEPTED: {
      const route = p.fundingRoute ? labelOf(FUNDING_ROUTE_LABELS, p.fundingRoute, locale) : '';
      const budget =
        p.feeYen === null || p.feeYen === undefined || p.budgetMaxYen === null || p.budgetMaxYen === undefined
          ? ''
          : t(p.feeWithinBudget ? 'matchExplanationParts.feeWithinBudget' : 'matchExplanationParts.feeOverBudget', {
              fee: formatYenAmount(p.feeYen, locale),
              budget: formatYenAmount(p.budgetMaxYen, locale),
            });
      return t(`matchExplanations.${p.code}`, { route }) + budget;
    }
    case MatchExplanationCode.STEP_EXPERT:
    case MatchExplanationCode.STEP_NOT_REGISTERED:
      return t(`matchExplanations.${p.code}`, { step: p.step ? labelOf(STEP_LABELS, p.step, locale) : '' });
    case MatchExplanationCode.TRACK_RECORD: {
      const count = p.count ?? 0;
      const record =
        count > 0 && p.engagementTitle
          ? t('matchExplanationParts.completedEngagements', { count, positive: p.positive ?? 0, municipality: p.municipalityName ?? '', title: p.engagementTitle })
          : (p.ojt ?? 0) > 0 && p.engagementTitle
            ? t('matchExplanationParts.ojtEngagements', { count: p.ojt, municipality: p.municipalityName ?? '', title: p.engagementTitle })
            : t('matchExplanationParts.noCompletedEngagements');
      return t('matchExplanations.TRACK_RECORD', { record, verified: t(p.verified ? 'matchExplanationParts.verified' : 'matchExplanationParts.unverified') });
    }
    default:
      // The rest need at most the place and a count.
      return t(`matchExplanations.${p.code}`, { municipality, prefecture, count: p.count ?? 0 });
  }
}

/** describeMatchExplanation bound to the UI language, with prefecture names in it (English ones once loaded). */
export function useMatchExplanation(): (explanation: ExplanationFromApi) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const { nameOf } = usePrefectures();
  return ({ code, params }) =>
    describeMatchExplanation({ code, ...explanationParams(params) }, t, locale, (prefectureCode, fallback) => (prefectureCode ? nameOf(prefectureCode) : undefined) ?? fallback);
}
