import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole } from '@tsunagu/shared';

/** A person who signs in. The email is stored lower-cased and unique. */
@ObjectType()
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id hash; never a GraphQL field. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field(() => MembershipRole)
  @Column({ name: 'membership_role', type: 'text' })
  membershipRole: MembershipRole;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
