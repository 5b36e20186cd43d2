import { SITE_PAGES, type SitePageSlug } from '@tsunagu/shared';

/** The slug of a `/pages/<path>` address, if it is one of the pages. */
export function slugOfPath(path: string | undefined): SitePageSlug | undefined {
  return SITE_PAGES.find((page) => page.path === path)?.slug;
}

/** The address of a page. */
export function pathOfSlug(slug: SitePageSlug): string {
  return `/pages/${SITE_PAGES.find((page) => page.slug === slug)?.path ?? ''}`;
}
