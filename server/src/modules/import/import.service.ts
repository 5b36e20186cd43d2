import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  Availability,
  ConflictReason,
  ForbiddenReason,
  ImportFileReason,
  ImportKind,
  ImportRowStatus,
  InputReason,
  IMPORT_FIELDS,
  ImportField,
  REQUIRED_IMPORT_FIELDS,
  UserRole,
  VerificationStatus,
  suggestImportMapping,
} from '@tsunagu/shared';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, invalidInput } from '../../common/domain-errors';
import type { AppConfig } from '../../config';
import type { Clock } from '../../common/clock';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { ReferenceService } from '../reference/reference.service';
import { generateToken, type SessionService } from '../account/session.service';
import type { Viewer } from '../account/viewer';
import { ImportBatch } from './import-batch.entity';
import { readImportFile } from './import-file';
import { checkRosterRows, sameSupporterKeys, type CheckedRow, type ImportMapping, type PlaceIndex, type RosterRow } from './roster-rows';
import { checkRmoRows, rmoNameKey, type RmoRow } from './rmo-rows';
import { claimMail } from './claim.mails';

/** Who imports what: rosters prefecture staff (for their prefecture) and operators; RMO lists municipality staff (their own). */
export const IMPORTERS: Readonly<Record<ImportKind, readonly UserRole[]>> = {
  SUPPORTER_ROSTER: [UserRole.PREFECTURE_STAFF, UserRole.OPERATOR],
  RMO_LIST: [UserRole.MUNICIPALITY_STAFF],
};
/** Everyone who imports anything (each sees only their organization's batches). */
export const ANY_IMPORTER = [...new Set(Object.values(IMPORTERS).flat())];
const CLAIM_TTL = '30 days';
const IMPORT_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A previewed file: every row's standing, and the counts. */
export interface ImportPreviewResult<Row extends CheckedRow = CheckedRow> {
  rows: Row[];
  validCount: number;
  invalidCount: number;
  duplicateCount: number;
}

export interface ImportResult {
  created: number;
  skippedInvalid: number;
  skippedDuplicates: number;
  invitationsSent: number;
  profileIds: string[];
}

