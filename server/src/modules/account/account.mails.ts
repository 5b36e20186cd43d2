import { ORGANIZATION_KIND_LABELS, plainTextUrls, type OrganizationKind } from '@tsunagu/shared';
import { composeMail, type MailMessage } from '../mail/mail-content';

/** The mail with a password-reset link (valid one hour, once). */
export function passwordResetMail(recipient: string, displayName: string, link: string): MailMessage {
  return composeMail('PASSWORD_RESET', recipient, '【つなぐ】パスワード再設定のご案内', {
    greeting: `${displayName} 様`,
    paragraphs: ['パスワード再設定のお申し込みを受け付けました。', '次のボタンからページを開き、新しいパスワードを設定してください。'],
    action: { label: 'パスワードを再設定する', url: link },
    notes: [
      'このリンクの有効期限は1時間で、一度だけ使えます。',
      'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
    ],
  });
}

/** Who invited whom into what, as an invitation mail states it. */
export interface InvitationDetails {
  inviterName: string;
  inviterOrganization: string;
  organizationName: string;
  organizationKind: OrganizationKind;
}

/** The names people typed, with their web addresses shown as text, never as something to click. */
function inertNames(invitation: InvitationDetails) {
  const [inviterOrganization, inviterName, organizationName] = [invitation.inviterOrganization, invitation.inviterName, invitation.organizationName].map(plainTextUrls);
  return { inviterOrganization, inviterName, organizationName, kindLabel: ORGANIZATION_KIND_LABELS[invitation.organizationKind].ja };
}

/** The mail with an invitation link (valid seven days, once). */
export function invitationMail(recipient: string, invitation: InvitationDetails, link: string): MailMessage {
  const { inviterOrganization, inviterName, organizationName, kindLabel } = inertNames(invitation);
  // Only fixed words in the subject: an organization's name is free text and could read like a lure.
  return composeMail('INVITATION', recipient, `【つなぐ】${kindLabel}のアカウントへの招待`, {
    paragraphs: [
      `${inviterOrganization} の ${inviterName} さんから、つなぐの「${organizationName}」（${kindLabel}）のアカウントへ招待されました。`,
      '次のボタンからページを開き、お名前とパスワードを設定して登録を完了してください。',
    ],
    action: { label: '招待を受けて登録する', url: link },
    notes: ['このリンクの有効期限は7日間で、一度だけ使えます。', 'お心当たりのない場合は、このメールを破棄してください。'],
  });
}

/** The account an invited address already belongs to, as far as the mail to its holder needs it. */
export interface ExistingAccount {
  displayName: string;
  /** Removed from its organization: it cannot sign in any more, but still holds the address. */
  removed: boolean;
  /** Already a member of the organization the invitation leads into. */
  alreadyMember: boolean;
}

/**
 * Sent instead of the invitation when the address already has an account (one address, one account):
 * no link to register, only what happened and what to do. The inviter is not told (see createInvitation).
 */
export function invitationToExistingAccountMail(
  recipient: string,
  invitation: InvitationDetails,
  account: ExistingAccount,
  signInUrl: string,
): MailMessage {
  const { inviterOrganization, inviterName, organizationName, kindLabel } = inertNames(invitation);
  const invited = `${inviterOrganization} の ${inviterName} さんから、つなぐの「${organizationName}」（${kindLabel}）のアカウントへの招待がありました。`;
  const askAgain = `「${organizationName}」で使うアカウントが必要な場合は、招待した方に、別のメールアドレスで招待し直すよう伝えてください。`;
  const subject = '【つなぐ】招待についてのお知らせ（登録済みのメールアドレス）';
  const unknown = 'お心当たりのない場合は、このメールを破棄してください。';
  if (account.removed) {
    return composeMail('INVITATION_TO_EXISTING_ACCOUNT', recipient, subject, {
      paragraphs: [
        invited,
        'このメールアドレスは、以前つなぐで使われていたアカウントに登録されたままのため、この招待からは新しいアカウントを作れません。',
        askAgain,
      ],
      notes: [unknown],
    });
  }
  return composeMail('INVITATION_TO_EXISTING_ACCOUNT', recipient, subject, {
    greeting: `${account.displayName} 様`,
    paragraphs: [
      invited,
      account.alreadyMember
        ? `このメールアドレスは、すでにあなたのつなぐのアカウントで使われており、あなたはすでに「${organizationName}」のメンバーです。いまのアカウントでそのままログインしてください。`
        : 'このメールアドレスは、すでにあなたのつなぐのアカウントで使われています。つなぐでは1つのメールアドレスで1つのアカウントしか作れないため、この招待から新しいアカウントは作られません。',
      ...(account.alreadyMember ? [] : [askAgain]),
    ],
    action: { label: 'ログインする', url: signInUrl },
    notes: [
      'パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた場合」から再設定できます。',
      `${unknown}あなたのアカウントには何も変更はありません。`,
    ],
  });
}
