import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FundingRoute, RequestFormat, Step, SupportPhase, SupportRequestStatus, SupportType } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { IntroductionRequest } from './introduction-request.entity';
import { Offer } from './offer.entity';

@ObjectType()
export class OfferEdge {
  @Field()
  cursor: string;

  @Field(() => Offer)
  node: Offer;
}

@ObjectType()
export class OfferConnection {
  @Field(() => [OfferEdge])
  edges: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class IntroductionRequestEdge {
  @Field()
  cursor: string;

  @Field(() => IntroductionRequest)
  node: IntroductionRequest;
}

@ObjectType()
export class IntroductionRequestConnection {
  @Field(() => [IntroductionRequestEdge])
  edges: IntroductionRequestEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

/**
 * The request as an offer's parties read it — the supporter included, from the moment the offer is
 * made: the full text and terms, and the names of the RMOs concerned (nothing else of them).
 */
@ObjectType({ description: '打診・紹介を受けた支援者にも見える依頼の全文' })
export class OfferedRequest {
  @Field(() => ID)
  id: string;

  @Field(() => SupportRequestStatus)
  status: SupportRequestStatus;

  @Field()
  title: string;

  @Field()
  background: string;

  @Field(() => [SupportType])
  supportTypes: SupportType[];

  @Field(() => Step, { nullable: true })
  step: Step | null;

  @Field(() => SupportPhase, { nullable: true })
  phase: SupportPhase | null;

  @Field(() => String, { nullable: true })
  desiredStart: string | null;

  @Field(() => Int, { nullable: true })
  durationMonths: number | null;

  @Field(() => RequestFormat, { nullable: true })
  format: RequestFormat | null;

  @Field(() => FundingRoute, { nullable: true })
  fundingRoute: FundingRoute | null;

  @Field(() => Int, { nullable: true })
  budgetMinYen: number | null;

  @Field(() => Int, { nullable: true })
  budgetMaxYen: number | null;

  @Field()
  prefectureCode: string;

  @Field()
  municipalityCode: string;

  @Field(() => [String], { description: 'Names of the RMOs it concerns; empty when municipality-wide' })
  rmoNames: string[];
}
