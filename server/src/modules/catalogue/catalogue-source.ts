import type { DataSource, EntityManager } from 'typeorm';
import {
  lowestFeeYen,
  type Availability,
  type Framework,
  type Step,
  type SupportType,
  type SupporterKind,
  type TrackRecordKind,
  type VerificationStatus,
} from '@tsunagu/shared';
import type { CatalogueRow } from './catalogue-store';

/** Rows per statement of a full load: bounds the memory a load holds besides the catalogue itself. */
const LOAD_BATCH = 500;

interface ProfileRecord {
  id: string;
  owner_organization_id: string | null;
  name: string;
  kana: string;
  kind: SupporterKind;
  summary: string;
  search_name: string;
  search_body: string;
  support_types: SupportType[];
  remote_available: boolean;
  frameworks: Framework[];
  fee_notes: string | null;
  capacity: number;
  current_load: number;
  availability: Availability;
  availability_confirmed_at: Date;
  steps: Step[];
  years_active: number | null;
  verification_status: VerificationStatus;
  /** "prefecture:municipality" (empty municipality for a whole prefecture). */
  areas: string[];
  /** "kind:prefecture:municipality". */
  records: string[];
}

// Listed: not archived, at least one support type (drafts have none). Rejected and long-unconfirmed
// profiles stay in: matching shows them flagged, and search leaves out the unconfirmed ones itself.
const LISTED = `p.archived_at IS NULL AND p.support_types <> '{}'`;

const PROFILE_COLUMNS = `p.id, p.owner_organization_id, p.name, p.kana, p.kind, p.summary, p.search_name, p.search_body,
  p.support_types, p.remote_available, p.frameworks, p.fee_notes, p.capacity, p.current_load, p.availability,
  p.availability_confirmed_at, p.steps, p.years_active, p.verification_status,
  ARRAY(SELECT a.prefecture_code || ':' || coalesce(a.municipality_code, '') FROM supporter_service_area a WHERE a.supporter_id = p.id) AS areas,
  ARRAY(SELECT r.kind || ':' || r.prefecture_code || ':' || coalesce(r.municipality_code, '') FROM supporter_track_record r WHERE r.supporter_id = p.id) AS records`;

/** What changed since a version: rows to (re)place and ids to drop, or "reload everything". */
export type CatalogueChanges = { version: number; rows: CatalogueRow[]; removed: string[] } | { version: number; reload: true };

/**
 * Reads the catalogue from PostgreSQL, the source of truth: the version row, everything (in
 * batches, from one snapshot), or only the supporters the change log names since a version.
 */
export class CatalogueSource {
  private inFlight: Promise<number> | null = null;
  private next: Promise<number> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The committed catalogue version, read by a statement that starts after this call, so every
   * change committed before the call is counted. Calls that arrive while a read is under way
   * share the next read: under load, one statement serves many searches.
   */
  readVersion(): Promise<number> {
    if (!this.inFlight) return this.startRead();
    this.next ??= this.inFlight.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      this.next = null;
      return this.inFlight ?? this.startRead();
    });
    return this.next;
  }

  private startRead(): Promise<number> {
    const read = this.dataSource
      .query(`SELECT version FROM supporter_catalogue_version`)
      .then((rows: { version: string }[]) => Number(rows[0].version));
    this.inFlight = read;
    const done = () => {
      if (this.inFlight === read) this.inFlight = null;
    };
    read.then(done, done);
    return read;
  }

  /** Every listed supporter, handed over batch by batch (all from one snapshot), and the version they reflect. */
  async loadAll(onStart: (total: number, sample: CatalogueRow[]) => void, onBatch: (rows: CatalogueRow[]) => void): Promise<number> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const version = await this.versionIn(manager);
      const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM supporter_profile p WHERE ${LISTED}`)) as { total: number }[];
      let last = '00000000-0000-0000-0000-000000000000';
      let started = false;
      for (;;) {
        const records: ProfileRecord[] = await manager.query(
          `SELECT ${PROFILE_COLUMNS} FROM supporter_profile p WHERE ${LISTED} AND p.id > $1 ORDER BY p.id LIMIT ${LOAD_BATCH}`,
          [last],
        );
        const rows = records.map(toRow);
        if (!started) {
          onStart(total, rows);
          started = true;
        }
        if (rows.length === 0) break;
        onBatch(rows);
        last = rows[rows.length - 1].id;
        if (rows.length < LOAD_BATCH) break;
      }
      return version;
    });
  }

  /**
   * The supporters changed after `since`, from one snapshot; a reload when the log no longer
   * reaches back that far, a table was truncated, or more changed than is worth applying one by one.
   */
  async changesSince(since: number, reloadAbove: number): Promise<CatalogueChanges> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ version, pruned_through: prunedThrough }] = (await manager.query(
        `SELECT version, pruned_through FROM supporter_catalogue_version`,
      )) as { version: string; pruned_through: string }[];
      const current = Number(version);
      if (current === since) return { version: current, rows: [], removed: [] };
      if (since < Number(prunedThrough)) return { version: current, reload: true };
      const changed: { supporter_id: string | null }[] = await manager.query(
        `SELECT DISTINCT supporter_id FROM supporter_catalogue_change WHERE version > $1`,
        [since],
      );
      if (changed.length > reloadAbove || changed.some((c) => c.supporter_id === null)) return { version: current, reload: true };
      const ids = changed.map((c) => c.supporter_id as string);
      const records: ProfileRecord[] =
        ids.length === 0 ? [] : await manager.query(`SELECT ${PROFILE_COLUMNS} FROM supporter_profile p WHERE ${LISTED} AND p.id = ANY($1::uuid[])`, [ids]);
      const listed = new Set(records.map((r) => r.id));
      return { version: current, rows: records.map(toRow), removed: ids.filter((id) => !listed.has(id)) };
    });
  }

  private async versionIn(manager: EntityManager): Promise<number> {
    const [{ version }] = (await manager.query(`SELECT version FROM supporter_catalogue_version`)) as { version: string }[];
    return Number(version);
  }
}

function toRow(p: ProfileRecord): CatalogueRow {
  return {
    id: p.id,
    ownerOrganizationId: p.owner_organization_id,
    name: p.name,
    kana: p.kana,
    kind: p.kind,
    summary: p.summary,
    searchName: p.search_name,
    searchBody: p.search_body,
    supportTypes: p.support_types,
    remoteAvailable: p.remote_available,
    frameworks: p.frameworks,
    lowestFeeYen: lowestFeeYen(p.fee_notes),
    capacity: p.capacity,
    currentLoad: p.current_load,
    availability: p.availability,
    availabilityConfirmedAt: p.availability_confirmed_at,
    steps: p.steps,
    yearsActive: p.years_active,
    verificationStatus: p.verification_status,
    serviceArea: p.areas.map((area) => {
      const [prefectureCode, municipalityCode] = area.split(':');
      return { prefectureCode, municipalityCode: municipalityCode || null };
    }),
    trackRecords: p.records.map((record) => {
      const [kind, prefectureCode, municipalityCode] = record.split(':');
      return { kind: kind as TrackRecordKind, prefectureCode, municipalityCode: municipalityCode || null };
    }),
  };
}
