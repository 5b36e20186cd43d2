import type { DataSource } from 'typeorm';
import {
  lowestFeeYen,
  type Availability,
  type Framework,
  type MatchServicePlace,
  type Step,
  type SupportType,
  type TrackRecordKind,
  type VerificationStatus,
} from '@tsunagu/shared';

/** One supporter as matching reads it: only what scoring needs, decoded once per catalogue version. */
export interface CatalogueEntry {
  id: string;
  /** The owner organization, or the profile itself for imported profiles (each its own organization). */
  organization: string;
  supportTypes: SupportType[];
  remoteAvailable: boolean;
  availability: Availability;
  availabilityConfirmedAt: Date;
  capacity: number;
  currentLoad: number;
  frameworks: Framework[];
  feeNotes: string | null;
  lowestFeeYen: number | null;
  steps: Step[];
  yearsActive: number | null;
  verificationStatus: VerificationStatus;
  serviceArea: MatchServicePlace[];
  /** Prefectures of the service area, for the "reaches the region" test. */
  prefectures: Set<string>;
  trackRecords: { kind: TrackRecordKind; prefectureCode: string; municipalityCode: string | null }[];
}

/** Every matchable supporter (live, not rejected, with at least one support type), indexed by support type. */
export interface Catalogue {
  version: string;
  byType: Map<SupportType, CatalogueEntry[]>;
  size: number;
}

interface ProfileRow {
  id: string;
  owner_organization_id: string | null;
  support_types: SupportType[];
  remote_available: boolean;
  availability: Availability;
  availability_confirmed_at: Date;
  capacity: number;
  current_load: number;
  frameworks: Framework[];
  fee_notes: string | null;
  steps: Step[];
  years_active: number | null;
  verification_status: VerificationStatus;
}

/**
 * The supporter catalogue kept in memory for matching. Scoring a request needs thousands of
 * candidates; reading and decoding them from SQL on every request cost far more than scoring
 * them. A request reads the catalogue version (one row, bumped by triggers in the same
 * transaction as any change) and reloads only when it moved, so no instance serves stale data.
 */
export class MatchingCatalogue {
  private current: Catalogue | null = null;
  private loading: { version: string; promise: Promise<Catalogue> } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** The catalogue as of `version` (read by the caller with its request), loading it if this one is older. */
  async at(version: string): Promise<Catalogue> {
    if (this.current && this.current.version === version) return this.current;
    // Concurrent requests that saw the same new version share one load.
    if (!this.loading || this.loading.version !== version) {
      const promise = this.load().then((catalogue) => {
        if (!this.current || BigInt(catalogue.version) >= BigInt(this.current.version)) this.current = catalogue;
        return catalogue;
      });
      this.loading = { version, promise };
      promise.then(
        () => this.loading?.promise === promise && (this.loading = null),
        () => this.loading?.promise === promise && (this.loading = null),
      );
    }
    return this.loading.promise;
  }

  /** Reads version, profiles, areas and track records from one snapshot, so they agree with each other. */
  private async load(): Promise<Catalogue> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ version }] = (await manager.query(`SELECT version::text AS version FROM matching_catalogue_version`)) as { version: string }[];
      const profiles: ProfileRow[] = await manager.query(
        `SELECT id, owner_organization_id, support_types, remote_available, availability, availability_confirmed_at, capacity,
                current_load, frameworks, fee_notes, steps, years_active, verification_status
           FROM supporter_profile
          WHERE archived_at IS NULL AND verification_status <> 'REJECTED' AND support_types <> '{}'`,
      );
      const byId = new Map<string, CatalogueEntry>();
      for (const p of profiles) {
        byId.set(p.id, {
          id: p.id,
          organization: p.owner_organization_id ?? p.id,
          supportTypes: p.support_types,
          remoteAvailable: p.remote_available,
          availability: p.availability,
          availabilityConfirmedAt: p.availability_confirmed_at,
          capacity: p.capacity,
          currentLoad: p.current_load,
          frameworks: p.frameworks,
          feeNotes: p.fee_notes,
          lowestFeeYen: lowestFeeYen(p.fee_notes),
          steps: p.steps,
          yearsActive: p.years_active,
          verificationStatus: p.verification_status,
          serviceArea: [],
          prefectures: new Set(),
          trackRecords: [],
        });
      }
      const areas: { s: string; p: string; m: string | null }[] = await manager.query(
        `SELECT supporter_id AS s, prefecture_code AS p, municipality_code AS m FROM supporter_service_area`,
      );
      for (const a of areas) {
        const entry = byId.get(a.s);
        if (!entry) continue;
        entry.serviceArea.push({ prefectureCode: a.p, municipalityCode: a.m });
        entry.prefectures.add(a.p);
      }
      const records: { s: string; k: TrackRecordKind; p: string; m: string | null }[] = await manager.query(
        `SELECT supporter_id AS s, kind AS k, prefecture_code AS p, municipality_code AS m FROM supporter_track_record`,
      );
      for (const r of records) byId.get(r.s)?.trackRecords.push({ kind: r.k, prefectureCode: r.p, municipalityCode: r.m });

      const byType = new Map<SupportType, CatalogueEntry[]>();
      for (const entry of byId.values()) {
        for (const type of entry.supportTypes) {
          const list = byType.get(type);
          if (list) list.push(entry);
          else byType.set(type, [entry]);
        }
      }
      return { version, byType, size: byId.size };
    });
  }
}
