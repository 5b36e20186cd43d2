/**
 * The engagement's and the case study's lifecycles, declared once: the server enforces them and
 * reports `allowedActions`, which the client offers as buttons. The parties of an engagement are
 * its municipality, its RMOs' secretariats, the lead supporter's organization and (reading, ticking
 * its checklist items, adding to the log) its prefecture.
 */
import { ConflictReason, ErrorCode, ForbiddenReason } from './errors';
import { defineLifecycle, type Guard } from './lifecycle';
import { CaseAction, CaseStatus, EngagementAction, EngagementParty, EngagementStatus, ReviewPart } from './engagements';
import { UserRole } from './roles';

/** Who acts on an engagement or a case: a signed-in user, or the system once the review is complete. */
export interface EngagementActor {
  system?: boolean;
  organizationId: string | null;
  role: UserRole | null;
  prefectureCode: string | null;
  municipalityCode: string | null;
}

export const ENGAGEMENT_SYSTEM_ACTOR: EngagementActor = { system: true, organizationId: null, role: null, prefectureCode: null, municipalityCode: null };

/** What the lifecycles read of an engagement. */
export interface EngagementLifecycleSubject {
  status: EngagementStatus;
  prefectureCode: string;
  municipalityCode: string;
  /** The lead supporter's organization. */
  supporterOrganizationId: string;
  /** The organizations of its RMOs that have an account. */
  rmoOrganizationIds: readonly string[];
  /** The review parts written so far. */
  reviewParts: readonly ReviewPart[];
}

export function isEngagementMunicipality(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'municipalityCode'>): boolean {
  return !actor.system && actor.role === UserRole.MUNICIPALITY_STAFF && actor.municipalityCode === e.municipalityCode;
}

export function isEngagementRmo(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'rmoOrganizationIds'>): boolean {
  return !actor.system && actor.role === UserRole.RMO_STAFF && actor.organizationId !== null && e.rmoOrganizationIds.includes(actor.organizationId);
}

export function isEngagementSupporter(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'supporterOrganizationId'>): boolean {
  return !actor.system && actor.role === UserRole.INTERMEDIARY_STAFF && actor.organizationId === e.supporterOrganizationId;
}

export function isEngagementPrefecture(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'prefectureCode'>): boolean {
  return !actor.system && actor.role === UserRole.PREFECTURE_STAFF && actor.prefectureCode === e.prefectureCode;
}

/** The actor's side of the engagement, or null when it is none of its parties. */
export function engagementPartyOf(
  actor: EngagementActor,
  e: Pick<EngagementLifecycleSubject, 'prefectureCode' | 'municipalityCode' | 'supporterOrganizationId' | 'rmoOrganizationIds'>,
): EngagementParty | null {
  if (isEngagementMunicipality(actor, e)) return EngagementParty.MUNICIPALITY;
  if (isEngagementRmo(actor, e)) return EngagementParty.RMO;
  if (isEngagementSupporter(actor, e)) return EngagementParty.SUPPORTER;
  if (isEngagementPrefecture(actor, e)) return EngagementParty.PREFECTURE;
  return null;
}

/** The municipality and the lead supporter run the engagement (start, review, end early). */
export function isEngagementManager(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'municipalityCode' | 'supporterOrganizationId'>): boolean {
  return isEngagementMunicipality(actor, e) || isEngagementSupporter(actor, e);
}

/** Which review part the actor writes: the municipality or the RMO the first, the supporter the second. */
export function reviewPartOf(actor: EngagementActor, e: Pick<EngagementLifecycleSubject, 'municipalityCode' | 'supporterOrganizationId' | 'rmoOrganizationIds'>): ReviewPart | null {
  if (isEngagementMunicipality(actor, e) || isEngagementRmo(actor, e)) return ReviewPart.MUNICIPALITY_RMO;
  if (isEngagementSupporter(actor, e)) return ReviewPart.SUPPORTER;
  return null;
}

