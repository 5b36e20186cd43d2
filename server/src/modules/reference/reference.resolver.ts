import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Municipality } from './municipality.entity';
import { Prefecture } from './prefecture.entity';

@Resolver()
export class ReferenceResolver {
  @Query(() => [Prefecture], { description: 'All 47 prefectures in code order' })
  prefectures(@Ctx() ctx: RequestContext): Promise<Prefecture[]> {
    return ctx.services.reference.prefectures();
  }

  @Query(() => [Municipality], {
    description: 'Current municipalities of a prefecture, with the wards of designated cities, in code order',
  })
  async municipalities(@Arg('prefectureCode') prefectureCode: string, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    await ctx.services.reference.requirePrefecture(prefectureCode, 'prefectureCode');
    return ctx.services.reference.municipalitiesOf(prefectureCode);
  }
}
