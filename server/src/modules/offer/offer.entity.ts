import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeclineReason, OfferAction, OfferKind, OfferParty, OfferStatus } from '@tsunagu/shared';

registerEnumType(OfferKind, { name: 'OfferKind', description: 'A direct approach by the municipality (打診) or a proposal by the prefecture (紹介)' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(OfferAction, { name: 'OfferAction', description: 'Lifecycle actions on an offer' });
registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'Why a supporter declines an offer' });
registerEnumType(OfferParty, { name: 'OfferParty', description: 'A side of an offer: the municipality, the broker prefecture or the supporter' });

/**
 * An offer to one supporter for one support request, with a response deadline: a municipality's
 * direct approach or a prefecture's proposal on an introduction request. Only its parties read it.
 */
@ObjectType({ description: '打診・紹介（支援者1件への申し出）' })
@Entity({ name: 'offer' })
export class Offer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Field(() => ID, { nullable: true, description: 'The introduction request a proposal answers; null for an approach' })
  @Column({ name: 'introduction_id', type: 'uuid', nullable: true })
  introductionId: string | null;

  @Field(() => OfferKind)
  @Column({ type: 'text' })
  kind: OfferKind;

  @Field(() => OfferStatus)
  @Column({ type: 'text', default: OfferStatus.OFFERED })
  status: OfferStatus;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Field(() => ID)
  @Column({ name: 'supporter_id', type: 'uuid' })
  supporterId: string;

  /** The organization that owns the profile and answers the offer. */
  @Column({ name: 'supporter_organization_id', type: 'uuid' })
  supporterOrganizationId: string;

  /** The municipality (approach) or prefecture (proposal) organization that made it. */
  @Column({ name: 'offered_by_organization_id', type: 'uuid' })
  offeredByOrganizationId: string;

  @Column({ name: 'offered_by_user_id', type: 'uuid' })
  offeredByUserId: string;

  @Field({ description: "The approach's message, or the prefecture's note on why it proposes this supporter" })
  @Column({ type: 'text' })
  message: string;

  @Field({ description: 'The supporter answers by then; unanswered, the offer expires' })
  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy: Date;

  @Field()
  @Column({ name: 'offered_at', type: 'timestamptz' })
  offeredAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the deadline reminder went out' })
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the supporter accepted or declined' })
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The supporter's note on its availability, given when accepting" })
  @Column({ name: 'availability_note', type: 'text', nullable: true })
  availabilityNote: string | null;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decline_comment', type: 'text', nullable: true })
  declineComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by_user_id', type: 'uuid', nullable: true })
  confirmedByUserId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn, expired or closed' })
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
