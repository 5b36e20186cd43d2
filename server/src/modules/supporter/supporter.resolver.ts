import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { TrackRecordKind, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { canSeeUnlisted, ownsProfile } from './supporter-access';
import { SupporterProfile } from './supporter-profile.entity';
import { SupporterFilter } from './supporter.inputs';
import { ServiceArea, SupporterConnection, SupporterContact, SupporterFacets, TrackRecordPlace } from './supporter.types';

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

  @Query(() => SupporterProfile, {
    nullable: true,
    description: 'One supporter, or null if there is none with this id (or it is archived and you are neither its owner nor an operator)',
  })
  supporter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupporterProfile | null> {
    return ctx.services.supporters.findById(ctx.viewer, id);
  }

  @FieldResolver(() => Boolean, { description: 'Availability not confirmed for the stale threshold (90 days by default): ranks lower in search' })
  isStale(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.supporters.freshnessOf(profile).isStale;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the profile turns stale unless its availability is reconfirmed; null once archived',
  })
  reconfirmationDueAt(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Date | null {
    return ctx.services.supporters.freshnessOf(profile).reconfirmationDueAt;
  }

  @FieldResolver(() => Boolean, {
    description: 'Left out of search: archived, a draft without support types, or not confirmed for the hidden threshold (180 days by default)',
  })
  hiddenFromSearch(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.supporters.freshnessOf(profile).hiddenFromSearch;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The verifier's reason or notes; null except to the owner, prefecture staff and operators",
  })
  verificationReason(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): string | null {
    const mayRead = canSeeUnlisted(ctx.viewer, profile) || ctx.viewer?.role === UserRole.PREFECTURE_STAFF;
    return mayRead ? profile.verificationReason : null;
  }

  @FieldResolver(() => [TrackRecordPlace], {
    description:
      'Introductions and engagements by place. Signed-in users see each municipality; anonymous visitors only totals per prefecture. Never which request, RMO or when.',
  })
  async trackRecord(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<TrackRecordPlace[]> {
    const counts = await ctx.loaders.supporters.trackRecordCounts.load(profile.id);
    const { prefectureByCode, municipalityByCode } = await ctx.services.reference.lookup();
    const signedIn = ctx.viewer !== null;
    const places = new Map<string, TrackRecordPlace>();
    for (const count of counts) {
      const prefecture = prefectureByCode.get(count.prefectureCode);
      if (!prefecture) continue;
      // Anonymous visitors learn where a supporter has worked, not with which municipality.
      const municipality = signedIn && count.municipalityCode ? (municipalityByCode.get(count.municipalityCode) ?? null) : null;
      const key = `${prefecture.code}:${municipality?.code ?? ''}`;
      const place = places.get(key) ?? { prefecture, municipality, introductions: 0, engagements: 0, latestYear: null };
      if (count.kind === TrackRecordKind.ENGAGEMENT) place.engagements += count.count;
      else place.introductions += count.count;
      if (signedIn && count.latestYear !== null) place.latestYear = Math.max(place.latestYear ?? 0, count.latestYear);
      places.set(key, place);
    }
    return [...places.values()];
  }

  @FieldResolver(() => ServiceArea)
  async serviceArea(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): Promise<ServiceArea> {
    const places = await ctx.loaders.supporters.serviceArea.load(profile.id);
    return { ...places, remoteAvailable: profile.remoteAvailable };
  }

  @FieldResolver(() => SupporterContact, {
    nullable: true,
    description: "Email and phone; null unless the caller is a signed-in municipality, prefecture, RMO or operator user, or the profile's owner",
  })
  contact(@Root() profile: SupporterProfile, @Ctx() ctx: RequestContext): SupporterContact | null {
    if (!ctx.viewer?.canSeeContactDetails && !ownsProfile(ctx.viewer, profile)) return null;
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
