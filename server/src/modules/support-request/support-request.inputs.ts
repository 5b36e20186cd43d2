import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  FundingRoute,
  InputReason,
  REQUEST_LIMITS,
  RequestFormat,
  Step,
  SupportPhase,
  SupportRequestStatus,
  SupportType,
  YEAR_MONTH_PATTERN,
} from '@tsunagu/shared';
import {
  AtMostItems,
  ChooseAtLeast,
  IntRange,
  MaxChars,
  MunicipalityCode,
  NoDuplicates,
  Pattern,
  RecordId,
  RequiredText,
} from '../../graphql/validation';

const { durationMonthsMin, durationMonthsMax, budgetYenMax } = REQUEST_LIMITS;

/**
 * A whole support request as its author edits it; update replaces every field. A draft may leave
 * fields null (the form saves as it goes); submitting needs them all.
 */
@InputType({ description: 'A support request; drafts may leave fields null, submission needs them all' })
export class SupportRequestInput {
  @Field({ description: 'Six-digit code of the requesting municipality (your own)' })
  @MunicipalityCode()
  municipalityCode: string;

  @Field()
  @RequiredText(REQUEST_LIMITS.titleMaxLength)
  title: string;

  @Field(() => String, { nullable: true, description: 'Why support is wanted: the situation in the area' })
  @IsOptional()
  @MaxChars(REQUEST_LIMITS.backgroundMaxLength)
  background?: string | null;

  @Field(() => [ID], { nullable: true, description: 'RMOs of the municipality the request concerns; none means municipality-wide' })
  @IsOptional()
  @AtMostItems(REQUEST_LIMITS.rmosMax)
  @NoDuplicates()
  @RecordId({ each: true })
  rmoIds?: string[] | null;

  @Field(() => [SupportType], {
    nullable: true,
    description: 'Wanted support types, most important first. Null while undecided; an empty list is refused.',
  })
  @IsOptional()
  @ChooseAtLeast(1)
  @AtMostItems(REQUEST_LIMITS.supportTypesMax)
  @NoDuplicates()
  supportTypes?: SupportType[] | null;

  @Field(() => Step, { nullable: true })
  step?: Step | null;

  @Field(() => SupportPhase, { nullable: true })
  phase?: SupportPhase | null;

  @Field(() => String, { nullable: true, description: 'Month support should start, "YYYY-MM"' })
  @IsOptional()
  @Pattern(YEAR_MONTH_PATTERN, InputReason.NOT_YEAR_MONTH)
  desiredStart?: string | null;

  @Field(() => Int, { nullable: true, description: `Planned duration in months (${durationMonthsMin}–${durationMonthsMax})` })
  @IsOptional()
  @IntRange(durationMonthsMin, durationMonthsMax)
  durationMonths?: number | null;

  @Field(() => RequestFormat, { nullable: true })
  format?: RequestFormat | null;

  @Field(() => FundingRoute, { nullable: true })
  fundingRoute?: FundingRoute | null;

  @Field(() => Int, { nullable: true, description: 'Lower end of the budget in yen' })
  @IsOptional()
  @IntRange(0, budgetYenMax)
  budgetMinYen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end of the budget in yen' })
  @IsOptional()
  @IntRange(0, budgetYenMax)
  budgetMaxYen?: number | null;

  @Field({ defaultValue: false, description: 'Intake: the RMO(s) concerned have agreed to receive support' })
  rmoAgreementConfirmed: boolean;

  @Field({ defaultValue: false, description: 'While open, show it anonymously to intermediaries (no RMO names, title or background)' })
  published: boolean;
}

@InputType({ description: 'Narrows the requests you can see; every given criterion must hold' })
export class SupportRequestFilter {
  @Field(() => [SupportRequestStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  statuses?: SupportRequestStatus[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MunicipalityCode()
  municipalityCode?: string | null;
}
