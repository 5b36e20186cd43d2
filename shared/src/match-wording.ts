import { AVAILABILITY_LABELS, FUNDING_ROUTE_LABELS, STEP_LABELS, SUPPORT_TYPE_LABELS } from './enums';
import { formatYen } from './fees';
import { labelOf, type Locale } from './labels';
import { MatchExplanationCode, type MatchExplanation } from './matching';

/**
 * The words of match explanations in both languages. The client's i18n messages take them from
 * here and the server's exports word reasons with them, so a ranking reads the same on screen,
 * in print and in a downloaded file.
 */
const WORDING = {
  ja: {
    matchExplanations: {
      COVERAGE_NO_WANTED_TYPES: '希望する支援の種類が指定されていない',
      COVERAGE_NONE: '希望する支援の種類（{{types}}）のいずれにも対応していない',
      COVERAGE_SOME: '希望する支援の種類 {{count}}/{{total}} 件に対応（{{first}}）',
      AREA_MUNICIPALITY: '{{municipality}}を対応地域に含む',
      AREA_WHOLE_PREFECTURE: '{{prefecture}}全域を対応地域に含む',
      AREA_IN_PREFECTURE: '{{prefecture}}内の他の市区町村で活動',
      AREA_NEIGHBOUR: '{{prefecture}}の隣県（{{neighbours}}）で活動',
      AREA_REMOTE_ONLY: 'リモート対応のみ',
      AREA_OUTSIDE: '対応地域外（リモート対応なし）',
      AVAILABILITY: '{{availability}}・{{confirmed}}・空き {{free}} 件',
      FUNDING_UNDECIDED: '財源が未定のため中立',
      FUNDING_ACCEPTED: '希望の財源（{{route}}）で受託可能',
      FUNDING_PRO_BONO: '希望の財源（{{route}}）には未対応だがプロボノで対応可能',
      FUNDING_NOT_ACCEPTED: '希望の財源（{{route}}）には未対応',
      STEP_NOT_SET: '依頼の段階が未設定のため評価なし',
      STEP_EXPERT: '「{{step}}」の段階に専門性あり',
      STEP_NOT_REGISTERED: '「{{step}}」の段階の専門性は未登録',
      TRACK_RECORD: '{{record}}・{{verified}}',
      ACQUAINTANCE_WORK_WITH_MUNICIPALITY: '{{municipality}}との協働実績 {{count}} 件',
      ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY: '{{municipality}}への紹介実績 {{count}} 件',
      ACQUAINTANCE_WORK_IN_PREFECTURE: '{{prefecture}}内での協働実績 {{count}} 件',
      ACQUAINTANCE_INTRODUCTIONS_IN_PREFECTURE: '{{prefecture}}内での紹介実績 {{count}} 件',
      ACQUAINTANCE_NONE: '{{municipality}}・{{prefecture}}との面識なし',
      INTEREST_MARKED: 'この依頼に関心を表明済み',
      INTEREST_NONE: 'この依頼への関心表明なし',
    },
    matchExplanationParts: {
      firstCovered: '最優先の「{{type}}」を含む',
      firstNotCovered: '最優先の「{{type}}」は対象外',
      listSeparator: '・',
      typeQuoted: '「{{type}}」',
      confirmedNever: '受付状況の更新なし',
      confirmedToday: '本日更新',
      confirmedDaysAgo: '{{days}}日前に更新',
      completedEngagements: 'つなぐで完了した支援 {{count}}件（うち総括の評価が高いもの {{positive}}件）、直近は{{municipality}}「{{title}}」',
      ojtEngagements: 'OJTで参加した完了済みの支援 {{count}}件、直近は{{municipality}}「{{title}}」',
      noCompletedEngagements: 'つなぐで完了した支援はまだない',
      verified: '県の確認済みのプロフィール',
      unverified: '県の確認前のプロフィール',
      feeWithinBudget: '・料金の目安（{{fee}}〜）は予算上限（{{budget}}）の範囲内',
      feeOverBudget: '・料金の目安（{{fee}}〜）が予算上限（{{budget}}）を超える',
    },
  },
  en: {
    matchExplanations: {
      COVERAGE_NO_WANTED_TYPES: 'The request names no support type',
      COVERAGE_NONE: 'Offers none of the wanted support types ({{types}})',
      COVERAGE_SOME: 'Offers {{count}} of {{total}} wanted support types ({{first}})',
      AREA_MUNICIPALITY: 'Serves {{municipality}}',
      AREA_WHOLE_PREFECTURE: 'Serves all of {{prefecture}}',
      AREA_IN_PREFECTURE: 'Works elsewhere in {{prefecture}}',
      AREA_NEIGHBOUR: 'Works in prefectures next to {{prefecture}} ({{neighbours}})',
      AREA_REMOTE_ONLY: 'Remote work only',
      AREA_OUTSIDE: 'Outside its area (no remote work)',
      AVAILABILITY: '{{availability}} · {{confirmed}} · {{free}} free',
      FUNDING_UNDECIDED: 'Funding not decided yet: neutral',
      FUNDING_ACCEPTED: 'Can be engaged through the wanted funding ({{route}})',
      FUNDING_PRO_BONO: 'Not through the wanted funding ({{route}}), but works pro bono',
      FUNDING_NOT_ACCEPTED: 'Not through the wanted funding ({{route}})',
      STEP_NOT_SET: 'The request’s step is not set: not scored',
      STEP_EXPERT: 'Expertise in the step “{{step}}”',
      STEP_NOT_REGISTERED: 'No expertise declared in the step “{{step}}”',
      TRACK_RECORD: '{{record}} · {{verified}}',
      ACQUAINTANCE_WORK_WITH_MUNICIPALITY: '{{count}} engagement(s) with {{municipality}}',
      ACQUAINTANCE_INTRODUCTIONS_WITH_MUNICIPALITY: '{{count}} introduction(s) to {{municipality}}',
      ACQUAINTANCE_WORK_IN_PREFECTURE: '{{count}} engagement(s) in {{prefecture}}',
      ACQUAINTANCE_INTRODUCTIONS_IN_PREFECTURE: '{{count}} introduction(s) in {{prefecture}}',
      ACQUAINTANCE_NONE: 'No earlier contact with {{municipality}} or {{prefecture}}',
      INTEREST_MARKED: 'Marked interest in this request',
      INTEREST_NONE: 'No interest marked in this request',
    },
    matchExplanationParts: {
      firstCovered: 'including the top priority, “{{type}}”',
      firstNotCovered: 'not the top priority, “{{type}}”',
      listSeparator: ', ',
      typeQuoted: '“{{type}}”',
      confirmedNever: 'availability never updated',
      confirmedToday: 'updated today',
      confirmedDaysAgo: 'updated {{days}} days ago',
      completedEngagements: '{{count}} engagements completed on Tsunagu ({{positive}} with positive reviews), latest {{municipality}} "{{title}}"',
      ojtEngagements: '{{count}} completed engagements as an OJT trainee, latest {{municipality}} "{{title}}"',
      noCompletedEngagements: 'No engagement completed on Tsunagu yet',
      verified: 'profile verified by the prefecture',
      unverified: 'profile not yet verified',
      feeWithinBudget: '; fees from {{fee}} are within the budget (up to {{budget}})',
      feeOverBudget: '; fees from {{fee}} exceed the budget (up to {{budget}})',
    },
  },
};

