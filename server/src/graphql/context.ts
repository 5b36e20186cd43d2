import type { Request, Response } from 'express';
import { httpExchange, type HttpExchange } from '../http/http-exchange';
import { parseCookie as parseCookies } from 'cookie';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { systemClock, type Clock } from '../common/clock';
import { SESSION_COOKIE, SessionService } from '../modules/account/session.service';
import { createAccountLoaders, type AccountLoaders } from '../modules/account/account.loaders';
import { AccountService } from '../modules/account/account.service';
import { InvitationService } from '../modules/account/invitation.service';
import { MailService } from '../modules/mail/mail.service';
import { MailSeal } from '../modules/mail/mail-seal';
import { CopyingTransport, DevMailboxTransport, SmtpTransport } from '../modules/mail/mail-transport';
import type { Viewer } from '../modules/account/viewer';
import { AuditService } from '../modules/audit/audit.service';
import { ReferenceService } from '../modules/reference/reference.service';
import { createSupporterLoaders, type SupporterLoaders } from '../modules/supporter/supporter.loaders';
import { SupporterService } from '../modules/supporter/supporter.service';
import { SupporterProfileService } from '../modules/supporter/supporter-profile.service';
import { createAuditLoaders, type AuditLoaders } from '../modules/audit/audit.loaders';
import { SitePageService } from '../modules/site-page/site-page.service';
import { SupporterFreshnessService } from '../modules/supporter/supporter-freshness.service';
import { RmoService } from '../modules/rmo/rmo.service';
import { SupportRequestService } from '../modules/support-request/support-request.service';
import { PublishedRequestService } from '../modules/published-request/published-request.service';
import { MatchingService } from '../modules/matching/matching.service';
import { SupporterCatalogue } from '../modules/catalogue/catalogue';
import { CatalogueSearchStrategy } from '../modules/catalogue/catalogue-search-strategy';
import { createSupportRequestLoaders, type SupportRequestLoaders } from '../modules/support-request/support-request.loaders';
import { JobQueue } from '../jobs/job-queue';
import { NotificationService } from '../modules/notification/notification.service';
import { IntroductionService } from '../modules/offer/introduction.service';
import { OfferEvents } from '../modules/offer/offer-events';
import { OfferService } from '../modules/offer/offer.service';
import { OfferThreadService } from '../modules/offer/offer-thread.service';
import { createOfferLoaders, type OfferLoaders } from '../modules/offer/offer.loaders';
import { databaseUrlOf } from '../db/data-source';
import { SufficiencyService } from '../modules/sufficiency/sufficiency.service';
import { EngagementService } from '../modules/engagement/engagement.service';
import { createEngagementLoaders, type EngagementLoaders } from '../modules/engagement/engagement.loaders';
import { CaseStudyService } from '../modules/case-study/case-study.service';

export type { HttpExchange, Viewer };

/** Long-lived services, created once per server. */
export interface Services {
  config: AppConfig;
  /** The time every deadline and schedule reads (tests pass a ManualClock). */
  clock: Clock;
  dataSource: DataSource;
  /** Background work: mail delivery and scheduled sweeps. */
  jobs: JobQueue;
  reference: ReferenceService;
  /** The in-memory read model of the listed supporters: search and matching read it. */
  catalogue: SupporterCatalogue;
  sessions: SessionService;
  supporters: SupporterService;
  audit: AuditService;
  supporterProfiles: SupporterProfileService;
  /** The scheduled sweep that marks aging profiles and sends reconfirmation reminders. */
  supporterFreshness: SupporterFreshnessService;
  mail: MailService;
  /** Where mail goes without SMTP_URL (development and test); null when SMTP_URL is set. */
  devMailbox: DevMailboxTransport | null;
  accounts: AccountService;
  invitations: InvitationService;
  rmos: RmoService;
  sitePages: SitePageService;
  supportRequests: SupportRequestService;
  publishedRequests: PublishedRequestService;
  matching: MatchingService;
  /** The inbox, delivery choices, immediate mails and the daily digest; `notify` is called inside business transactions. */
  notifications: NotificationService;
  /** Introduction requests to prefectures (紹介依頼) and their queue. */
  introductions: IntroductionService;
  /** Offers to supporters: approaches, proposals, answers, confirmation, deadlines. */
  offers: OfferService;
  /** Each offer's message thread and read state. */
  offerThreads: OfferThreadService;
  /** Sufficiency (充足状況) of prefectures and municipalities, and its monthly snapshots. */
  sufficiency: SufficiencyService;
  /** Engagements through the five steps: checklist, activity log, OJT, wrap-up review. */
  engagements: EngagementService;
  /** The case library: drafted, approved, published, searched. */
  caseStudies: CaseStudyService;
}

