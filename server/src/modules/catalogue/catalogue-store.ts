import {
  Availability,
  Framework,
  Step,
  SupportType,
  SupporterKind,
  TrackRecordKind,
  VerificationStatus,
  enumValues,
  type ServicePlace,
} from '@tsunagu/shared';
import { add, emptySet, fromSlots, grown, insertSorted, remove, removeSorted, wordsFor, type Bitset } from './bitset';
import { TextIndex } from './text-index';

/** An earlier engagement or introduction of a supporter (what matching reads as 面識). */
export interface TrackRecordRef {
  kind: TrackRecordKind;
  prefectureCode: string;
  municipalityCode: string | null;
}

/** One listed profile as the catalogue source reads it from PostgreSQL. */
export interface CatalogueRow {
  id: string;
  ownerOrganizationId: string | null;
  name: string;
  kana: string;
  kind: SupporterKind;
  summary: string;
  /** The generated, folded search columns (name and kana; summary and description). */
  searchName: string;
  searchBody: string;
  supportTypes: SupportType[];
  remoteAvailable: boolean;
  frameworks: Framework[];
  /** lowestFeeYen(fee_notes): the fee notes themselves are read only when shown. */
  lowestFeeYen: number | null;
  capacity: number;
  currentLoad: number;
  availability: Availability;
  availabilityConfirmedAt: Date;
  steps: Step[];
  yearsActive: number | null;
  verificationStatus: VerificationStatus;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  serviceArea: ServicePlace[];
  trackRecords: TrackRecordRef[];
}

/** A supporter as the catalogue holds it (everything but the long and private text, which is read when shown). */
export interface CatalogueEntry {
  slot: number;
  id: string;
  /** The owner organization, or the profile itself for imported profiles (each its own organization). */
  organization: string;
  ownerOrganizationId: string | null;
  name: string;
  kana: string;
  kind: SupporterKind;
  summary: string;
  supportTypes: readonly SupportType[];
  remoteAvailable: boolean;
  frameworks: readonly Framework[];
  lowestFeeYen: number | null;
  capacity: number;
  currentLoad: number;
  availability: Availability;
  availabilityConfirmedAt: Date;
  steps: readonly Step[];
  yearsActive: number | null;
  verificationStatus: VerificationStatus;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  serviceArea: readonly ServicePlace[];
  trackRecords: readonly TrackRecordRef[];
}

export const SUPPORT_TYPES = enumValues(SupportType);
export const AVAILABILITIES = enumValues(Availability);
export const VERIFICATION_STATUSES = enumValues(VerificationStatus);
const FRAMEWORKS = enumValues(Framework);
const STEPS = enumValues(Step);
const KINDS = enumValues(SupporterKind);

const NO_RECORDS: readonly TrackRecordRef[] = Object.freeze([]);

/** Interns values that many supporters share, so 200,000 profiles hold one copy of each. */
class Interner<T> {
  private readonly values = new Map<string | number, T>();
  get(key: string | number, make: () => T): T {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      this.values.set(key, value);
    }
    return value;
  }
}

