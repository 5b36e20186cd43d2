import type { Request, Response } from 'express';
import { parseCookie as parseCookies } from 'cookie';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { systemClock, type Clock } from '../common/clock';
import { SESSION_COOKIE, SessionService } from '../modules/account/session.service';
import { createAccountLoaders, type AccountLoaders } from '../modules/account/account.loaders';
import { AccountService } from '../modules/account/account.service';
import { InvitationService } from '../modules/account/invitation.service';
import { OutboxService } from '../modules/outbox/outbox.service';
import type { Viewer } from '../modules/account/viewer';
import { AuditService } from '../modules/audit/audit.service';
import { ReferenceService } from '../modules/reference/reference.service';
import { createSupporterLoaders, type SupporterLoaders } from '../modules/supporter/supporter.loaders';
import { SupporterService } from '../modules/supporter/supporter.service';
import { SupporterProfileService } from '../modules/supporter/supporter-profile.service';
import { RmoService } from '../modules/rmo/rmo.service';
import { SupportRequestService } from '../modules/support-request/support-request.service';
import { MatchingService } from '../modules/matching/matching.service';
import { SupporterCatalogue } from '../modules/catalogue/catalogue';
import { CatalogueSearchStrategy } from '../modules/catalogue/catalogue-search-strategy';
import { createSupportRequestLoaders, type SupportRequestLoaders } from '../modules/support-request/support-request.loaders';
import { JobQueue } from '../jobs/job-queue';
import { databaseUrlOf } from '../db/data-source';

export type { Viewer };

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
  outbox: OutboxService;
  accounts: AccountService;
  invitations: InvitationService;
  rmos: RmoService;
  supportRequests: SupportRequestService;
  matching: MatchingService;
}

/** What a resolver needs about the HTTP exchange: the client address and a way to set cookies. */
export interface HttpExchange {
  clientAddress: string;
  setCookie: (name: string, value: string, options: { expires?: Date; maxAgeMs?: number }) => void;
  clearCookie: (name: string) => void;
}

export interface RequestContext {
  services: Services;
  loaders: { supporters: SupporterLoaders; organizations: AccountLoaders; supportRequests: SupportRequestLoaders };
  viewer: Viewer | null;
  http: HttpExchange | null;
}

export function createServices(dataSource: DataSource, config: AppConfig, clock: Clock = systemClock): Services {
  const reference = new ReferenceService(dataSource);
  const catalogue = new SupporterCatalogue(dataSource);
  const outbox = new OutboxService(config.nodeEnv);
  const accounts = new AccountService(dataSource, config, outbox);
  const audit = new AuditService();
  const jobs = new JobQueue({ databaseUrl: databaseUrlOf(dataSource), clock, concurrency: config.jobConcurrency });
  return {
    config,
    clock,
    dataSource,
    jobs,
    reference,
    catalogue,
    sessions: new SessionService(dataSource, { secret: config.sessionSecret, ttlHours: config.sessionTtlHours }),
    supporters: new SupporterService(dataSource, reference, config.freshness, new CatalogueSearchStrategy(catalogue)),
    audit,
    supporterProfiles: new SupporterProfileService(dataSource, reference, audit),
    outbox,
    accounts,
    invitations: new InvitationService(dataSource, config, reference, outbox, accounts),
    rmos: new RmoService(dataSource, reference, audit),
    supportRequests: new SupportRequestService(dataSource, reference, audit),
    matching: new MatchingService(dataSource, reference, config.freshness, catalogue),
  };
}

/** Cookie handling for one Express exchange (httpOnly, SameSite=Lax, Secure when configured). */
export function httpExchange(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    setCookie: (name, value, { expires, maxAgeMs }) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires, maxAge: maxAgeMs }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
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
    },
    viewer: token ? await services.sessions.resolveViewer(token) : null,
    http: exchange ? httpExchange(exchange.req, exchange.res, services.config.secureCookies) : null,
  };
}
