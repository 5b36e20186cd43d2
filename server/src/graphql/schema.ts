import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker';
import { ReferenceResolver } from '../modules/reference/reference.resolver';
import { SupporterResolver } from '../modules/supporter/supporter.resolver';
import { SupporterProfileResolver } from '../modules/supporter/supporter-profile.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AccountResolver, InvitationResolver } from '../modules/account/account.resolver';
import { SitePageResolver } from '../modules/site-page/site-page.resolver';
import { RmoResolver } from '../modules/rmo/rmo.resolver';
import { MailResolver } from '../modules/mail/mail.resolver';
import { PublishedSupportRequestResolver, SupportRequestInterestResolver } from '../modules/published-request/published-request.resolver';
import { SupportRequestResolver } from '../modules/support-request/support-request.resolver';
import {
  IntroductionRequestResolver,
  OfferMessageResolver,
  OfferResolver,
  SupportRequestOffersResolver,
  SupporterOffersResolver,
} from '../modules/offer/offer.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { SufficiencyMapResolver, SufficiencyResolver } from '../modules/sufficiency/sufficiency.resolver';
import { EngagementResolver, OfferEngagementResolver } from '../modules/engagement/engagement.resolver';
import { CaseStudyResolver, EngagementCaseResolver, SupporterCasesResolver } from '../modules/case-study/case-study.resolver';

export const RESOLVERS = [
  ReferenceResolver,
  SupporterResolver,
  SupporterProfileResolver,
  AuditResolver,
  AccountResolver,
  InvitationResolver,
  RmoResolver,
  SupportRequestResolver,
  PublishedSupportRequestResolver,
  SupportRequestInterestResolver,
  SitePageResolver,
  MailResolver,
  OfferResolver,
  OfferMessageResolver,
  IntroductionRequestResolver,
  SupportRequestOffersResolver,
  SupporterOffersResolver,
  NotificationResolver,
  SufficiencyResolver,
  SufficiencyMapResolver,
  EngagementResolver,
  OfferEngagementResolver,
  CaseStudyResolver,
  EngagementCaseResolver,
  SupporterCasesResolver,
] as const;

/** The committed SDL the client's codegen reads. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** Builds the executable schema; `emit` also writes the SDL file. */
export function buildAppSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: false } : false,
  });
}
