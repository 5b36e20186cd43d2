import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** Where the name of each kind of audited thing lives; ids are compared as text (uuids, slugs). */
const NAME_SOURCES: Readonly<Record<string, { table: string; key: string; name: string }>> = {
  User: { table: 'app_user', key: 'id::text', name: `display_name || '（' || email || '）'` },
  Organization: { table: 'organization', key: 'id::text', name: 'name' },
  SupporterProfile: { table: 'supporter_profile', key: 'id::text', name: 'name' },
  Rmo: { table: 'rmo', key: 'id::text', name: 'name' },
  SupportRequest: { table: 'support_request', key: 'id::text', name: 'title' },
  Invitation: { table: 'invitation', key: 'id::text', name: 'email' },
  SitePage: { table: 'site_page', key: 'slug', name: 'title' },
};

/** The key of an audited thing for the loader. */
export function auditTargetKey(entityType: string, entityId: string): string {
  return `${entityType}\u0000${entityId}`;
}

/**
 * Request-scoped: the current name of each entry's target (a user, a profile, a request's title…),
 * one statement per kind of target on the page, so operators read names rather than raw ids.
 */
export function createAuditLoaders(dataSource: DataSource) {
  return {
    targetName: new DataLoader<string, string | null>(async (keys) => {
      const idsByType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split('\u0000');
        if (NAME_SOURCES[type]) idsByType.set(type, [...(idsByType.get(type) ?? []), id]);
      }
      const names = new Map<string, string>();
      for (const [type, ids] of idsByType) {
        const source = NAME_SOURCES[type];
        const rows: { id: string; name: string | null }[] = await dataSource.query(
          `SELECT ${source.key} AS id, ${source.name} AS name FROM ${source.table} WHERE ${source.key} = ANY($1::text[])`,
          [ids],
        );
        for (const row of rows) if (row.name) names.set(auditTargetKey(type, row.id), row.name);
      }
      return keys.map((key) => names.get(key) ?? null);
    }),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
