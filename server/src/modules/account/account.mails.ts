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

/** The mail with an invitation link (valid seven days, once). */
export function invitationMail(
  recipient: string,
  invitation: { inviterName: string; inviterOrganization: string; organizationName: string; organizationKind: OrganizationKind },
  link: string,
): MailMessage {
  const kindLabel = ORGANIZATION_KIND_LABELS[invitation.organizationKind].ja;
  // Names people typed: their web addresses are shown as text, never as something to click.
  const [inviterOrganization, inviterName, organizationName] = [invitation.inviterOrganization, invitation.inviterName, invitation.organizationName].map(plainTextUrls);
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
