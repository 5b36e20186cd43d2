import {
  Availability,
  LOCALITY_TIERS,
  LocalityTier,
  SupportType,
  SupporterSort,
  VerificationStatus,
  localityTier,
  searchTerms,
  type LocalityPlace,
} from '@tsunagu/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { searchInSql } from '../../bench/search-reference';
import { seedScaleDataset } from '../../db/seed/seed-scale';
import { ReferenceService } from '../reference/reference.service';
import { has } from './bitset';
import { SupporterCatalogue } from './catalogue';
import { CatalogueSearch, type CatalogueSearchQuery, type CatalogueSearchResult } from './catalogue-search';
import type { CatalogueStore } from './catalogue-store';
import { localitySets } from './locality-sets';

const DAY_MS = 86_400_000;
const NIIGATA = '15';
const MURAKAMI = '152129';
const NIIGATA_CHUO_WARD = '151033';
const TOKYO = '13';

let db: TestDatabase;
let reference: ReferenceService;
let catalogue: SupporterCatalogue;
const engine = new CatalogueSearch();
const now = Date.now();

interface Case {
  name: string;
  query: Partial<CatalogueSearchQuery>;
  /** Place by municipality code or prefecture code. */
  municipality?: string;
  prefecture?: string;
}

const CASES: Case[] = [
  { name: 'no filter', query: {} },
  { name: 'type', query: { supportTypes: [SupportType.DIALOGUE_FACILITATION] } },
  { name: 'all of two types', query: { supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION], matchAllTypes: true } },
  { name: 'availability and verified', query: { availability: [Availability.ACCEPTING, Availability.LIMITED], verifiedOnly: true } },
  { name: 'verification queue', query: { verificationStatus: [VerificationStatus.UNVERIFIED] } },
  { name: 'type + prefecture', query: { supportTypes: [SupportType.DIALOGUE_FACILITATION] }, prefecture: NIIGATA },
  { name: 'prefecture without remote', query: { includeRemote: false }, prefecture: NIIGATA },
  { name: 'municipality', query: {}, municipality: MURAKAMI },
  { name: 'ward (its city counts)', query: {}, municipality: NIIGATA_CHUO_WARD },
  { name: 'three-character word', query: { terms: searchTerms('まちづくり') } },
  { name: 'katakana word', query: { terms: searchTerms('ワークショップ') } },
  { name: 'two-character word', query: { terms: searchTerms('防災') } },
  { name: 'one character', query: { terms: searchTerms('森') } },
  { name: 'two words + place', query: { terms: searchTerms('地域 支援') }, municipality: MURAKAMI },
  { name: 'word in names', query: { terms: searchTerms('センター') }, prefecture: TOKYO },
  { name: 'unknown word', query: { terms: searchTerms('存在しない語句ですよ') } },
];

async function placeOf(c: Case): Promise<LocalityPlace | null> {
  if (c.municipality) return reference.localityPlace((await reference.municipalityByCode(c.municipality))!, c.municipality.slice(0, 2));
  if (c.prefecture) return reference.localityPlace(null, c.prefecture);
  return null;
}

async function queryOf(c: Case, sort: SupporterSort): Promise<CatalogueSearchQuery> {
  return {
    supportTypes: [],
    matchAllTypes: false,
    availability: [],
    verifiedOnly: false,
    verificationStatus: [],
    includeRemote: true,
    terms: [],
    hiddenBefore: now - 180 * DAY_MS,
    staleBefore: now - 90 * DAY_MS,
    limit: 100_000,
    after: null,
    prefectureFacet: true,
    ...c.query,
    place: await placeOf(c),
    sort,
  };
}

function summary(result: CatalogueSearchResult) {
  return {
    ids: result.hits.map((h) => h.entry.id),
    totalCount: result.totalCount,
    supportTypes: result.facets.supportTypes,
    prefectures: result.facets.prefectures,
    localities: result.facets.localities,
    remoteOnly: result.facets.remoteOnly,
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedScaleDataset(db.dataSource, 1200);
  // A few drafts and archived profiles, which search must leave out.
  await db.dataSource.query(`UPDATE supporter_profile SET support_types = '{}' WHERE id IN (SELECT id FROM supporter_profile ORDER BY id LIMIT 7)`);
  await db.dataSource.query(`UPDATE supporter_profile SET archived_at = now() WHERE id IN (SELECT id FROM supporter_profile ORDER BY id DESC LIMIT 9)`);
  reference = new ReferenceService(db.dataSource);
  catalogue = new SupporterCatalogue(db.dataSource);
});
afterAll(() => db.drop());

