import { Field, Int, ObjectType } from 'type-graphql';
import { SupportType } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { SupporterProfile } from './supporter-profile.entity';

@ObjectType({ description: 'Where a supporter works' })
export class ServiceArea {
  @Field(() => [Prefecture], { description: 'Prefectures served as a whole' })
  prefectures: Prefecture[];

  @Field(() => [Municipality], { description: 'Individual municipalities served' })
  municipalities: Municipality[];

  @Field({ description: 'Also works outside these areas, online or by travelling' })
  remoteAvailable: boolean;
}

@ObjectType({ description: 'How to reach a supporter; shown only to signed-in public-sector users' })
export class SupporterContact {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({
  description:
    'A supporter’s introductions (紹介実績) and engagements (協働実績) in one place. Anonymous visitors see them per prefecture only; signed-in users per municipality.',
})
export class TrackRecordPlace {
  @Field(() => Prefecture)
  prefecture: Prefecture;

  @Field(() => Municipality, { nullable: true, description: 'Null: the prefecture as a whole (its own work or introductions), or every municipality in it for anonymous visitors' })
  municipality: Municipality | null;

  @Field(() => Int)
  introductions: number;

  @Field(() => Int)
  engagements: number;

  @Field(() => Int, { nullable: true, description: 'The latest year recorded; null for anonymous visitors' })
  latestYear: number | null;
}

@ObjectType()
export class SupporterEdge {
  @Field()
  cursor: string;

  @Field(() => SupporterProfile)
  node: SupporterProfile;
}

@ObjectType()
export class SupportTypeFacet {
  @Field(() => SupportType)
  value: SupportType;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PrefectureFacet {
  @Field()
  code: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over the whole filtered set (not just the page)' })
export class SupporterFacets {
  @Field(() => [SupportTypeFacet], { description: 'Every support type, in the survey order, with its count' })
  supportTypes: SupportTypeFacet[];

  @Field(() => [PrefectureFacet], { description: 'Prefectures served by at least one supporter of the set, in code order' })
  prefectures: PrefectureFacet[];
}

/** Counts and facets are computed only when asked for, in one statement for both. */
export interface FilteredSetSummary {
  totalCount: number;
  facets: SupporterFacets;
}

@ObjectType()
export class SupporterConnection {
  @Field(() => [SupporterEdge])
  edges: SupporterEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Lazily computed summary of the filtered set; not a GraphQL field itself. */
  summary: () => Promise<FilteredSetSummary>;
}
