import { Router, type Response } from 'express';
import ExcelJS from 'exceljs';
import { SUFFICIENCY_CLASS_LABELS, SUPPORT_TYPE_LABELS, sufficiencySentence } from '@tsunagu/shared';
import { DomainError, InvalidInputError } from '../../common/domain-errors';
import type { Services } from '../../graphql/context';
import type { AreaResult } from './sufficiency.service';

/*
 * `GET /export/sufficiency.xlsx?pref=15` or `?muni=152129`: every table of a dashboard as sheets of one
 * workbook, with Japanese headers. The figures are the public aggregates (no RMO or request names),
 * so no session is needed. Kept small on purpose: it moves onto the shared export module (issue 14)
 * once that lands.
 */

// A spreadsheet runs text starting with these as a formula (OWASP): such text gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
const cell = (value: string | number): string | number => (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value);

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: (string | number)[][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(cell));
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(10, ...[headers[i], ...rows.map((r) => String(r[i] ?? ''))].map((text) => Math.min(60, [...text].length * 2)));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const classLabel = (area: Pick<AreaResult, 'classification'>) => SUFFICIENCY_CLASS_LABELS[area.classification].ja;

/** The workbook of one prefecture's or municipality's dashboard. */
export async function sufficiencyWorkbook(services: Services, prefectureCode: string | null, municipalityCode: string | null): Promise<{ fileName: string; buffer: Buffer }> {
  const area = await services.sufficiency.area(prefectureCode, municipalityCode);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'つなぐ';
  addSheet(workbook, '概要', ['地域', '充足状況', '理由', '需要（件）', '受付中の支援者（者）'], [
    [area.name, classLabel(area), sufficiencySentence(area.explanation), area.demandTotal, area.supplyTotal],
  ]);
  if (!area.municipalityCode) {
    const municipalities = (await services.sufficiency.municipalitiesOf(area.prefectureCode)).filter((m) => m.classification !== 'UNKNOWN');
    addSheet(
      workbook,
      '市区町村',
      ['市区町村', '充足状況', '理由', '需要（件）', '受付中の支援者（者）'],
      municipalities.map((m) => [m.name, classLabel(m), sufficiencySentence(m.explanation), m.demandTotal, m.supplyTotal]),
    );
  }
  addSheet(
    workbook,
    '支援の種類別',
    ['支援の種類', '希望', '充足状況', '希望する地域運営組織', '募集中の依頼', '受け手のなかった打診', '受付中の支援者', '空き', 'うち県の確認済み'],
    area.types.map((t) => [
      SUPPORT_TYPE_LABELS[t.supportType].ja,
      t.wanted ? 'あり' : 'なし',
      t.wanted ? SUFFICIENCY_CLASS_LABELS[t.classification].ja : '',
      t.demand.rmos,
      t.demand.requests,
      t.demand.unmet,
      t.supply.serving,
      t.supply.freePlaces,
      t.supply.verified,
    ]),
  );
  addSheet(
    workbook,
    '近さ別の支援者',
    ['支援の種類', '市区町村を対応地域に含む', '県全域に対応', '県内の一部で活動', '隣県で活動', 'リモートのみ'],
    area.types.map((t) => [
      SUPPORT_TYPE_LABELS[t.supportType].ja,
      t.supply.byTier.MUNICIPALITY,
      t.supply.byTier.PREFECTURE_WIDE,
      t.supply.byTier.IN_PREFECTURE,
      t.supply.byTier.NEIGHBOUR,
      t.supply.byTier.REMOTE_ONLY,
    ]),
  );
  const trend = await services.sufficiency.trend(area.areaCode);
  addSheet(
    workbook,
    '推移',
    ['月', '充足状況', '需要（件）', '受付中の支援者（者）'],
    trend.map((p) => [p.month, SUFFICIENCY_CLASS_LABELS[p.classification as AreaResult['classification']].ja, p.demand, p.supply]),
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `充足状況_${area.name}.xlsx`, buffer };
}

function sendError(res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    const field = error instanceof InvalidInputError ? { field: error.field } : {};
    res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, params: error.params, ...field } }] });
    return;
  }
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

export function sufficiencyExportRouter(services: Services): Router {
  const router = Router();
  router.get('/export/sufficiency.xlsx', async (req, res) => {
    const pref = typeof req.query.pref === 'string' ? req.query.pref : null;
    const muni = typeof req.query.muni === 'string' ? req.query.muni : null;
    try {
      const { fileName, buffer } = await sufficiencyWorkbook(services, pref, muni);
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="sufficiency.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      res.setHeader('cache-control', 'no-store');
      res.send(buffer);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
