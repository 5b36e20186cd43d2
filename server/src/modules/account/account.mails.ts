import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '@tsunagu/shared';
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
  return {
    kind: 'INVITATION',
    recipient,
    subject: `【つなぐ】${invitation.organizationName}（${kindLabel}）への招待`,
    body: [
      `${invitation.inviterOrganization} の ${invitation.inviterName} さんから、`,
      `つなぐの「${invitation.organizationName}」（${kindLabel}）のアカウントへ招待されました。`,
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
