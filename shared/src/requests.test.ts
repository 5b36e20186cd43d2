import { SupportRequestAction, SupportRequestStatus, canTransition } from './requests';

describe('support request lifecycle', () => {
  it('submits only drafts, endorses only awaiting requests and closes only open ones', () => {
    expect(canTransition(SupportRequestStatus.DRAFT, SupportRequestAction.SUBMIT)).toBe(true);
    expect(canTransition(SupportRequestStatus.OPEN, SupportRequestAction.SUBMIT)).toBe(false);
    expect(canTransition(SupportRequestStatus.AWAITING_ENDORSEMENT, SupportRequestAction.ENDORSE)).toBe(true);
    expect(canTransition(SupportRequestStatus.DRAFT, SupportRequestAction.ENDORSE)).toBe(false);
    expect(canTransition(SupportRequestStatus.OPEN, SupportRequestAction.CLOSE)).toBe(true);
    expect(canTransition(SupportRequestStatus.DRAFT, SupportRequestAction.CLOSE)).toBe(false);
  });

  it('lets nothing happen to a closed or withdrawn request', () => {
    for (const status of [SupportRequestStatus.CLOSED, SupportRequestStatus.WITHDRAWN]) {
      for (const action of Object.values(SupportRequestAction)) expect(canTransition(status, action)).toBe(false);
    }
  });
});
