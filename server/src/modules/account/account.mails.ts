import { ORGANIZATION_KIND_LABELS, plainTextUrls, type OrganizationKind } from '@tsunagu/shared';
import type { OutgoingMail } from '../outbox/outbox.service';

const SIGNATURE = '\n--\nつなぐ（中間支援者と地域をつなぐマーケットプレイス）\nこのメールは送信専用です。';

/** The mail with a password-reset link (valid one hour, once). */
export function passwordResetMail(recipient: string, displayName: string, link: string): OutgoingMail {
  return {
    kind: 'PASSWORD_RESET',
    recipient,
    subject: '【つなぐ】パスワード再設定のご案内',
    body: [
      `${displayName} 様`,
      '',
      'パスワード再設定のお申し込みを受け付けました。',
      '次のリンクを開き、新しいパスワードを設定してください。',
      '',
      link,
      '',
      'このリンクの有効期限は1時間で、一度だけ使えます。',
      'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
      SIGNATURE,
    ].join('\n'),
  };
}

/** The mail with an invitation link (valid seven days, once). */
export function invitationMail(
  recipient: string,
  invitation: { inviterName: string; inviterOrganization: string; organizationName: string; organizationKind: OrganizationKind },
  link: string,
): OutgoingMail {
  const kindLabel = ORGANIZATION_KIND_LABELS[invitation.organizationKind].ja;
  // Names people typed: their web addresses are shown as text, never as something to click.
  const [inviterOrganization, inviterName, organizationName] = [invitation.inviterOrganization, invitation.inviterName, invitation.organizationName].map(plainTextUrls);
  return {
    kind: 'INVITATION',
    recipient,
    // Only fixed words in the subject: an organization's name is free text and could read like a lure.
    subject: `【つなぐ】${kindLabel}のアカウントへの招待`,
    body: [
      `${inviterOrganization} の ${inviterName} さんから、`,
      `つなぐの「${organizationName}」（${kindLabel}）のアカウントへ招待されました。`,
      '',
      '次のリンクを開き、お名前とパスワードを設定して登録を完了してください。',
      '',
      link,
      '',
      'このリンクの有効期限は7日間で、一度だけ使えます。',
      'お心当たりのない場合は、このメールを破棄してください。',
      SIGNATURE,
    ].join('\n'),
  };
}
