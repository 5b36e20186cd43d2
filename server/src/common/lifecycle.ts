import { ErrorCode, type Lifecycle } from '@tsunagu/shared';
import { errorOfRefusal } from './domain-errors';

/**
 * The server side of a shared lifecycle: the state `action` leads `subject` to, or the domain error
 * of its refusal (FORBIDDEN with the transition's reason, CONFLICT INVALID_TRANSITION with status and
 * action, or whatever a guard refused with).
 */
export function assertTransition<State extends string, Action extends string, Subject, Actor>(
  lifecycle: Lifecycle<State, Action, Subject, Actor>,
  subject: Subject,
  actor: Actor,
  action: Action,
): State {
  const result = lifecycle.check(subject, actor, action);
  if (result.ok) return result.to;
  const { name, stateOf } = lifecycle.definition;
  const message =
    result.refusal.code === ErrorCode.CONFLICT
      ? `A ${name} that is ${stateOf(subject)} cannot be given the action ${action}`
      : result.refusal.code === ErrorCode.FORBIDDEN
        ? `You may not ${action} this ${name}`
        : undefined;
  throw errorOfRefusal(result.refusal, message);
}
