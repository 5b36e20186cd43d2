import { IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OptimizationState, REQUEST_LIMITS, RmoActivity, RmoChallenge, RmoLegalForm, SupportType, enumValues } from '@tsunagu/shared';
import { AtMostItems, IntRange, MaxChars, MunicipalityCode, NoDuplicates, RequiredText } from '../../graphql/validation';

const optionalNote = (max: number): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  MaxChars(max)(target, key);
};

/** Every field of an RMO record; update replaces the record with it (the municipality cannot change). */
@InputType({ description: 'An RMO record as its municipality or its own secretariat keeps it' })
export class RmoInput {
  @Field({ description: 'Six-digit code of the municipality the RMO belongs to' })
  @MunicipalityCode()
  municipalityCode: string;

  @Field()
  @RequiredText(REQUEST_LIMITS.rmoNameMaxLength)
  name: string;

  @Field(() => String, { nullable: true, description: 'The unit of area it covers, e.g. 小学校区' })
  @optionalNote(REQUEST_LIMITS.areaUnitMaxLength)
  areaUnit?: string | null;

  @Field(() => RmoLegalForm)
  legalForm: RmoLegalForm;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IntRange(REQUEST_LIMITS.foundedYearMin, REQUEST_LIMITS.foundedYearMax)
  foundedYear?: number | null;

  @Field(() => [RmoActivity])
  @AtMostItems(enumValues(RmoActivity).length)
  @NoDuplicates()
  activities: RmoActivity[];

  @Field(() => String, { nullable: true })
  @optionalNote(REQUEST_LIMITS.rmoNoteMaxLength)
  activitiesNote?: string | null;

  @Field(() => [RmoChallenge])
  @AtMostItems(enumValues(RmoChallenge).length)
  @NoDuplicates()
  challenges: RmoChallenge[];

  @Field(() => String, { nullable: true })
  @optionalNote(REQUEST_LIMITS.rmoNoteMaxLength)
  challengesNote?: string | null;

  @Field(() => [SupportType], { nullable: true, description: 'Kinds of third-party support the RMO wants (none given: none)' })
  @IsOptional()
  @AtMostItems(enumValues(SupportType).length)
  @NoDuplicates()
  wantedSupportTypes?: SupportType[] | null;

  @Field(() => OptimizationState)
  optimizationState: OptimizationState;
}
