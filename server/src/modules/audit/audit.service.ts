import type { EntityManager } from 'typeorm';
import type { Viewer } from '../account/viewer';

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
}
