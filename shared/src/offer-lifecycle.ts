/**
 * The offer's and the introduction request's lifecycles, declared once: the server enforces them
 * (with the domain error of each refusal) and reports `allowedActions`, which the client offers as
 * buttons. The parties of an offer are the request's municipality, the supporter's organization
 * and, for a proposal, the prefecture that proposed it; nobody else reads it.
 */
import { ConflictReason, ErrorCode, ForbiddenReason, type Refusal } from './errors';
import { defineLifecycle, type Guard } from './lifecycle';
import { IntroductionAction, IntroductionStatus, OFFER_LIMITS, OfferAction, OfferKind, OfferStatus } from './offers';
import { UserRole } from './roles';

/**
 * Who acts on an offer: a signed-in user, or the system (`system: true`) when a deadline passes or
 * another offer's confirmation closes this one. No person can act as the system.
 */
export interface OfferActor {
  system?: boolean;
  organizationId: string | null;
  role: UserRole | null;
  prefectureCode: string | null;
  municipalityCode: string | null;
}

/** The system as an actor: the job queue at a deadline, or a consequence of another transition. */
export const SYSTEM_ACTOR: OfferActor = { system: true, organizationId: null, role: null, prefectureCode: null, municipalityCode: null };

/** What the offer lifecycle reads of an offer, at the moment `now` of the check. */
export interface OfferLifecycleSubject {
  status: OfferStatus;
  kind: OfferKind;
  prefectureCode: string;
  municipalityCode: string;
  /** The organization that owns the supporter's profile (it answers the offer). */
  supporterOrganizationId: string | null;
  respondBy: Date;
  /** When the transition is checked (the server's clock). */
  now: Date;
  /** The supporter's free places now: capacity − current load. */
  freePlaces: number;
  capacity: number;
}

/** Staff of the municipality whose request the offer is for. */
export function isOfferMunicipality(actor: OfferActor, offer: Pick<OfferLifecycleSubject, 'municipalityCode'>): boolean {
  return !actor.system && actor.role === UserRole.MUNICIPALITY_STAFF && actor.municipalityCode === offer.municipalityCode;
}

/** Staff of the prefecture that proposed the supporter (a proposal's broker). */
export function isOfferBroker(actor: OfferActor, offer: Pick<OfferLifecycleSubject, 'kind' | 'prefectureCode'>): boolean {
  return !actor.system && offer.kind === OfferKind.PROPOSAL && actor.role === UserRole.PREFECTURE_STAFF && actor.prefectureCode === offer.prefectureCode;
}

/** Members of the supporter organization the offer was made to. */
export function isOfferedSupporter(actor: OfferActor, offer: Pick<OfferLifecycleSubject, 'supporterOrganizationId'>): boolean {
  return !actor.system && actor.role === UserRole.INTERMEDIARY_STAFF && offer.supporterOrganizationId !== null && actor.organizationId === offer.supporterOrganizationId;
}

/** Whether the actor is one of the offer's parties: only they read it and its thread. */
export function isOfferParty(actor: OfferActor, offer: Pick<OfferLifecycleSubject, 'kind' | 'prefectureCode' | 'municipalityCode' | 'supporterOrganizationId'>): boolean {
  return isOfferMunicipality(actor, offer) || isOfferBroker(actor, offer) || isOfferedSupporter(actor, offer);
}

const isSystem = (actor: OfferActor): boolean => actor.system === true;

/** The supporter must answer before the deadline (after it, the offer expires). */
const beforeDeadline: Guard<OfferLifecycleSubject, OfferActor> = (offer) =>
  offer.now.getTime() < offer.respondBy.getTime()
    ? null
    : { code: ErrorCode.CONFLICT, reason: ConflictReason.DEADLINE_PASSED, params: { respondBy: offer.respondBy.toISOString() } };

/** A supporter at capacity can neither accept nor be confirmed. */
export const hasFreePlace: Guard<OfferLifecycleSubject, OfferActor> = (offer): Refusal | null =>
  offer.freePlaces > 0 ? null : { code: ErrorCode.CONFLICT, reason: ConflictReason.AT_CAPACITY, params: { capacity: offer.capacity } };

/** Declining an accepted offer has no deadline; declining an open one does. */
const declineInTime: Guard<OfferLifecycleSubject, OfferActor> = (offer, actor) =>
  offer.status === OfferStatus.OFFERED ? beforeDeadline(offer, actor) : null;

