import { graphql } from '../../../gql';

/** Everything the owner edits and the freshness and verification state they maintain. */
export const OwnProfileFragment = graphql(`
  fragment OwnProfileFields on SupporterProfile {
    ...SupporterCardFields
    kana
    description
    remoteAvailable
    frameworks
    feeNotes
    capacity
    currentLoad
    steps
    yearsActive
    website
    verificationReason
    verifiedAt
    archivedAt
    reconfirmationDueAt
    hiddenFromSearch
    updatedAt
    contact {
      email
      phone
    }
  }
`);

/** The organization's own profiles, drafts and archived ones included. */
export const MySupporterProfilesQuery = graphql(`
  query MySupporterProfiles {
    mySupporterProfiles {
      ...OwnProfileFields
    }
  }
`);

export const CreateSupporterProfileMutation = graphql(`
  mutation CreateSupporterProfile($input: SupporterProfileInput!) {
    createSupporterProfile(input: $input) {
      ...OwnProfileFields
    }
  }
`);

export const UpdateSupporterProfileMutation = graphql(`
  mutation UpdateSupporterProfile($id: ID!, $input: SupporterProfileInput!) {
    updateSupporterProfile(id: $id, input: $input) {
      ...OwnProfileFields
    }
  }
`);

export const ArchiveSupporterProfileMutation = graphql(`
  mutation ArchiveSupporterProfile($id: ID!) {
    archiveSupporterProfile(id: $id) {
      ...OwnProfileFields
    }
  }
`);

/** One click: "what the profile says about availability is still true" (optionally with a new availability). */
export const ReconfirmAvailabilityMutation = graphql(`
  mutation ReconfirmAvailability($id: ID!, $availability: Availability) {
    reconfirmAvailability(id: $id, availability: $availability) {
      ...OwnProfileFields
    }
  }
`);
