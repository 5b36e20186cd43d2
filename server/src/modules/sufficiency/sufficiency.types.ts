import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SufficiencyClass, SufficiencyExplanationCode, SufficiencyPlaceKind, SupportType } from '@tsunagu/shared';

registerEnumType(SufficiencyClass, { name: 'SufficiencyClass', description: "充足状況: the survey's four answers, UNKNOWN only without demand data" });
registerEnumType(SufficiencyExplanationCode, { name: 'SufficiencyExplanationCode' });
registerEnumType(SufficiencyPlaceKind, { name: 'SufficiencyPlaceKind', description: 'How the area is named in a sentence (市内, 町内, 県内, …)' });

@ObjectType({ description: 'An explanation as a code and the figures its sentence needs (shared/src/sufficiency.ts words it)' })
export class SufficiencyExplanationType {
  @Field(() => SufficiencyExplanationCode)
  code: SufficiencyExplanationCode;

  @Field(() => SufficiencyPlaceKind)
  placeKind: SufficiencyPlaceKind;

  @Field({ description: '都, 道, 府 or 県 for a prefecture, else empty' })
  placeSuffix: string;

  @Field(() => SupportType, { nullable: true })
  supportType: SupportType | null;

  @Field(() => Int)
  rmos: number;

  @Field(() => Int)
  requests: number;

  @Field(() => Int)
  unmet: number;

  @Field(() => Int)
  supply: number;

  @Field(() => Int)
  freePlaces: number;

  @Field(() => Int)
  wantedTypes: number;

  @Field(() => Int)
  otherShortTypes: number;
}

@ObjectType({ description: 'Demand signals for one type' })
export class TypeDemandType {
  @Field(() => Int, { description: 'RMOs whose record wants the type' })
  rmos: number;

  @Field(() => Int, { description: 'Open requests wanting it' })
  requests: number;

  @Field(() => Int, { description: 'Offers for it declined at capacity or outside the area, or expired, in the last 12 months' })
  unmet: number;
}

@ObjectType({ description: 'Fresh, accepting supporters of one type, by tier; free places and verification apart' })
export class TypeSupplyType {
  @Field(() => Int, { description: 'Serving the area (the municipality itself or its whole prefecture; for a prefecture any part): what the rule counts' })
  serving: number;

  @Field(() => Int)
  freePlaces: number;

  @Field(() => Int)
  verified: number;

  @Field(() => Int)
  municipality: number;

  @Field(() => Int)
  prefectureWide: number;

  @Field(() => Int)
  inPrefecture: number;

  @Field(() => Int)
  neighbour: number;

  @Field(() => Int)
  remoteOnly: number;
}

@ObjectType()
export class TypeSufficiencyType {
  @Field(() => SupportType)
  supportType: SupportType;

  @Field({ description: 'Anyone here wants it' })
  wanted: boolean;

  @Field(() => SufficiencyClass)
  classification: SufficiencyClass;

  @Field(() => TypeDemandType)
  demand: TypeDemandType;

  @Field(() => TypeSupplyType)
  supply: TypeSupplyType;

  @Field(() => SufficiencyExplanationType)
  explanation: SufficiencyExplanationType;
}

@ObjectType({ description: 'One month of an area’s trend (the monthly snapshot)' })
export class SufficiencyTrendPoint {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => SufficiencyClass)
  classification: SufficiencyClass;

  @Field(() => Int)
  demand: number;

  @Field(() => Int)
  supply: number;
}

@ObjectType({ description: 'A prefecture or municipality: aggregates only, never names of RMOs or requests' })
export class Sufficiency {
  @Field({ description: 'The prefecture code, or the municipality code' })
  areaCode: string;

  @Field()
  prefectureCode: string;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field()
  name: string;

  @Field(() => SufficiencyClass)
  classification: SufficiencyClass;

  @Field(() => SufficiencyExplanationType)
  explanation: SufficiencyExplanationType;

  @Field(() => [SupportType], { description: 'Wanted types with no supply, most wanted first' })
  missingTypes: SupportType[];

  @Field(() => [SupportType], { description: 'Wanted types with too little supply, tightest first' })
  scarceTypes: SupportType[];

  @Field(() => Int, { description: 'Distinct fresh, accepting supporters serving the area' })
  supplyTotal: number;

  @Field(() => Int, { description: 'All demand signals, one per type each names' })
  demandTotal: number;

  @Field(() => [TypeSufficiencyType])
  types: TypeSufficiencyType[];
}

@ObjectType()
export class SufficiencyMonthCount {
  @Field()
  month: string;

  @Field(() => SufficiencyClass)
  classification: SufficiencyClass;

  @Field(() => Int)
  areas: number;
}

@ObjectType({ description: 'The national picture: every prefecture and the monthly trend' })
export class SufficiencyMap {
  @Field(() => [Sufficiency])
  prefectures: Sufficiency[];
}
