import type { DataSource } from 'typeorm';
import {
  Availability,
  DeclineReason,
  OfferStatus,
  SUPPLY_TIERS,
  SUPPORT_TYPES_IN_ORDER,
  SupportRequestStatus,
  UNMET_OFFER_WINDOW_DAYS,
  VerificationStatus,
  classifyArea,
  demandTotal,
  emptySupply,
  placeKindOf,
  type AreaSufficiency,
  type SupportType,
  type TypeDemand,
  type TypeSupply,
} from '@tsunagu/shared';
import { DAY_MS, jstDate, type Clock } from '../../common/clock';
import { jobType } from '../../jobs/job-queue';
import { and, andNot, countAnd, emptySet, forEachSlot, has, type Bitset } from '../catalogue/bitset';
import type { SupporterCatalogue } from '../catalogue/catalogue';
import { AVAILABILITIES, SUPPORT_TYPES, VERIFICATION_STATUSES, type CatalogueStore } from '../catalogue/catalogue-store';
import { localitySets } from '../catalogue/locality-sets';
import type { ReferenceService } from '../reference/reference.service';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';

/** Daily at 00:40 in Japan: the month's snapshot row is rewritten, so each month keeps its last day's picture. */
export const snapshotSufficiency = jobType<Record<string, never>>('sufficiency.snapshot', { maxAttempts: 3 });
export const SNAPSHOT_CRON = '40 15 * * *';

/** Area code of the national row of the snapshot table (prefectures are "01"–"47", municipalities six digits). */
const NATIONAL = '00';
const TYPE_COUNT = SUPPORT_TYPES.length;
const TREND_MONTHS = 12;

/** Demand signals per municipality: rmos, requests, unmet for each type, in SUPPORT_TYPES order. */
interface DemandIndex {
  byMunicipality: Map<string, Int32Array>;
  byPrefecture: Map<string, Int32Array>;
}

/** An area as the API returns it: its place, the classification and its figures. */
export interface AreaResult extends AreaSufficiency {
  areaCode: string;
  prefectureCode: string;
  municipalityCode: string | null;
  name: string;
  /** Distinct fresh, accepting supporters serving the area (any type). */
  supplyTotal: number;
  /** All demand signals (a signal per type it names). */
  demandTotal: number;
}

export interface TrendPoint {
  month: string;
  classification: string;
  demand: number;
  supply: number;
}

export interface MonthClassCount {
  month: string;
  classification: string;
  areas: number;
}

/** Per type: serving, free places, verified; per tier; and the distinct serving count. */
interface SupplyFacts {
  types: Record<SupportType, TypeSupply>;
  distinct: number;
}

/**
 * Sufficiency of prefectures and municipalities (shared/src/sufficiency.ts is the rule). Supply
 * comes from the in-memory catalogue; demand from one grouped SQL read of RMO wishes, open requests
 * and unmet offers, kept until the demand change log moves or the Japanese day turns (the unmet
 * window and freshness are counted in days). One cheap statement per call checks the log.
 */
