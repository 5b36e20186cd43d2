import { graphql } from '../../../gql';

/** One public-service page, both languages. */
export const SitePageQuery = graphql(`
  query SitePage($slug: SitePageSlug!) {
    sitePage(slug: $slug) {
      slug
      title
      body
      titleEn
      bodyEn
      updatedAt
    }
  }
`);

/** Every page, for the operators' list. */
export const SitePagesQuery = graphql(`
  query SitePages {
    sitePages {
      slug
      title
      updatedAt
    }
  }
`);

/** Replaces a page's text (operators only). */
export const UpdateSitePageMutation = graphql(`
  mutation UpdateSitePage($slug: SitePageSlug!, $input: SitePageInput!) {
    updateSitePage(slug: $slug, input: $input) {
      slug
      title
      body
      titleEn
      bodyEn
      updatedAt
    }
  }
`);