export interface RequestContext {
  services: Services;
  loaders: { supporters: SupporterLoaders; organizations: AccountLoaders; supportRequests: SupportRequestLoaders; offers: OfferLoaders; audit: AuditLoaders; engagements: EngagementLoaders };
  viewer: Viewer | null;
  http: HttpExchange | null;
}

export function createServices(dataSource: DataSource, config: AppConfig, clock: Clock = systemClock): Services {
  const reference = new ReferenceService(dataSource);
  const catalogue = new SupporterCatalogue(dataSource);
  const audit = new AuditService();
  const sessions = new SessionService(dataSource, { secret: config.sessionSecret, ttlHours: config.sessionTtlHours });
  const jobs = new JobQueue({ databaseUrl: databaseUrlOf(dataSource), clock, concurrency: config.jobConcurrency });
  const seal = new MailSeal(config.mailEncryptionKey);
  // loadConfig refuses a development mailbox in production, and no mailbox without SMTP_URL elsewhere.
  // loadConfig refuses production without SMTP_URL or with DEV_MAILBOX, so the mailbox never serves production.
  const devMailbox = config.devMailbox || !config.smtpUrl ? new DevMailboxTransport(dataSource, seal) : null;
  const smtp = config.smtpUrl ? new SmtpTransport(config.smtpUrl) : null;
  const transport = smtp && devMailbox ? new CopyingTransport(smtp, devMailbox) : (smtp ?? devMailbox!);
  const mail = new MailService(dataSource, jobs, seal, transport, config.mailFrom, audit);
  const notifications = new NotificationService(dataSource, mail, audit, clock, config.appBaseUrl);
  const supportRequests = new SupportRequestService(dataSource, reference, audit, notifications);
  const accounts = new AccountService(dataSource, config, { mail, jobs, sessions, audit });
  const events = new OfferEvents(notifications, reference);
  const introductions = new IntroductionService({ dataSource, supportRequests, audit, notifications, clock, config: config.offers });
  const offers = new OfferService({ dataSource, supportRequests, introductions, audit, jobs, events, clock, config: config.offers });
  // Closing or withdrawing a request closes its live offers in the same transaction.
  supportRequests.onEnded((manager, requestId, viewer) => offers.closeForEndedRequest(manager, requestId, viewer));
  const engagements = new EngagementService({ dataSource, audit, notifications, clock });
  return {
    config,
    clock,
    dataSource,
    jobs,
    reference,
    catalogue,
    sessions,
    supporters: new SupporterService(dataSource, reference, config.freshness, new CatalogueSearchStrategy(catalogue)),
    audit,
    supporterProfiles: new SupporterProfileService(dataSource, reference, audit, notifications),
    supporterFreshness: new SupporterFreshnessService(dataSource, notifications, config.freshness, config.appBaseUrl),
    mail,
    devMailbox,
    accounts,
    invitations: new InvitationService(dataSource, config, { reference, mail, accounts, sessions, audit }),
    rmos: new RmoService(dataSource, reference, audit),
    sitePages: new SitePageService(dataSource, audit),
    supportRequests,
    publishedRequests: new PublishedRequestService(dataSource, supportRequests, audit, notifications),
    matching: new MatchingService(dataSource, reference, config.freshness, catalogue),
    notifications,
    introductions,
    offers,
    offerThreads: new OfferThreadService({ dataSource, offers, audit, events, clock }),
    sufficiency: new SufficiencyService(dataSource, reference, catalogue, config.freshness, clock),
    engagements,
    caseStudies: new CaseStudyService({ dataSource, engagements, reference, audit, notifications, clock }),
  };
}

/** A fresh context per request (DataLoader caches never outlive it); the session cookie gives the viewer. */
export async function createRequestContext(
  services: Services,
  exchange?: { req: Request; res: Response },
): Promise<RequestContext> {
  const token = exchange ? parseCookies(exchange.req.headers.cookie ?? '')[SESSION_COOKIE] : undefined;
  return {
    services,
    loaders: {
      supporters: createSupporterLoaders(services.dataSource, services.reference),
      organizations: createAccountLoaders(services.dataSource),
      supportRequests: createSupportRequestLoaders(services.dataSource),
      offers: createOfferLoaders(services.dataSource),
      audit: createAuditLoaders(services.dataSource),
      engagements: createEngagementLoaders(services.dataSource),
    },
    viewer: token ? await services.sessions.resolveViewer(token) : null,
    http: exchange ? httpExchange(exchange.req, exchange.res, services.config.secureCookies) : null,
  };
}
