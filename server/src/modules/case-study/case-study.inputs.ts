import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CASE_LIMITS, PopulationBand, Region, RmoAreaUnit, Step, SupportType } from '@tsunagu/shared';
import { MaxChars, PrefectureCode, RecordId, RequiredText } from '../../graphql/validation';

@InputType({ description: "A case study's text and its anonymity options" })
export class CaseStudyInput {
  @Field()
  @RequiredText(CASE_LIMITS.titleMaxLength)
  title: string;

  @Field()
  @RequiredText(CASE_LIMITS.summaryMaxLength)
  summary: string;

  @Field()
  @MaxChars(CASE_LIMITS.textMaxLength)
  process: string;

  @Field()
  @MaxChars(CASE_LIMITS.textMaxLength)
  outcomes: string;

  @Field()
  @MaxChars(CASE_LIMITS.textMaxLength)
  lessons: string;

  @Field({ description: "Leave the RMO's name out" })
  hideRmoName: boolean;

  @Field({ description: 'Name no person' })
  hidePeople: boolean;

  @Field(() => PopulationBand)
  populationBand: PopulationBand;

  @Field(() => RmoAreaUnit)
  rmoAreaUnit: RmoAreaUnit;
}

@InputType()
export class CreateCaseStudyInput extends CaseStudyInput {
  @Field(() => ID, { description: 'A completed engagement of yours' })
  @RecordId()
  engagementId: string;
}

@InputType({ description: 'Case library search: every criterion narrows (within one criterion, any value matches)' })
export class CaseSearchInput {
  @Field(() => [SupportType], { nullable: true })
  supportTypes?: SupportType[] | null;

  @Field(() => [Step], { nullable: true })
  steps?: Step[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @PrefectureCode({ each: true })
  prefectureCodes?: string[] | null;

  @Field(() => [Region], { nullable: true })
  regions?: Region[] | null;

  @Field(() => [PopulationBand], { nullable: true })
  populationBands?: PopulationBand[] | null;

  @Field(() => [RmoAreaUnit], { nullable: true })
  areaUnits?: RmoAreaUnit[] | null;

  @Field(() => String, { nullable: true, description: 'Japanese text: every word must occur (folded as the supporter search folds)' })
  @IsOptional()
  @MaxChars(CASE_LIMITS.queryMaxLength)
  text?: string | null;
}
