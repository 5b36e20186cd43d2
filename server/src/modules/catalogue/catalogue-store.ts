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
import { ByteArena, SearchTextCodec } from './search-text';
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
  serviceArea: ServicePlace[];
  trackRecords: TrackRecordRef[];
}

/**
 * A supporter as search and matching read it, made from the store's columns when asked for. The
 * name, kana and summary come separately (`display`); long and private text and the bookkeeping
 * dates are read from SQL when shown. The confirmation is epoch milliseconds.
 */
export interface CatalogueEntry {
  slot: number;
  id: string;
  /** The owner organization, or the profile itself for imported profiles (each its own organization). */
  organization: string;
  ownerOrganizationId: string | null;
  kind: SupporterKind;
  supportTypes: readonly SupportType[];
  remoteAvailable: boolean;
  frameworks: readonly Framework[];
  lowestFeeYen: number | null;
  capacity: number;
  currentLoad: number;
  availability: Availability;
  availabilityConfirmedAt: number;
  steps: readonly Step[];
  yearsActive: number | null;
  verificationStatus: VerificationStatus;
  serviceArea: readonly ServicePlace[];
  trackRecords: readonly TrackRecordRef[];
}

/** What a result shows of a supporter besides its facts. */
export interface CatalogueDisplay {
  name: string;
  kana: string;
  summary: string;
}

export const SUPPORT_TYPES = enumValues(SupportType);
export const AVAILABILITIES = enumValues(Availability);
export const VERIFICATION_STATUSES = enumValues(VerificationStatus);
const FRAMEWORKS = enumValues(Framework);
const STEPS = enumValues(Step);
const KINDS = enumValues(SupporterKind);
/** Slots whose decoded name, kana and summary are kept (about 300 bytes each). */
const RECENT_DISPLAYS = 4096;

/** Places and track records a supporter lists: indexes into the store's interned tables, packed per slot. */
class IndexLists {
  private data = new Int32Array(1024);
  private used = 0;
  private dead = 0;
  start = new Int32Array(0);
  length = new Int32Array(0);

  resize(capacity: number): void {
    const start = new Int32Array(capacity);
    start.set(this.start.subarray(0, Math.min(capacity, this.start.length)));
    this.start = start;
    const length = new Int32Array(capacity);
    length.set(this.length.subarray(0, Math.min(capacity, this.length.length)));
    this.length = length;
  }

  set(slot: number, values: readonly number[]): void {
    this.dead += this.length[slot];
    if (this.used + values.length > this.data.length) {
      // Grow, leaving out what replaced lists left behind.
      const next = new Int32Array(Math.max(1024, Math.ceil((this.used - this.dead + values.length) * 1.5)));
      let used = 0;
      for (let s = 0; s < this.start.length; s++) {
        if (s === slot || this.length[s] === 0) continue;
        next.set(this.data.subarray(this.start[s], this.start[s] + this.length[s]), used);
        this.start[s] = used;
        used += this.length[s];
      }
      this.data = next;
      this.used = used;
      this.dead = 0;
    }
    this.data.set(values, this.used);
    this.start[slot] = this.used;
    this.length[slot] = values.length;
    this.used += values.length;
  }

  clear(slot: number): void {
    this.dead += this.length[slot];
    this.length[slot] = 0;
  }

  get(slot: number): Int32Array {
    return this.data.subarray(this.start[slot], this.start[slot] + this.length[slot]);
  }
}

/** Interns values that many supporters share, each under a small index. */
class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  indexOf(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(make());
      this.index.set(key, i);
    }
    return i;
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

/** Every combination of a small enum as a frozen list, by bit mask. */
function listsByMask<T>(all: readonly T[]): (readonly T[])[] {
  return Array.from({ length: 1 << all.length }, (_, mask) => Object.freeze(all.filter((_, i) => (mask & (1 << i)) !== 0)));
}

const TYPE_LISTS = listsByMask(SUPPORT_TYPES);
const FRAMEWORK_LISTS = listsByMask(FRAMEWORKS);
const STEP_LISTS = listsByMask(STEPS);

