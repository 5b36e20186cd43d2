/** The pages every public service shows, linked from the footer; operators edit their text. */
export enum SitePageSlug {
  TERMS = 'TERMS',
  PRIVACY = 'PRIVACY',
  OPERATOR = 'OPERATOR',
  ACCESSIBILITY = 'ACCESSIBILITY',
  CONTACT = 'CONTACT',
}

/** Footer order, and the path segment of each page (`/pages/<path>`). */
export const SITE_PAGES: readonly { slug: SitePageSlug; path: string }[] = [
  { slug: SitePageSlug.TERMS, path: 'terms' },
  { slug: SitePageSlug.PRIVACY, path: 'privacy' },
  { slug: SitePageSlug.OPERATOR, path: 'operator' },
  { slug: SitePageSlug.ACCESSIBILITY, path: 'accessibility' },
  { slug: SitePageSlug.CONTACT, path: 'contact' },
];

export const SITE_PAGE_LIMITS = { titleMaxLength: 100, bodyMaxLength: 20_000 } as const;

/** A page's text as blocks: `## ` starts a heading, `- ` a list item, a blank line ends a paragraph. URLs stay plain text. */
export type TextBlock = { kind: 'heading'; text: string } | { kind: 'list'; items: string[] } | { kind: 'paragraph'; lines: string[] };

/** Splits plain text (as operators write it) into headings, lists and paragraphs; never markup. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    const last = blocks.at(-1);
    if (!line.trim()) {
      if (last) blocks.push({ kind: 'paragraph', lines: [] });
    } else if (line.startsWith('## ')) {
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    } else if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2).trim());
      else blocks.push({ kind: 'list', items: [line.slice(2).trim()] });
    } else if (last?.kind === 'paragraph') {
      last.lines.push(line);
    } else {
      blocks.push({ kind: 'paragraph', lines: [line] });
    }
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.lines.length > 0);
}
