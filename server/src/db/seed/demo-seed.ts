import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SupporterProfile } from '../../modules/supporter/supporter-profile.entity';
import { SupporterServiceArea } from '../../modules/supporter/supporter-service-area.entity';
import { SupporterTrackRecord } from '../../modules/supporter/supporter-track-record.entity';
import { loadReferenceData } from '../reference/reference-data';
import { DEMO_COUNT, DEMO_SEED, generateDemoSupporters, type DemoSupporter } from './demo-data';
import { demoRmoWishes, insertDemoRmoWishes } from './demo-rmos';

// ~20 bound parameters per profile row, 3 per area row and 6 per track record: all stay far below PostgreSQL's 65,535.
const PROFILE_BATCH = 1000;
const AREA_BATCH = 5000;
const TRACK_RECORD_BATCH = 5000;

/** Rows written besides the profiles themselves. */
export interface InsertedDemoRows {
  areas: number;
  trackRecords: number;
}

/** Inserts supporters with their service areas and track records in multi-row batches. */
export async function insertDemoSupporters(manager: EntityManager, supporters: readonly DemoSupporter[]): Promise<InsertedDemoRows> {
  // Ids are made here, not by the database, so areas can refer to their profile without relying on RETURNING order.
  const rows = supporters.map(({ areas, trackRecords, ...profile }) => ({ id: randomUUID(), profile, areas, trackRecords }));
  for (let i = 0; i < rows.length; i += PROFILE_BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SupporterProfile)
      .values(rows.slice(i, i + PROFILE_BATCH).map(({ id, profile }) => ({ id, ...profile })))
      // Nothing to read back: skips the RETURNING clause.
      .updateEntity(false)
      .execute();
  }
  const areas = rows.flatMap(({ id, areas: list }) =>
    list.map((a) => ({ supporterId: id, prefectureCode: a.prefectureCode, municipalityCode: a.municipalityCode })),
  );
  for (let i = 0; i < areas.length; i += AREA_BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SupporterServiceArea)
      .values(areas.slice(i, i + AREA_BATCH))
      .updateEntity(false)
      .execute();
  }
  const records = rows.flatMap(({ id, trackRecords }) => trackRecords.map((r) => ({ supporterId: id, ...r })));
  for (let i = 0; i < records.length; i += TRACK_RECORD_BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SupporterTrackRecord)
      .values(records.slice(i, i + TRACK_RECORD_BATCH))
      .updateEntity(false)
      .execute();
  }
  return { areas: areas.length, trackRecords: records.length };
}

/**
 * Loads the 300 demo supporters (with areas and track records) when supporter_profile is empty. Two servers starting on one
 * database serialise on a transaction-scoped advisory lock; the second then finds rows and skips.
 */
export async function seedDemoDataIfEmpty(dataSource: DataSource, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  const inserted = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tsunagu:demo-seed'))`);
    // Checked after taking the lock, so a concurrent seeder's committed rows are seen.
    const [{ present }] = (await manager.query(`SELECT EXISTS (SELECT 1 FROM supporter_profile) AS present`)) as { present: boolean }[];
    if (present) return undefined;
    const supporters = generateDemoSupporters({ count: DEMO_COUNT, seed: DEMO_SEED, now: new Date(), reference: loadReferenceData() });
    const rows = await insertDemoSupporters(manager, supporters);
    // Demand for the sufficiency map: invented RMOs elsewhere in Japan with the support they want.
    const rmos = await insertDemoRmoWishes(manager, demoRmoWishes(loadReferenceData()));
    return { supporters: supporters.length, ...rows, rmos };
  });
  if (inserted) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    log(
      `Demo data: inserted ${inserted.supporters} fictional supporters (${inserted.areas} service areas, ` +
        `${inserted.trackRecords} track records) and ${inserted.rmos} fictional RMO records across Japan in ${seconds} s.`,
    );
  }
}
