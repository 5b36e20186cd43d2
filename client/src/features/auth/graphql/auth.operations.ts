import { graphql } from '../../../gql';

/** Who is signed in: enough for the header, the route guards and the pages' defaults. */
export const ViewerFragment = graphql(`
  fragment ViewerFields on Me {
    role
    isOwner
    user {
      id
      email
      displayName
    }
    organization {
      id
      kind
      name
      prefectureCode
      municipalityCode
    }
  }
`);

/** The signed-in user, or null; the session cookie decides. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const RegisterIntermediaryMutation = graphql(`
  mutation RegisterIntermediary($input: RegisterIntermediaryInput!) {
    registerIntermediary(input: $input) {
      ...ViewerFields
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password) {
      ...ViewerFields
    }
  }
`);
