import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import type { AreaResult } from './sufficiency.service';
import { Sufficiency, SufficiencyMap, SufficiencyMonthCount, SufficiencyTrendPoint, type TypeSufficiencyType } from './sufficiency.types';

/** The service's result in the schema's shape (tiers as fields). */
export function toSufficiency(area: AreaResult): Sufficiency {
  return {
    areaCode: area.areaCode,
    prefectureCode: area.prefectureCode,
    municipalityCode: area.municipalityCode,
    name: area.name,
    classification: area.classification,
    explanation: area.explanation,
    missingTypes: area.missingTypes,
    scarceTypes: area.scarceTypes,
    supplyTotal: area.supplyTotal,
    demandTotal: area.demandTotal,
    types: area.types.map(
      (t): TypeSufficiencyType => ({
        supportType: t.supportType,
        wanted: t.wanted,
        classification: t.classification,
        demand: t.demand,
        explanation: t.explanation,
        supply: {
          serving: t.supply.serving,
          freePlaces: t.supply.freePlaces,
          verified: t.supply.verified,
          municipality: t.supply.byTier.MUNICIPALITY,
          prefectureWide: t.supply.byTier.PREFECTURE_WIDE,
          inPrefecture: t.supply.byTier.IN_PREFECTURE,
          neighbour: t.supply.byTier.NEIGHBOUR,
          remoteOnly: t.supply.byTier.REMOTE_ONLY,
        },
      }),
    ),
  };
}

/** Sufficiency is public: aggregates only, so anonymous visitors read it too (RMO and request names come from their own, guarded queries). */
@Resolver(() => Sufficiency)
export class SufficiencyResolver {
  @Query(() => Sufficiency, { description: 'A prefecture (prefectureCode) or a municipality (municipalityCode): classification, supply and demand by type, explanation' })
  async sufficiency(
    @Ctx() ctx: RequestContext,
    @Arg('prefectureCode', () => String, { nullable: true }) prefectureCode?: string | null,
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode?: string | null,
  ): Promise<Sufficiency> {
    return toSufficiency(await ctx.services.sufficiency.area(prefectureCode, municipalityCode));
  }

  @Query(() => SufficiencyMap, { description: 'All 47 prefectures, for the national view' })
  async sufficiencyMap(@Ctx() ctx: RequestContext): Promise<SufficiencyMap> {
    return { prefectures: (await ctx.services.sufficiency.map()).map(toSufficiency) };
  }

  @FieldResolver(() => [Sufficiency], { nullable: true, description: "A prefecture's municipalities (designated cities with their wards); null for a municipality" })
  async municipalities(@Root() area: Sufficiency, @Ctx() ctx: RequestContext): Promise<Sufficiency[] | null> {
    if (area.municipalityCode) return null;
    return (await ctx.services.sufficiency.municipalitiesOf(area.prefectureCode)).map(toSufficiency);
  }

  @FieldResolver(() => [SufficiencyTrendPoint], { description: 'The last twelve monthly snapshots, oldest first' })
  trend(@Root() area: Sufficiency, @Ctx() ctx: RequestContext): Promise<SufficiencyTrendPoint[]> {
    return ctx.services.sufficiency.trend(area.areaCode) as Promise<SufficiencyTrendPoint[]>;
  }
}

@Resolver(() => SufficiencyMap)
export class SufficiencyMapResolver {
  @FieldResolver(() => [SufficiencyMonthCount], { description: 'The last twelve months: prefectures per class' })
  trend(@Ctx() ctx: RequestContext): Promise<SufficiencyMonthCount[]> {
    return ctx.services.sufficiency.nationalTrend() as Promise<SufficiencyMonthCount[]>;
  }
}
