import { useTranslation } from 'react-i18next';
import {
  Availability,
  FundingRoute,
  MatchExplanationCode,
  Step,
  SupportType,
  describeMatchExplanation,
  isEnumValue,
  type MatchExplanationParams,
} from '@tsunagu/shared';
import { useLocale } from '../../i18n';
import { usePrefectures } from '../reference/hooks/use-prefectures';

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

/** describeMatchExplanation bound to the UI language, with prefecture names in it (English ones once loaded). */
export function useMatchExplanation(): (explanation: ExplanationFromApi) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const { nameOf } = usePrefectures();
  return ({ code, params }) =>
    describeMatchExplanation({ code, ...explanationParams(params) }, (key, values) => t(key as never, values ?? {}), locale, (prefectureCode, fallback) => (prefectureCode ? nameOf(prefectureCode) : undefined) ?? fallback);
}
