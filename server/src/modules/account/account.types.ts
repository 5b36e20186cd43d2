import { Field, ObjectType } from 'type-graphql';
import { UserRole } from '@tsunagu/shared';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/** The signed-in user with their role and organization. */
@ObjectType({ description: 'The signed-in user, their role and their organization' })
export class Me {
  @Field(() => User)
  user: User;

  @Field(() => UserRole, { description: 'Follows from the kind of the organization' })
  role: UserRole;

  @Field(() => Organization)
  organization: Organization;

  @Field({ description: 'Owners invite and remove members of their organization' })
  isOwner: boolean;
}
