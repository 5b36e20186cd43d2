/**
 * Notifications (issue 10): the kinds of event people are told about, who receives each, how it is
 * delivered by default, and the sentences an inbox entry or a mail says, rendered from the kind and
 * its params in Japanese and English (nothing is stored as a sentence).
 */
import type { BilingualLabel, Locale } from './labels';
import { UserRole } from './roles';

/** Every kind of event that lands in someone's inbox. */
export enum NotificationKind {
  /** A municipality asked its prefecture for an introduction → the prefecture's staff. */
  INTRODUCTION_REQUESTED = 'INTRODUCTION_REQUESTED',
  /** The prefecture proposed a supporter → the requesting municipality. */
  INTRODUCTION_PROPOSED = 'INTRODUCTION_PROPOSED',
  /** An approach or a proposal arrived → the supporter's organization. */
  OFFER_RECEIVED = 'OFFER_RECEIVED',
  /** The supporter accepted → the municipality (and the broker prefecture). */
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  /** The supporter declined, with a reason code → the municipality (and the broker prefecture). */
  OFFER_DECLINED = 'OFFER_DECLINED',
  /** The municipality confirmed the offer → the supporter (and the broker prefecture). */
  OFFER_CONFIRMED = 'OFFER_CONFIRMED',
  /** Another supporter was confirmed, so this open offer closed → the supporter. */
  OFFER_CLOSED = 'OFFER_CLOSED',
  /** The municipality withdrew the offer → the supporter. */
  OFFER_WITHDRAWN = 'OFFER_WITHDRAWN',
  /** Three days before the response deadline → the supporter. */
  OFFER_DEADLINE_REMINDER = 'OFFER_DEADLINE_REMINDER',
  /** Unanswered at the deadline → the municipality, the broker prefecture and the supporter. */
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  /** A message in the offer's thread → its other parties. */
  OFFER_MESSAGE = 'OFFER_MESSAGE',
  /** An RMO submitted a request → its municipality, which must endorse or return it. */
  REQUEST_AWAITING_ENDORSEMENT = 'REQUEST_AWAITING_ENDORSEMENT',
  /** The municipality endorsed the RMO's request → the RMO. */
  REQUEST_ENDORSED = 'REQUEST_ENDORSED',
  /** The municipality returned the RMO's request for revision, with a comment → the RMO. */
  REQUEST_RETURNED = 'REQUEST_RETURNED',
  /** A supporter marked interest in a published request → the request's municipality. */
  INTEREST_MARKED = 'INTEREST_MARKED',
  /** A prefecture or the operator verified or rejected a profile → its owning organization. */
  VERIFICATION_DECIDED = 'VERIFICATION_DECIDED',
  /** A profile's availability needs reconfirming (due soon, stale, hidden) → its owning organization. */
  RECONFIRMATION_DUE = 'RECONFIRMATION_DUE',
  /** An engagement began (from a confirmed offer or recorded) → its supporter, RMOs and prefecture. */
  ENGAGEMENT_STARTED = 'ENGAGEMENT_STARTED',
  /** The engagement moved to another step → its other parties. */
  ENGAGEMENT_STEP_CHANGED = 'ENGAGEMENT_STEP_CHANGED',
  /** The engagement entered its wrap-up review → the municipality, RMOs and supporter, who each write a part. */
  ENGAGEMENT_REVIEW_STARTED = 'ENGAGEMENT_REVIEW_STARTED',
  /** The review completed the engagement, or it ended early → every party. */
  ENGAGEMENT_ENDED = 'ENGAGEMENT_ENDED',
  /** The lead supporter invited another organization's supporter as an OJT trainee → that organization. */
  OJT_INVITED = 'OJT_INVITED',
  /** A supporter asked the municipality to approve a case draft → the municipality. */
  CASE_AWAITING_APPROVAL = 'CASE_AWAITING_APPROVAL',
  /** The municipality approved a case → the prefecture, which publishes it. */
  CASE_AWAITING_PUBLICATION = 'CASE_AWAITING_PUBLICATION',
  /** The prefecture published a case → the municipality and the supporter. */
  CASE_PUBLISHED = 'CASE_PUBLISHED',
}