/** Prefecture code, then whole prefecture before its municipalities, then municipality code. */
function byPlace(a: ServicePlace, b: ServicePlace): number {
  if (a.prefectureCode !== b.prefectureCode) return a.prefectureCode < b.prefectureCode ? -1 : 1;
  const ma = a.municipalityCode ?? '';
  const mb = b.municipalityCode ?? '';
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/**
 * The listed supporters (not archived, at least one support type) in memory, one slot each, laid
 * out to stay small at 200,000 supporters: scalar columns in typed arrays, places and track
 * records as indexes into interned tables, names and texts in byte arenas outside the JavaScript
 * heap; sets of slots per type, availability, verification status, remote work and place; a text
 * index; and every slot in order of freshest confirmation. Changes are applied slot by slot.
 *
 * Single-threaded JavaScript applies a change between two requests' computations, never during
 * one; callers take what they need synchronously (entries are made fresh for each caller).
 */
export class CatalogueStore {
  /** The catalogue version (the supporter_catalogue_version row) this store reflects. */
  version = -1;
  /** Bumped by every change, so caches of derived sets know when they are stale. */
  revision = 0;
  capacity = 0;
  words = 0;

  private readonly ids: (string | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];

  confirmedAt = new Float64Array(0);
  /** Free slots for 空きが多い順: none when not accepting, else capacity − load. */
  freeCapacity = new Int32Array(0);
  /** Support types as bits in SUPPORT_TYPES order. */
  typeMask = new Int32Array(0);
  private capacityColumn = new Int32Array(0);
  private loadColumn = new Int32Array(0);
  private lowestFee = new Float64Array(0);
  /** Years active; -1 when not given. */
  private years = new Int16Array(0);
  /** Small enums and masks: kind, availability, verification status, frameworks, steps. */
  private codes = new Uint8Array(0);
  private frameworkMask = new Uint8Array(0);
  private stepMask = new Uint8Array(0);
  /** The owner organization by index into `organizations`; -1 for an imported profile. */
  private owner = new Int32Array(0);
  /** Distinct prefectures of each service area, as numbers 1–47, by index into `prefectureLists`. */
  private prefectureList = new Int32Array(0);

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
  private readonly displayCodec = new SearchTextCodec();
  private displayArena = new ByteArena();
  private displayStart = new Int32Array(0);
  private displayLength = new Int32Array(0);
  /** Decoded texts of recently shown slots: first pages are shown again and again. */
  private readonly recentDisplays = new Map<number, CatalogueDisplay>();

  private readonly places = new Table<ServicePlace>();
  private readonly records = new Table<TrackRecordRef>();
  private readonly organizations = new Table<string>();
  private readonly prefectureLists = new Table<readonly number[]>();
  private readonly areaLists = new IndexLists();
  private readonly recordLists = new IndexLists();

  /** Number of listed supporters. */
  get size(): number {
    return this.slotById.size;
  }

  /** Bytes of names and texts held in memory outside the JavaScript heap (the search bodies are in a file). */
  get textBytes(): number {
    return this.text.bytes + this.displayArena.used;
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  /** The id of the supporter in a slot. */
  idOf(slot: number): string {
    return this.ids[slot]!;
  }

  /** The supporter in a slot, made from the columns (undefined for a free slot). */
  entry(slot: number): CatalogueEntry | undefined {
    const id = this.ids[slot];
    if (id === undefined) return undefined;
    const codes = this.codes[slot];
    const owner = this.owner[slot];
    const ownerId = owner >= 0 ? this.organizations.values[owner] : null;
    const years = this.years[slot];
    const fee = this.lowestFee[slot];
    return {
      slot,
      id,
      organization: ownerId ?? id,
      ownerOrganizationId: ownerId,
      kind: KINDS[codes & 0x0f],
      supportTypes: TYPE_LISTS[this.typeMask[slot]],
      remoteAvailable: (this.remote[slot >>> 5] & (1 << (slot & 31))) !== 0,
      frameworks: FRAMEWORK_LISTS[this.frameworkMask[slot]],
      lowestFeeYen: Number.isNaN(fee) ? null : fee,
      capacity: this.capacityColumn[slot],
      currentLoad: this.loadColumn[slot],
      availability: AVAILABILITIES[(codes >> 4) & 0x03],
      availabilityConfirmedAt: this.confirmedAt[slot],
      steps: STEP_LISTS[this.stepMask[slot]],
      yearsActive: years < 0 ? null : years,
      verificationStatus: VERIFICATION_STATUSES[(codes >> 6) & 0x03],
      serviceArea: Array.from(this.areaLists.get(slot), (i) => this.places.values[i]),
      trackRecords: Array.from(this.recordLists.get(slot), (i) => this.records.values[i]),
    };
  }

  /** Name, kana and summary of a slot (the shared object: read only). */
  display(slot: number): CatalogueDisplay {
    let display = this.recentDisplays.get(slot);
    if (display) return display;
    const start = this.displayStart[slot];
    const [name, kana, summary] = this.displayCodec.decode(this.displayArena.bytes, start, start + this.displayLength[slot]);
    display = Object.freeze({ name, kana, summary });
    if (this.recentDisplays.size >= RECENT_DISPLAYS) this.recentDisplays.delete(this.recentDisplays.keys().next().value!);
    this.recentDisplays.set(slot, display);
    return display;
  }

  /** Distinct prefectures a slot's service area touches, as numbers 1–47. */
  prefectureNumbers(slot: number): readonly number[] {
    return this.prefectureLists.values[this.prefectureList[slot]];
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

  /** Makes room for at least `slots` slots without regrowing each column while loading. */
  reserve(slots: number): void {
    if (slots <= this.capacity) return;
    const capacity = Math.max(slots, Math.ceil(this.capacity * 1.5), 1024);
    const words = wordsFor(capacity);
    const widen = <A extends Float64Array | Int32Array | Int16Array | Uint8Array>(from: A, make: (n: number) => A): A => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    this.confirmedAt = widen(this.confirmedAt, (n) => new Float64Array(n));
    this.freeCapacity = widen(this.freeCapacity, (n) => new Int32Array(n));
    this.typeMask = widen(this.typeMask, (n) => new Int32Array(n));
    this.capacityColumn = widen(this.capacityColumn, (n) => new Int32Array(n));
    this.loadColumn = widen(this.loadColumn, (n) => new Int32Array(n));
    this.lowestFee = widen(this.lowestFee, (n) => new Float64Array(n));
    this.years = widen(this.years, (n) => new Int16Array(n));
    this.codes = widen(this.codes, (n) => new Uint8Array(n));
    this.frameworkMask = widen(this.frameworkMask, (n) => new Uint8Array(n));
    this.stepMask = widen(this.stepMask, (n) => new Uint8Array(n));
    this.owner = widen(this.owner, (n) => new Int32Array(n));
    this.prefectureList = widen(this.prefectureList, (n) => new Int32Array(n));
    this.positionOf = widen(this.positionOf, (n) => new Int32Array(n));
    this.displayStart = widen(this.displayStart, (n) => new Int32Array(n));
    this.displayLength = widen(this.displayLength, (n) => new Int32Array(n));
    this.areaLists.resize(capacity);
    this.recordLists.resize(capacity);
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

  /** Gives the most frequent characters of these rows the shortest codes, and sizes the arenas for `total` rows like them (call before the first rows). */
  prime(sample: readonly CatalogueRow[], total: number): void {
    const perRow = (text: (row: CatalogueRow) => string) =>
      sample.length === 0 ? 0 : Math.ceil((sample.reduce((sum, row) => sum + text(row).length, 0) / sample.length) * 1.25 * total);
    this.text.prime(
      sample.map((row) => `${row.searchName}${row.searchBody}`),
      perRow((row) => row.searchName),
    );
    this.displayCodec.prime(sample.map((row) => `${row.name}${row.kana}${row.summary}`));
    this.displayArena = new ByteArena(perRow((row) => `${row.name}${row.kana}${row.summary}`));
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
        this.ids[slot] = undefined;
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
    if (reorder && touched.length > 0) {
      this.reorder(touched);
      this.text.compactIfWasteful();
      this.compactDisplayIfWasteful();
    }
    this.revision += 1;
  }

  /** Starts a full load: texts are indexed once at the end (`finishLoad`). */
  beginLoad(): void {
    this.text.beginBulk();
  }

  /** Ends a full load: builds the text postings and the freshness order. */
  finishLoad(): void {
    this.text.endBulk();
    this.rebuildOrder();
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
    const idA = this.ids[a]!;
    const idB = this.ids[b]!;
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
      const after = t < confirmedAtMs || (t === confirmedAtMs && this.ids[slot]! < id);
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
    const inserted = [...changed].filter((slot) => this.ids[slot] !== undefined).sort((a, b) => this.compareFreshness(a, b));
    // Merge the few changed slots into the still-sorted rest.
    const merged = new Int32Array(kept.length + inserted.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length || j < inserted.length) {
      if (j >= inserted.length || (i < kept.length && this.compareFreshness(kept[i], inserted[j]) <= 0)) merged[k++] = kept[i++];
      else merged[k++] = inserted[j++];
    }
    this.order = merged;
    for (let p = 0; p < merged.length; p++) this.positionOf[merged[p]] = p;
  }

  private index(slot: number, row: CatalogueRow): void {
    const typeMask = maskOf(row.supportTypes, SUPPORT_TYPES);
    const serviceArea = [...row.serviceArea].sort(byPlace);
    const availability = Math.max(0, AVAILABILITIES.indexOf(row.availability));
    const verification = Math.max(0, VERIFICATION_STATUSES.indexOf(row.verificationStatus));
    const kind = KINDS.indexOf(row.kind);

    this.ids[slot] = row.id;
    this.confirmedAt[slot] = row.availabilityConfirmedAt.getTime();
    this.freeCapacity[slot] = row.availability === Availability.NOT_ACCEPTING ? 0 : Math.max(0, row.capacity - row.currentLoad);
    this.typeMask[slot] = typeMask;
    this.capacityColumn[slot] = row.capacity;
    this.loadColumn[slot] = row.currentLoad;
    this.lowestFee[slot] = row.lowestFeeYen ?? Number.NaN;
    this.years[slot] = row.yearsActive ?? -1;
    this.codes[slot] = (kind >= 0 ? kind : KINDS.indexOf(SupporterKind.OTHER)) | (availability << 4) | (verification << 6);
    this.frameworkMask[slot] = maskOf(row.frameworks, FRAMEWORKS);
    this.stepMask[slot] = maskOf(row.steps, STEPS);
    this.owner[slot] = row.ownerOrganizationId ? this.organizations.indexOf(row.ownerOrganizationId, () => row.ownerOrganizationId!) : -1;
    this.areaLists.set(
      slot,
      serviceArea.map((place) => this.places.indexOf(`${place.prefectureCode}:${place.municipalityCode ?? ''}`, () => Object.freeze({ ...place }))),
    );
    this.recordLists.set(
      slot,
      row.trackRecords.map((r) => this.records.indexOf(`${r.kind}:${r.prefectureCode}:${r.municipalityCode ?? ''}`, () => Object.freeze({ ...r }))),
    );
    const prefectures = [...new Set(serviceArea.map((place) => Number(place.prefectureCode)))];
    this.prefectureList[slot] = this.prefectureLists.indexOf(prefectures.join(','), () => Object.freeze(prefectures));
    this.recentDisplays.delete(slot);
    const display = this.displayCodec.encodeInto([row.name, row.kana, row.summary], this.displayArena);
    this.displayStart[slot] = display.start;
    this.displayLength[slot] = display.length;

    add(this.live, slot);
    for (let i = 0; i < SUPPORT_TYPES.length; i++) if (typeMask & (1 << i)) add(this.byType[i], slot);
    add(this.byAvailability[availability], slot);
    add(this.byVerification[verification], slot);
    if (row.remoteAvailable) add(this.remote, slot);
    for (const place of serviceArea) {
      add(this.prefectureSet(this.prefectureAny, place.prefectureCode), slot);
      if (place.municipalityCode === null) add(this.prefectureSet(this.prefectureWhole, place.prefectureCode), slot);
      else insertSorted(this.municipalitySlotsOf(place.municipalityCode), slot);
    }
    this.text.set(slot, row.searchName, row.searchBody);
  }

  private unindex(slot: number): void {
    if (this.ids[slot] === undefined) return;
    remove(this.live, slot);
    for (const sets of [this.byType, this.byAvailability, this.byVerification]) for (const set of sets) remove(set, slot);
    remove(this.remote, slot);
    for (const i of this.areaLists.get(slot)) {
      const place = this.places.values[i];
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
    this.areaLists.clear(slot);
    this.recordLists.clear(slot);
    this.displayArena.dead += this.displayLength[slot];
    this.recentDisplays.delete(slot);
    this.text.clear(slot);
  }

  private compactDisplayIfWasteful(): void {
    const arena = this.displayArena;
    if (arena.dead < arena.used * 0.3) return;
    const next = new ByteArena(Math.ceil((arena.used - arena.dead) * 1.1));
    for (const slot of this.slotById.values()) {
      const start = this.displayStart[slot];
      const length = this.displayLength[slot];
      arena.bytes.copy(next.room(length), next.used, start, start + length);
      this.displayStart[slot] = next.used;
      next.used += length;
    }
    this.displayArena = next;
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
