import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalityTier, SupportType, SupporterSort } from '@tsunagu/shared';
import { PageInfo } from '../../graphql/pagination';
import { Municipality } from '../reference/municipality.entity';
import { Prefecture } from '../reference/prefecture.entity';
import { SupporterProfile } from './supporter-profile.entity';

@ObjectType({ simpleResolvers: true, description: 'Where a supporter works' })
export class ServiceArea {
  @Field(() => [Prefecture], { description: 'Prefectures served as a whole' })
  prefectures: Prefecture[];

  @Field(() => [Municipality], { description: 'Individual municipalities served' })
  municipalities: Municipality[];

  @Field({ description: 'Also works outside these areas, online or by travelling' })
  remoteAvailable: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'How to reach a supporter; shown only to signed-in public-sector users' })
export class SupporterContact {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({
  simpleResolvers: true,
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

  @Field(() => Int, { description: 'Completed engagements it took part in as an OJT trainee' })
  ojt: number;

  @Field(() => Int, { nullable: true, description: 'The latest year recorded; null for anonymous visitors' })
  latestYear: number | null;
}

registerEnumType(LocalityTier, {
  name: 'LocalityTier',
  description: 'How near a supporter is to the searched place, nearest first (a ward counts as its city and a city as its wards)',
});
registerEnumType(SupporterSort, { name: 'SupporterSort', description: 'Orders of the supporter search' });

@ObjectType({ simpleResolvers: true })
export class SupporterEdge {
  @Field()
  cursor: string;

  @Field(() => SupporterProfile)
  node: SupporterProfile;

  @Field(() => LocalityTier, { nullable: true, description: 'How near the supporter is to the searched area; null without an area' })
  locality: LocalityTier | null;
}

@ObjectType({ simpleResolvers: true })
export class SupportTypeFacet {
  @Field(() => SupportType)
  value: SupportType;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class PrefectureFacet {
  @Field()
  code: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class LocalityFacet {
  @Field(() => LocalityTier)
  tier: LocalityTier;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts over the whole filtered set (not just the page)' })
export class SupporterFacets {
  @Field(() => [SupportTypeFacet], { description: 'Every support type, in the survey order, with its count' })
  supportTypes: SupportTypeFacet[];

  @Field(() => [PrefectureFacet], {
    description:
      'Per prefecture, how many supporters matching every criterion but the area serve it (whole or part); prefectures with none left out; code order',
  })
  prefectures: PrefectureFacet[];

  @Field(() => [LocalityFacet], { description: 'With an area: the set per locality tier, nearest first (tiers with none left out); empty without one' })
  localities: LocalityFacet[];

  @Field(() => Int, { description: 'With an area: how many of the set reach it only by working remotely (0 without an area)' })
  remoteOnly: number;
}

@ObjectType({ simpleResolvers: true })
export class SupporterConnection {
  @Field(() => [SupporterEdge])
  edges: SupporterEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Number of supporters matching the filter' })
  totalCount: number;

  @Field(() => SupporterFacets)
  facets: SupporterFacets;
}
