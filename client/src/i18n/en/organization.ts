import type { Messages } from '../ja';

/** English messages: organization. */
export const organization: Pick<Messages, 'organization'> = {
  organization: {
    title: 'Organization and members',
    kind: 'Kind',
    place: 'Area',
    yourRole: 'Your role',
    ownerNote: ' (owner: can invite and remove members)',
    membersHeading: 'Members',
    membersCaption: 'Members of {{organization}}',
    membersLoading: 'Loading members…',
    memberName: 'Name',
    memberRole: 'Role',
    memberSince: 'Joined',
    actions: 'Actions',
    you: ' (you)',
    remove: 'Remove',
    removeConfirm: 'Remove {{name}} ({{email}}) from the organization? They will no longer be able to sign in.',
    removeConfirmButton: 'Remove',
    removed: '{{name}} has been removed from the organization.',
    invite: {
      prefectureStaff: {
        title: 'Invite prefecture staff',
        lead: 'Sends an invitation to a prefecture’s officer, who can then verify profiles and invite municipalities.',
      },
      municipalityStaff: {
        title: 'Invite municipality staff',
        lead: 'Sends an invitation to an officer of a municipality in your prefecture, who can then see contact details and invite RMOs.',
      },
      rmoStaff: {
        title: 'Invite a regional management organization',
        lead: 'Sends an invitation to the secretariat of an RMO in your municipality.',
      },
      organizationMember: {
        title: 'Invite a member',
        lead: 'Sends an invitation to someone working with you in this organization.',
      },
    },
    invitePrefecture: 'Prefecture',
    inviteMunicipality: 'Municipality',
    inviteRmoName: 'Name of the RMO',
    inviteWard: 'Ward',
    inviteWardHint: 'For an organization working in one ward of a designated city.',
    wholeCity: 'Whole city',
    inviteEmailHint:
      'Where the invitation link is sent. It works for seven days. An address that already has a Tsunagu account gets a notice instead of a link (one account per address).',
    inviteSubmit: 'Send invitation',
    inviteSent: 'An invitation to “{{organization}}” has been sent to {{email}} (valid until {{date}}).',
    noInvitations: 'Your account cannot send invitations. The organization’s owner invites members.',
  },
};
