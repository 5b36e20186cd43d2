import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { TrackRecordKind } from '@tsunagu/shared';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';
import type { ReferenceService } from '../reference/reference.service';
import { SupporterServiceArea } from './supporter-service-area.entity';

/** Track records of one kind in one place. */
export interface TrackRecordCount {
  prefectureCode: string;
  municipalityCode: string | null;
  kind: TrackRecordKind;
  count: number;
  latestYear: number | null;
}

export interface ServiceAreaPlaces {
  prefectures: Prefecture[];
  municipalities: Municipality[];
}

/** Request-scoped loaders: one SQL statement for the service areas of a whole page. */
export function createSupporterLoaders(dataSource: DataSource, reference: ReferenceService) {
  return {
    /** Track records counted per place and kind (rows: prefecture, municipality or null, kind, count, latest year). */
    trackRecordCounts: new DataLoader<string, TrackRecordCount[]>(async (supporterIds) => {
      const rows: (TrackRecordCount & { supporter_id: string })[] = await dataSource.query(
        `SELECT supporter_id, prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode", kind, count(*)::int AS count,
                max(year) AS "latestYear"
           FROM supporter_track_record WHERE supporter_id = ANY($1::uuid[])
          GROUP BY supporter_id, prefecture_code, municipality_code, kind
          ORDER BY prefecture_code, municipality_code NULLS FIRST, kind`,
        [supporterIds],
      );
      const bySupporter = new Map<string, TrackRecordCount[]>(supporterIds.map((id) => [id, []]));
      for (const { supporter_id, ...row } of rows) bySupporter.get(supporter_id)?.push(row);
      return supporterIds.map((id) => bySupporter.get(id) ?? []);
    }),
    serviceArea: new DataLoader<string, ServiceAreaPlaces>(async (supporterIds) => {
      const rowsQuery = dataSource
        .getRepository(SupporterServiceArea)
        .createQueryBuilder('a')
        .where('a.supporter_id = ANY(CAST(:ids AS uuid[]))', { ids: [...supporterIds] })
        .orderBy('a.prefecture_code')
        .addOrderBy('a.municipality_code')
        .getMany();
      const [rows, { prefectureByCode, municipalityByCode }] = await Promise.all([rowsQuery, reference.lookup()]);
      const places = new Map<string, ServiceAreaPlaces>(supporterIds.map((id) => [id, { prefectures: [], municipalities: [] }]));
      for (const row of rows) {
        const entry = places.get(row.supporterId);
        if (!entry) continue;
        if (row.municipalityCode === null) {
          const prefecture = prefectureByCode.get(row.prefectureCode);
          if (prefecture) entry.prefectures.push(prefecture);
        } else {
          const municipality = municipalityByCode.get(row.municipalityCode);
          if (municipality) entry.municipalities.push(municipality);
        }
      }
      return supporterIds.map((id) => places.get(id) ?? { prefectures: [], municipalities: [] });
    }),
  };
}

export type SupporterLoaders = ReturnType<typeof createSupporterLoaders>;
