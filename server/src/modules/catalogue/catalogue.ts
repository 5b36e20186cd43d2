import v8 from 'node:v8';
import vm from 'node:vm';
import type { DataSource } from 'typeorm';
import { CatalogueSource } from './catalogue-source';
import { CatalogueStore } from './catalogue-store';

/** Above this share of the catalogue changed at once, a full reload is cheaper than applying rows one by one. */
const RELOAD_SHARE = 0.2;

/** Load figures for the benchmark and the logs. */
export interface CatalogueLoadStats {
  supporters: number;
  fullLoads: number;
  deltas: number;
  lastFullLoadMs: number;
}

/**
 * The in-memory read model of the listed supporters that search and matching share (and that
 * sufficiency can count supply from). PostgreSQL stays the source of truth: every use first reads
 * the version row (one statement, shared by concurrent requests) and applies whatever the change
 * log says happened since, so a change committed on any instance is in the next search or ranking
 * on every instance.
 */
export class SupporterCatalogue {
  private readonly source: CatalogueSource;
  private store: CatalogueStore | null = null;
  private refreshing: Promise<void> | null = null;
  readonly stats: CatalogueLoadStats = { supporters: 0, fullLoads: 0, deltas: 0, lastFullLoadMs: 0 };

  constructor(dataSource: DataSource) {
    this.source = new CatalogueSource(dataSource);
  }

  /** Loads the catalogue now (at start-up) instead of on the first search. */
  async warmUp(): Promise<void> {
    await this.current();
  }

  /**
   * The catalogue with every change committed before this call. Use it synchronously: a later
   * await may let another request apply newer changes to it.
   */
  async current(): Promise<CatalogueStore> {
    const version = await this.source.readVersion();
    while (!this.store || this.store.version < version) await this.refresh();
    return this.store;
  }

  /** One refresh at a time; callers that need it wait for the same one. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.update().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async update(): Promise<void> {
    const store = this.store;
    if (store) {
      const changes = await this.source.changesSince(store.version, Math.max(1000, Math.floor(store.size * RELOAD_SHARE)));
      if (!('reload' in changes)) {
        store.apply(changes.rows, changes.removed);
        store.version = changes.version;
        this.stats.deltas += 1;
        this.stats.supporters = store.size;
        return;
      }
    }
    // A fresh store, swapped in once complete: requests never see a half-loaded catalogue.
    const started = performance.now();
    const next = new CatalogueStore();
    next.version = await this.source.loadAll(
      (total, sample) => {
        next.reserve(Math.ceil(total * 1.1) + 64);
        next.prime(sample, total);
        next.beginLoad();
      },
      (rows) => next.apply(rows, [], false),
    );
    next.finishLoad();
    this.store = next;
    // Loading made hundreds of megabytes of short-lived rows at 200,000 supporters; V8 keeps such
    // memory until a full collection, so one is asked for here (rare: start-up and full reloads).
    collectGarbage();
    this.stats.fullLoads += 1;
    this.stats.supporters = next.size;
    this.stats.lastFullLoadMs = Math.round(performance.now() - started);
  }
}

let fullCollection: ((options?: { flavor: string }) => void) | null | undefined;

/** A full, compacting garbage collection, if the runtime lets one be asked for. */
function collectGarbage(): void {
  if (fullCollection === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      fullCollection = vm.runInNewContext('gc') as (options?: { flavor: string }) => void;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.({ flavor: 'last-resort' });
}
