import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { Organization } from '../account/organization.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilter } from './audit.inputs';
import { auditTargetKey } from './audit.loaders';
import { AuditEntryConnection } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(UserRole.OPERATOR)
  @Query(() => AuditEntryConnection, { description: 'Every data-changing action, newest first (operators only)' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<AuditEntryConnection> {
    return ctx.services.audit.list(ctx.services.dataSource.manager, filter, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: "The current name of what the entry is about (a user, a profile, a request's title…); batched per request" })
  targetName(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    return entry.entityId ? ctx.loaders.audit.targetName.load(auditTargetKey(entry.entityType, entry.entityId)) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The acting user's organization; batched per request" })
  actorOrganization(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    return entry.actorOrganizationId ? ctx.loaders.organizations.organization.load(entry.actorOrganizationId) : null;
  }
}
