import { Field, InputType } from 'type-graphql';
import { NotificationDelivery, NotificationKind } from '@tsunagu/shared';

@InputType({ description: 'Narrows the inbox' })
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only entries not yet read' })
  unreadOnly?: boolean | null;
}

@InputType({ description: 'How to deliver one kind of notification to the signed-in user' })
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery: NotificationDelivery;
}
