import { ArrayMaxSize, ArrayUnique, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OptimizationState, REQUEST_LIMITS, RmoActivity, RmoChallenge, RmoLegalForm, enumValues } from '@tsunagu/shared';
import { MunicipalityCode, RequiredText } from '../../graphql/validation';

const optionalNote = (max: number): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
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
  @Min(REQUEST_LIMITS.foundedYearMin, { message: `must be ${REQUEST_LIMITS.foundedYearMin} or later` })
  @Max(2100, { message: 'must be a real year' })
  foundedYear?: number | null;

  @Field(() => [RmoActivity])
  @ArrayMaxSize(enumValues(RmoActivity).length)
  @ArrayUnique({ message: 'must not list an activity twice' })
  activities: RmoActivity[];

  @Field(() => String, { nullable: true })
  @optionalNote(REQUEST_LIMITS.rmoNoteMaxLength)
  activitiesNote?: string | null;

  @Field(() => [RmoChallenge])
  @ArrayMaxSize(enumValues(RmoChallenge).length)
  @ArrayUnique({ message: 'must not list a challenge twice' })
  challenges: RmoChallenge[];

  @Field(() => String, { nullable: true })
  @optionalNote(REQUEST_LIMITS.rmoNoteMaxLength)
  challengesNote?: string | null;

  @Field(() => OptimizationState)
  optimizationState: OptimizationState;
}