/**
 * Roster import: a file is uploaded and read (nothing but the batch is written), previewed under a
 * column mapping (every cell checked, duplicates of existing profiles found), then committed in one
 * transaction: the profiles, their service areas, claim links mailed to their contacts, one audit entry.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly collaborators: { reference: ReferenceService; mail: MailService; audit: AuditService; sessions: SessionService; clock: Clock },
  ) {}

  private requireImporter(viewer: Viewer, kind: ImportKind | null): void {
    if (!(kind ? IMPORTERS[kind] : ANY_IMPORTER).includes(viewer.role)) throw new ForbiddenError(ForbiddenReason.ROLE_NOT_ALLOWED, 'Your role does not import this');
  }

  /** Reads an uploaded file and keeps it as a batch of the viewer's organization; a bad file writes nothing. */
  async upload(viewer: Viewer, kind: ImportKind, fileName: string, bytes: Buffer, sheet: string | null): Promise<ImportBatch> {
    this.requireImporter(viewer, kind);
    const grid = await readImportFile(bytes, sheet);
    const batches = this.dataSource.getRepository(ImportBatch);
    return batches.save(
      batches.create({
        kind,
        organizationId: viewer.organizationId,
        createdByUserId: viewer.userId,
        fileName: fileName.slice(0, 200) || 'upload',
        format: grid.format,
        encoding: grid.encoding,
        sheetNames: grid.sheetNames,
        sheet: grid.sheet,
        headers: grid.headers,
        rows: grid.rows,
        committedAt: null,
        createdCount: null,
      }),
    );
  }

  /** A batch of the viewer's organization; any other is NOT_FOUND, like one that does not exist. */
  async find(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ImportBatch> {
    this.requireImporter(viewer, null);
    const batch = IMPORT_UUID.test(id)
      ? await manager.getRepository(ImportBatch).findOne({ where: { id, organizationId: viewer.organizationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!batch) throw new NotFoundError(ImportFileReason.IMPORT_NOT_FOUND, 'No such import');
    return batch;
  }

  /** The suggested field per column, from the headers' Japanese words. */
  suggestedMapping(batch: ImportBatch): (ImportField | null)[] {
    return suggestImportMapping(batch.kind, batch.headers);
  }

  /** The mapping as field → column; refused when a column does not exist, a field repeats, or a required one is missing. */
  mappingOf(batch: ImportBatch, columns: readonly (ImportField | null | undefined)[]): ImportMapping {
    if (columns.length > batch.headers.length) throw invalidInput('columns', InputReason.TOO_MANY, { max: batch.headers.length });
    const mapping = new Map<ImportField, number>();
    columns.forEach((field, column) => {
      if (!field) return;
      // A field of the other kind of record (e.g. ふりがな for an RMO list) is no field here.
      if (!IMPORT_FIELDS[batch.kind].includes(field)) throw invalidInput('columns', InputReason.INVALID_VALUE);
      if (mapping.has(field)) throw invalidInput('columns', InputReason.DUPLICATE);
      mapping.set(field, column);
    });
    const missing = REQUIRED_IMPORT_FIELDS[batch.kind].filter((field) => !mapping.has(field));
    if (missing.length > 0) throw new InvalidInputError('columns', ImportFileReason.MAPPING_INCOMPLETE, { fields: missing.join(',') });
    return mapping;
  }

  private async places(viewer: Viewer): Promise<PlaceIndex> {
    const prefectures = await this.collaborators.reference.prefectures();
    const byPrefecture = new Map<string, readonly import('../reference/municipality.entity').Municipality[]>();
    for (const prefecture of prefectures) byPrefecture.set(prefecture.code, await this.collaborators.reference.municipalitiesOf(prefecture.code));
    return {
      prefectures,
      municipalitiesOf: (code) => byPrefecture.get(code) ?? [],
      ownPrefectureCode: viewer.role === UserRole.PREFECTURE_STAFF ? viewer.prefectureCode : null,
    };
  }

  /** Checks every row under the mapping and marks those that repeat an existing record. */
  async preview(viewer: Viewer, batch: ImportBatch, mapping: ImportMapping, manager: EntityManager = this.dataSource.manager): Promise<ImportPreviewResult> {
    return batch.kind === ImportKind.RMO_LIST ? this.previewRmos(viewer, batch, mapping, manager) : this.previewRoster(viewer, batch, mapping, manager);
  }

  /** RMO rows, and those whose name an RMO of the viewer's municipality already has. */
  private async previewRmos(viewer: Viewer, batch: ImportBatch, mapping: ImportMapping, manager: EntityManager): Promise<ImportPreviewResult<RmoRow>> {
    const rows = checkRmoRows(batch.rows, mapping, this.collaborators.clock.now().getUTCFullYear());
    const existing: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM rmo WHERE municipality_code = $1`, [viewer.municipalityCode]);
    const byName = new Map(existing.map((rmo) => [rmoNameKey(rmo.name), rmo]));
    for (const row of rows) {
      const match = row.draft ? byName.get(rmoNameKey(row.draft.name)) : undefined;
      if (match) {
        row.status = ImportRowStatus.DUPLICATE;
        row.duplicateOf = match;
      }
    }
    return countsOf(rows);
  }

  /** Roster rows, and those that repeat an existing profile (same name and e-mail or phone). */
  private async previewRoster(viewer: Viewer, batch: ImportBatch, mapping: ImportMapping, manager: EntityManager): Promise<ImportPreviewResult<RosterRow>> {
    const rows = checkRosterRows(batch.rows, mapping, await this.places(viewer));
    const candidates = rows.filter((row) => row.draft);
    if (candidates.length > 0) {
      const names = [...new Set(candidates.map((row) => row.draft!.name.normalize('NFKC')))];
      const existing: { id: string; name: string; contact_email: string | null; contact_phone: string | null }[] = await manager.query(
        `SELECT id, name, contact_email, contact_phone FROM supporter_profile WHERE archived_at IS NULL AND normalize(name, NFKC) = ANY($1)`,
        [names],
      );
      const byKey = new Map<string, { id: string; name: string }>();
      for (const profile of existing) for (const key of sameSupporterKeys(profile.name, profile.contact_email, profile.contact_phone)) byKey.set(key, profile);
      for (const row of candidates) {
        const match = sameSupporterKeys(row.draft!.name, row.draft!.contactEmail, row.draft!.contactPhone).map((key) => byKey.get(key)).find(Boolean);
        if (match) {
          row.status = ImportRowStatus.DUPLICATE;
          row.duplicateOf = { id: match.id, name: match.name };
        }
      }
    }
    return countsOf(rows);
  }

  /**
   * Writes the valid rows, and the duplicates the user chose, in one transaction, with one audit
   * entry; a batch commits once.
   */
  async commit(viewer: Viewer, batchId: string, columns: readonly (ImportField | null | undefined)[], importDuplicateRows: readonly number[]): Promise<ImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.find(viewer, batchId, manager, true);
      if (batch.committedAt) throw new ConflictError(ConflictReason.ALREADY_RECORDED, 'This file has already been imported');
      const preview = await this.preview(viewer, batch, this.mappingOf(batch, columns), manager);
      const chosen = new Set(importDuplicateRows);
      const isChosen = (row: CheckedRow) => row.status === ImportRowStatus.VALID || (row.status === ImportRowStatus.DUPLICATE && chosen.has(row.rowNumber));
      const written =
        batch.kind === ImportKind.RMO_LIST
          ? { ids: await this.writeRmos(manager, viewer, (preview.rows as RmoRow[]).filter(isChosen)), invitationsSent: 0 }
          : await this.writeRoster(manager, viewer, batch, (preview.rows as RosterRow[]).filter(isChosen));
      const duplicatesWritten = preview.rows.filter((row) => row.status === ImportRowStatus.DUPLICATE && chosen.has(row.rowNumber)).length;
      await manager.update(ImportBatch, { id: batch.id }, { committedAt: () => 'now()', createdCount: written.ids.length });
      const result = {
        created: written.ids.length,
        skippedInvalid: preview.invalidCount,
        skippedDuplicates: preview.duplicateCount - duplicatesWritten,
        invitationsSent: written.invitationsSent,
        profileIds: written.ids,
      };
      await this.collaborators.audit.record(manager, viewer, {
        action: 'commitImport',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { kind: batch.kind, fileName: batch.fileName, ...result },
      });
      return result;
    });
  }

  /** RMO records of the viewer's municipality, in one statement. */
  private async writeRmos(manager: EntityManager, viewer: Viewer, rows: readonly RmoRow[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const municipality = await this.collaborators.reference.requireMunicipality(viewer.municipalityCode ?? '', 'municipalityCode');
    const ids = rows.map(() => randomUUID());
    await manager.query(
      `INSERT INTO rmo (id, prefecture_code, municipality_code, name, area_unit, legal_form, founded_year, activities, activities_note,
         challenges, challenges_note, optimization_state, organization_id)
       SELECT d.id, $2, $3, d.name, d.area_unit, d.legal_form, d.founded_year, d.activities, d.activities_note, d.challenges,
         d.challenges_note, d.optimization_state, NULL
         FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, name text, area_unit text, legal_form text, founded_year int, activities text[],
           activities_note text, challenges text[], challenges_note text, optimization_state text)`,
      [
        JSON.stringify(
          rows.map(({ draft: d }, i) => ({
            id: ids[i],
            name: d!.name,
            area_unit: d!.areaUnit,
            legal_form: d!.legalForm,
            founded_year: d!.foundedYear,
            activities: d!.activities,
            activities_note: d!.activitiesNote,
            challenges: d!.challenges,
            challenges_note: d!.challengesNote,
            optimization_state: d!.optimizationState,
          })),
        ),
        municipality.prefectureCode,
        municipality.code,
      ],
    );
    return ids;
  }

  /**
   * Unverified profiles marked as imported by the viewer's organization, accepting and confirmed now
   * (so they can be brokered at once), with no owner until their contacts claim them through the mailed link.
   */
  private async writeRoster(manager: EntityManager, viewer: Viewer, batch: ImportBatch, rows: readonly RosterRow[]): Promise<{ ids: string[]; invitationsSent: number }> {
    const drafts = rows.map((row) => row.draft!);
      const ids: string[] = [];
      if (drafts.length > 0) {
        // Ids made here, so the service areas and claims below know which row became which profile;
        // one statement for all profiles keeps a 5,000-row roster one short transaction.
        ids.push(...drafts.map(() => randomUUID()));
        await manager.query(
          `INSERT INTO supporter_profile (id, name, kana, kind, summary, description, support_types, remote_available, frameworks, capacity,
             availability, availability_confirmed_at, steps, years_active, website, contact_email, contact_phone, verification_status,
             owner_organization_id, imported_by_organization_id, import_batch_id)
           SELECT d.id, d.name, d.kana, d.kind, d.summary, '', d.support_types, false, '{}', d.capacity, $2, now(), '{}', d.years_active, d.website,
             d.contact_email, d.contact_phone, $3, NULL, $4, $5
             FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, name text, kana text, kind text, summary text, support_types text[],
               capacity int, years_active int, website text, contact_email text, contact_phone text)`,
          [
            JSON.stringify(drafts.map((d, i) => ({ id: ids[i], name: d.name, kana: d.kana, kind: d.kind, summary: d.summary, support_types: d.supportTypes, capacity: d.capacity, years_active: d.yearsActive, website: d.website, contact_email: d.contactEmail, contact_phone: d.contactPhone }))),
            Availability.ACCEPTING,
            VerificationStatus.UNVERIFIED,
            viewer.organizationId,
            batch.id,
          ],
        );
        const areas = drafts.flatMap((draft, i) => [
          ...draft.prefectures.map((prefecture) => [ids[i], prefecture, null]),
          ...draft.municipalities.map(([prefecture, municipality]) => [ids[i], prefecture, municipality]),
        ]);
        await manager.query(
          `INSERT INTO supporter_service_area (supporter_id, prefecture_code, municipality_code)
           SELECT (a->>0)::uuid, a->>1, a->>2 FROM jsonb_array_elements($1::jsonb) AS a`,
          [JSON.stringify(areas)],
        );
      }
      // Claim links for every contact with an e-mail: the links and their mails in a few statements.
      const claims = drafts.flatMap((draft, i) => (draft.contactEmail ? [{ profileId: ids[i], draft, token: generateToken() }] : []));
      if (claims.length > 0) {
        await manager.query(
          `INSERT INTO supporter_claim (profile_id, email, token_hash, expires_at)
           SELECT c.profile_id, c.email, c.token_hash, now() + interval '${CLAIM_TTL}' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(profile_id, email, token_hash)`,
          [claims.map((c) => c.profileId), claims.map((c) => c.draft.contactEmail), claims.map((c) => this.collaborators.sessions.hashToken(c.token))],
        );
        await this.collaborators.mail.sendMany(
          manager,
          claims.map((c) => claimMail(c.draft.contactEmail!, { profileName: c.draft.name, importerName: viewer.organizationName }, `${this.config.appBaseUrl}/invitations/accept?claim=${c.token}`)),
        );
      }
      const invitationsSent = claims.length;
      return { ids, invitationsSent };
  }
}

/** The rows with their counts by status. */
function countsOf<Row extends CheckedRow>(rows: Row[]): ImportPreviewResult<Row> {
  const count = (status: ImportRowStatus) => rows.filter((row) => row.status === status).length;
  return { rows, validCount: count(ImportRowStatus.VALID), invalidCount: count(ImportRowStatus.INVALID), duplicateCount: count(ImportRowStatus.DUPLICATE) };
}
