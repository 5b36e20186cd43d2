import { UserRole } from '@tsunagu/shared';
import type { InvitationKind } from '../../gql/graphql';

/**
 * The invitations a user may send, along the chain of trust (operator → prefecture staff →
 * municipality staff → RMO staff); owners also invite members into their own organization.
 */
export function invitationKindsFor(role: UserRole, isOwner: boolean): InvitationKind[] {
  const chain: Partial<Record<UserRole, InvitationKind>> = {
    [UserRole.OPERATOR]: 'PREFECTURE_STAFF',
    [UserRole.PREFECTURE_STAFF]: 'MUNICIPALITY_STAFF',
    [UserRole.MUNICIPALITY_STAFF]: 'RMO_STAFF',
  };
  const kinds: InvitationKind[] = [];
  const next = chain[role];
  if (next) kinds.push(next);
  if (isOwner) kinds.push('ORGANIZATION_MEMBER');
  return kinds;
}