export class SufficiencyService {
  private demand: { key: string; index: Promise<DemandIndex> } | null = null;
  private prefectureSupply: { key: string; byCode: Map<string, SupplyFacts> } | null = null;
  /** Finished answers, kept while demand, the catalogue and the fresh set stay the same. */
  private results: { key: string; values: Map<string, Promise<unknown>> } = { key: '', values: new Map() };

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly catalogue: SupporterCatalogue,
    private readonly freshness: { staleAfterDays: number },
    private readonly clock: Clock,
  ) {}

  /** The national map: every prefecture. */
  map(): Promise<AreaResult[]> {
    return this.memo('map', () => this.computeMap());
  }

  private async computeMap(): Promise<AreaResult[]> {
    const [demand, prefectures] = await Promise.all([this.demandIndex(), this.reference.prefectures()]);
    const supply = await this.prefectureSupplies();
    return prefectures.map((p) => this.prefectureResult(p, demand, supply.get(p.code)!));
  }

  /** One prefecture (municipality null) or one municipality; codes are checked against reference data. */
  async area(prefectureCode: string | null | undefined, municipalityCode: string | null | undefined): Promise<AreaResult> {
    if (municipalityCode) {
      const municipality = await this.reference.requireMunicipality(municipalityCode, 'municipalityCode');
      if (prefectureCode && prefectureCode !== municipality.prefectureCode) {
        await this.reference.requirePrefecture(prefectureCode, 'prefectureCode');
      }
      return this.memo(`municipality:${municipality.code}`, () => this.municipalityResult(municipality));
    }
    const prefecture = await this.reference.requirePrefecture(prefectureCode ?? '', 'prefectureCode');
    return this.memo(`prefecture:${prefecture.code}`, async () => {
      const [demand, supply] = await Promise.all([this.demandIndex(), this.prefectureSupplies()]);
      return this.prefectureResult(prefecture, demand, supply.get(prefecture.code)!);
    });
  }

  /** Every municipality of a prefecture (wards of designated cities count with their city and are left out). */
  municipalitiesOf(prefectureCode: string): Promise<AreaResult[]> {
    return this.memo(`municipalities:${prefectureCode}`, () => this.computeMunicipalities(prefectureCode));
  }

  private async computeMunicipalities(prefectureCode: string): Promise<AreaResult[]> {
    const [demand, municipalities, prefecture] = await Promise.all([
      this.demandIndex(),
      this.reference.municipalitiesOf(prefectureCode),
      this.reference.prefectureByCode(prefectureCode),
    ]);
    const store = await this.catalogue.current();
    const eligible = this.eligible(store);
    const whole = and(store.prefectureWhole.get(prefectureCode) ?? emptySet(store.words), eligible);
    const base = this.supplyOfSet(store, whole);
    const results: AreaResult[] = [];
    for (const m of municipalities) {
      if (m.parentCode) continue;
      const codes = await this.reference.sameMunicipalityCodes(m);
      results.push(this.result(m.code, prefectureCode, m.code, m.name, m.kind, prefecture?.name ?? '', this.demandOf(demand.byMunicipality, codes), this.addMunicipalSlots(store, base, whole, eligible, codes)));
    }
    return results;
  }

  /** The last twelve months' snapshots of an area (oldest first). */
  async trend(areaCode: string): Promise<TrendPoint[]> {
    const rows: TrendPoint[] = await this.dataSource.query(
      `SELECT month, classification, demand, supply FROM sufficiency_snapshot WHERE area_code = $1 AND month >= $2 ORDER BY month`,
      [areaCode, this.firstTrendMonth()],
    );
    return rows;
  }

  /** The last twelve months: how many prefectures stood in each class (the national trend). */
  async nationalTrend(): Promise<MonthClassCount[]> {
    return this.dataSource.query(
      `SELECT month, classification, count(*)::int AS areas FROM sufficiency_snapshot
        WHERE length(area_code) = 2 AND area_code <> $2 AND month >= $1 GROUP BY month, classification ORDER BY month, classification`,
      [this.firstTrendMonth(), NATIONAL],
    );
  }

  /** Writes this month's snapshot of every prefecture and municipality (the scheduled job; idempotent). */
  async takeSnapshot(now: Date): Promise<number> {
    const month = jstDate(now).slice(0, 7);
    const rows: { area: AreaResult }[] = [];
    for (const prefecture of await this.map()) {
      rows.push({ area: prefecture });
      for (const municipality of await this.municipalitiesOf(prefecture.prefectureCode)) rows.push({ area: municipality });
    }
    const values = rows.map(({ area }) => [
      area.areaCode,
      area.prefectureCode,
      area.classification,
      area.demandTotal,
      area.supplyTotal,
      area.missingTypes.length,
      area.scarceTypes.length,
    ]);
    await this.dataSource.query(
      `INSERT INTO sufficiency_snapshot (month, area_code, prefecture_code, classification, demand, supply, missing_types, scarce_types, taken_at)
       SELECT $1, v->>0, v->>1, v->>2, (v->>3)::int, (v->>4)::int, (v->>5)::int, (v->>6)::int, $2 FROM jsonb_array_elements($3::jsonb) v
       ON CONFLICT (area_code, month) DO UPDATE SET classification = EXCLUDED.classification, demand = EXCLUDED.demand, supply = EXCLUDED.supply,
         missing_types = EXCLUDED.missing_types, scarce_types = EXCLUDED.scarce_types, taken_at = EXCLUDED.taken_at`,
      [month, now, JSON.stringify(values)],
    );
    // The change log's rows fold into its base (the fingerprint stays the same).
    await this.dataSource.query(
      `WITH gone AS (DELETE FROM sufficiency_demand_change RETURNING 1) UPDATE sufficiency_demand_base SET changes = changes + (SELECT count(*) FROM gone)`,
    );
    return values.length;
  }

  private firstTrendMonth(): string {
    const [year, month] = jstDate(this.clock.now()).split('-').map(Number);
    const index = year * 12 + (month - 1) - (TREND_MONTHS - 1);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }

  private async municipalityResult(municipality: Municipality): Promise<AreaResult> {
    const [demand, prefecture, codes] = await Promise.all([
      this.demandIndex(),
      this.reference.prefectureByCode(municipality.prefectureCode),
      this.reference.sameMunicipalityCodes(municipality),
    ]);
    const place = await this.reference.localityPlace(municipality, municipality.prefectureCode);
    const store = await this.catalogue.current();
    const supply = this.supplyOfPlace(store, place, this.eligible(store));
    // A ward's demand is its own; a designated city's is its wards' too.
    const demandCodes = municipality.parentCode ? [municipality.code] : codes;
    return this.result(municipality.code, municipality.prefectureCode, municipality.code, municipality.name, municipality.kind, prefecture?.name ?? '', this.demandOf(demand.byMunicipality, demandCodes), supply);
  }

  private prefectureResult(prefecture: Prefecture, demand: DemandIndex, supply: SupplyFacts): AreaResult {
    return this.result(prefecture.code, prefecture.code, null, prefecture.name, null, prefecture.name, demand.byPrefecture.get(prefecture.code), supply);
  }

  private result(
    areaCode: string,
    prefectureCode: string,
    municipalityCode: string | null,
    name: string,
    municipalityKind: string | null,
    prefectureName: string,
    counts: Int32Array | undefined,
    supply: SupplyFacts,
  ): AreaResult {
    const demand: Partial<Record<SupportType, TypeDemand>> = {};
    let total = 0;
    SUPPORT_TYPES.forEach((type, i) => {
      const d = counts ? { rmos: counts[i * 3], requests: counts[i * 3 + 1], unmet: counts[i * 3 + 2] } : { rmos: 0, requests: 0, unmet: 0 };
      demand[type] = d;
      total += demandTotal(d);
    });
    const area = classifyArea({ ...placeKindOf(municipalityKind, prefectureName), demand, supply: supply.types });
    return { ...area, areaCode, prefectureCode, municipalityCode, name, supplyTotal: supply.distinct, demandTotal: total };
  }

  private demandOf(byMunicipality: Map<string, Int32Array>, codes: readonly string[]): Int32Array {
    const sum = new Int32Array(TYPE_COUNT * 3);
    for (const code of new Set(codes)) {
      const counts = byMunicipality.get(code);
      if (counts) for (let i = 0; i < sum.length; i++) sum[i] += counts[i];
    }
    return sum;
  }

  /** Live, fresh (confirmed within the stale threshold), not rejected, accepting: the supply the rule counts. */
  private eligible(store: CatalogueStore): Bitset {
    const cutoff = this.clock.now().getTime() - this.freshness.staleAfterDays * DAY_MS;
    const stale = store.suffixSet(store.positionConfirmedBy(cutoff));
    const set = andNot(store.live, stale);
    const rejected = store.byVerification[VERIFICATION_STATUSES.indexOf(VerificationStatus.REJECTED)];
    const closed = store.byAvailability[AVAILABILITIES.indexOf(Availability.NOT_ACCEPTING)];
    for (let i = 0; i < set.length; i++) set[i] &= ~(rejected[i] | closed[i]);
    return set;
  }

  /** Per type: serving count, free places and verified among a set of serving supporters. */
  private supplyOfSet(store: CatalogueStore, serving: Bitset): SupplyFacts {
    const types = Object.fromEntries(SUPPORT_TYPES.map((t) => [t, emptySupply()])) as Record<SupportType, TypeSupply>;
    const verified = store.byVerification[VERIFICATION_STATUSES.indexOf(VerificationStatus.VERIFIED)];
    let distinct = 0;
    forEachSlot(serving, (slot) => {
      distinct += 1;
      this.addSlot(store, types, slot, has(verified, slot), 1);
    });
    return { types, distinct };
  }

  private addSlot(store: CatalogueStore, types: Record<SupportType, TypeSupply>, slot: number, verified: boolean, by: number): void {
    const mask = store.typeMask[slot];
    const free = store.freeCapacity[slot];
    for (let i = 0; i < TYPE_COUNT; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const s = types[SUPPORT_TYPES[i]];
      s.serving += by;
      s.freePlaces += free * by;
      if (verified) s.verified += by;
    }
  }

  /** A municipality's supply from its prefecture's whole-prefecture supply plus those naming it (no tiers: the prefecture's list). */
  private addMunicipalSlots(store: CatalogueStore, base: SupplyFacts, whole: Bitset, eligible: Bitset, codes: readonly string[]): SupplyFacts {
    const types = Object.fromEntries(SUPPORT_TYPES.map((t) => [t, { ...base.types[t], byTier: { ...base.types[t].byTier } }])) as Record<SupportType, TypeSupply>;
    const verified = store.byVerification[VERIFICATION_STATUSES.indexOf(VerificationStatus.VERIFIED)];
    const seen = new Set<number>();
    let distinct = base.distinct;
    for (const code of codes) {
      for (const slot of store.servingMunicipality(code)) {
        if (seen.has(slot) || !has(eligible, slot) || has(whole, slot)) continue;
        seen.add(slot);
        distinct += 1;
        this.addSlot(store, types, slot, has(verified, slot), 1);
      }
    }
    return { types, distinct };
  }

  /** Full supply of one place, with the tiers of locality.ts. */
  private supplyOfPlace(store: CatalogueStore, place: Parameters<typeof localitySets>[1], eligible: Bitset): SupplyFacts {
    const sets = localitySets(store, place);
    const facts = this.supplyOfSet(store, and(sets.serving, eligible));
    for (const tier of SUPPLY_TIERS) {
      const inTier = and(sets.tiers[tier], eligible);
      SUPPORT_TYPES.forEach((type, i) => {
        (facts.types[type].byTier as Record<string, number>)[tier] = countAnd(inTier, store.byType[i]);
      });
    }
    return facts;
  }

  /** Every prefecture's supply, kept while the catalogue and the fresh set stay the same. */
  private async prefectureSupplies(): Promise<Map<string, SupplyFacts>> {
    const store = await this.catalogue.current();
    const cutoff = this.clock.now().getTime() - this.freshness.staleAfterDays * DAY_MS;
    const key = `${store.version}:${store.revision}:${store.positionConfirmedBy(cutoff)}`;
    if (this.prefectureSupply?.key === key) return this.prefectureSupply.byCode;
    const eligible = this.eligible(store);
    const byCode = new Map<string, SupplyFacts>();
    for (const prefecture of await this.reference.prefectures()) {
      byCode.set(prefecture.code, this.supplyOfPlace(store, await this.reference.localityPlace(null, prefecture.code), eligible));
    }
    this.prefectureSupply = { key, byCode };
    return byCode;
  }

  /** A result computed once per state of demand, catalogue and day (one fingerprint read and the catalogue's version read per call). */
  private async memo<T>(name: string, compute: () => Promise<T>): Promise<T> {
    const [demand, store] = await Promise.all([this.demandState(), this.catalogue.current()]);
    const cutoff = this.clock.now().getTime() - this.freshness.staleAfterDays * DAY_MS;
    const key = `${demand.key}|${store.version}:${store.revision}:${store.positionConfirmedBy(cutoff)}`;
    if (this.results.key !== key) this.results = { key, values: new Map() };
    const values = this.results.values;
    let value = values.get(name) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      values.set(name, value);
      value.catch(() => values.delete(name));
    }
    return value;
  }

  private async demandIndex(): Promise<DemandIndex> {
    return (await this.demandState()).index;
  }

  /** Demand per municipality and prefecture, read again when the change log moved or the Japanese day turned. */
  private async demandState(): Promise<{ key: string; index: Promise<DemandIndex> }> {
    const [{ changes }]: { changes: string }[] = await this.dataSource.query(
      `SELECT (SELECT changes FROM sufficiency_demand_base) + (SELECT count(*) FROM sufficiency_demand_change) AS changes`,
    );
    const now = this.clock.now();
    const key = `${changes}:${jstDate(now)}`;
    if (this.demand?.key !== key) {
      const index = this.loadDemand(now);
      this.demand = { key, index };
      index.catch(() => {
        if (this.demand?.index === index) this.demand = null;
      });
    }
    return this.demand;
  }

  private async loadDemand(now: Date): Promise<DemandIndex> {
    const since = new Date(now.getTime() - UNMET_OFFER_WINDOW_DAYS * DAY_MS);
    const rows: { m: string; p: string; t: string; src: number; n: number }[] = await this.dataSource.query(
      `SELECT r.municipality_code AS m, r.prefecture_code AS p, t, 0 AS src, count(*)::int AS n
         FROM rmo r CROSS JOIN LATERAL unnest(r.wanted_support_types) t GROUP BY 1, 2, 3
       UNION ALL
       SELECT s.municipality_code, s.prefecture_code, t, 1, count(*)::int
         FROM support_request s CROSS JOIN LATERAL unnest(s.support_types) t WHERE s.status = $1 GROUP BY 1, 2, 3
       UNION ALL
       SELECT s.municipality_code, s.prefecture_code, s.support_types[1], 2, count(*)::int
         FROM offer o JOIN support_request s ON s.id = o.request_id
        WHERE ((o.status = $2 AND o.decline_reason = ANY($3)) OR o.status = $4)
          AND coalesce(o.ended_at, o.responded_at, o.updated_at) >= $5 AND cardinality(s.support_types) > 0
        GROUP BY 1, 2, 3`,
      [
        SupportRequestStatus.OPEN,
        OfferStatus.DECLINED,
        [DeclineReason.AT_CAPACITY, DeclineReason.OUTSIDE_AREA],
        OfferStatus.EXPIRED,
        since,
      ],
    );
    const byMunicipality = new Map<string, Int32Array>();
    const byPrefecture = new Map<string, Int32Array>();
    const add = (map: Map<string, Int32Array>, key: string, index: number, n: number) => {
      let counts = map.get(key);
      if (!counts) map.set(key, (counts = new Int32Array(TYPE_COUNT * 3)));
      counts[index] += n;
    };
    for (const row of rows) {
      const type = SUPPORT_TYPES.indexOf(row.t as SupportType);
      if (type < 0) continue;
      add(byMunicipality, row.m, type * 3 + row.src, row.n);
      add(byPrefecture, row.p, type * 3 + row.src, row.n);
    }
    return { byMunicipality, byPrefecture };
  }
}

