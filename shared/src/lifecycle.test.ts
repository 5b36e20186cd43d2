import { ConflictReason, ErrorCode, ForbiddenReason, InputReason, inputRefusal } from './errors';
import { defineLifecycle } from './lifecycle';

// A toy introduction, the shape the next lifecycles take: a broker proposes, the municipality answers.
type State = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
type Action = 'ACCEPT' | 'DECLINE' | 'WITHDRAW';
interface Offer {
  state: State;
  municipalityCode: string;
  brokerId: string;
  note: string;
}
interface Person {
  id: string;
  municipalityCode: string | null;
}

const OFFER = defineLifecycle<State, Action, Offer, Person>({
  name: 'introduction',
  states: ['OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  stateOf: (offer) => offer.state,
  transitions: {
    ACCEPT: { from: ['OPEN'], to: 'ACCEPTED', may: (p, o) => p.municipalityCode === o.municipalityCode, forbidden: ForbiddenReason.NOT_OWN_MUNICIPALITY },
    DECLINE: {
      from: ['OPEN'],
      to: 'DECLINED',
      may: (p, o) => p.municipalityCode === o.municipalityCode,
      forbidden: ForbiddenReason.NOT_OWN_MUNICIPALITY,
      guards: [(o) => (o.note.trim() ? null : inputRefusal('note', InputReason.REQUIRED))],
    },
    WITHDRAW: { from: ['OPEN', 'ACCEPTED'], to: 'WITHDRAWN', may: (p, o) => p.id === o.brokerId, forbidden: ForbiddenReason.NOT_AUTHOR },
  },
});

const offer = (overrides: Partial<Offer> = {}): Offer => ({ state: 'OPEN', municipalityCode: '152129', brokerId: 'broker', note: '', ...overrides });
const municipality: Person = { id: 'officer', municipalityCode: '152129' };
const broker: Person = { id: 'broker', municipalityCode: null };
const stranger: Person = { id: 'stranger', municipalityCode: '151009' };

describe('defineLifecycle', () => {
  it('says which actions a state allows, whoever takes them', () => {
    expect(OFFER.canTransition('OPEN', 'ACCEPT')).toBe(true);
    expect(OFFER.canTransition('ACCEPTED', 'ACCEPT')).toBe(false);
    expect(OFFER.canTransition('ACCEPTED', 'WITHDRAW')).toBe(true);
  });

  it('derives the actions and next states a viewer may take now, in declaration order', () => {
    expect(OFFER.allowedActions(offer(), municipality)).toEqual(['ACCEPT', 'DECLINE']);
    expect(OFFER.allowedActions(offer(), broker)).toEqual(['WITHDRAW']);
    expect(OFFER.allowedActions(offer(), stranger)).toEqual([]);
    expect(OFFER.allowedActions(offer({ state: 'DECLINED' }), municipality)).toEqual([]);
    expect(OFFER.nextStates(offer(), municipality)).toEqual(['ACCEPTED', 'DECLINED']);
  });

  it('checks who first (FORBIDDEN with the transition reason), then the state (CONFLICT INVALID_TRANSITION), then the guards', () => {
    expect(OFFER.check(offer({ state: 'DECLINED' }), stranger, 'ACCEPT')).toEqual({
      ok: false,
      refusal: { code: ErrorCode.FORBIDDEN, reason: ForbiddenReason.NOT_OWN_MUNICIPALITY },
    });
    expect(OFFER.check(offer({ state: 'DECLINED' }), municipality, 'ACCEPT')).toEqual({
      ok: false,
      refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.INVALID_TRANSITION, params: { status: 'DECLINED', action: 'ACCEPT' } },
    });
    expect(OFFER.check(offer(), municipality, 'DECLINE')).toEqual({
      ok: false,
      refusal: { code: ErrorCode.BAD_USER_INPUT, field: 'note', reason: InputReason.REQUIRED },
    });
    expect(OFFER.check(offer({ note: '日程が合わないため' }), municipality, 'DECLINE')).toEqual({ ok: true, from: 'OPEN', to: 'DECLINED' });
  });

  it('stops at the first guard that refuses', () => {
    const calls: string[] = [];
    const lifecycle = defineLifecycle<State, 'ACCEPT', Offer, Person>({
      name: 'guarded',
      states: ['OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
      stateOf: (o) => o.state,
      transitions: {
        ACCEPT: {
          from: ['OPEN'],
          to: 'ACCEPTED',
          may: () => true,
          forbidden: ForbiddenReason.ROLE_NOT_ALLOWED,
          guards: [
            () => (calls.push('first'), inputRefusal('note', InputReason.REQUIRED)),
            () => (calls.push('second'), null),
          ],
        },
      },
    });
    expect(lifecycle.check(offer(), municipality, 'ACCEPT').ok).toBe(false);
    expect(calls).toEqual(['first']);
  });

  it('refuses a definition whose transitions name undeclared states', () => {
    expect(() =>
      defineLifecycle<State, 'ACCEPT', Offer, Person>({
        name: 'broken',
        states: ['OPEN', 'ACCEPTED'],
        stateOf: (o) => o.state,
        transitions: { ACCEPT: { from: ['OPEN', 'DECLINED'], to: 'ACCEPTED', may: () => true, forbidden: ForbiddenReason.ROLE_NOT_ALLOWED } },
      }),
    ).toThrow('broken: ACCEPT names unknown states DECLINED');
  });
});