const { OFFERED, ACCEPTED, DECLINED, CONFIRMED, CLOSED, WITHDRAWN, EXPIRED } = OfferStatus;
const LIVE = [OFFERED, ACCEPTED];

/** The offer lifecycle (see offers.ts for the states). */
export const OFFER_LIFECYCLE = defineLifecycle<OfferStatus, OfferAction, OfferLifecycleSubject, OfferActor>({
  name: 'offer',
  states: [OFFERED, ACCEPTED, DECLINED, CONFIRMED, CLOSED, WITHDRAWN, EXPIRED],
  stateOf: (offer) => offer.status,
  transitions: {
    ACCEPT: { from: [OFFERED], to: ACCEPTED, may: isOfferedSupporter, forbidden: ForbiddenReason.NOT_OFFERED_SUPPORTER, guards: [beforeDeadline, hasFreePlace] },
    DECLINE: { from: LIVE, to: DECLINED, may: isOfferedSupporter, forbidden: ForbiddenReason.NOT_OFFERED_SUPPORTER, guards: [declineInTime] },
    CONFIRM: { from: [ACCEPTED], to: CONFIRMED, may: isOfferMunicipality, forbidden: ForbiddenReason.NOT_REQUEST_MUNICIPALITY, guards: [hasFreePlace] },
    WITHDRAW: {
      from: LIVE,
      to: WITHDRAWN,
      may: (actor, offer) => isOfferMunicipality(actor, offer) || isOfferBroker(actor, offer),
      forbidden: ForbiddenReason.NOT_OFFER_MANAGER,
    },
    EXPIRE: { from: [OFFERED], to: EXPIRED, may: isSystem, forbidden: ForbiddenReason.ROLE_NOT_ALLOWED },
    CLOSE: { from: LIVE, to: CLOSED, may: isSystem, forbidden: ForbiddenReason.ROLE_NOT_ALLOWED },
  },
});

/** What the introduction lifecycle reads of an introduction request. */
export interface IntroductionLifecycleSubject {
  status: IntroductionStatus;
  prefectureCode: string;
  municipalityCode: string;
  /** Proposals made on it so far (any state). */
  proposals: number;
}

/** Staff of the request's prefecture: they broker its introductions. */
export function isIntroductionPrefecture(actor: OfferActor, introduction: Pick<IntroductionLifecycleSubject, 'prefectureCode'>): boolean {
  return !actor.system && actor.role === UserRole.PREFECTURE_STAFF && actor.prefectureCode === introduction.prefectureCode;
}

/** Staff of the municipality that asked. */
export function isIntroductionMunicipality(actor: OfferActor, introduction: Pick<IntroductionLifecycleSubject, 'municipalityCode'>): boolean {
  return !actor.system && actor.role === UserRole.MUNICIPALITY_STAFF && actor.municipalityCode === introduction.municipalityCode;
}

const proposalsLeft: Guard<IntroductionLifecycleSubject, OfferActor> = (introduction) =>
  introduction.proposals < OFFER_LIMITS.proposalsPerIntroduction
    ? null
    : { code: ErrorCode.CONFLICT, reason: ConflictReason.TOO_MANY_PROPOSALS, params: { max: OFFER_LIMITS.proposalsPerIntroduction } };

/** The introduction request lifecycle: OPEN → CLOSED (confirmed or the request ended) or CANCELLED (by the municipality). */
export const INTRODUCTION_LIFECYCLE = defineLifecycle<IntroductionStatus, IntroductionAction, IntroductionLifecycleSubject, OfferActor>({
  name: 'introduction request',
  states: [IntroductionStatus.OPEN, IntroductionStatus.CLOSED, IntroductionStatus.CANCELLED],
  stateOf: (introduction) => introduction.status,
  transitions: {
    PROPOSE: {
      from: [IntroductionStatus.OPEN],
      to: IntroductionStatus.OPEN,
      may: isIntroductionPrefecture,
      forbidden: ForbiddenReason.NOT_OWN_PREFECTURE,
      guards: [proposalsLeft],
    },
    CANCEL: { from: [IntroductionStatus.OPEN], to: IntroductionStatus.CANCELLED, may: isIntroductionMunicipality, forbidden: ForbiddenReason.NOT_REQUEST_MUNICIPALITY },
    CLOSE: { from: [IntroductionStatus.OPEN], to: IntroductionStatus.CLOSED, may: isSystem, forbidden: ForbiddenReason.ROLE_NOT_ALLOWED },
  },
});
