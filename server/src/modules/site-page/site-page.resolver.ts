import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { SitePageSlug, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from '../account/viewer';
import { SitePage } from './site-page.entity';
import { SitePageInput } from './site-page.inputs';

@Resolver(() => SitePage)
export class SitePageResolver {
  @Query(() => SitePage, { description: 'A public-service page (anyone)' })
  sitePage(@Arg('slug', () => SitePageSlug) slug: SitePageSlug, @Ctx() ctx: RequestContext): Promise<SitePage> {
    return ctx.services.sitePages.get(slug);
  }

  @Query(() => [SitePage], { description: 'Every public-service page, in footer order' })
  sitePages(@Ctx() ctx: RequestContext): Promise<SitePage[]> {
    return ctx.services.sitePages.list();
  }

  @Authorized(UserRole.OPERATOR)
  @Mutation(() => SitePage, { description: "Replaces a page's text (operators only; audited)" })
  updateSitePage(
    @Arg('slug', () => SitePageSlug) slug: SitePageSlug,
    @Arg('input', () => SitePageInput) input: SitePageInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<SitePage> {
    return ctx.services.sitePages.update(viewer, slug, input);
  }
}
