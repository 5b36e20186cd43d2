import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { TrackRecordKind } from '@tsunagu/shared';
import type { Municipality } from '../reference/municipality.entity';
import type { Prefecture } from '../reference/prefecture.entity';
import type { ReferenceService } from '../reference/reference.service';
import { SupporterProfile } from './supporter-profile.entity';
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

/** The text the in-memory catalogue does not keep: long, private, or shown only on one profile's page. */
export type SupporterDetails = Pick<
  SupporterProfile,
  'description' | 'feeNotes' | 'website' | 'contactEmail' | 'contactPhone' | 'verificationReason' | 'verifiedAt' | 'createdAt' | 'updatedAt'
>;

const NO_DETAILS: SupporterDetails = {
  description: '',
  feeNotes: null,
  website: null,
  contactEmail: null,
  contactPhone: null,
  verificationReason: null,
  verifiedAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

/** Request-scoped loaders: one SQL statement for the service areas (or the details) of a whole page. */
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
    details: new DataLoader<string, SupporterDetails>(async (supporterIds) => {
      const rows = await dataSource
        .getRepository(SupporterProfile)
        .createQueryBuilder('s')
        .select(['s.id', 's.description', 's.feeNotes', 's.website', 's.contactEmail', 's.contactPhone', 's.verificationReason', 's.verifiedAt', 's.createdAt', 's.updatedAt'])
        .where('s.id = ANY(CAST(:ids AS uuid[]))', { ids: [...supporterIds] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      // A profile deleted since the search read it shows no details rather than failing the page.
      return supporterIds.map((id) => byId.get(id) ?? NO_DETAILS);
    }),
    serviceArea: new DataLoader<string, ServiceAreaPlaces>(async (supporterIds) => {
      const rows = await dataSource
        .getRepository(SupporterServiceArea)
        .createQueryBuilder('a')
        .where('a.supporter_id = ANY(CAST(:ids AS uuid[]))', { ids: [...supporterIds] })
        .orderBy('a.prefecture_code')
        .addOrderBy('a.municipality_code')
        .getMany();
      const bySupporter = new Map<string, SupporterServiceArea[]>(supporterIds.map((id) => [id, []]));
      for (const row of rows) bySupporter.get(row.supporterId)?.push(row);
      return Promise.all(supporterIds.map((id) => reference.placesOf(bySupporter.get(id) ?? [])));
    }),
  };
}

export type SupporterLoaders = ReturnType<typeof createSupporterLoaders>;