/** Both languages' words, with every explanation code covered (a missing one fails `tsc`). */
export const MATCH_WORDING: Readonly<Record<Locale, typeof WORDING.ja>> = WORDING satisfies Record<
  Locale,
  { matchExplanations: Record<MatchExplanationCode, string>; matchExplanationParts: Record<string, string> }
>;

/** The i18next-shaped function the describer words with: a key of MATCH_WORDING and its values. */
export type WordingFunction = (key: string, values?: Record<string, string | number>) => string;

/** A WordingFunction over MATCH_WORDING itself, for the server (the client passes i18next's `t`). */
export function matchWording(locale: Locale): WordingFunction {
  return (key, values = {}) => {
    const [group, name] = key.split('.') as [keyof typeof WORDING.ja, string];
    const template = (MATCH_WORDING[locale][group] as Record<string, string> | undefined)?.[name] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  };
}

/** 「50万円」 in Japanese (as explanations write it), "¥500,000" in English. */
export function formatYenAmount(amount: number, locale: Locale): string {
  if (locale === 'ja') return formatYen(amount);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(amount);
}

/** An English prefecture name by code, where the caller has one (place names otherwise stay as written). */
export type PrefectureNameOf = (code: string | null | undefined, fallback: string) => string;

/**
 * The sentence of a match reason in a language, from its code and parameters (the server's API
 * sends no sentence). Enum parameters use the shared ja/en labels.
 */
export function describeMatchExplanation(
  explanation: MatchExplanation,
  t: WordingFunction,
  locale: Locale,
  prefectureName: PrefectureNameOf = (_code, fallback) => fallback,
): string {
  const p = explanation;
  const type = (value: NonNullable<MatchExplanation['supportType']>) =>
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
      // Names the latest completed engagement (the one it led, else one it trained in); never self-declared years.
      const count = p.count ?? 0;
      const ojt = p.ojt ?? 0;
      const record =
        count > 0 && p.engagementTitle
          ? t('matchExplanationParts.completedEngagements', { count, positive: p.positive ?? 0, municipality: p.municipalityName ?? '', title: p.engagementTitle })
          : ojt > 0 && p.engagementTitle
            ? t('matchExplanationParts.ojtEngagements', { count: ojt, municipality: p.municipalityName ?? '', title: p.engagementTitle })
            : t('matchExplanationParts.noCompletedEngagements');
      return t('matchExplanations.TRACK_RECORD', { record, verified: t(p.verified ? 'matchExplanationParts.verified' : 'matchExplanationParts.unverified') });
    }
    default:
      // The rest need at most the place and a count.
      return t(`matchExplanations.${p.code}`, { municipality, prefecture, count: p.count ?? 0 });
  }
}
