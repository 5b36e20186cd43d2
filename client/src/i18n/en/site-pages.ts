import type { Messages } from '../ja';

/** English messages: the public-service pages and their editor. */
export const sitePages: Pick<Messages, 'sitePages'> = {
  sitePages: {
    footerLabel: 'About this service',
    links: {
      TERMS: 'Terms of use',
      PRIVACY: 'Privacy policy',
      OPERATOR: 'Operator',
      ACCESSIBILITY: 'Accessibility',
      CONTACT: 'Contact',
    },
    loading: 'Loading the page…',
    updatedAt: 'Last updated: {{date}}',
    adminTitle: 'Edit the site pages',
    adminLead: 'Edit the text of the five pages linked from the footer. Every change is kept in the audit log.',
    edit: 'Edit',
    view: 'View the page',
    editTitle: 'Edit “{{title}}”',
    backToList: 'Back to the pages',
    japaneseLegend: 'Japanese (required)',
    englishLegend: 'English (optional)',
    englishHint: 'Shown when the site is in English; without it, the Japanese text is shown.',
    titleJa: 'Title',
    bodyJa: 'Text',
    titleEn: 'Title (English)',
    bodyEn: 'Text (English)',
    bodyHint: 'A line starting with "## " is a heading, one starting with "- " a list item; a blank line ends a paragraph. URLs stay plain text, not links.',
    saved: 'Saved.',
  },
};