/** How one user hears of one kind of event. Every entry lands in the inbox whatever the choice. */
export enum NotificationDelivery {
  /** A mail at once (through the job queue). */
  IMMEDIATE = 'IMMEDIATE',
  /** Gathered into one mail a day, at DIGEST_HOUR_JST. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** No mail: the inbox only. */
  INBOX_ONLY = 'INBOX_ONLY',
}

export const NOTIFICATION_DELIVERY_LABELS: Readonly<Record<NotificationDelivery, BilingualLabel>> = {
  IMMEDIATE: { ja: 'すぐにメールで知らせる', en: 'Email me at once' },
  DAILY_DIGEST: { ja: '1日1回まとめてメールで知らせる', en: 'One daily digest email' },
  INBOX_ONLY: { ja: 'メールは送らない（お知らせ欄のみ）', en: 'No email (inbox only)' },
};

/** The local hour (Asia/Tokyo) at which the daily digest goes out. */
export const DIGEST_HOUR_JST = 8;

/** What each kind is about, as the settings page lists it. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, BilingualLabel>> = {
  INTRODUCTION_REQUESTED: { ja: '市区町村から紹介依頼が届いたとき', en: 'A municipality asks for an introduction' },
  INTRODUCTION_PROPOSED: { ja: '県から支援者の紹介があったとき', en: 'The prefecture proposes a supporter' },
  OFFER_RECEIVED: { ja: '打診・紹介が届いたとき', en: 'An approach or introduction arrives' },
  OFFER_ACCEPTED: { ja: '支援者が打診を受けたとき', en: 'A supporter accepts an offer' },
  OFFER_DECLINED: { ja: '支援者が打診を辞退したとき', en: 'A supporter declines an offer' },
  OFFER_CONFIRMED: { ja: '依頼が確定したとき', en: 'An offer is confirmed' },
  OFFER_CLOSED: { ja: '他の支援者に決まり、打診が終了したとき', en: 'An offer closes because another supporter was chosen' },
  OFFER_WITHDRAWN: { ja: '打診が取り下げられたとき', en: 'An offer is withdrawn' },
  OFFER_DEADLINE_REMINDER: { ja: '回答期限の3日前', en: 'Three days before a response deadline' },
  OFFER_EXPIRED: { ja: '回答期限を過ぎたとき', en: 'An offer expires unanswered' },
  OFFER_MESSAGE: { ja: '打診のメッセージが届いたとき', en: 'A message arrives in an offer thread' },
  REQUEST_AWAITING_ENDORSEMENT: { ja: '地域運営組織から依頼が提出されたとき（承認待ち）', en: 'An RMO submits a request for endorsement' },
  REQUEST_ENDORSED: { ja: '依頼が市区町村に承認されたとき', en: 'The municipality endorses a request' },
  REQUEST_RETURNED: { ja: '依頼が差し戻されたとき', en: 'A request is returned for revision' },
  INTEREST_MARKED: { ja: '支援者が依頼に関心を示したとき', en: 'A supporter marks interest in a request' },
  VERIFICATION_DECIDED: { ja: '掲載情報の確認結果が出たとき', en: 'A profile verification is decided' },
  RECONFIRMATION_DUE: { ja: '掲載情報の受付状況の確認が必要なとき', en: 'A profile needs its availability reconfirmed' },
  ENGAGEMENT_STARTED: { ja: '支援（協働）が始まったとき', en: 'An engagement begins' },
  ENGAGEMENT_STEP_CHANGED: { ja: '支援が次のステップに進んだとき', en: 'An engagement moves to another step' },
  ENGAGEMENT_REVIEW_STARTED: { ja: '支援が総括に入ったとき', en: 'An engagement enters its review' },
  ENGAGEMENT_ENDED: { ja: '支援が完了・終了したとき', en: 'An engagement completes or ends' },
  OJT_INVITED: { ja: 'OJTへの参加を依頼されたとき', en: 'You are invited to an engagement as an OJT trainee' },
  CASE_AWAITING_APPROVAL: { ja: '事例の承認を依頼されたとき', en: 'A case awaits your approval' },
  CASE_AWAITING_PUBLICATION: { ja: '事例の公開を依頼されたとき', en: 'A case awaits publication' },
  CASE_PUBLISHED: { ja: '事例が公開されたとき', en: 'A case is published' },
};

/** The kinds each role can receive (the settings page shows these; others never reach the role). */
export const NOTIFICATION_KINDS_BY_ROLE: Readonly<Record<UserRole, readonly NotificationKind[]>> = {
  MUNICIPALITY_STAFF: [
    NotificationKind.REQUEST_AWAITING_ENDORSEMENT,
    NotificationKind.INTRODUCTION_PROPOSED,
    NotificationKind.OFFER_ACCEPTED,
    NotificationKind.OFFER_DECLINED,
    NotificationKind.OFFER_EXPIRED,
    NotificationKind.OFFER_MESSAGE,
    NotificationKind.INTEREST_MARKED,
    NotificationKind.ENGAGEMENT_STEP_CHANGED,
    NotificationKind.ENGAGEMENT_REVIEW_STARTED,
    NotificationKind.ENGAGEMENT_ENDED,
    NotificationKind.CASE_AWAITING_APPROVAL,
    NotificationKind.CASE_PUBLISHED,
  ],
  PREFECTURE_STAFF: [
    NotificationKind.INTRODUCTION_REQUESTED,
    NotificationKind.OFFER_ACCEPTED,
    NotificationKind.OFFER_DECLINED,
    NotificationKind.OFFER_CONFIRMED,
    NotificationKind.OFFER_EXPIRED,
    NotificationKind.OFFER_MESSAGE,
    NotificationKind.ENGAGEMENT_STARTED,
    NotificationKind.ENGAGEMENT_STEP_CHANGED,
    NotificationKind.ENGAGEMENT_ENDED,
    NotificationKind.CASE_AWAITING_PUBLICATION,
  ],
  RMO_STAFF: [
    NotificationKind.REQUEST_ENDORSED,
    NotificationKind.REQUEST_RETURNED,
    NotificationKind.ENGAGEMENT_STARTED,
    NotificationKind.ENGAGEMENT_STEP_CHANGED,
    NotificationKind.ENGAGEMENT_REVIEW_STARTED,
    NotificationKind.ENGAGEMENT_ENDED,
  ],
  INTERMEDIARY_STAFF: [
    NotificationKind.OFFER_RECEIVED,
    NotificationKind.OFFER_DEADLINE_REMINDER,
    NotificationKind.OFFER_CONFIRMED,
    NotificationKind.OFFER_CLOSED,
    NotificationKind.OFFER_WITHDRAWN,
    NotificationKind.OFFER_EXPIRED,
    NotificationKind.OFFER_MESSAGE,
    NotificationKind.VERIFICATION_DECIDED,
    NotificationKind.RECONFIRMATION_DUE,
    NotificationKind.ENGAGEMENT_STARTED,
    NotificationKind.ENGAGEMENT_STEP_CHANGED,
    NotificationKind.ENGAGEMENT_REVIEW_STARTED,
    NotificationKind.ENGAGEMENT_ENDED,
    NotificationKind.OJT_INVITED,
    NotificationKind.CASE_PUBLISHED,
  ],
  OPERATOR: [],
};

