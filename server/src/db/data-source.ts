import { DataSource, type Logger } from 'typeorm';
import { SitePage } from '../modules/site-page/site-page.entity';
import { SitePages1764461100000 } from './migrations/1764461100000-site-pages';
import type { DatabaseTimeouts } from '../config';
import { migrateJobQueue } from '../jobs/job-queue';
import { Municipality } from '../modules/reference/municipality.entity';
import { Prefecture } from '../modules/reference/prefecture.entity';
import { SupporterProfile } from '../modules/supporter/supporter-profile.entity';
import { SupporterServiceArea } from '../modules/supporter/supporter-service-area.entity';
import { CatalogueSchema1764201600000 } from './migrations/1764201600000-catalogue-schema';
import { ReferenceData1764201600001 } from './migrations/1764201600001-reference-data';
import { Accounts1764288000000 } from './migrations/1764288000000-accounts';
import { AuditLog1764288000050 } from './migrations/1764288000050-audit-log';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Organization } from '../modules/account/organization.entity';
import { User } from '../modules/account/user.entity';
import { UserSession } from '../modules/account/user-session.entity';
import { QueryStatsLogger } from './query-stats';
import { SearchBigrams1764288000300 } from './migrations/1764288000300-search-bigrams';
import { ProfileMaintenance1764288000200 } from './migrations/1764288000200-profile-maintenance';
import { SignInAndOnboarding1764288000100 } from './migrations/1764288000100-sign-in-and-onboarding';
import { Invitation } from '../modules/account/invitation.entity';
import { PasswordResetToken } from '../modules/account/password-reset-token.entity';
import { MailDelivery } from '../modules/mail/mail-delivery.entity';
import { Rmo } from '../modules/rmo/rmo.entity';
import { SupportRequest } from '../modules/support-request/support-request.entity';
import { SupportRequestRmo } from '../modules/support-request/support-request-rmo.entity';
import { SupportRequestInterest } from '../modules/published-request/support-request-interest.entity';
import { SupporterTrackRecord } from '../modules/supporter/supporter-track-record.entity';
import { SupportRequests1764374400000 } from './migrations/1764374400000-support-requests';
import { MatchingCatalogueVersion1764374400100 } from './migrations/1764374400100-matching-catalogue-version';
import { MailDelivery1764460900000 } from './migrations/1764460900000-mail-delivery';
import { SupporterFreshnessNotices1764460900100 } from './migrations/1764460900100-supporter-freshness-notices';
import { SupporterCatalogueChanges1764461000000 } from './migrations/1764461000000-supporter-catalogue-changes';
import { Notifications1764547200000 } from './migrations/1764547200000-notifications';
import { Notification } from '../modules/notification/notification.entity';
import { NotificationPreferenceRow } from '../modules/notification/notification-preference.entity';
import { Offers1764547300000 } from './migrations/1764547300000-offers';
import { Sufficiency1764633600000 } from './migrations/1764633600000-sufficiency';
import { IntroductionRequest } from '../modules/offer/introduction-request.entity';
import { Offer } from '../modules/offer/offer.entity';
import { OfferMessage } from '../modules/offer/offer-message.entity';
import { Engagements1764806400000 } from './migrations/1764806400000-engagements';
import { Engagement } from '../modules/engagement/engagement.entity';
import { CaseStudy } from '../modules/case-study/case-study.entity';

// Append new entities and migrations at the end of these lists.
export const ENTITIES = [
  Prefecture,
  Municipality,
  SupporterProfile,
  SupporterServiceArea,
  Organization,
  User,
  UserSession,
  AuditEntry,
  Invitation,
  PasswordResetToken,
  MailDelivery,
  Rmo,
  SupportRequest,
  SupportRequestRmo,
  SupportRequestInterest,
  SupporterTrackRecord,
  SitePage,
  Notification,
  NotificationPreferenceRow,
  IntroductionRequest,
  Offer,
  OfferMessage,
  Engagement,
  CaseStudy,
];
export const MIGRATIONS = [
  CatalogueSchema1764201600000,
  ReferenceData1764201600001,
  Accounts1764288000000,
  AuditLog1764288000050,
  ProfileMaintenance1764288000200,
  SignInAndOnboarding1764288000100,
  SearchBigrams1764288000300,
  SupportRequests1764374400000,
  MatchingCatalogueVersion1764374400100,
  MailDelivery1764460900000,
  SupporterFreshnessNotices1764460900100,
  SupporterCatalogueChanges1764461000000,
  SitePages1764461100000,
  Notifications1764547200000,
  Offers1764547300000,
  Sufficiency1764633600000,
  Engagements1764806400000,
];

export interface DataSourceOptions {
  url: string;
  logSql?: boolean;
  poolSize?: number;
  /** Session limits for every pooled connection; migrations and seeding run without them. */
  timeouts?: DatabaseTimeouts;
  /** Replaces the statement-counting logger (the benchmark captures statements with its own). */
  logger?: Logger;
}

/** pg pool options that put the timeouts on every connection it opens. */
function poolOptions(poolSize: number, timeouts: DatabaseTimeouts | undefined): Record<string, unknown> {
  if (!timeouts) return { max: poolSize };
  return {
    max: poolSize,
    // pg-pool applies this both to waiting for a free connection and to opening a new one.
    connectionTimeoutMillis: timeouts.poolAcquireMs,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
}

/** A data source over PostgreSQL; schema changes only through migrations (synchronize stays off). */
export function createDataSource({ url, logSql = false, poolSize = 10, timeouts, logger }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: logger ?? new QueryStatsLogger(logSql),
    extra: poolOptions(poolSize, timeouts),
  });
}

/** Applies pending migrations, each in its own transaction, over a short-lived connection without timeouts. */
export async function migrateDatabase(url: string, logSql = false): Promise<void> {
  const dataSource = createDataSource({ url, logSql, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  // The job queue's own tables (schema graphile_worker): business transactions add jobs there.
  await migrateJobQueue(url);
}

/** Applies pending migrations, then connects the pool the app serves from. */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  await migrateDatabase(options.url, options.logSql);
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  return dataSource;
}

/** The connection URL a data source was made with (the job queue opens its own connections to it). */
export function databaseUrlOf(dataSource: DataSource): string {
  const url = dataSource.options.type === 'postgres' ? dataSource.options.url : undefined;
  if (!url) throw new Error('The data source has no connection URL');
  return url;
}
