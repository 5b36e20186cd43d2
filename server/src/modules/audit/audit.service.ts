import type { EntityManager } from 'typeorm';
import { InputReason } from '@tsunagu/shared';
import { invalidInput } from '../../common/domain-errors';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/pagination';
import type { Viewer } from '../account/viewer';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogFilter } from './audit.inputs';
import type { AuditEntryConnection } from './audit.types';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

// Secrets never enter the log, whatever object a caller passes.
const REDACTED_KEYS = new Set(['passwordHash', 'password', 'token', 'tokenHash', 'newPassword']);

function snapshot(value: object | null | undefined): string | null {
  if (!value) return null;
  return JSON.stringify(value, (key, v: unknown) => (REDACTED_KEYS.has(key) ? undefined : v));
}

/** Appends audit entries. Call it with the transaction's manager so the entry commits with the change. */
export class AuditService {
  /** Records one action by `actor` (null when nobody is signed in, e.g. self-registration). */
  async record(
    manager: EntityManager,
    actor: Pick<Viewer, 'userId' | 'email' | 'organizationId'> | null,
    record: AuditRecord,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor_user_id, actor_email, actor_organization_id, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor?.userId ?? null,
        actor?.email ?? null,
        actor?.organizationId ?? null,
        record.action,
        record.entityType,
        record.entityId,
        snapshot(record.before),
        snapshot(record.after),
      ],
    );
  }

  /** A page of entries matching the filter, newest first; cursors are (occurred_at, id), exact to the microsecond. */
  async list(
    manager: EntityManager,
    filter: AuditLogFilter | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<AuditEntryConnection> {
    const limit = pageSize(first);
    const cursorKeys = after ? decodeCursor(after, ['t', 'd']) : null;
    if (filter?.from && filter.to && filter.from >= filter.to) throw invalidInput('to', InputReason.END_BEFORE_START);

    const qb = manager.getRepository(AuditEntry).createQueryBuilder('e').addSelect('CAST(e.occurred_at AS text)', 'sort_occurred_at');
    if (filter?.organizationId) qb.andWhere('e.actor_organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter?.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.hideSessionEvents) qb.andWhere(`e.action NOT IN ('signIn', 'signOut')`);
    if (filter?.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });
    if (cursorKeys) {
      qb.andWhere('(e.occurred_at, e.id) < (CAST(:afterTs AS timestamptz), CAST(:afterId AS bigint))', {
        afterTs: cursorKeys[0],
        afterId: cursorKeys[1],
      });
    }
    qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit + 1);

    const { entities, raw } = await qb.getRawAndEntities<{ sort_occurred_at: string }>();
    const edges = entities.slice(0, limit).map((node, i) => ({ cursor: encodeCursor([raw[i].sort_occurred_at, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: entities.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
