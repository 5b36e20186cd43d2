import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { MailDelivery, MailDeliveryStatus } from './mail-delivery.entity';

@ObjectType({ description: 'How many mails are in each delivery status' })
export class MailDeliveryCounts {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;
}

@Resolver(() => MailDelivery)
export class MailResolver {
  @Authorized(UserRole.OPERATOR)
  @Query(() => [MailDelivery], { description: 'Mail deliveries, newest first, optionally of some statuses only (operators only)' })
  mailDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('statuses', () => [MailDeliveryStatus], { nullable: true }) statuses?: MailDeliveryStatus[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 20, at most 100' }) first?: number | null,
  ): Promise<MailDelivery[]> {
    return ctx.services.mail.list(statuses, first);
  }

  @Authorized(UserRole.OPERATOR)
  @Query(() => MailDeliveryCounts, { description: 'Deliveries per status (operators only)' })
  async mailDeliveryCounts(@Ctx() ctx: RequestContext): Promise<MailDeliveryCounts> {
    const counts = await ctx.services.mail.counts();
    return { pending: counts.PENDING, sent: counts.SENT, failed: counts.FAILED };
  }

  @Authorized(UserRole.OPERATOR)
  @Mutation(() => MailDelivery, { description: 'Sends a FAILED mail again with fresh attempts (operators only); CONFLICT NOT_RETRYABLE otherwise' })
  retryMailDelivery(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<MailDelivery> {
    return ctx.services.mail.retry(viewer, id);
  }
}