const reviewComplete: Guard<EngagementLifecycleSubject, EngagementActor> = (e) => {
  const missing = [ReviewPart.MUNICIPALITY_RMO, ReviewPart.SUPPORTER].filter((part) => !e.reviewParts.includes(part));
  return missing.length === 0 ? null : { code: ErrorCode.CONFLICT, reason: ConflictReason.INVALID_TRANSITION, params: { status: e.status, action: 'COMPLETE', missing: missing.join(',') } };
};

const { PLANNED, ACTIVE, IN_REVIEW, COMPLETED, ENDED_EARLY } = EngagementStatus;

/** The engagement lifecycle (see engagements.ts for the states). */
export const ENGAGEMENT_LIFECYCLE = defineLifecycle<EngagementStatus, EngagementAction, EngagementLifecycleSubject, EngagementActor>({
  name: 'engagement',
  states: [PLANNED, ACTIVE, IN_REVIEW, COMPLETED, ENDED_EARLY],
  stateOf: (e) => e.status,
  transitions: {
    START: { from: [PLANNED], to: ACTIVE, may: isEngagementManager, forbidden: ForbiddenReason.NOT_ENGAGEMENT_MANAGER },
    BEGIN_REVIEW: { from: [ACTIVE], to: IN_REVIEW, may: isEngagementManager, forbidden: ForbiddenReason.NOT_ENGAGEMENT_MANAGER },
    COMPLETE: { from: [IN_REVIEW], to: COMPLETED, may: (actor) => actor.system === true, forbidden: ForbiddenReason.ROLE_NOT_ALLOWED, guards: [reviewComplete] },
    END_EARLY: { from: [PLANNED, ACTIVE, IN_REVIEW], to: ENDED_EARLY, may: isEngagementManager, forbidden: ForbiddenReason.NOT_ENGAGEMENT_MANAGER },
  },
});

/** What the case lifecycle reads: the case's state and its engagement's parties. */
export interface CaseLifecycleSubject {
  status: CaseStatus;
  prefectureCode: string;
  municipalityCode: string;
  supporterOrganizationId: string;
}

const { DRAFT, AWAITING_APPROVAL, APPROVED, PUBLISHED } = CaseStatus;

/** The case lifecycle: drafted by the municipality or the supporter, approved by the municipality, published by the prefecture. */
export const CASE_LIFECYCLE = defineLifecycle<CaseStatus, CaseAction, CaseLifecycleSubject, EngagementActor>({
  name: 'case study',
  states: [DRAFT, AWAITING_APPROVAL, APPROVED, PUBLISHED],
  stateOf: (c) => c.status,
  transitions: {
    SUBMIT: { from: [DRAFT], to: AWAITING_APPROVAL, may: isEngagementSupporter, forbidden: ForbiddenReason.NOT_ENGAGEMENT_MANAGER },
    APPROVE: { from: [DRAFT, AWAITING_APPROVAL], to: APPROVED, may: isEngagementMunicipality, forbidden: ForbiddenReason.NOT_REQUEST_MUNICIPALITY },
    PUBLISH: { from: [APPROVED], to: PUBLISHED, may: isEngagementPrefecture, forbidden: ForbiddenReason.NOT_OWN_PREFECTURE },
    RETURN: {
      from: [AWAITING_APPROVAL, APPROVED],
      to: DRAFT,
      may: (actor, c) => isEngagementMunicipality(actor, c) || isEngagementPrefecture(actor, c),
      forbidden: ForbiddenReason.NOT_REQUEST_MUNICIPALITY,
    },
    UNPUBLISH: { from: [PUBLISHED], to: APPROVED, may: isEngagementPrefecture, forbidden: ForbiddenReason.NOT_OWN_PREFECTURE },
  },
});

/** Who may edit a case's text: its municipality or its supporter, while it is a draft. */
export function canEditCase(actor: EngagementActor, c: CaseLifecycleSubject): boolean {
  return c.status === CaseStatus.DRAFT && (isEngagementMunicipality(actor, c) || isEngagementSupporter(actor, c));
}
