import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { OrganizationKind, UserRole } from '@tsunagu/shared';
import type { RequestContext } from '../../graphql/context';
import { CurrentViewer } from '../../graphql/current-viewer';
import type { Viewer } from './viewer';
import { AcceptInvitationArgs, CreateInvitationInput, RegisterIntermediaryInput, ResetPasswordArgs } from './account.inputs';
import { Me } from './account.types';
import { Invitation } from './invitation.entity';
import type { SessionCaller } from './session.service';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/** The part of the request a session change needs: who is signed in now and the cookie exchange. */
function callerOf(ctx: RequestContext): SessionCaller {
  return { viewer: ctx.viewer, http: ctx.http };
}

@Resolver()
export class AccountResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user; null when signed out' })
  me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    return ctx.services.accounts.me(ctx.viewer);
  }

  @Mutation(() => Me, {
    description:
      'Signs in and sets the session cookie. Wrong email or password: UNAUTHENTICATED. Too many failures for the account or address: RATE_LIMITED with extensions.retryAfterSeconds',
  })
  signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: RequestContext): Promise<Me> {
    return ctx.services.accounts.signIn(callerOf(ctx), email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears the cookie' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.accounts.signOut(callerOf(ctx));
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a single-use reset link valid for one hour if the email has a live account (at most three an hour), through a job queued for every address. Always true',
  })
  requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.accounts.requestPasswordReset(email);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset token and signs the user out everywhere. Bad token: BAD_USER_INPUT on "token"',
  })
  resetPassword(@Args(() => ResetPasswordArgs) { token, newPassword }: ResetPasswordArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.accounts.resetPassword(token, newPassword);
  }

  @Mutation(() => Me, {
    description: 'An intermediary registers itself (organization, owner, draft profile) and is signed in. Email in use: CONFLICT',
  })
  registerIntermediary(
    @Arg('input', () => RegisterIntermediaryInput) input: RegisterIntermediaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Me> {
    return ctx.services.accounts.registerIntermediary(callerOf(ctx), input);
  }

  @Authorized()
  @Query(() => [User], { description: 'Members of your organization' })
  organizationMembers(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.services.accounts.organizationMembers(viewer);
  }

  @Authorized(UserRole.OPERATOR)
  @Query(() => [Organization], {
    description: 'Organizations by kind then name, at most 500 (operators only); text: part of the name, case-insensitive',
  })
  organizations(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => OrganizationKind, { nullable: true }) kind?: OrganizationKind | null,
    @Arg('text', () => String, { nullable: true }) text?: string | null,
  ): Promise<Organization[]> {
    return ctx.services.accounts.organizations(kind, text);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Owners remove another member of their organization; the member is signed out everywhere' })
  removeMember(@Arg('userId', () => ID) userId: string, @CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.accounts.removeMember(viewer, userId);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized()
  @Mutation(() => Invitation, {
    description:
      'Invites along the chain of trust (operators → prefecture staff → municipality staff → RMO staff; owners → members); mails a link valid 7 days. An address that already has an account is answered the same, and its holder gets a notice instead of the link. Otherwise FORBIDDEN',
  })
  createInvitation(
    @Arg('input', () => CreateInvitationInput) input: CreateInvitationInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<Invitation> {
    return ctx.services.invitations.createInvitation(viewer, input);
  }

  @Mutation(() => Me, { description: 'Accepts an invitation: creates the account and signs in. Bad token: BAD_USER_INPUT on "token"' })
  acceptInvitation(
    @Args(() => AcceptInvitationArgs) { token, displayName, password }: AcceptInvitationArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Me> {
    return ctx.services.invitations.acceptInvitation(callerOf(ctx), token, displayName, password);
  }
}
