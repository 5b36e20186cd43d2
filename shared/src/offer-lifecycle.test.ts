import { ConflictReason, ErrorCode, ForbiddenReason } from './errors';
import {
  INTRODUCTION_LIFECYCLE,
  OFFER_LIFECYCLE,
  SYSTEM_ACTOR,
  isOfferParty,
  type IntroductionLifecycleSubject,
  type OfferActor,
  type OfferLifecycleSubject,
} from './offer-lifecycle';
import { IntroductionAction, IntroductionStatus, OfferAction, OfferKind, OfferStatus } from './offers';
import { UserRole } from './roles';

const MURAKAMI = '152129';
const NOW = new Date('2027-01-10T00:00:00Z');
const DAY = 86_400_000;

const city: OfferActor = { organizationId: 'city', role: UserRole.MUNICIPALITY_STAFF, prefectureCode: '15', municipalityCode: MURAKAMI };
const otherCity: OfferActor = { organizationId: 'niigata-city', role: UserRole.MUNICIPALITY_STAFF, prefectureCode: '15', municipalityCode: '151009' };
const niigata: OfferActor = { organizationId: 'niigata', role: UserRole.PREFECTURE_STAFF, prefectureCode: '15', municipalityCode: null };
const yamagata: OfferActor = { organizationId: 'yamagata', role: UserRole.PREFECTURE_STAFF, prefectureCode: '06', municipalityCode: null };
const supporter: OfferActor = { organizationId: 'npo', role: UserRole.INTERMEDIARY_STAFF, prefectureCode: null, municipalityCode: null };
const otherSupporter: OfferActor = { organizationId: 'other-npo', role: UserRole.INTERMEDIARY_STAFF, prefectureCode: null, municipalityCode: null };
const operator: OfferActor = { organizationId: 'ops', role: UserRole.OPERATOR, prefectureCode: null, municipalityCode: null };

function offer(overrides: Partial<OfferLifecycleSubject> = {}): OfferLifecycleSubject {
  return {
    status: OfferStatus.OFFERED,
    kind: OfferKind.PROPOSAL,
    prefectureCode: '15',
    municipalityCode: MURAKAMI,
    supporterOrganizationId: 'npo',
    respondBy: new Date(NOW.getTime() + 14 * DAY),
    now: NOW,
    freePlaces: 2,
    capacity: 3,
    ...overrides,
  };
}

