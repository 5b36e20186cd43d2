import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterFilter } from './supporter.inputs';
import { ServiceArea, SupporterConnection, SupporterContact, SupporterFacets } from './supporter.types';

@Resolver(() => SupporterProfile)
export class SupporterResolver {
  @Query(() => SupporterConnection, {
    description: 'Searches the catalogue. Relevance order with text; otherwise freshest availability confirmation first.',
  })
  supporters(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SupporterFilter, { nullable: true }) filter?: SupporterFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<SupporterConnection> {
    return ctx.services.supporters.search(filter, first, after);
  }

  @Query(() => SupporterProfile, { nullable: true, description: 'One supporter, or null if there is none with this id' })
  supporter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupporterProfile | null> {
    return ctx.services.supporters.findById(id);
  }

  @FieldResolver(() => ServiceArea)
  async serviceArea(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<ServiceArea> {
    const places = await ctx.loaders.supporters.serviceArea.load(profile.id);
    return { ...places, remoteAvailable: profile.remoteAvailable };
  }

  @FieldResolver(() => SupporterContact, {
    nullable: true,
    description: 'Email and phone; null unless the caller is a signed-in municipality, prefecture, RMO or operator user',
  })
  contact(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): SupporterContact | null {
    if (!ctx.viewer?.canSeeContactDetails) return null;
    return { email: profile.contactEmail, phone: profile.contactPhone };
  }
}

@Resolver(() => SupporterConnection)
export class SupporterConnectionResolver {
  @FieldResolver(() => Int, { description: 'Number of supporters matching the filter' })
  async totalCount(@Root() connection: SupporterConnection): Promise<number> {
    return (await connection.summary()).totalCount;
  }

  @FieldResolver(() => SupporterFacets)
  async facets(@Root() connection: SupporterConnection): Promise<SupporterFacets> {
    return (await connection.summary()).facets;
  }
}
