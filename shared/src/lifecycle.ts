/**
 * One small state machine for every lifecycle (support requests now; introductions and
 * engagements next), after Vendure's finite-state machine: states and transitions are declared as
 * data; each transition says who may take it and which guards must pass; the actions a viewer may
 * take now are derived from the same data, so the server's checks and the client's buttons agree.
 */
import { ConflictReason, ErrorCode, type ForbiddenReason, type Refusal } from './errors';

/** A rule checked before a transition: null lets it pass, a refusal (with its reason code) stops it. */
export type Guard<Subject, Actor> = (subject: Subject, actor: Actor) => Refusal | null;

/** One action of a lifecycle. */
export interface TransitionDefinition<State extends string, Subject, Actor> {
  /** The states the action may be taken from. */
  from: readonly State[];
  /** The state it leads to; a function when that depends on the subject or on who takes it. */
  to: State | ((subject: Subject, actor: Actor) => State);
  /** Who may take it (the actor predicate). */
  may: (actor: Actor, subject: Subject) => boolean;
  /** The FORBIDDEN reason for an actor `may` refuses. */
  forbidden: ForbiddenReason;
  /** Checked in order once state and actor allow the action; the first refusal wins. */
  guards?: readonly Guard<Subject, Actor>[];
}

/** A lifecycle as data: its states, how to read a subject's state, and its transitions by action. */
export interface LifecycleDefinition<State extends string, Action extends string, Subject, Actor> {
  /** What the subject is called in developer messages, e.g. "support request". */
  name: string;
  states: readonly State[];
  stateOf: (subject: Subject) => State;
  transitions: Readonly<Record<Action, TransitionDefinition<State, Subject, Actor>>>;
}

/** The outcome of checking a transition: the state it leads to, or why it is refused. */
export type TransitionCheck<State extends string> = { ok: true; from: State; to: State } | { ok: false; refusal: Refusal };

/** A lifecycle built by defineLifecycle: the checks every caller (server and client) shares. */
export interface Lifecycle<State extends string, Action extends string, Subject, Actor> {
  readonly definition: LifecycleDefinition<State, Action, Subject, Actor>;
  /** Whether `action` may be taken from `state` at all (who takes it aside). */
  canTransition(state: State, action: Action): boolean;
  /** The actions `actor` may take on `subject` now, in declaration order (guards are left to the attempt, so a form can show what is missing). */
  allowedActions(subject: Subject, actor: Actor): Action[];
  /** The states `actor` can move `subject` to now, one per allowed action (for the UI). */
  nextStates(subject: Subject, actor: Actor): State[];
  /** Checks who (FORBIDDEN), then the state (CONFLICT INVALID_TRANSITION with status and action), then the guards. */
  check(subject: Subject, actor: Actor, action: Action): TransitionCheck<State>;
}

/** Builds a lifecycle from its definition, checking that every transition names only declared states. */
export function defineLifecycle<State extends string, Action extends string, Subject, Actor>(
  definition: LifecycleDefinition<State, Action, Subject, Actor>,
): Lifecycle<State, Action, Subject, Actor> {
  const actions = Object.keys(definition.transitions) as Action[];
  for (const action of actions) {
    const transition = definition.transitions[action];
    const named = [...transition.from, ...(typeof transition.to === 'string' ? [transition.to] : [])];
    const unknown = named.filter((state) => !definition.states.includes(state));
    if (unknown.length > 0) throw new Error(`Lifecycle ${definition.name}: ${action} names unknown states ${unknown.join(', ')}`);
  }
  const targetOf = (transition: TransitionDefinition<State, Subject, Actor>, subject: Subject, actor: Actor): State =>
    typeof transition.to === 'function' ? transition.to(subject, actor) : transition.to;
  const canTransition = (state: State, action: Action): boolean => definition.transitions[action].from.includes(state);
  const allowedActions = (subject: Subject, actor: Actor): Action[] =>
    actions.filter((action) => canTransition(definition.stateOf(subject), action) && definition.transitions[action].may(actor, subject));

  return {
    definition,
    canTransition,
    allowedActions,
    nextStates: (subject, actor) => [
      ...new Set(allowedActions(subject, actor).map((action) => targetOf(definition.transitions[action], subject, actor))),
    ],
    check(subject, actor, action) {
      const transition = definition.transitions[action];
      const from = definition.stateOf(subject);
      if (!transition.may(actor, subject)) return { ok: false, refusal: { code: ErrorCode.FORBIDDEN, reason: transition.forbidden } };
      if (!canTransition(from, action)) {
        return { ok: false, refusal: { code: ErrorCode.CONFLICT, reason: ConflictReason.INVALID_TRANSITION, params: { status: from, action } } };
      }
      for (const guard of transition.guards ?? []) {
        const refusal = guard(subject, actor);
        if (refusal) return { ok: false, refusal };
      }
      return { ok: true, from, to: targetOf(transition, subject, actor) };
    },
  };
}
