import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OfferParty } from '@tsunagu/shared';

/** One plain-text message of an offer's thread, between its parties. */
@ObjectType({ description: '打診・紹介のメッセージ' })
@Entity({ name: 'offer_message' })
export class OfferMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'author_organization_id', type: 'uuid' })
  authorOrganizationId: string;

  @Field(() => OfferParty, { description: 'Which side wrote it' })
  @Column({ type: 'text' })
  party: OfferParty;

  @Field({ description: 'Plain text, at most 2,000 characters' })
  @Column({ type: 'text' })
  body: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
