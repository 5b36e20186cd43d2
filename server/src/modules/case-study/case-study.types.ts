import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination';
import { CaseStudy } from './case-study.entity';

@ObjectType()
export class CaseStudyEdge {
  @Field()
  cursor: string;

  @Field(() => CaseStudy)
  node: CaseStudy;
}

@ObjectType()
export class CaseStudyConnection {
  @Field(() => [CaseStudyEdge])
  edges: CaseStudyEdge[];

  @Field(() => Int, { description: 'Published cases matching the search' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
