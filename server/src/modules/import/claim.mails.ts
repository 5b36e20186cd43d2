import { plainTextUrls } from '@tsunagu/shared';
import { composeMail, type MailMessage } from '../mail/mail-content';

/** The mail inviting an imported supporter's contact to claim and maintain its profile (link valid 30 days, once). */
export function claimMail(recipient: string, details: { profileName: string; importerName: string }, link: string): MailMessage {
  const [profileName, importerName] = [details.profileName, details.importerName].map(plainTextUrls);
  return composeMail('SUPPORTER_CLAIM', recipient, '【つなぐ】支援者プロフィールの引き継ぎのご案内', {
    paragraphs: [
      `${importerName} が、支援者名簿から「${profileName}」のプロフィールをつなぐに登録しました。`,
      'つなぐは、地域運営組織を支える市区町村・都道府県と中間支援者をつなぐサービスです。次のボタンからアカウントを作成すると、このプロフィールを引き継いで、ご自身で内容や受付状況を更新できます。',
    ],
    action: { label: 'プロフィールを引き継ぐ', url: link },
    notes: ['このリンクの有効期限は30日間で、一度だけ使えます。', 'お心当たりのない場合は、このメールを破棄してください。'],
  });
}
