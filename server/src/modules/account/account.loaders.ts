import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Organization } from './organization.entity';

/** Request-scoped loaders: one SQL statement for the organizations of a whole page. */
export function createAccountLoaders(dataSource: DataSource) {
  return {
    organization: new DataLoader<string, Organization | null>(async (organizationIds) => {
      const rows = await dataSource
        .getRepository(Organization)
        .createQueryBuilder('o')
        .where('o.id = ANY(CAST(:ids AS uuid[]))', { ids: [...organizationIds] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return organizationIds.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type AccountLoaders = ReturnType<typeof createAccountLoaders>;
