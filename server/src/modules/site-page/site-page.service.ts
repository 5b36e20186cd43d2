import type { DataSource } from 'typeorm';
import { SITE_PAGES, textOrNull, type SitePageSlug } from '@tsunagu/shared';
import type { Viewer } from '../account/viewer';
import type { AuditService } from '../audit/audit.service';
import { SitePage } from './site-page.entity';
import type { SitePageInput } from './site-page.inputs';

const ENTITY_TYPE = 'SitePage';

function snapshot(page: SitePage): Record<string, unknown> {
  return { title: page.title, body: page.body, titleEn: page.titleEn, bodyEn: page.bodyEn };
}

/** The footer's pages: anyone reads them, operators replace their text (audited). */
export class SitePageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** One page (every slug has a row from the migration). */
  get(slug: SitePageSlug): Promise<SitePage> {
    return this.dataSource.getRepository(SitePage).findOneByOrFail({ slug });
  }

  /** Every page, in footer order. */
  async list(): Promise<SitePage[]> {
    const pages = await this.dataSource.getRepository(SitePage).find();
    return SITE_PAGES.map(({ slug }) => pages.find((page) => page.slug === slug)).filter((page): page is SitePage => Boolean(page));
  }

  /** Replaces a page's text, with the before and after in the audit log, in one transaction. */
  async update(viewer: Viewer, slug: SitePageSlug, input: SitePageInput): Promise<SitePage> {
    return this.dataSource.transaction(async (manager) => {
      const pages = manager.getRepository(SitePage);
      const page = await pages.findOneOrFail({ where: { slug }, lock: { mode: 'pessimistic_write' } });
      const before = snapshot(page);
      Object.assign(page, {
        title: input.title.trim(),
        body: input.body.trim(),
        titleEn: textOrNull(input.titleEn),
        bodyEn: textOrNull(input.bodyEn),
      });
      const saved = await pages.save(page);
      await this.audit.record(manager, viewer, { action: 'updateSitePage', entityType: ENTITY_TYPE, entityId: slug, before, after: snapshot(saved) });
      return saved;
    });
  }
}