function maskOf<T>(values: readonly T[], all: readonly T[]): number {
  let mask = 0;
  for (const value of values) {
    const i = all.indexOf(value);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

function valuesOf<T>(mask: number, all: readonly T[]): readonly T[] {
  return Object.freeze(all.filter((_, i) => (mask & (1 << i)) !== 0));
}

/**
 * The listed supporters (not archived, at least one support type) in memory, one slot each:
 * scalar columns in typed arrays, sets of slots per type, availability, verification status,
 * remote work and place, a text index, and every slot in order of freshest confirmation. Changes
 * are applied slot by slot; nothing is rebuilt for one changed profile.
 *
 * Single-threaded JavaScript applies a change between two requests' computations, never during
 * one; entries are replaced, never mutated, so a request keeps the rows it has read.
 */
export class CatalogueStore {
  /** The catalogue version (the supporter_catalogue_version row) this store reflects. */
  version = -1;
  /** Bumped by every change, so caches of derived sets know when they are stale. */
  revision = 0;
  capacity = 0;
  words = 0;

  private readonly entries: (CatalogueEntry | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];

  confirmedAt = new Float64Array(0);
  /** Free slots for 空きが多い順: none when not accepting, else capacity − load. */
  freeCapacity = new Int32Array(0);
  /** Support types as bits in SUPPORT_TYPES order, for counting facets one supporter at a time. */
  typeMask = new Int32Array(0);
  /** Distinct prefectures of each service area, as numbers 1–47 (for counting facets one supporter at a time). */
  prefectureNumbers: (readonly number[])[] = [];

  live: Bitset = new Int32Array(0);
  readonly byType: Bitset[] = SUPPORT_TYPES.map(() => new Int32Array(0));
  readonly byAvailability: Bitset[] = AVAILABILITIES.map(() => new Int32Array(0));
  readonly byVerification: Bitset[] = VERIFICATION_STATUSES.map(() => new Int32Array(0));
  remote: Bitset = new Int32Array(0);
  /** Per prefecture: supporters with any place in it, and those serving it whole. */
  readonly prefectureAny = new Map<string, Bitset>();
  readonly prefectureWhole = new Map<string, Bitset>();
  /** Per municipality code: the slots serving it by name (sorted; most municipalities have few). */
  private readonly municipalitySlots = new Map<string, number[]>();

  /** Live slots, freshest confirmation first (ties: larger id first); `positionOf` is its inverse. */
  order = new Int32Array(0);
  positionOf = new Int32Array(0);

  readonly text = new TextIndex();

  private readonly places = new Interner<ServicePlace>();
  private readonly records = new Interner<TrackRecordRef>();
  private readonly typeLists = new Interner<readonly SupportType[]>();
  private readonly frameworkLists = new Interner<readonly Framework[]>();
  private readonly stepLists = new Interner<readonly Step[]>();
  private readonly organizations = new Interner<string>();
  private readonly prefectureLists = new Interner<readonly number[]>();

  /** Number of listed supporters. */
  get size(): number {
    return this.slotById.size;
  }

  entry(slot: number): CatalogueEntry | undefined {
    return this.entries[slot];
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  /** Slots serving a municipality by name (not through its prefecture). */
  servingMunicipality(code: string): readonly number[] {
    return this.municipalitySlots.get(code) ?? [];
  }

  /** Every slot with any place in one of these prefectures. */
  anyInPrefectures(codes: readonly string[]): Bitset {
    const set = emptySet(this.words);
    for (const code of codes) {
      const bits = this.prefectureAny.get(code);
      if (bits) for (let i = 0; i < set.length; i++) set[i] |= bits[i];
    }
    return set;
  }

  /** Makes room for at least `slots` slots without regrowing each set while loading. */
  reserve(slots: number): void {
    if (slots <= this.capacity) return;
    const capacity = Math.max(slots, Math.ceil(this.capacity * 1.5), 1024);
    const words = wordsFor(capacity);
    const confirmedAt = new Float64Array(capacity);
    confirmedAt.set(this.confirmedAt);
    this.confirmedAt = confirmedAt;
    const freeCapacity = new Int32Array(capacity);
    freeCapacity.set(this.freeCapacity);
    this.freeCapacity = freeCapacity;
    const typeMask = new Int32Array(capacity);
    typeMask.set(this.typeMask);
    this.typeMask = typeMask;
    const positionOf = new Int32Array(capacity);
    positionOf.set(this.positionOf);
    this.positionOf = positionOf;
    this.live = grown(this.live, words);
    this.remote = grown(this.remote, words);
    for (const sets of [this.byType, this.byAvailability, this.byVerification]) {
      for (let i = 0; i < sets.length; i++) sets[i] = grown(sets[i], words);
    }
    for (const map of [this.prefectureAny, this.prefectureWhole]) for (const [code, bits] of map) map.set(code, grown(bits, words));
    this.text.resize(capacity, words);
    this.capacity = capacity;
    this.words = words;
  }

  /** Gives the most frequent characters of these rows the shortest codes (call before the first rows). */
  primeText(sample: readonly CatalogueRow[]): void {
    this.text.prime(sample.map((row) => `${row.searchName}${row.searchBody}`));
  }

  /**
   * Applies changes: each row replaces (or adds) its supporter, each id of `removed` leaves.
   * `reorder` false defers the freshness order to one `rebuildOrder` after a bulk load.
   */
  apply(rows: readonly CatalogueRow[], removed: readonly string[], reorder = true): void {
    this.reserve(this.size + this.freeSlots.length + rows.length);
    const touched: number[] = [];
    for (const id of removed) {
      const slot = this.slotById.get(id);
      if (slot !== undefined) {
        this.unindex(slot);
        this.entries[slot] = undefined;
        this.slotById.delete(id);
        this.freeSlots.push(slot);
        touched.push(slot);
      }
    }
    for (const row of rows) {
      let slot = this.slotById.get(row.id);
      if (slot === undefined) {
        slot = this.freeSlots.pop() ?? this.slotById.size + this.freeSlots.length;
        if (slot >= this.capacity) this.reserve(slot + 1);
        this.slotById.set(row.id, slot);
      } else {
        this.unindex(slot);
      }
      this.index(slot, row);
      touched.push(slot);
    }
    if (reorder && touched.length > 0) this.reorder(touched);
    this.revision += 1;
  }

  /** Sorts every live slot by freshness (after a bulk load). */
  rebuildOrder(): void {
    const slots: number[] = [];
    for (const slot of this.slotById.values()) slots.push(slot);
    slots.sort((a, b) => this.compareFreshness(a, b));
    this.order = Int32Array.from(slots);
    for (let i = 0; i < slots.length; i++) this.positionOf[slots[i]] = i;
    this.revision += 1;
  }

  /** Negative when `a` comes first: later confirmation first, then the larger id (the order search has always used). */
  compareFreshness(a: number, b: number): number {
    const byTime = this.confirmedAt[b] - this.confirmedAt[a];
    if (byTime !== 0) return byTime;
    const idA = this.entries[a]!.id;
    const idB = this.entries[b]!.id;
    return idA < idB ? 1 : idA > idB ? -1 : 0;
  }

  /** The first position of `order` whose slot comes strictly after (confirmedAt, id) in freshness order. */
  positionAfter(confirmedAtMs: number, id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const slot = this.order[mid];
      const t = this.confirmedAt[slot];
      const after = t < confirmedAtMs || (t === confirmedAtMs && this.entries[slot]!.id < id);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The first position whose confirmation is at or before `cutoffMs` (from there on, every slot is). */
  positionConfirmedBy(cutoffMs: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.confirmedAt[this.order[mid]] <= cutoffMs) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The slots from `position` to the end of the freshness order, as a set. */
  suffixSet(position: number): Bitset {
    return fromSlots(this.words, this.order.subarray(position));
  }

  private reorder(touched: readonly number[]): void {
    const changed = new Set(touched);
    const kept: number[] = [];
    for (const slot of this.order) if (!changed.has(slot)) kept.push(slot);
    const inserted = touched.filter((slot) => this.entries[slot] !== undefined);
    const unique = [...new Set(inserted)].sort((a, b) => this.compareFreshness(a, b));
    // Merge the few changed slots into the still-sorted rest.
    const merged = new Int32Array(kept.length + unique.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length || j < unique.length) {
      if (j >= unique.length || (i < kept.length && this.compareFreshness(kept[i], unique[j]) <= 0)) merged[k++] = kept[i++];
      else merged[k++] = unique[j++];
    }
    this.order = merged;
    for (let p = 0; p < merged.length; p++) this.positionOf[merged[p]] = p;
  }

  private index(slot: number, row: CatalogueRow): void {
    const typeMask = maskOf(row.supportTypes, SUPPORT_TYPES);
    const frameworkMask = maskOf(row.frameworks, FRAMEWORKS);
    const stepMask = maskOf(row.steps, STEPS);
    const serviceArea = row.serviceArea
      .map((place) => this.places.get(`${place.prefectureCode}:${place.municipalityCode ?? ''}`, () => Object.freeze({ ...place })))
      .sort(byPlace);
    const trackRecords =
      row.trackRecords.length === 0
        ? NO_RECORDS
        : row.trackRecords.map((r) => this.records.get(`${r.kind}:${r.prefectureCode}:${r.municipalityCode ?? ''}`, () => Object.freeze({ ...r })));
    const entry: CatalogueEntry = {
      slot,
      id: row.id,
      organization: row.ownerOrganizationId ? this.organizations.get(row.ownerOrganizationId, () => row.ownerOrganizationId!) : row.id,
      ownerOrganizationId: row.ownerOrganizationId ? this.organizations.get(row.ownerOrganizationId, () => row.ownerOrganizationId!) : null,
      name: row.name,
      kana: row.kana,
      kind: KINDS.includes(row.kind) ? row.kind : SupporterKind.OTHER,
      summary: row.summary,
      supportTypes: this.typeLists.get(typeMask, () => valuesOf(typeMask, SUPPORT_TYPES)),
      remoteAvailable: row.remoteAvailable,
      frameworks: this.frameworkLists.get(frameworkMask, () => valuesOf(frameworkMask, FRAMEWORKS)),
      lowestFeeYen: row.lowestFeeYen,
      capacity: row.capacity,
      currentLoad: row.currentLoad,
      availability: row.availability,
      availabilityConfirmedAt: row.availabilityConfirmedAt,
      steps: this.stepLists.get(stepMask, () => valuesOf(stepMask, STEPS)),
      yearsActive: row.yearsActive,
      verificationStatus: row.verificationStatus,
      verifiedAt: row.verifiedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      serviceArea,
      trackRecords,
    };
    this.entries[slot] = entry;
    this.confirmedAt[slot] = row.availabilityConfirmedAt.getTime();
    this.freeCapacity[slot] = row.availability === Availability.NOT_ACCEPTING ? 0 : Math.max(0, row.capacity - row.currentLoad);
    this.typeMask[slot] = typeMask;
    const prefectures = [...new Set(serviceArea.map((place) => Number(place.prefectureCode)))];
    this.prefectureNumbers[slot] = this.prefectureLists.get(prefectures.join(','), () => Object.freeze(prefectures));
    add(this.live, slot);
    for (let i = 0; i < SUPPORT_TYPES.length; i++) if (typeMask & (1 << i)) add(this.byType[i], slot);
    add(this.byAvailability[AVAILABILITIES.indexOf(row.availability)], slot);
    add(this.byVerification[VERIFICATION_STATUSES.indexOf(row.verificationStatus)], slot);
    if (row.remoteAvailable) add(this.remote, slot);
    for (const place of serviceArea) {
      add(this.prefectureSet(this.prefectureAny, place.prefectureCode), slot);
      if (place.municipalityCode === null) add(this.prefectureSet(this.prefectureWhole, place.prefectureCode), slot);
      else insertSorted(this.municipalitySlotsOf(place.municipalityCode), slot);
    }
    this.text.set(slot, row.searchName, row.searchBody);
  }

  private unindex(slot: number): void {
    const entry = this.entries[slot];
    if (!entry) return;
    remove(this.live, slot);
    for (const sets of [this.byType, this.byAvailability, this.byVerification]) for (const set of sets) remove(set, slot);
    remove(this.remote, slot);
    for (const place of entry.serviceArea) {
      const any = this.prefectureAny.get(place.prefectureCode);
      if (any) remove(any, slot);
      const whole = this.prefectureWhole.get(place.prefectureCode);
      if (whole) remove(whole, slot);
      if (place.municipalityCode !== null) {
        const slots = this.municipalitySlots.get(place.municipalityCode);
        if (slots) {
          removeSorted(slots, slot);
          if (slots.length === 0) this.municipalitySlots.delete(place.municipalityCode);
        }
      }
    }
    this.text.clear(slot);
  }

  private prefectureSet(map: Map<string, Bitset>, code: string): Bitset {
    let set = map.get(code);
    if (!set) {
      set = emptySet(this.words);
      map.set(code, set);
    }
    return set;
  }

  private municipalitySlotsOf(code: string): number[] {
    let slots = this.municipalitySlots.get(code);
    if (!slots) {
      slots = [];
      this.municipalitySlots.set(code, slots);
    }
    return slots;
  }
}

/** Prefecture code, then whole prefecture before its municipalities, then municipality code. */
function byPlace(a: ServicePlace, b: ServicePlace): number {
  if (a.prefectureCode !== b.prefectureCode) return a.prefectureCode < b.prefectureCode ? -1 : 1;
  const ma = a.municipalityCode ?? '';
  const mb = b.municipalityCode ?? '';
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}
