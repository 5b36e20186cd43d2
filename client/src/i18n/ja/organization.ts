/** Japanese messages: organization. */
export const organization = {
  organization: {
    title: '組織とメンバー',
    kind: '組織の種類',
    place: '地域',
    yourRole: 'あなたの役割',
    ownerNote: '（オーナー: メンバーの招待・削除ができます）',
    membersHeading: 'メンバー',
    membersCaption: '{{organization}}のメンバー',
    membersLoading: 'メンバーを読み込んでいます…',
    memberName: '氏名',
    memberRole: '権限',
    memberSince: '登録日',
    actions: '操作',
    you: '（あなた）',
    remove: '削除',
    removeConfirm: '{{name}}（{{email}}）を組織から削除します。削除するとこの人はログインできなくなります。よろしいですか。',
    removeConfirmButton: '削除する',
    removed: '{{name}}を組織から削除しました。',
    invite: {
      prefectureStaff: {
        title: '都道府県の職員を招待する',
        lead: '都道府県の担当者に招待メールを送ります。担当者はプロフィールの確認と、市区町村の招待ができるようになります。',
      },
      municipalityStaff: {
        title: '市区町村の職員を招待する',
        lead: '県内の市区町村の担当者に招待メールを送ります。担当者は支援者の連絡先を見たり、地域運営組織を招待したりできるようになります。',
      },
      rmoStaff: {
        title: '地域運営組織を招待する',
        lead: '市区町村内の地域運営組織（RMO）の事務局に招待メールを送ります。',
      },
      organizationMember: {
        title: 'メンバーを招待する',
        lead: '同じ組織で一緒に作業する人に招待メールを送ります。',
      },
    },
    invitePrefecture: '都道府県',
    inviteMunicipality: '市区町村',
    inviteRmoName: '地域運営組織の名前',
    inviteWard: '区',
    inviteWardHint: '政令指定都市の区で活動する組織の場合に選んでください。',
    wholeCity: '市全体',
    inviteEmailHint:
      '招待のリンクを送るメールアドレス。リンクの有効期限は7日間です。すでにつなぐのアカウントがあるアドレスには、リンクの代わりにその旨のお知らせが届きます（1つのアドレスで作れるアカウントは1つです）。',
    inviteSubmit: '招待メールを送る',
    inviteSent: '{{email}} 宛てに「{{organization}}」への招待メールを送りました（有効期限: {{date}}）。',
    noInvitations: 'あなたのアカウントから送れる招待はありません。メンバーの招待は組織のオーナーが行います。',
  },
};
