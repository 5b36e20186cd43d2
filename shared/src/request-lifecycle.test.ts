import { FundingRoute, Step, SupportType } from './enums';
import { ConflictReason, ErrorCode, ForbiddenReason, InputReason } from './errors';
import { SUPPORT_REQUEST_LIFECYCLE, type RequestActor, type RequestLifecycleSubject } from './request-lifecycle';
import { RequestFormat, SupportRequestAction, SupportRequestStatus } from './requests';
import { UserRole } from './roles';

const { DRAFT, AWAITING_ENDORSEMENT, OPEN, CLOSED, WITHDRAWN } = SupportRequestStatus;
const MURAKAMI = '152129';

const city: RequestActor = { organizationId: 'city', role: UserRole.MUNICIPALITY_STAFF, municipalityCode: MURAKAMI };
const rmo: RequestActor = { organizationId: 'rmo', role: UserRole.RMO_STAFF, municipalityCode: MURAKAMI };
const otherCity: RequestActor = { organizationId: 'niigata', role: UserRole.MUNICIPALITY_STAFF, municipalityCode: '151009' };

function request(overrides: Partial<RequestLifecycleSubject> = {}): RequestLifecycleSubject {
  return {
    status: DRAFT,
    municipalityCode: MURAKAMI,
    authorOrganizationId: 'city',
    supportTypes: [SupportType.DIALOGUE_FACILITATION],
    step: Step.REFLECTION,
    desiredStart: '2027-04',
    durationMonths: 12,
    format: RequestFormat.IN_PERSON,
    fundingRoute: FundingRoute.MUNICIPAL_BUDGET,
    rmoAgreementConfirmed: true,
    ...overrides,
  };
}

describe('the support request lifecycle', () => {
  it('submits only drafts, endorses only awaiting requests and closes only open ones', () => {
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(DRAFT, SupportRequestAction.SUBMIT)).toBe(true);
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(OPEN, SupportRequestAction.SUBMIT)).toBe(false);
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(AWAITING_ENDORSEMENT, SupportRequestAction.ENDORSE)).toBe(true);
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(DRAFT, SupportRequestAction.ENDORSE)).toBe(false);
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(OPEN, SupportRequestAction.CLOSE)).toBe(true);
    expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(DRAFT, SupportRequestAction.CLOSE)).toBe(false);
  });

  it('lets nothing happen to a closed or withdrawn request', () => {
    for (const status of [CLOSED, WITHDRAWN]) {
      for (const action of Object.values(SupportRequestAction)) expect(SUPPORT_REQUEST_LIFECYCLE.canTransition(status, action)).toBe(false);
      expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ status }), city)).toEqual([]);
    }
  });

  it("opens a municipality's request on submission and sends an RMO's to its municipality for endorsement", () => {
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request(), city, SupportRequestAction.SUBMIT)).toEqual({ ok: true, from: DRAFT, to: OPEN });
    const rmoDraft = request({ authorOrganizationId: 'rmo' });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(rmoDraft, rmo, SupportRequestAction.SUBMIT)).toEqual({ ok: true, from: DRAFT, to: AWAITING_ENDORSEMENT });
    const awaiting = request({ authorOrganizationId: 'rmo', status: AWAITING_ENDORSEMENT });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(awaiting, city, SupportRequestAction.ENDORSE)).toEqual({ ok: true, from: AWAITING_ENDORSEMENT, to: OPEN });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(awaiting, rmo, SupportRequestAction.ENDORSE)).toMatchObject({
      ok: false,
      refusal: { code: ErrorCode.FORBIDDEN, reason: ForbiddenReason.NOT_REQUEST_MUNICIPALITY },
    });
  });

  it('offers each viewer exactly the actions it may take now', () => {
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request(), city)).toEqual(['UPDATE', 'SUBMIT', 'WITHDRAW']);
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ status: OPEN }), city)).toEqual(['UPDATE', 'CLOSE', 'WITHDRAW']);
    // An RMO's draft is its own; once submitted, its municipality co-owns it and endorses it.
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ authorOrganizationId: 'rmo' }), city)).toEqual([]);
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ authorOrganizationId: 'rmo', status: AWAITING_ENDORSEMENT }), city)).toEqual([
      'UPDATE',
      'ENDORSE',
      'WITHDRAW',
    ]);
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ authorOrganizationId: 'rmo', status: AWAITING_ENDORSEMENT }), rmo)).toEqual([
      'UPDATE',
      'WITHDRAW',
    ]);
    expect(SUPPORT_REQUEST_LIFECYCLE.allowedActions(request({ status: OPEN }), otherCity)).toEqual([]);
  });

  it('refuses a submission naming the first missing field in form order, then a missing RMO agreement', () => {
    const missing = request({ step: null, format: null });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(missing, city, SupportRequestAction.SUBMIT)).toEqual({
      ok: false,
      refusal: { code: ErrorCode.BAD_USER_INPUT, field: 'step', reason: InputReason.REQUIRED_TO_SUBMIT },
    });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request({ supportTypes: [] }), city, SupportRequestAction.SUBMIT)).toMatchObject({
      refusal: { field: 'supportTypes' },
    });
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request({ rmoAgreementConfirmed: false }), city, SupportRequestAction.SUBMIT)).toMatchObject({
      refusal: { field: 'rmoAgreementConfirmed', reason: InputReason.RMO_AGREEMENT_REQUIRED },
    });
  });

  it('lets a draft be saved half-written but keeps a submitted request complete', () => {
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request({ format: null }), city, SupportRequestAction.UPDATE).ok).toBe(true);
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request({ status: OPEN, format: null }), city, SupportRequestAction.UPDATE)).toMatchObject({
      refusal: { field: 'format', reason: InputReason.REQUIRED_TO_SUBMIT },
    });
  });

  it('refuses a second submission as an invalid transition naming the status and the action', () => {
    expect(SUPPORT_REQUEST_LIFECYCLE.check(request({ status: OPEN }), city, SupportRequestAction.SUBMIT)).toEqual({
      ok: false,
      refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.INVALID_TRANSITION, params: { status: 'OPEN', action: 'SUBMIT' } },
    });
  });
});
