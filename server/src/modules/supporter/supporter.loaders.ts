import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';
import type { ReferenceService } from '../reference/reference.service';
import { SupporterServiceArea } from './supporter-service-area.entity';

export interface ServiceAreaPlaces {
  prefectures: Prefecture[];
  municipalities: Municipality[];
}

/** Request-scoped loaders: one SQL statement for the service areas of a whole page. */
export function createSupporterLoaders(dataSource: DataSource, reference: ReferenceService) {
  return {
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
