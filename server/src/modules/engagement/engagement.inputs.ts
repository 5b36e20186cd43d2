import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ActivityKind,
  DATE_PATTERN,
  ENGAGEMENT_LIMITS,
  EngagementEndReason,
  EngagementStatus,
  InputReason,
  RATING_MAX,
  RATING_MIN,
  ReviewCriterion,
  Step,
  SupportType,
} from '@tsunagu/shared';
import { AtMostItems, ChooseAtLeast, IntRange, MaxChars, NoDuplicates, Pattern, RecordId, RequiredText } from '../../graphql/validation';

@InputType({ description: 'Turns a confirmed offer of your municipality into an engagement' })
export class CreateEngagementFromOfferInput {
  @Field(() => ID)
  @RecordId()
  offerId: string;

  @Field(() => String, { nullable: true, description: "The engagement's name; the request's title when absent" })
  @IsOptional()
  @MaxChars(ENGAGEMENT_LIMITS.titleMaxLength)
  title?: string | null;

  @Field(() => [ID], { nullable: true, description: "Its RMOs (your municipality's); the request's when absent" })
  @IsOptional()
  @RecordId({ each: true })
  @AtMostItems(ENGAGEMENT_LIMITS.rmosMax)
  @NoDuplicates()
  rmoIds?: string[] | null;
}

@InputType({ description: 'Records a past or ongoing engagement begun outside Tsunagu, with a registered supporter' })
export class RecordEngagementInput {
  @Field(() => ID)
  @RecordId()
  supporterId: string;

  @Field(() => [ID], { description: "One or more of your municipality's RMOs" })
  @RecordId({ each: true })
  @ChooseAtLeast(1)
  @AtMostItems(ENGAGEMENT_LIMITS.rmosMax)
  @NoDuplicates()
  rmoIds: string[];

  @Field()
  @RequiredText(ENGAGEMENT_LIMITS.titleMaxLength)
  title: string;

  @Field(() => [SupportType])
  @ChooseAtLeast(1)
  @NoDuplicates()
  supportTypes: SupportType[];

  @Field(() => Step, { description: 'The step it is at now' })
  step: Step;

  @Field({ description: 'When it began, "YYYY-MM-DD"' })
  @Pattern(DATE_PATTERN, InputReason.INVALID_VALUE)
  startedOn: string;
}

@InputType({ description: 'An entry of the activity log' })
export class AddEngagementActivityInput {
  @Field(() => ID)
  @RecordId()
  engagementId: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field({ description: '"YYYY-MM-DD"' })
  @Pattern(DATE_PATTERN, InputReason.INVALID_VALUE)
  heldOn: string;

  @Field(() => Int, { nullable: true, description: 'How many took part' })
  @IsOptional()
  @IntRange(0, ENGAGEMENT_LIMITS.participantsMax)
  participants?: number | null;

  @Field({ description: 'What happened, what was decided' })
  @MaxChars(ENGAGEMENT_LIMITS.notesMaxLength)
  notes: string;

  @Field(() => [String], { description: 'Web addresses of materials or records (http/https)' })
  @AtMostItems(ENGAGEMENT_LIMITS.linksMax)
  links: string[];
}

@InputType()
export class EndEngagementInput {
  @Field(() => ID)
  @RecordId()
  engagementId: string;

  @Field(() => EngagementEndReason)
  reason: EngagementEndReason;

  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER' })
  @IsOptional()
  @MaxChars(ENGAGEMENT_LIMITS.endCommentMaxLength)
  comment?: string | null;
}

@InputType()
export class ReviewRatingInput {
  @Field(() => ReviewCriterion)
  criterion: ReviewCriterion;

  @Field(() => Int, { description: `${RATING_MIN} (not at all) – ${RATING_MAX} (very much)` })
  @IntRange(RATING_MIN, RATING_MAX)
  score: number;
}

@InputType({ description: 'Your part of the wrap-up review (総括): the municipality or the RMO, or the supporter' })
export class WriteEngagementReviewInput {
  @Field(() => ID)
  @RecordId()
  engagementId: string;

  @Field({ description: "Municipality/RMO: what changed in the RMO's activities and organization, against the request's aims. Supporter: its view" })
  @RequiredText(ENGAGEMENT_LIMITS.reviewTextMaxLength)
  changes: string;

  @Field({ description: 'Lessons for next time' })
  @MaxChars(ENGAGEMENT_LIMITS.reviewTextMaxLength)
  lessons: string;

  @Field(() => [ReviewRatingInput], { description: 'The municipality-and-RMO part rates every stated criterion; the supporter gives none' })
  @AtMostItems(10)
  ratings: ReviewRatingInput[];
}

@InputType()
export class EngagementFilter {
  @Field(() => [EngagementStatus], { nullable: true })
  statuses?: EngagementStatus[] | null;

  @Field(() => [Step], { nullable: true })
  steps?: Step[] | null;

  @Field({ nullable: true, description: 'Only those not updated for 90 days or more (open ones)' })
  staleOnly?: boolean;
}