describe('the offer lifecycle', () => {
  it('lets only the offered supporter answer, before the deadline', () => {
    expect(OFFER_LIFECYCLE.check(offer(), supporter, OfferAction.ACCEPT)).toEqual({ ok: true, from: 'OFFERED', to: 'ACCEPTED' });
    expect(OFFER_LIFECYCLE.check(offer(), supporter, OfferAction.DECLINE)).toEqual({ ok: true, from: 'OFFERED', to: 'DECLINED' });
    for (const actor of [otherSupporter, city, niigata, operator]) {
      expect(OFFER_LIFECYCLE.check(offer(), actor, OfferAction.ACCEPT)).toMatchObject({
        refusal: { code: ErrorCode.FORBIDDEN, reason: ForbiddenReason.NOT_OFFERED_SUPPORTER },
      });
    }
    const late = offer({ now: new Date(NOW.getTime() + 14 * DAY) });
    expect(OFFER_LIFECYCLE.check(late, supporter, OfferAction.ACCEPT)).toMatchObject({ refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.DEADLINE_PASSED } });
    expect(OFFER_LIFECYCLE.check(late, supporter, OfferAction.DECLINE)).toMatchObject({ refusal: { reason: ConflictReason.DEADLINE_PASSED } });
  });

  it('refuses acceptance and confirmation at capacity with AT_CAPACITY and the capacity', () => {
    const full = offer({ freePlaces: 0 });
    expect(OFFER_LIFECYCLE.check(full, supporter, OfferAction.ACCEPT)).toEqual({
      ok: false,
      refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.AT_CAPACITY, params: { capacity: 3 } },
    });
    expect(OFFER_LIFECYCLE.check({ ...full, status: OfferStatus.ACCEPTED }, city, OfferAction.CONFIRM)).toMatchObject({
      refusal: { reason: ConflictReason.AT_CAPACITY },
    });
    // Declining is always possible, at capacity or not.
    expect(OFFER_LIFECYCLE.check(full, supporter, OfferAction.DECLINE).ok).toBe(true);
  });

  it('lets only the requesting municipality confirm an accepted offer', () => {
    const accepted = offer({ status: OfferStatus.ACCEPTED });
    expect(OFFER_LIFECYCLE.check(accepted, city, OfferAction.CONFIRM)).toEqual({ ok: true, from: 'ACCEPTED', to: 'CONFIRMED' });
    for (const actor of [otherCity, niigata, supporter]) {
      expect(OFFER_LIFECYCLE.check(accepted, actor, OfferAction.CONFIRM)).toMatchObject({ refusal: { reason: ForbiddenReason.NOT_REQUEST_MUNICIPALITY } });
    }
    expect(OFFER_LIFECYCLE.check(offer(), city, OfferAction.CONFIRM)).toMatchObject({
      refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.INVALID_TRANSITION, params: { status: 'OFFERED', action: 'CONFIRM' } },
    });
  });

  it('lets the municipality withdraw any live offer and the broker prefecture its proposals, and no one else', () => {
    expect(OFFER_LIFECYCLE.check(offer(), city, OfferAction.WITHDRAW).ok).toBe(true);
    expect(OFFER_LIFECYCLE.check(offer(), niigata, OfferAction.WITHDRAW).ok).toBe(true);
    expect(OFFER_LIFECYCLE.check(offer({ kind: OfferKind.APPROACH }), niigata, OfferAction.WITHDRAW)).toMatchObject({
      refusal: { reason: ForbiddenReason.NOT_OFFER_MANAGER },
    });
    expect(OFFER_LIFECYCLE.check(offer(), yamagata, OfferAction.WITHDRAW)).toMatchObject({ refusal: { reason: ForbiddenReason.NOT_OFFER_MANAGER } });
    expect(OFFER_LIFECYCLE.check(offer(), supporter, OfferAction.WITHDRAW)).toMatchObject({ refusal: { reason: ForbiddenReason.NOT_OFFER_MANAGER } });
  });

  it('leaves expiry and closing to the system', () => {
    expect(OFFER_LIFECYCLE.check(offer(), SYSTEM_ACTOR, OfferAction.EXPIRE)).toEqual({ ok: true, from: 'OFFERED', to: 'EXPIRED' });
    expect(OFFER_LIFECYCLE.check(offer({ status: OfferStatus.ACCEPTED }), SYSTEM_ACTOR, OfferAction.EXPIRE).ok).toBe(false);
    expect(OFFER_LIFECYCLE.check(offer({ status: OfferStatus.ACCEPTED }), SYSTEM_ACTOR, OfferAction.CLOSE).ok).toBe(true);
    for (const actor of [city, niigata, supporter, operator]) {
      expect(OFFER_LIFECYCLE.check(offer(), actor, OfferAction.EXPIRE)).toMatchObject({ refusal: { reason: ForbiddenReason.ROLE_NOT_ALLOWED } });
      expect(OFFER_LIFECYCLE.allowedActions(offer(), actor)).not.toContain(OfferAction.CLOSE);
    }
  });

  it('ends every path: nothing happens to a declined, confirmed, closed, withdrawn or expired offer', () => {
    for (const status of [OfferStatus.DECLINED, OfferStatus.CONFIRMED, OfferStatus.CLOSED, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED]) {
      for (const action of Object.values(OfferAction)) expect(OFFER_LIFECYCLE.canTransition(status, action)).toBe(false);
    }
  });

  it('offers each party exactly its buttons', () => {
    expect(OFFER_LIFECYCLE.allowedActions(offer(), supporter)).toEqual(['ACCEPT', 'DECLINE']);
    expect(OFFER_LIFECYCLE.allowedActions(offer(), city)).toEqual(['WITHDRAW']);
    expect(OFFER_LIFECYCLE.allowedActions(offer({ status: OfferStatus.ACCEPTED }), city)).toEqual(['CONFIRM', 'WITHDRAW']);
    expect(OFFER_LIFECYCLE.allowedActions(offer({ status: OfferStatus.ACCEPTED }), supporter)).toEqual(['DECLINE']);
    expect(OFFER_LIFECYCLE.allowedActions(offer(), otherSupporter)).toEqual([]);
  });

  it('counts as parties only the municipality, the offered supporter and the broker of a proposal', () => {
    expect(isOfferParty(city, offer())).toBe(true);
    expect(isOfferParty(supporter, offer())).toBe(true);
    expect(isOfferParty(niigata, offer())).toBe(true);
    expect(isOfferParty(niigata, offer({ kind: OfferKind.APPROACH }))).toBe(false);
    for (const outsider of [otherCity, yamagata, otherSupporter, operator, SYSTEM_ACTOR]) expect(isOfferParty(outsider, offer())).toBe(false);
  });
});

describe('the introduction request lifecycle', () => {
  const introduction = (overrides: Partial<IntroductionLifecycleSubject> = {}): IntroductionLifecycleSubject => ({
    status: IntroductionStatus.OPEN,
    prefectureCode: '15',
    municipalityCode: MURAKAMI,
    proposals: 0,
    ...overrides,
  });

  it('takes up to three proposals from the request’s prefecture', () => {
    expect(INTRODUCTION_LIFECYCLE.check(introduction({ proposals: 2 }), niigata, IntroductionAction.PROPOSE).ok).toBe(true);
    expect(INTRODUCTION_LIFECYCLE.check(introduction({ proposals: 3 }), niigata, IntroductionAction.PROPOSE)).toEqual({
      ok: false,
      refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.TOO_MANY_PROPOSALS, params: { max: 3 } },
    });
    expect(INTRODUCTION_LIFECYCLE.check(introduction(), yamagata, IntroductionAction.PROPOSE)).toMatchObject({
      refusal: { reason: ForbiddenReason.NOT_OWN_PREFECTURE },
    });
    expect(INTRODUCTION_LIFECYCLE.check(introduction({ status: IntroductionStatus.CLOSED }), niigata, IntroductionAction.PROPOSE)).toMatchObject({
      refusal: { reason: ConflictReason.INVALID_TRANSITION },
    });
  });

  it('is cancelled by the municipality and closed by the system', () => {
    expect(INTRODUCTION_LIFECYCLE.allowedActions(introduction(), city)).toEqual(['CANCEL']);
    expect(INTRODUCTION_LIFECYCLE.allowedActions(introduction(), niigata)).toEqual(['PROPOSE']);
    expect(INTRODUCTION_LIFECYCLE.check(introduction(), SYSTEM_ACTOR, IntroductionAction.CLOSE).ok).toBe(true);
    expect(INTRODUCTION_LIFECYCLE.check(introduction(), city, IntroductionAction.CLOSE).ok).toBe(false);
  });
});
