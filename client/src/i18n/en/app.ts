import type { Messages } from '../ja';

/** English messages: app, nav, notFound. */
export const app: Pick<Messages, 'app' | 'nav' | 'notFound'> = {
  app: {
    name: 'Tsunagu',
    tagline: 'Connecting regional management organizations with intermediary supporters',
    skipToContent: 'Skip to main content',
    loadingPage: 'Loading the page…',
    languageSwitch: 'Language',
    footerNote: 'Tsunagu helps you find intermediary supporters for the flexible optimization of regional management organizations.',
  },
  nav: {
    label: 'Account menu',
    search: 'Find supporters',
    home: 'Home',
    sufficiency: 'Sufficiency map',
    requests: 'Support requests',
    publishedRequests: 'Published requests',
    introductions: 'Introduction requests',
    offers: 'Approaches received',
    rmos: 'RMOs',
    myProfiles: 'My profiles',
    verification: 'Profile verification',
    audit: 'Audit log',
    sitePages: 'Site pages',
    mail: 'Mail',
    engagements: 'Engagements',
    cases: 'Case library',
    organization: 'Organization and members',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page may have been moved or removed.',
    home: 'Go to supporter search',
  },
};
