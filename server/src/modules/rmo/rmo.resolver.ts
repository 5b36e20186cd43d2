import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { Municipality } from '../reference/municipality.entity';
import { canEditRmo } from './rmo-access';
import { Rmo } from './rmo.entity';
import { RmoInput } from './rmo.inputs';

const READERS = [UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF, UserRole.PREFECTURE_STAFF, UserRole.OPERATOR];

@Resolver(() => Rmo)
export class RmoResolver {
  @Authorized(...READERS)
  @Query(() => [Rmo], {
    description: "RMO records by name: your municipality's (municipality and RMO staff), your prefecture's (prefecture staff), or one municipality's (operators)",
  })
  rmos(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode?: string | null,
  ): Promise<Rmo[]> {
    return ctx.services.rmos.list(viewer, municipalityCode);
  }

  @Authorized(...READERS)
  @Query(() => Rmo)
  rmo(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Rmo> {
    return ctx.services.rmos.findById(viewer, id);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF)
  @Mutation(() => Rmo, { description: 'Records an RMO of your municipality (RMO staff: your own RMO, once)' })
  createRmo(@Arg('input', () => RmoInput) input: RmoInput, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Rmo> {
    return ctx.services.rmos.create(viewer, input);
  }

  @Authorized(UserRole.MUNICIPALITY_STAFF, UserRole.RMO_STAFF)
  @Mutation(() => Rmo, { description: 'Replaces every field of an RMO record you keep' })
  updateRmo(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RmoInput) input: RmoInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Rmo> {
    return ctx.services.rmos.update(viewer, id, input);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() rmo: Rmo, @Ctx() ctx: RequestContext): Promise<Municipality> {
    const municipality = await ctx.services.reference.municipalityByCode(rmo.municipalityCode);
    if (!municipality) throw new Error(`RMO ${rmo.id} names unknown municipality ${rmo.municipalityCode}`);
    return municipality;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may edit this record' })
  viewerCanEdit(@Root() rmo: Rmo, @Ctx() ctx: RequestContext): boolean {
    return ctx.viewer !== null && canEditRmo(ctx.viewer, rmo);
  }
}
