import { SUFFICIENCY_CLASS_LABELS, SUPPORT_TYPE_LABELS, seirekiDate, sufficiencySentence, type SufficiencyClass } from '@tsunagu/shared';
import type { Services } from '../../graphql/context';
import type { ExportDefinition, ExportQuery } from '../export/export.route';
import { tableOf, type ExportColumn } from '../export/export-table';
import { exportFileName } from '../export/exports';
import type { AreaResult, TrendPoint } from './sufficiency.service';

/*
 * Every table of the sufficiency pages as a download (the shared export module: xlsx and CSV, Japanese
 * headers, formula escaping). Public like the pages: aggregates only, never RMO or request names.
 * The area is `?pref=15` or `?muni=152129`, as for the `sufficiency` query.
 */

const classLabel = (classification: SufficiencyClass | string) => SUFFICIENCY_CLASS_LABELS[classification as SufficiencyClass]?.ja ?? classification;

const AREA_COLUMNS = (header: string): ExportColumn<AreaResult>[] => [
  { header, value: (a) => a.name, width: 14 },
  { header: '充足状況', value: (a) => classLabel(a.classification), width: 22 },
  { header: '理由', value: (a) => sufficiencySentence(a.explanation), width: 90 },
  { header: '需要（件）', value: (a) => a.demandTotal, kind: 'number' },
  { header: '受付中の支援者（者）', value: (a) => a.supplyTotal, kind: 'number' },
];

type TypeRow = AreaResult['types'][number];

const TYPE_COLUMNS: ExportColumn<TypeRow>[] = [
  { header: '支援の種類', value: (t) => SUPPORT_TYPE_LABELS[t.supportType].ja, width: 34 },
  { header: '充足状況', value: (t) => (t.wanted ? classLabel(t.classification) : '希望なし'), width: 22 },
  { header: '希望する地域運営組織', value: (t) => t.demand.rmos, kind: 'number' },
  { header: '募集中の依頼', value: (t) => t.demand.requests, kind: 'number' },
  { header: '受け手のなかった打診', value: (t) => t.demand.unmet, kind: 'number' },
  { header: '受付中の支援者', value: (t) => t.supply.serving, kind: 'number' },
  { header: '空き', value: (t) => t.supply.freePlaces, kind: 'number' },
  { header: 'うち県の確認済み', value: (t) => t.supply.verified, kind: 'number' },
];

const TIER_COLUMNS: ExportColumn<TypeRow>[] = [
  { header: '支援の種類', value: (t) => SUPPORT_TYPE_LABELS[t.supportType].ja, width: 34 },
  { header: '市区町村を対応地域に含む', value: (t) => t.supply.byTier.MUNICIPALITY, kind: 'number' },
  { header: '県全域に対応', value: (t) => t.supply.byTier.PREFECTURE_WIDE, kind: 'number' },
  { header: '県内の一部で活動', value: (t) => t.supply.byTier.IN_PREFECTURE, kind: 'number' },
  { header: '隣県で活動', value: (t) => t.supply.byTier.NEIGHBOUR, kind: 'number' },
  { header: 'リモートのみ', value: (t) => t.supply.byTier.REMOTE_ONLY, kind: 'number' },
];

const TREND_COLUMNS: ExportColumn<TrendPoint>[] = [
  { header: '月', value: (p) => p.month },
  { header: '充足状況', value: (p) => classLabel(p.classification), width: 22 },
  { header: '需要（件）', value: (p) => p.demand, kind: 'number' },
  { header: '受付中の支援者（者）', value: (p) => p.supply, kind: 'number' },
];

/** The area of `?pref=` or `?muni=`, checked like the query's arguments. */
function areaOf(services: Services, query: ExportQuery): Promise<AreaResult> {
  return services.sufficiency.area(query.optional('pref', 2), query.optional('muni', 6));
}

const day = (services: Services) => seirekiDate(services.clock.now());

export const SUFFICIENCY_EXPORTS: Readonly<Record<string, ExportDefinition>> = {
  /** The national map's table. */
  'sufficiency-prefectures': {
    roles: null,
    async build(services) {
      const prefectures = await services.sufficiency.map();
      return { table: tableOf('都道府県', AREA_COLUMNS('都道府県'), prefectures), fileName: exportFileName('充足状況_全国', day(services)) };
    },
  },
  /** A prefecture's municipalities with demand (the others have no data). */
  'sufficiency-municipalities': {
    roles: null,
    async build(services, _viewer, query) {
      const prefecture = await services.sufficiency.area(query.required('pref', 2), null);
      const rows = (await services.sufficiency.municipalitiesOf(prefecture.prefectureCode)).filter((m) => m.classification !== 'UNKNOWN');
      return { table: tableOf('市区町村', AREA_COLUMNS('市区町村'), rows), fileName: exportFileName('充足状況', prefecture.name, '市区町村', day(services)) };
    },
  },
  'sufficiency-types': {
    roles: null,
    async build(services, _viewer, query) {
      const area = await areaOf(services, query);
      return { table: tableOf('支援の種類別', TYPE_COLUMNS, area.types), fileName: exportFileName('充足状況', area.name, '支援の種類別', day(services)) };
    },
  },
  'sufficiency-tiers': {
    roles: null,
    async build(services, _viewer, query) {
      const area = await areaOf(services, query);
      return { table: tableOf('近さ別の支援者', TIER_COLUMNS, area.types), fileName: exportFileName('充足状況', area.name, '近さ別の支援者', day(services)) };
    },
  },
  'sufficiency-trend': {
    roles: null,
    async build(services, _viewer, query) {
      const area = await areaOf(services, query);
      const trend = await services.sufficiency.trend(area.areaCode);
      return { table: tableOf('推移', TREND_COLUMNS, trend), fileName: exportFileName('充足状況', area.name, '推移', day(services)) };
    },
  },
};
