import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IntroductionAction, IntroductionStatus } from '@tsunagu/shared';

registerEnumType(IntroductionStatus, { name: 'IntroductionStatus' });
registerEnumType(IntroductionAction, { name: 'IntroductionAction', description: 'Lifecycle actions on an introduction request' });

/** A municipality's request to its prefecture to introduce supporters for one support request (紹介依頼). */
@ObjectType({ description: '紹介依頼（市区町村から都道府県へ）' })
@Entity({ name: 'introduction_request' })
export class IntroductionRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Field(() => IntroductionStatus)
  @Column({ type: 'text', default: IntroductionStatus.OPEN })
  status: IntroductionStatus;

  @Field({ description: 'What the municipality needs, for the prefecture' })
  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'requested_by_organization_id', type: 'uuid' })
  requestedByOrganizationId: string;

  @Column({ name: 'requested_by_user_id', type: 'uuid' })
  requestedByUserId: string;

  @Field()
  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
