import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { MatchExplanationCode, MatchFactor, MatchFlag, SupportRequestAction, type MatchExplanationParams } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import { SupportRequest } from './support-request.entity';

registerEnumType(SupportRequestAction, { name: 'SupportRequestAction', description: 'Lifecycle actions on a support request' });
registerEnumType(MatchFactor, { name: 'MatchFactor', description: 'A factor of the match score (weights in shared/src/matching.ts)' });
registerEnumType(MatchExplanationCode, {
  name: 'MatchExplanationCode',
  description: 'Why a factor gave its points; the client words it with the parameters (shared/src/matching.ts)',
});
registerEnumType(MatchFlag, { name: 'MatchFlag', description: 'A warning shown beside a match; flagged supporters still rank' });

@ObjectType()
export class SupportRequestEdge {
  @Field()
  cursor: string;

  @Field(() => SupportRequest)
  node: SupportRequest;
}

@ObjectType()
export class SupportRequestConnection {
  @Field(() => [SupportRequestEdge])
  edges: SupportRequestEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: "Why a factor gave its points: a code and the parameters its sentence needs" })
export class MatchExplanation {
  @Field(() => MatchExplanationCode)
  code: MatchExplanationCode;

  @Field(() => GraphQLJSON, {
    description:
      'The parameters of the code, as in MatchExplanationParams (shared/src/matching.ts): count, total, supportType(s), covered, municipalityName, prefectureCode, prefectureName, neighbourPrefectureCodes/Names, availability, days, free, fundingRoute, feeYen, budgetMaxYen, feeWithinBudget, step, years, verified',
  })
  params: MatchExplanationParams;
}

@ObjectType({ description: "One factor's contribution to a match score" })
export class MatchReason {
  @Field(() => MatchFactor)
  factor: MatchFactor;

  @Field(() => Int, { description: 'Maximum points of the factor' })
  weight: number;

  @Field(() => Int, { description: 'Points earned (0–weight)' })
  points: number;

  @Field(() => MatchExplanation, { description: 'Why, as a code with parameters the client words in the viewer’s language' })
  explanation: MatchExplanation;
}

@ObjectType({ description: 'A supporter ranked against a support request' })
export class SupporterMatch {
  @Field(() => SupporterProfile)
  supporter: SupporterProfile;

  @Field(() => Int, { description: '0–100, the sum of the reasons’ points' })
  score: number;

  @Field(() => [MatchReason], { description: 'One per factor, in the fixed factor order' })
  reasons: MatchReason[];

  @Field(() => [MatchFlag])
  flags: MatchFlag[];
}