/** Kinds that ask the recipient to do something: mailed at once unless the user chose otherwise. */
const ACTIONABLE: readonly NotificationKind[] = [
  NotificationKind.OFFER_RECEIVED,
  NotificationKind.INTRODUCTION_REQUESTED,
  NotificationKind.OFFER_DEADLINE_REMINDER,
  NotificationKind.REQUEST_AWAITING_ENDORSEMENT,
  NotificationKind.REQUEST_RETURNED,
  NotificationKind.RECONFIRMATION_DUE,
  NotificationKind.ENGAGEMENT_REVIEW_STARTED,
  NotificationKind.OJT_INVITED,
  NotificationKind.CASE_AWAITING_APPROVAL,
  NotificationKind.CASE_AWAITING_PUBLICATION,
];

/**
 * The delivery a user gets without a choice of their own: actionable kinds at once, the rest in the
 * daily digest. An accepted offer is actionable for the municipality (it must confirm one), not for
 * the broker prefecture.
 */
export function defaultNotificationDelivery(kind: NotificationKind, role: UserRole): NotificationDelivery {
  if (ACTIONABLE.includes(kind)) return NotificationDelivery.IMMEDIATE;
  if (kind === NotificationKind.OFFER_ACCEPTED && role === UserRole.MUNICIPALITY_STAFF) return NotificationDelivery.IMMEDIATE;
  return NotificationDelivery.DAILY_DIGEST;
}

