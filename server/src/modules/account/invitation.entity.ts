import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationKind } from '@tsunagu/shared';

/** Who may be invited, along the chain of trust. */
export enum InvitationKind {
  /** Operators invite prefecture staff. */
  PREFECTURE_STAFF = 'PREFECTURE_STAFF',
  /** Prefecture staff invite the staff of a municipality in their prefecture. */
  MUNICIPALITY_STAFF = 'MUNICIPALITY_STAFF',
  /** Municipality staff invite the staff of an RMO in their municipality. */
  RMO_STAFF = 'RMO_STAFF',
  /** An organization's owner invites a member into their own organization. */
  ORGANIZATION_MEMBER = 'ORGANIZATION_MEMBER',
}

registerEnumType(InvitationKind, {
  name: 'InvitationKind',
  valuesConfig: {
    PREFECTURE_STAFF: { description: 'Operators invite prefecture staff' },
    MUNICIPALITY_STAFF: { description: 'Prefecture staff invite a municipality of their prefecture' },
    RMO_STAFF: { description: 'Municipality staff invite an RMO of their municipality' },
    ORGANIZATION_MEMBER: { description: "An organization's owner invites a member into it" },
  },
});

/** A single-use, expiring invitation mailed by the mail service; only the token's keyed hash is stored. */
@ObjectType()
@Entity({ name: 'invitation' })
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Field(() => InvitationKind)
  @Column({ type: 'text' })
  kind: InvitationKind;

  @Field({ description: 'Where the invitation was sent' })
  @Column({ type: 'text' })
  email: string;

  @Field(() => OrganizationKind)
  @Column({ name: 'organization_kind', type: 'text' })
  organizationKind: OrganizationKind;

  @Field({ description: 'The organization the invitee joins (created on acceptance if it does not exist yet)' })
  @Column({ name: 'organization_name', type: 'text' })
  organizationName: string;

  /** Fixed for ORGANIZATION_MEMBER; the other kinds find or create their organization on acceptance. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'prefecture_code', type: 'char', length: 2, nullable: true })
  prefectureCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'invited_by_user_id', type: 'uuid' })
  invitedByUserId: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId: string | null;
}
