import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Rmo } from '../rmo/rmo.entity';

/** Request-scoped loaders: one SQL statement each for the RMOs and interest counts of a whole page. */
export function createSupportRequestLoaders(dataSource: DataSource) {
  return {
    rmos: new DataLoader<string, Rmo[]>(async (requestIds) => {
      const rows = await dataSource
        .getRepository(Rmo)
        .createQueryBuilder('r')
        .innerJoin('support_request_rmo', 'srr', 'srr.rmo_id = r.id')
        .addSelect('srr.request_id', 'request_id')
        .where('srr.request_id = ANY(CAST(:ids AS uuid[]))', { ids: [...requestIds] })
        .orderBy('r.name', 'ASC')
        .getRawAndEntities<{ request_id: string; r_id: string }>();
      const byRequest = new Map<string, Rmo[]>(requestIds.map((id) => [id, []]));
      const byId = new Map(rows.entities.map((r) => [r.id, r]));
      for (const raw of rows.raw) {
        const rmo = byId.get(raw.r_id);
        if (rmo) byRequest.get(raw.request_id)?.push(rmo);
      }
      return requestIds.map((id) => byRequest.get(id) ?? []);
    }),
    /** The RMO record kept by an organization (an RMO that writes requests), by organization id. */
    rmoIdOfOrganization: new DataLoader<string, string | null>(async (organizationIds) => {
      const rows: { id: string; organization_id: string }[] = await dataSource.query(
        `SELECT id, organization_id FROM rmo WHERE organization_id = ANY($1::uuid[])`,
        [organizationIds],
      );
      const byOrganization = new Map(rows.map((r) => [r.organization_id, r.id]));
      return organizationIds.map((id) => byOrganization.get(id) ?? null);
    }),
    interestCount: new DataLoader<string, number>(async (requestIds) => {
      const rows: { request_id: string; count: number }[] = await dataSource.query(
        `SELECT request_id, count(*)::int AS count FROM support_request_interest WHERE request_id = ANY($1::uuid[]) GROUP BY request_id`,
        [requestIds],
      );
      const counts = new Map(rows.map((r) => [r.request_id, r.count]));
      return requestIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type SupportRequestLoaders = ReturnType<typeof createSupportRequestLoaders>;
