import {
  AVAILABILITY_LABELS,
  Availability,
  FUNDING_ROUTE_LABELS,
  InputReason,
  MATCH_FACTORS,
  MATCH_FACTOR_LABELS,
  MATCH_FLAG_LABELS,
  REQUEST_FORMAT_LABELS,
  STEP_LABELS,
  SUPPORTER_KIND_LABELS,
  SUPPORT_PHASE_LABELS,
  SUPPORT_REQUEST_STATUS_LABELS,
  SUPPORT_TYPE_LABELS,
  SupportRequestStatus,
  SupportType,
  SupporterSort,
  UserRole,
  VERIFICATION_STATUS_LABELS,
  VerificationStatus,
  describeMatchExplanation,
  isEnumValue,
  matchWording,
  seirekiDate,
  type BilingualLabel,
} from '@tsunagu/shared';
import { ForbiddenError, invalidInput } from '../../common/domain-errors';
import { ForbiddenReason } from '@tsunagu/shared';
import type { Services } from '../../graphql/context';
import { catalogueServiceArea } from '../catalogue/catalogue-profile';
import type { SupporterProfile } from '../supporter/supporter-profile.entity';
import type { SupportRequest } from '../support-request/support-request.entity';
import type { AuditEntry } from '../audit/audit-entry.entity';
import type { ExportDefinition, ExportQuery } from './export.route';
import { tableOf, type ExportColumn } from './export-table';

/** The most rows one download carries (the pages are read 100 at a time). */
export const EXPORT_MAX_ROWS = 5_000;
const PAGE = 100;
const READERS = [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF, UserRole.PREFECTURE_STAFF, UserRole.OPERATOR];

const ja = <T extends string>(labels: Readonly<Record<T, BilingualLabel>>, value: T | null | undefined): string => (value ? labels[value].ja : '');
const jaList = <T extends string>(labels: Readonly<Record<T, BilingualLabel>>, values: readonly T[]): string => values.map((v) => labels[v].ja).join('、');

