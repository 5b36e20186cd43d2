import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FundingRoute, RequestFormat, Step, SupportPhase, SupportType } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';

/** What intermediaries see of an open, published request: no RMO names, title or background. */
@ObjectType({ description: '公開された支援依頼（匿名）: 市区町村名・支援の種類・段階・期間のみ' })
export class PublishedSupportRequest {
  @Field(() => ID)
  id: string;

  @Field()
  prefectureCode: string;

  @Field()
  municipalityCode: string;

  @Field(() => [SupportType], { description: 'Most important first' })
  supportTypes: SupportType[];

  @Field(() => Step)
  step: Step;

  @Field(() => SupportPhase, { nullable: true })
  phase: SupportPhase | null;

  @Field()
  desiredStart: string;

  @Field(() => Int)
  durationMonths: number;

  @Field(() => RequestFormat)
  format: RequestFormat;

  @Field(() => FundingRoute)
  fundingRoute: FundingRoute;

  @Field()
  openedAt: Date;

  @Field(() => [ID], { description: "Your organization's profiles that marked interest in it" })
  interestedSupporterIds: string[];
}

@ObjectType()
export class PublishedSupportRequestEdge {
  @Field()
  cursor: string;

  @Field(() => PublishedSupportRequest)
  node: PublishedSupportRequest;
}

@ObjectType()
export class PublishedSupportRequestConnection {
  @Field(() => [PublishedSupportRequestEdge])
  edges: PublishedSupportRequestEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