describe('catalogue search', () => {
  it.each(CASES)('agrees with SQL on results, order, total and facets for every sort: $name', async (c) => {
    const store = await catalogue.current();
    for (const sort of Object.values(SupporterSort)) {
      const query = await queryOf(c, sort);
      const result = engine.search(store, query);
      expect({ sort, ...summary(result) }).toEqual({ sort, ...(await searchInSql(db.dataSource, query)) });
      // Each case finds something (but the unknown word), so agreeing is not agreeing on nothing.
      expect(result.totalCount > 0).toBe(c.name !== 'unknown word');
    }
  });

  it('holds every supporter to the same tier as localityTier (the one definition of "serves this place")', async () => {
    const store = await catalogue.current();
    const places = await Promise.all([MURAKAMI, NIIGATA_CHUO_WARD, '011002'].map((code) => placeOf({ name: code, query: {}, municipality: code })));
    places.push(await placeOf({ name: 'pref', query: {}, prefecture: NIIGATA }));
    let checked = 0;
    const seen = new Set<LocalityTier>();
    for (const place of places) {
      const sets = localitySets(store, place!);
      for (const slot of store.order) {
        const entry = store.entry(slot)!;
        const expected = localityTier(place!, entry);
        expect(LOCALITY_TIERS.filter((t) => has(sets.tiers[t], slot))).toEqual([expected]);
        seen.add(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4000);
    // The dataset reaches every tier, so the comparison means something for each.
    expect([...seen].sort()).toEqual([...LOCALITY_TIERS].sort());
  });

  it('pages through whole result sets exactly: no duplicates, no gaps, the order of one big page', async () => {
    const store = await catalogue.current();
    for (const c of [CASES[0], CASES[5], CASES[7], CASES[9], CASES[13]]) {
      for (const sort of Object.values(SupporterSort)) {
        const whole = engine.search(store, await queryOf(c, sort)).hits.map((h) => h.entry.id);
        const paged: string[] = [];
        let after = null;
        for (;;) {
          const page = engine.search(store, { ...(await queryOf(c, sort)), limit: 37, after });
          paged.push(...page.hits.map((h) => h.entry.id));
          if (!page.hasNextPage) break;
          after = page.hits.at(-1)!.position;
        }
        expect({ c: c.name, sort, paged }).toEqual({ c: c.name, sort, paged: whole });
      }
    }
  });
});

describe('keeping current', () => {
  /** Results of every case and sort, for comparing two catalogues. */
  async function everything(store: CatalogueStore) {
    const out: unknown[] = [];
    for (const c of CASES) for (const sort of Object.values(SupporterSort)) out.push(summary(engine.search(store, await queryOf(c, sort))));
    return out;
  }

  it('applies changed, new, archived and deleted supporters as a fresh load would see them', async () => {
    const before = await catalogue.current();
    const loads = catalogue.stats.fullLoads;
    const ds = db.dataSource;
    const [a, b, c, d] = (await ds.query(`SELECT id FROM supporter_profile WHERE archived_at IS NULL AND support_types <> '{}' ORDER BY id LIMIT 4 OFFSET 100`)) as { id: string }[];
    await ds.query(`UPDATE supporter_profile SET name = '防災まちづくり研究室', availability_confirmed_at = now(), remote_available = NOT remote_available WHERE id = $1`, [a.id]);
    await ds.query(`DELETE FROM supporter_service_area WHERE supporter_id = $1`, [b.id]);
    await ds.query(`INSERT INTO supporter_service_area (supporter_id, prefecture_code, municipality_code) VALUES ($1, '15', '152129')`, [b.id]);
    await ds.query(`UPDATE supporter_profile SET archived_at = now() WHERE id = $1`, [c.id]);
    await ds.query(`UPDATE supporter_profile SET support_types = '{}' WHERE id = $1`, [d.id]);
    // One that was a draft gets types again; one that was archived comes back.
    await ds.query(`UPDATE supporter_profile SET support_types = '{CONSULTATION}' WHERE id = (SELECT id FROM supporter_profile ORDER BY id LIMIT 1)`);
    await ds.query(`UPDATE supporter_profile SET archived_at = NULL WHERE id = (SELECT id FROM supporter_profile ORDER BY id DESC LIMIT 1)`);

    const updated = await catalogue.current();
    expect(updated).toBe(before);
    expect(catalogue.stats.fullLoads).toBe(loads);
    const fresh = await new SupporterCatalogue(ds).current();
    expect(updated.size).toBe(fresh.size);
    expect(await everything(updated)).toEqual(await everything(fresh));
    for (const query of [await queryOf(CASES[0], SupporterSort.RELEVANCE), await queryOf(CASES[13], SupporterSort.RELEVANCE)]) {
      expect(summary(engine.search(updated, query))).toEqual(await searchInSql(ds, query));
    }
  });

  it('finds words in rewritten descriptions, cached or not, once replaced texts are reclaimed from the file', async () => {
    const ds = db.dataSource;
    const store = await catalogue.current();
    const word = { name: 'new word', query: { terms: searchTerms('ふくろう会議') } };
    const cachedBefore = engine.search(store, await queryOf(word, SupporterSort.RELEVANCE));
    expect(cachedBefore.totalCount).toBe(0);
    // Two rounds of 400 rewritten bodies (deltas, not reloads): the second leaves more than 30% of the file replaced.
    for (const round of [0, 1]) {
      await ds.query(
        `UPDATE supporter_profile SET description = description || CASE WHEN n % 3 = 0 THEN 'ふくろう会議の進行' ELSE '見直し${round}' END
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM supporter_profile ORDER BY id LIMIT 400 OFFSET ${round * 400}) AS picked
          WHERE supporter_profile.id = picked.id`,
      );
      await catalogue.current();
    }
    const updated = await catalogue.current();
    expect(updated).toBe(store);
    const fresh = await new SupporterCatalogue(ds).current();
    expect(updated.text.fileBytes).toBeLessThanOrEqual(fresh.text.fileBytes * 1.5);
    expect(await everything(updated)).toEqual(await everything(fresh));
    for (const c of [word, { name: 'body word', query: { terms: searchTerms('まちづくり') } }, { name: 'rewritten', query: { terms: searchTerms('見直し1') } }]) {
      const query = await queryOf(c, SupporterSort.RELEVANCE);
      const result = engine.search(updated, query);
      expect(result.totalCount).toBeGreaterThan(0);
      expect(summary(result)).toEqual(await searchInSql(ds, query));
    }
  });

  it('reloads everything when the change log no longer reaches back far enough', async () => {
    await catalogue.current();
    const loads = catalogue.stats.fullLoads;
    await db.dataSource.query(`UPDATE supporter_catalogue_version SET version = version + 1, pruned_through = version + 1`);
    await catalogue.current();
    expect(catalogue.stats.fullLoads).toBe(loads + 1);
  });
});