/** A file name safe on every system: no path or reserved characters. */
export function exportFileName(...parts: string[]): string {
  return parts
    .filter(Boolean)
    .join('_')
    .replace(/[\\/:*?"<>|\r\n\t]/g, '')
    .slice(0, 100);
}

/** Reads every page of a cursor-paged list, up to EXPORT_MAX_ROWS. */
async function allPages<T>(page: (after: string | null) => Promise<{ edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  do {
    const result = await page(after);
    rows.push(...result.edges.map((edge) => edge.node));
    after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
  } while (after && rows.length < EXPORT_MAX_ROWS);
  return rows.slice(0, EXPORT_MAX_ROWS);
}

function enumList<T extends string>(query: ExportQuery, name: string, values: Record<string, T>): T[] {
  const list = query.list(name);
  for (const value of list) if (!isEnumValue(values, value)) throw invalidInput(name, InputReason.INVALID_VALUE);
  return list as T[];
}

/** The columns every list of supporters shares (search results and the verification queue). */
async function supporterColumns(services: Services, profiles: readonly SupporterProfile[]): Promise<ExportColumn<SupporterProfile>[]> {
  const areaText = new Map<string, string>();
  for (const profile of profiles) {
    const places = catalogueServiceArea(profile);
    if (!places) continue;
    const { prefectures, municipalities } = await services.reference.placesOf(places);
    areaText.set(profile.id, [...prefectures.map((p) => `${p.name}全域`), ...municipalities.map((m) => m.name)].join('、'));
  }
  return [
    { header: '団体名', value: (p) => p.name, width: 30 },
    { header: 'ふりがな', value: (p) => p.kana, width: 30 },
    { header: '種別', value: (p) => ja(SUPPORTER_KIND_LABELS, p.kind) },
    { header: '支援の種類', value: (p) => jaList(SUPPORT_TYPE_LABELS, p.supportTypes), width: 50 },
    { header: '対応地域', value: (p) => areaText.get(p.id) ?? '', width: 40 },
    { header: 'リモート対応', value: (p) => p.remoteAvailable },
    { header: '受付状況', value: (p) => ja(AVAILABILITY_LABELS, p.availability) },
    { header: '空き件数', value: (p) => Math.max(0, p.capacity - p.currentLoad), kind: 'number' },
    { header: '県の確認', value: (p) => ja(VERIFICATION_STATUS_LABELS, p.verificationStatus) },
    { header: '受付状況の確認日', value: (p) => p.availabilityConfirmedAt, kind: 'date' },
    { header: '概要', value: (p) => p.summary, width: 60 },
  ];
}

/** 支援者検索: what the search page's filter shows, in its order. */
const searchResults: ExportDefinition = {
  roles: null,
  async build(services, _viewer, query) {
    const filter = {
      supportTypes: enumList(query, 'type', SupportType),
      matchAllTypes: query.flag('all') ?? false,
      prefectureCode: query.optional('pref', 2),
      municipalityCode: query.optional('muni', 6),
      includeRemote: query.flag('remote') ?? true,
      availability: enumList(query, 'availability', Availability),
      text: query.optional('q', 200),
      verifiedOnly: query.flag('verified') ?? false,
      verificationStatus: [],
    };
    const now = services.clock.now();
    const profiles = await allPages((after) => services.supporters.search(filter, PAGE, after, SupporterSort.RELEVANCE, now, { prefectureFacet: false }));
    return { table: tableOf('支援者検索', await supporterColumns(services, profiles), profiles), fileName: exportFileName('支援者検索結果', seirekiDate(now)) };
  },
};

/** 確認待ち: a prefecture's verification queue (operators: any prefecture or all). */
const verificationQueue: ExportDefinition = {
  roles: [UserRole.PREFECTURE_STAFF, UserRole.OPERATOR],
  async build(services, viewer, query) {
    const statuses = enumList(query, 'status', VerificationStatus);
    const prefectureCode = viewer!.role === UserRole.OPERATOR ? query.optional('pref', 2) : viewer!.prefectureCode;
    const filter = { prefectureCode, includeRemote: false, matchAllTypes: false, verifiedOnly: false, verificationStatus: statuses.length ? statuses : [VerificationStatus.UNVERIFIED] };
    const now = services.clock.now();
    const profiles = await allPages((after) => services.supporters.search(filter, PAGE, after, SupporterSort.RELEVANCE, now, { prefectureFacet: false }));
    const place = prefectureCode ? ((await services.reference.prefectureByCode(prefectureCode))?.name ?? '') : '全国';
    return { table: tableOf('確認待ち', await supporterColumns(services, profiles), profiles), fileName: exportFileName('確認待ちの支援者', place, seirekiDate(now)) };
  },
};

/** 依頼一覧: the support requests the viewer may read (a municipality's own), most recently changed first. */
const supportRequests: ExportDefinition = {
  roles: READERS,
  async build(services, viewer, query) {
    const statuses = enumList(query, 'status', SupportRequestStatus);
    const municipalityCode = query.optional('muni', 6) ?? (viewer!.role === UserRole.MUNICIPALITY_STAFF ? viewer!.municipalityCode : null);
    const requests = await allPages((after) => services.supportRequests.list(viewer!, { statuses, municipalityCode }, PAGE, after));
    const names = new Map<string, string>();
    for (const request of requests) {
      if (!names.has(request.municipalityCode)) names.set(request.municipalityCode, (await services.reference.municipalityByCode(request.municipalityCode))?.name ?? '');
    }
    const columns: ExportColumn<SupportRequest>[] = [
      { header: '件名', value: (r) => r.title, width: 40 },
      { header: '状態', value: (r) => ja(SUPPORT_REQUEST_STATUS_LABELS, r.status) },
      { header: '市区町村', value: (r) => names.get(r.municipalityCode) },
      { header: '希望する支援の種類', value: (r) => jaList(SUPPORT_TYPE_LABELS, r.supportTypes), width: 50 },
      { header: 'ステップ', value: (r) => ja(STEP_LABELS, r.step) },
      { header: '支援の段階', value: (r) => ja(SUPPORT_PHASE_LABELS, r.phase) },
      { header: '開始希望', value: (r) => r.desiredStart },
      { header: '期間（月）', value: (r) => r.durationMonths, kind: 'number' },
      { header: '形式', value: (r) => ja(REQUEST_FORMAT_LABELS, r.format) },
      { header: '財源', value: (r) => ja(FUNDING_ROUTE_LABELS, r.fundingRoute) },
      { header: '予算下限（円）', value: (r) => r.budgetMinYen, kind: 'number' },
      { header: '予算上限（円）', value: (r) => r.budgetMaxYen, kind: 'number' },
      { header: '公開', value: (r) => r.published },
      { header: '提出日', value: (r) => r.submittedAt, kind: 'date' },
      { header: '更新日時', value: (r) => r.updatedAt, kind: 'datetime' },
    ];
    const place = municipalityCode ? (names.get(municipalityCode) ?? (await services.reference.municipalityByCode(municipalityCode))?.name ?? '') : '';
    return { table: tableOf('依頼一覧', columns, requests), fileName: exportFileName('支援依頼一覧', place, seirekiDate(services.clock.now())) };
  },
};

/** 候補順位: a request's ranking with the score, each factor's points and its reason in Japanese. */
const requestRanking: ExportDefinition = {
  roles: READERS,
  async build(services, viewer, query) {
    const request = await services.supportRequests.findById(viewer!, query.required('requestId', 64));
    const { matches } = await services.matching.rank(request, PAGE, services.clock.now());
    const t = matchWording('ja');
    type Row = (typeof matches)[number] & { rank: number };
    const rows: Row[] = matches.map((match, index) => ({ ...match, rank: index + 1 }));
    const columns: ExportColumn<Row>[] = [
      { header: '順位', value: (m) => m.rank, kind: 'number' },
      { header: '支援者', value: (m) => m.display.name, width: 30 },
      { header: '種別', value: (m) => ja(SUPPORTER_KIND_LABELS, m.entry.kind) },
      { header: '点数', value: (m) => m.result.score, kind: 'number' },
      ...MATCH_FACTORS.flatMap((factor): ExportColumn<Row>[] => {
        const reason = (m: Row) => m.result.reasons.find((r) => r.factor === factor);
        return [
          { header: `${MATCH_FACTOR_LABELS[factor].ja}（点）`, value: (m) => reason(m)?.points, kind: 'number' },
          { header: `${MATCH_FACTOR_LABELS[factor].ja}（理由）`, value: (m) => {
            const explanation = reason(m)?.explanation;
            return explanation ? describeMatchExplanation(explanation, t, 'ja') : '';
          }, width: 40 },
        ];
      }),
      { header: '注意', value: (m) => jaList(MATCH_FLAG_LABELS, m.result.flags), width: 30 },
    ];
    return { table: tableOf('候補順位', columns, rows), fileName: exportFileName('候補順位', request.title.slice(0, 40), seirekiDate(services.clock.now())) };
  },
};

/** 監査ログ: operators only, newest first, with the same filter as the audit log page. */
const auditLog: ExportDefinition = {
  roles: [UserRole.OPERATOR],
  async build(services, viewer, query) {
    if (viewer?.role !== UserRole.OPERATOR) throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED);
    const date = (name: string): Date | null => {
      const value = query.optional(name, 40);
      if (value === null) return null;
      const parsed = new Date(value);
      if (Number.isNaN(parsed.getTime())) throw invalidInput(name, InputReason.INVALID_VALUE);
      return parsed;
    };
    const filter = {
      organizationId: query.optional('organizationId', 64),
      entityType: query.optional('entityType', 100),
      entityId: query.optional('entityId', 200),
      hideSessionEvents: query.flag('hideSessionEvents'),
      from: date('from'),
      to: date('to'),
    };
    const entries = await allPages((after) => services.audit.list(services.dataSource.manager, filter, PAGE, after));
    const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
    const columns: ExportColumn<AuditEntry>[] = [
      { header: '日時', value: (e) => e.occurredAt, kind: 'datetime' },
      { header: '操作者', value: (e) => e.actorEmail, width: 30 },
      { header: '操作者の組織ID', value: (e) => e.actorOrganizationId, width: 38 },
      { header: '操作', value: (e) => e.action, width: 28 },
      { header: '対象の種類', value: (e) => e.entityType, width: 20 },
      { header: '対象ID', value: (e) => e.entityId, width: 38 },
      { header: '変更前', value: (e) => json(e.before), width: 60 },
      { header: '変更後', value: (e) => json(e.after), width: 60 },
    ];
    return { table: tableOf('監査ログ', columns, entries), fileName: exportFileName('監査ログ', seirekiDate(services.clock.now())) };
  },
};

/** Every download under /export/<name>.(xlsx|csv). */
export const EXPORTS: Readonly<Record<string, ExportDefinition>> = {
  'supporter-search': searchResults,
  'verification-queue': verificationQueue,
  'support-requests': supportRequests,
  'request-ranking': requestRanking,
  'audit-log': auditLog,
};

