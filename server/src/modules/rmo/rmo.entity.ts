import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OptimizationState, RmoActivity, RmoChallenge, RmoLegalForm, SupportType } from '@tsunagu/shared';

registerEnumType(RmoLegalForm, { name: 'RmoLegalForm' });
registerEnumType(OptimizationState, { name: 'OptimizationState', description: "The RMO's self-assessed state of flexible optimization" });
registerEnumType(RmoActivity, { name: 'RmoActivity' });
registerEnumType(RmoChallenge, { name: 'RmoChallenge' });

/** A regional management organization (地域運営組織) as its municipality and its own secretariat record it. */
@ObjectType({ description: '地域運営組織（RMO）の記録' })
@Entity({ name: 'rmo' })
export class Rmo {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'prefecture_code', type: 'char', length: 2 })
  prefectureCode: string;

  @Field()
  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The unit of area it covers, e.g. 小学校区' })
  @Column({ name: 'area_unit', type: 'text', nullable: true })
  areaUnit: string | null;

  @Field(() => RmoLegalForm)
  @Column({ name: 'legal_form', type: 'text' })
  legalForm: RmoLegalForm;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'founded_year', type: 'int', nullable: true })
  foundedYear: number | null;

  @Field(() => [RmoActivity])
  @Column({ type: 'text', array: true })
  activities: RmoActivity[];

  @Field(() => String, { nullable: true, description: 'Activities in its own words' })
  @Column({ name: 'activities_note', type: 'text', nullable: true })
  activitiesNote: string | null;

  @Field(() => [RmoChallenge])
  @Column({ type: 'text', array: true })
  challenges: RmoChallenge[];

  @Field(() => String, { nullable: true, description: 'Challenges in its own words' })
  @Column({ name: 'challenges_note', type: 'text', nullable: true })
  challengesNote: string | null;

  @Field(() => [SupportType], { description: "The survey's question: which kinds of third-party support the RMO wants (sufficiency counts them as demand)" })
  @Column({ name: 'wanted_support_types', type: 'text', array: true, default: () => "'{}'" })
  wantedSupportTypes: SupportType[];

  @Field(() => OptimizationState)
  @Column({ name: 'optimization_state', type: 'text' })
  optimizationState: OptimizationState;

  /** The RMO's own account organization, whose staff may keep this record; null if it has none. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
