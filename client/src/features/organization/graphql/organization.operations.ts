import { graphql } from '../../../gql';

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers {
    organizationMembers {
      id
      email
      displayName
      membershipRole
      createdAt
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

/** Mails a single-use link; the answer says where it went and until when it works. */
export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      id
      kind
      email
      organizationName
      expiresAt
    }
  }
`);
