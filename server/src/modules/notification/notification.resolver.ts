import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Notification } from './notification.entity';
import { NotificationFilter, NotificationPreferenceInput } from './notification.inputs';
import { NotificationConnection, NotificationPreference } from './notification.types';

/** Every signed-in user's own inbox and delivery choices; nobody reads another's. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your inbox, newest first' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter?: NotificationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<NotificationConnection> {
    return ctx.services.notifications.list(viewer, filter, first, after);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your inbox entries are unread' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.unreadCount(viewer);
  }

  @Authorized()
  @Mutation(() => [Notification], { description: 'Marks some of your entries read (1–100 ids); NOT_FOUND if any is not yours' })
  markNotificationsRead(
    @Arg('ids', () => [ID]) ids: string[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification[]> {
    return ctx.services.notifications.markRead(viewer, ids);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks every unread entry of yours read; returns how many were unread' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.notifications.markAllRead(viewer);
  }

  @Authorized()
  @Query(() => [NotificationPreference], { description: 'How you hear of each kind of event your role receives' })
  notificationPreferences(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return ctx.services.notifications.preferences(viewer);
  }

  @Authorized()
  @Mutation(() => [NotificationPreference], { description: 'Sets how you hear of some kinds (immediately, daily digest, inbox only); returns them all' })
  updateNotificationPreferences(
    @Arg('preferences', () => [NotificationPreferenceInput]) preferences: NotificationPreferenceInput[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreference[]> {
    return ctx.services.notifications.updatePreferences(viewer, preferences);
  }
}
