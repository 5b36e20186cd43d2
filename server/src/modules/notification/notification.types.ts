import { Field, Int, ObjectType } from 'type-graphql';
import { NotificationDelivery, NotificationKind } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor: string;

  @Field(() => Notification)
  node: Notification;
}

@ObjectType({ description: 'Inbox entries, newest first' })
export class NotificationConnection {
  @Field(() => Int, { description: 'Entries matching the filter' })
  totalCount: number;

  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'How the signed-in user hears of one kind of event' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;

  @Field(() => NotificationDelivery, { description: 'What applies without a choice of the user' })
  defaultDelivery: NotificationDelivery;
}
