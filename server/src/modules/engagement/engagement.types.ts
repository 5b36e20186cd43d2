import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityKind, EngagementParty, EngagementStatus, ReviewCriterion, ReviewPart, Step, TraineeStatus } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { Engagement } from './engagement.entity';

@ObjectType({ description: 'When the engagement began and ended one step' })
export class EngagementStepRecord {
  @Field(() => Step)
  step: Step;

  @Field({ description: '"YYYY-MM-DD"' })
  startedOn: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; null while it is the current step' })
  endedOn: string | null;
}

@ObjectType({ description: 'One thing the survey expects of one party at one step, ticked or not' })
export class EngagementCheckItem {
  @Field()
  code: string;

  @Field(() => Step)
  step: Step;

  @Field(() => EngagementParty)
  party: EngagementParty;

  @Field()
  done: boolean;

  @Field(() => Date, { nullable: true })
  checkedAt: Date | null;

  @Field({ description: 'You may tick or untick it (your party’s item, the engagement open)' })
  mayTick: boolean;
}

@ObjectType({ description: 'An entry of the activity log' })
export class EngagementActivity {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field({ description: '"YYYY-MM-DD"' })
  heldOn: string;

  @Field(() => Step, { description: 'The step the engagement was at when it was logged' })
  step: Step;

  @Field(() => Int, { nullable: true })
  participants: number | null;

  @Field()
  notes: string;

  @Field(() => [String])
  links: string[];

  @Field(() => EngagementParty, { description: 'Which party logged it' })
  party: EngagementParty;

  @Field({ description: "Who logged it: the person's name and organization" })
  author: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'An OJT trainee: a supporter learning alongside the lead supporter' })
export class EngagementTrainee {
  @Field(() => SupporterProfile)
  supporter: SupporterProfile;

  @Field(() => TraineeStatus)
  status: TraineeStatus;

  @Field()
  invitedAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field({ description: 'The invitation is to your organization and waits for your answer' })
  mayRespond: boolean;
}

@ObjectType()
export class ReviewRating {
  @Field(() => ReviewCriterion)
  criterion: ReviewCriterion;

  @Field(() => Int)
  score: number;
}

@ObjectType({ description: "One part of the wrap-up review; its parties read it (ratings never leave the engagement's parties)" })
export class EngagementReviewPart {
  @Field(() => ReviewPart)
  part: ReviewPart;

  @Field()
  changes: string;

  @Field()
  lessons: string;

  @Field(() => [ReviewRating])
  ratings: ReviewRating[];

  @Field()
  author: string;

  @Field()
  submittedAt: Date;
}

@ObjectType()
export class EngagementEdge {
  @Field()
  cursor: string;

  @Field(() => Engagement)
  node: Engagement;
}

@ObjectType()
export class EngagementConnection {
  @Field(() => [EngagementEdge])
  edges: EngagementEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'How many engagements are at a step with a status' })
export class EngagementCount {
  @Field(() => Step)
  step: Step;

  @Field(() => EngagementStatus)
  status: EngagementStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Of them, open and not updated for 90 days or more' })
  stale: number;
}

@ObjectType({ description: "A prefecture's picture of the engagements in it (the survey's 「把握・分析」)" })
export class EngagementOverview {
  @Field(() => [EngagementCount], { description: 'Counts by step and status (only pairs with any)' })
  counts: EngagementCount[];

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Open ones not updated for 90 days or more' })
  staleTotal: number;

  @Field(() => [Engagement], { description: 'The open ones not updated for 90 days or more, oldest update first' })
  stale: Engagement[];
}