/** Facts a sentence is built from (see NOTIFICATION_PARAMS in the README). Values are names, dates (YYYY-MM-DD) and codes. */
export type NotificationParams = Readonly<Record<string, string | number | null>>;

/** Why a supporter declines an offer (OFFER_DECLINED's `reason`). */
export enum OfferDeclineReason {
  AT_CAPACITY = 'AT_CAPACITY',
  OUTSIDE_AREA = 'OUTSIDE_AREA',
  NOT_MY_FIELD = 'NOT_MY_FIELD',
  FEE_OR_FUNDING = 'FEE_OR_FUNDING',
  TIMING = 'TIMING',
  OTHER = 'OTHER',
}

export const OFFER_DECLINE_REASON_LABELS: Readonly<Record<OfferDeclineReason, BilingualLabel>> = {
  AT_CAPACITY: { ja: '受入可能数に達している', en: 'At capacity' },
  OUTSIDE_AREA: { ja: '対応地域外', en: 'Outside our area' },
  NOT_MY_FIELD: { ja: '専門分野が合わない', en: 'Not our field' },
  FEE_OR_FUNDING: { ja: '費用・財源が合わない', en: 'Fee or funding does not fit' },
  TIMING: { ja: '時期が合わない', en: 'Timing does not fit' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** A rendered entry: `title` never holds free text (it is also a mail subject), `body` is one or two sentences. */
export interface RenderedNotification {
  title: string;
  body: string;
}

type Sentence = (p: Readers, locale: Locale) => RenderedNotification;

/** Readers of params that tolerate a missing or mistyped value (older entries, other helpers' events). */
interface Readers {
  /** A name or title, quoted 「…」 / "…"; `fallback` when absent. */
  quoted(name: string, fallback: BilingualLabel): string;
  /** A plain value as text, or '' when absent. */
  text(name: string): string;
  /** A YYYY-MM-DD date as 2026年4月15日 / April 15, 2026, or '' when absent. */
  date(name: string): string;
  /** The raw code value, or '' when absent. */
  code(name: string): string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatDate(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return locale === 'ja' ? `${year}年${month}月${day}日` : `${EN_MONTHS[month - 1] ?? m[2]} ${day}, ${year}`;
}

function readers(params: NotificationParams, locale: Locale): Readers {
  const raw = (name: string): string => {
    const value = params[name];
    return value === null || value === undefined ? '' : String(value).trim();
  };
  return {
    quoted: (name, fallback) => {
      const value = raw(name);
      if (!value) return fallback[locale];
      return locale === 'ja' ? `「${value}」` : `"${value}"`;
    },
    text: raw,
    date: (name) => {
      const value = raw(name);
      return value ? formatDate(value, locale) : '';
    },
    code: raw,
  };
}

const REQUEST: BilingualLabel = { ja: '支援依頼', en: 'a support request' };
const SUPPORTER: BilingualLabel = { ja: '支援者', en: 'A supporter' };
const MUNICIPALITY: BilingualLabel = { ja: '市区町村', en: 'The municipality' };
const PREFECTURE: BilingualLabel = { ja: '都道府県', en: 'The prefecture' };
const PROFILE: BilingualLabel = { ja: '掲載情報', en: 'your profile' };
const OTHER_PARTY: BilingualLabel = { ja: '相手方', en: 'The other party' };
const RMO: BilingualLabel = { ja: '地域運営組織', en: 'A regional management organization' };
const ENGAGEMENT: BilingualLabel = { ja: '支援', en: 'an engagement' };
const CASE: BilingualLabel = { ja: '事例', en: 'a case' };
/** Step names for ENGAGEMENT_STEP_CHANGED's `step` (a Step code). */
const STEP_NAMES: Readonly<Record<string, BilingualLabel>> = {
  REFLECTION: { ja: '振り返り', en: 'Reflection' },
  SHARING: { ja: '意義や方法の共有', en: 'Sharing' },
  MODEL_FORMATION: { ja: '実例（モデル）の形成', en: 'Model formation' },
  HORIZONTAL_EXPANSION: { ja: '横展開', en: 'Horizontal expansion' },
  REVIEW: { ja: '総括', en: 'Review' },
};

/** Joins sentences, dropping empty ones (a missing date leaves no half sentence). */
const join = (locale: Locale, ...parts: string[]) => parts.filter(Boolean).join(locale === 'ja' ? '' : ' ');

/** One rendering per kind; `ja`/`en` pick the language. Params named in each kind's README row. */
const SENTENCES: Readonly<Record<NotificationKind, Sentence>> = {
  INTRODUCTION_REQUESTED: (p, l) =>
    l === 'ja'
      ? { title: '紹介依頼が届きました', body: `${p.quoted('municipalityName', MUNICIPALITY)}から${p.quoted('requestTitle', REQUEST)}について、支援者の紹介依頼が届きました。` }
      : {
          title: 'An introduction was requested',
          body: `${p.quoted('municipalityName', MUNICIPALITY)} asks you to introduce supporters for ${p.quoted('requestTitle', REQUEST)}.`,
        },
  INTRODUCTION_PROPOSED: (p, l) =>
    l === 'ja'
      ? {
          title: '県から支援者の紹介がありました',
          body: `${p.quoted('prefectureName', PREFECTURE)}が${p.quoted('requestTitle', REQUEST)}に${p.quoted('supporterName', SUPPORTER)}を紹介しました。支援者の回答をお待ちください。`,
        }
      : {
          title: 'The prefecture proposed a supporter',
          body: `${p.quoted('prefectureName', PREFECTURE)} proposed ${p.quoted('supporterName', SUPPORTER)} for ${p.quoted('requestTitle', REQUEST)}. The supporter will answer.`,
        },
  OFFER_RECEIVED: (p, l) => {
    const brokered = Boolean(p.text('prefectureName'));
    const deadline = p.date('deadline');
    return l === 'ja'
      ? {
          title: brokered ? '支援の紹介が届きました' : '支援の打診が届きました',
          body: join(
            l,
            brokered
              ? `${p.quoted('prefectureName', PREFECTURE)}から、${p.quoted('municipalityName', MUNICIPALITY)}の${p.quoted('requestTitle', REQUEST)}への紹介が届きました。`
              : `${p.quoted('municipalityName', MUNICIPALITY)}から${p.quoted('requestTitle', REQUEST)}について打診が届きました。`,
            deadline ? `${deadline}までに、受けるか辞退するかをお答えください。` : 'お受けになるか、辞退するかをお答えください。',
          ),
        }
      : {
          title: brokered ? 'You were introduced for a request' : 'You were approached for a request',
          body: join(
            l,
            brokered
              ? `${p.quoted('prefectureName', PREFECTURE)} introduced you for ${p.quoted('requestTitle', REQUEST)} of ${p.quoted('municipalityName', MUNICIPALITY)}.`
              : `${p.quoted('municipalityName', MUNICIPALITY)} approached you about ${p.quoted('requestTitle', REQUEST)}.`,
            deadline ? `Please accept or decline by ${deadline}.` : 'Please accept or decline.',
          ),
        };
  },
  OFFER_ACCEPTED: (p, l) =>
    l === 'ja'
      ? {
          title: '支援者が打診を受けました',
          body: `${p.quoted('supporterName', SUPPORTER)}が${p.quoted('requestTitle', REQUEST)}の打診を受けました。依頼を確定するかどうかをお決めください。`,
        }
      : {
          title: 'A supporter accepted',
          body: `${p.quoted('supporterName', SUPPORTER)} accepted the offer for ${p.quoted('requestTitle', REQUEST)}. Decide whether to confirm it.`,
        },
  OFFER_DECLINED: (p, l) => {
    const code = p.code('reason');
    const label = (OFFER_DECLINE_REASON_LABELS as Record<string, BilingualLabel | undefined>)[code]?.[l];
    return l === 'ja'
      ? {
          title: '支援者が打診を辞退しました',
          body: join(l, `${p.quoted('supporterName', SUPPORTER)}が${p.quoted('requestTitle', REQUEST)}の打診を辞退しました。`, label ? `理由: ${label}` : ''),
        }
      : {
          title: 'A supporter declined',
          body: join(l, `${p.quoted('supporterName', SUPPORTER)} declined the offer for ${p.quoted('requestTitle', REQUEST)}.`, label ? `Reason: ${label}.` : ''),
        };
  },
  OFFER_CONFIRMED: (p, l) =>
    l === 'ja'
      ? {
          title: '依頼が確定しました',
          body: `${p.quoted('municipalityName', MUNICIPALITY)}が${p.quoted('requestTitle', REQUEST)}について${p.quoted('supporterName', SUPPORTER)}への依頼を確定しました。`,
        }
      : {
          title: 'An offer was confirmed',
          body: `${p.quoted('municipalityName', MUNICIPALITY)} confirmed ${p.quoted('supporterName', SUPPORTER)} for ${p.quoted('requestTitle', REQUEST)}.`,
        },
  OFFER_CLOSED: (p, l) =>
    l === 'ja'
      ? {
          title: '打診が終了しました',
          body: `${p.quoted('municipalityName', MUNICIPALITY)}の${p.quoted('requestTitle', REQUEST)}は、別の支援者にお願いすることになりました。ご検討いただきありがとうございました。`,
        }
      : {
          title: 'An offer has closed',
          body: `${p.quoted('municipalityName', MUNICIPALITY)} has chosen another supporter for ${p.quoted('requestTitle', REQUEST)}. Thank you for considering it.`,
        },
  OFFER_WITHDRAWN: (p, l) =>
    l === 'ja'
      ? { title: '打診が取り下げられました', body: `${p.quoted('municipalityName', MUNICIPALITY)}が${p.quoted('requestTitle', REQUEST)}の打診を取り下げました。` }
      : { title: 'An offer was withdrawn', body: `${p.quoted('municipalityName', MUNICIPALITY)} withdrew the offer for ${p.quoted('requestTitle', REQUEST)}.` },
  OFFER_DEADLINE_REMINDER: (p, l) => {
    const deadline = p.date('deadline');
    return l === 'ja'
      ? {
          title: '打診の回答期限が近づいています',
          body: join(l, `${p.quoted('requestTitle', REQUEST)}の打診にまだ回答していません。`, deadline ? `回答期限は${deadline}です。` : ''),
        }
      : {
          title: 'An offer deadline is near',
          body: join(l, `You have not answered the offer for ${p.quoted('requestTitle', REQUEST)} yet.`, deadline ? `The deadline is ${deadline}.` : ''),
        };
  },
  OFFER_EXPIRED: (p, l) =>
    l === 'ja'
      ? {
          title: '打診が回答期限を過ぎました',
          body: `${p.quoted('requestTitle', REQUEST)}の${p.quoted('supporterName', SUPPORTER)}への打診は、回答がないまま期限を過ぎました。`,
        }
      : {
          title: 'An offer expired',
          body: `The offer to ${p.quoted('supporterName', SUPPORTER)} for ${p.quoted('requestTitle', REQUEST)} expired without an answer.`,
        },
  OFFER_MESSAGE: (p, l) => {
    const preview = p.text('messagePreview');
    return l === 'ja'
      ? {
          title: '打診にメッセージが届きました',
          body: join(l, `${p.quoted('senderName', OTHER_PARTY)}から${p.quoted('requestTitle', REQUEST)}の打診についてメッセージが届きました。`, preview ? `「${preview}」` : ''),
        }
      : {
          title: 'A new message',
          body: join(l, `${p.quoted('senderName', OTHER_PARTY)} wrote about the offer for ${p.quoted('requestTitle', REQUEST)}.`, preview ? `"${preview}"` : ''),
        };
  },
  REQUEST_AWAITING_ENDORSEMENT: (p, l) =>
    l === 'ja'
      ? {
          title: '支援依頼の承認をお願いします',
          body: `${p.quoted('rmoName', RMO)}が${p.quoted('requestTitle', REQUEST)}を提出しました。内容を確認して承認するか、差し戻してください。`,
        }
      : {
          title: 'A request awaits your endorsement',
          body: `${p.quoted('rmoName', RMO)} submitted ${p.quoted('requestTitle', REQUEST)}. Review it, then endorse it or return it for revision.`,
        },
  REQUEST_ENDORSED: (p, l) =>
    l === 'ja'
      ? { title: '支援依頼が承認されました', body: `${p.quoted('municipalityName', MUNICIPALITY)}が${p.quoted('requestTitle', REQUEST)}を承認し、募集が始まりました。` }
      : { title: 'Your request was endorsed', body: `${p.quoted('municipalityName', MUNICIPALITY)} endorsed ${p.quoted('requestTitle', REQUEST)}; it is now open.` },
  REQUEST_RETURNED: (p, l) => {
    const comment = p.text('comment');
    return l === 'ja'
      ? {
          title: '支援依頼が差し戻されました',
          body: join(l, `${p.quoted('municipalityName', MUNICIPALITY)}が${p.quoted('requestTitle', REQUEST)}を差し戻しました。内容を直して、もう一度提出してください。`, comment ? `コメント: ${comment}` : ''),
        }
      : {
          title: 'Your request was returned',
          body: join(l, `${p.quoted('municipalityName', MUNICIPALITY)} returned ${p.quoted('requestTitle', REQUEST)} for revision. Edit it and submit it again.`, comment ? `Comment: ${comment}` : ''),
        };
  },
  INTEREST_MARKED: (p, l) => {
    const message = p.text('message');
    return l === 'ja'
      ? {
          title: '支援者が依頼に関心を示しました',
          body: join(l, `${p.quoted('supporterName', SUPPORTER)}が${p.quoted('requestTitle', REQUEST)}に関心を示しました。`, message ? `メッセージ: ${message}` : ''),
        }
      : {
          title: 'A supporter is interested',
          body: join(l, `${p.quoted('supporterName', SUPPORTER)} marked interest in ${p.quoted('requestTitle', REQUEST)}.`, message ? `Message: ${message}` : ''),
        };
  },
  VERIFICATION_DECIDED: (p, l) => {
    const verified = p.code('decision') !== 'REJECTED';
    const reason = p.text('reason');
    if (l === 'ja') {
      return verified
        ? { title: '掲載情報が確認済みになりました', body: `${p.quoted('profileName', PROFILE)}が確認済みになりました。検索と候補の一覧に「確認済み」と表示されます。` }
        : {
            title: '掲載情報が確認されませんでした',
            body: join(l, `${p.quoted('profileName', PROFILE)}は確認されませんでした。内容を見直してください。`, reason ? `理由: ${reason}` : ''),
          };
    }
    return verified
      ? { title: 'Your profile was verified', body: `${p.quoted('profileName', PROFILE)} is now verified; search and rankings show it as such.` }
      : { title: 'Your profile was not verified', body: join(l, `${p.quoted('profileName', PROFILE)} was not verified. Please review it.`, reason ? `Reason: ${reason}` : '') };
  },
  RECONFIRMATION_DUE: (p, l) => {
    const stage = p.code('stage');
    const staleOn = p.date('staleOn');
    if (l === 'ja') {
      if (stage === 'HIDDEN') return { title: '掲載情報が検索に表示されなくなりました', body: `${p.quoted('profileName', PROFILE)}は受付状況が長く確認されていないため、検索に表示されなくなりました。確認するとすぐに戻ります。` };
      if (stage === 'STALE') return { title: '掲載情報の確認期限が過ぎました', body: `${p.quoted('profileName', PROFILE)}は「長期間未確認」と表示され、検索で下位に並んでいます。受付状況を確認してください。` };
      return { title: '掲載情報の確認をお願いします', body: join(l, `${p.quoted('profileName', PROFILE)}の受付状況を確認してください。`, staleOn ? `${staleOn}を過ぎると「長期間未確認」と表示されます。` : '') };
    }
    if (stage === 'HIDDEN') return { title: 'Your profile left search', body: `${p.quoted('profileName', PROFILE)} has not been reconfirmed for long and no longer appears in search. Reconfirm it to bring it back.` };
    if (stage === 'STALE') return { title: 'Your profile is overdue for reconfirmation', body: `${p.quoted('profileName', PROFILE)} shows as not confirmed for a long time and ranks lower. Please reconfirm its availability.` };
    return { title: 'Please reconfirm your profile', body: join(l, `Please reconfirm the availability of ${p.quoted('profileName', PROFILE)}.`, staleOn ? `After ${staleOn} it shows as not confirmed for a long time.` : '') };
  },
  ENGAGEMENT_STARTED: (p, l) =>
    l === 'ja'
      ? { title: '支援が始まりました', body: `${p.quoted('municipalityName', MUNICIPALITY)}と${p.quoted('supporterName', SUPPORTER)}の${p.quoted('engagementTitle', ENGAGEMENT)}が始まりました。` }
      : { title: 'An engagement began', body: `${p.quoted('engagementTitle', ENGAGEMENT)} of ${p.quoted('municipalityName', MUNICIPALITY)} with ${p.quoted('supporterName', SUPPORTER)} has begun.` },
  ENGAGEMENT_STEP_CHANGED: (p, l) => {
    const step = STEP_NAMES[p.code('step')]?.[l];
    return l === 'ja'
      ? { title: '支援が次のステップに進みました', body: join(l, `${p.quoted('engagementTitle', ENGAGEMENT)}が次のステップに進みました。`, step ? `現在のステップ: ${step}` : '') }
      : { title: 'An engagement moved on', body: join(l, `${p.quoted('engagementTitle', ENGAGEMENT)} moved to another step.`, step ? `Now: ${step}.` : '') };
  },
  ENGAGEMENT_REVIEW_STARTED: (p, l) =>
    l === 'ja'
      ? { title: '支援の総括をお願いします', body: `${p.quoted('engagementTitle', ENGAGEMENT)}が総括に入りました。それぞれの立場から総括を書いてください。` }
      : { title: 'Please write your review', body: `${p.quoted('engagementTitle', ENGAGEMENT)} is in review. Please write your part.` },
  ENGAGEMENT_ENDED: (p, l) => {
    const completed = p.code('outcome') !== 'ENDED_EARLY';
    return l === 'ja'
      ? completed
        ? { title: '支援が完了しました', body: `${p.quoted('engagementTitle', ENGAGEMENT)}は総括を終え、完了しました。` }
        : { title: '支援が途中で終了しました', body: `${p.quoted('engagementTitle', ENGAGEMENT)}は途中で終了しました。` }
      : completed
        ? { title: 'An engagement completed', body: `${p.quoted('engagementTitle', ENGAGEMENT)} completed with its review.` }
        : { title: 'An engagement ended early', body: `${p.quoted('engagementTitle', ENGAGEMENT)} ended before its review.` };
  },
  OJT_INVITED: (p, l) =>
    l === 'ja'
      ? { title: 'OJTへの参加の依頼が届きました', body: `${p.quoted('supporterName', SUPPORTER)}から、${p.quoted('engagementTitle', ENGAGEMENT)}にOJTとして参加する依頼が届きました。参加するかどうかをお答えください。` }
      : { title: 'You are invited as an OJT trainee', body: `${p.quoted('supporterName', SUPPORTER)} invites you to take part in ${p.quoted('engagementTitle', ENGAGEMENT)} as an OJT trainee. Please answer.` },
  CASE_AWAITING_APPROVAL: (p, l) =>
    l === 'ja'
      ? { title: '事例の承認をお願いします', body: `${p.quoted('supporterName', SUPPORTER)}が${p.quoted('caseTitle', CASE)}の原稿を書きました。内容を確認して承認してください。` }
      : { title: 'A case awaits your approval', body: `${p.quoted('supporterName', SUPPORTER)} drafted ${p.quoted('caseTitle', CASE)}. Please review and approve it.` },
  CASE_AWAITING_PUBLICATION: (p, l) =>
    l === 'ja'
      ? { title: '事例の公開をお願いします', body: `${p.quoted('municipalityName', MUNICIPALITY)}が${p.quoted('caseTitle', CASE)}を承認しました。内容を確認して公開してください。` }
      : { title: 'A case awaits publication', body: `${p.quoted('municipalityName', MUNICIPALITY)} approved ${p.quoted('caseTitle', CASE)}. Please review and publish it.` },
  CASE_PUBLISHED: (p, l) =>
    l === 'ja'
      ? { title: '事例が公開されました', body: `${p.quoted('prefectureName', PREFECTURE)}が${p.quoted('caseTitle', CASE)}を事例集に公開しました。` }
      : { title: 'A case was published', body: `${p.quoted('prefectureName', PREFECTURE)} published ${p.quoted('caseTitle', CASE)} in the case library.` },
};

/** The title and sentence of an entry, in the given language, from its kind and params. */
export function renderNotification(kind: NotificationKind, params: NotificationParams, locale: Locale = 'ja'): RenderedNotification {
  const sentence = SENTENCES[kind];
  if (!sentence) return { title: kind, body: '' };
  return sentence(readers(params, locale), locale);
}

/** Whether `link` is a path inside the app (never another site: mails and the inbox link to it). */
export function isAppPath(link: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(link) && link.length <= 500;
}
