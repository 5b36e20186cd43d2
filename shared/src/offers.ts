/**
 * Introductions (issue 10): a municipality approaches a supporter directly (打診), or asks its
 * prefecture to introduce supporters (紹介依頼), which proposes up to three. Either way each
 * approach or proposal is an *offer* to one supporter with a response deadline. The lifecycles
 * are in offer-lifecycle.ts; these are their enums, labels and limits.
 */
import type { BilingualLabel } from './labels';

/** How an offer came about. */
export enum OfferKind {
  /** The municipality approached the supporter itself (打診). */
  APPROACH = 'APPROACH',
  /** The prefecture proposed the supporter on the municipality's introduction request (紹介). */
  PROPOSAL = 'PROPOSAL',
}

export const OFFER_KIND_LABELS: Readonly<Record<OfferKind, BilingualLabel>> = {
  APPROACH: { ja: '打診', en: 'Direct approach' },
  PROPOSAL: { ja: '県からの紹介', en: 'Introduction by the prefecture' },
};

/**
 * OFFERED → ACCEPTED → CONFIRMED; OFFERED → DECLINED (or ACCEPTED → DECLINED before confirmation);
 * OFFERED → EXPIRED at the deadline; OFFERED/ACCEPTED → WITHDRAWN by the side that made it, or
 * CLOSED when another offer of the request is confirmed or the request ends.
 */
export enum OfferStatus {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CONFIRMED = 'CONFIRMED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export const OFFER_STATUS_LABELS: Readonly<Record<OfferStatus, BilingualLabel>> = {
  OFFERED: { ja: '回答待ち', en: 'Awaiting answer' },
  ACCEPTED: { ja: '受諾（決定待ち）', en: 'Accepted (awaiting confirmation)' },
  DECLINED: { ja: '辞退', en: 'Declined' },
  CONFIRMED: { ja: '決定', en: 'Confirmed' },
  CLOSED: { ja: '終了（他の支援者に決定）', en: 'Closed' },
  WITHDRAWN: { ja: '取り下げ', en: 'Withdrawn' },
  EXPIRED: { ja: '期限切れ', en: 'Expired' },
};

/** Offers still waiting on someone: they block a second offer to the same supporter for the request. */
export const LIVE_OFFER_STATUSES: readonly OfferStatus[] = [OfferStatus.OFFERED, OfferStatus.ACCEPTED];

/** The lifecycle's actions (who may take each, and from where: OFFER_LIFECYCLE in offer-lifecycle.ts). */
export enum OfferAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  CONFIRM = 'CONFIRM',
  WITHDRAW = 'WITHDRAW',
  /** The deadline passed unanswered (the job queue, never a person). */
  EXPIRE = 'EXPIRE',
  /** Another offer was confirmed or the request ended (the system, never a person). */
  CLOSE = 'CLOSE',
}

export const OFFER_ACTION_LABELS: Readonly<Record<OfferAction, BilingualLabel>> = {
  ACCEPT: { ja: '受ける', en: 'Accept' },
  DECLINE: { ja: '辞退する', en: 'Decline' },
  CONFIRM: { ja: 'この支援者に決定する', en: 'Confirm this supporter' },
  WITHDRAW: { ja: '取り下げる', en: 'Withdraw' },
  EXPIRE: { ja: '期限切れ', en: 'Expire' },
  CLOSE: { ja: '終了', en: 'Close' },
};

/** Why a supporter declines. */
export enum DeclineReason {
  AT_CAPACITY = 'AT_CAPACITY',
  OUTSIDE_AREA = 'OUTSIDE_AREA',
  NOT_MY_FIELD = 'NOT_MY_FIELD',
  FEE_OR_FUNDING = 'FEE_OR_FUNDING',
  TIMING = 'TIMING',
  OTHER = 'OTHER',
}

export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, BilingualLabel>> = {
  AT_CAPACITY: { ja: '受け入れ枠がいっぱい', en: 'At capacity' },
  OUTSIDE_AREA: { ja: '対応地域の外', en: 'Outside my area' },
  NOT_MY_FIELD: { ja: '専門分野が合わない', en: 'Not my field' },
  FEE_OR_FUNDING: { ja: '費用・財源が合わない', en: 'Fee or funding does not fit' },
  TIMING: { ja: '時期が合わない', en: 'Timing does not fit' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** The supporter's answer to an offer. */
export enum OfferResponse {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

/** Who takes part in an offer's thread. */
export enum OfferParty {
  MUNICIPALITY = 'MUNICIPALITY',
  PREFECTURE = 'PREFECTURE',
  SUPPORTER = 'SUPPORTER',
}

export const OFFER_PARTY_LABELS: Readonly<Record<OfferParty, BilingualLabel>> = {
  MUNICIPALITY: { ja: '市区町村', en: 'Municipality' },
  PREFECTURE: { ja: '都道府県', en: 'Prefecture' },
  SUPPORTER: { ja: '支援者', en: 'Supporter' },
};

/**
 * A municipality's request to its prefecture for introductions: OPEN while the prefecture works on
 * it; CLOSED once an offer of the request is confirmed or the request ends; CANCELLED by the municipality.
 */
export enum IntroductionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export const INTRODUCTION_STATUS_LABELS: Readonly<Record<IntroductionStatus, BilingualLabel>> = {
  OPEN: { ja: '対応中', en: 'Open' },
  CLOSED: { ja: '完了', en: 'Closed' },
  CANCELLED: { ja: '取り消し', en: 'Cancelled' },
};

export enum IntroductionAction {
  PROPOSE = 'PROPOSE',
  CANCEL = 'CANCEL',
  /** An offer of the request was confirmed, or the request ended (the system). */
  CLOSE = 'CLOSE',
}

export const INTRODUCTION_ACTION_LABELS: Readonly<Record<IntroductionAction, BilingualLabel>> = {
  PROPOSE: { ja: '支援者を紹介する', en: 'Propose a supporter' },
  CANCEL: { ja: '紹介依頼を取り消す', en: 'Cancel the request' },
  CLOSE: { ja: '完了', en: 'Close' },
};

/** Limits of offers, introductions and their messages, read by the server's validators and the client's forms. */
export const OFFER_LIMITS = {
  /** An approach's message, a proposal's note, an introduction request's note. */
  noteMaxLength: 2000,
  /** One message of an offer's thread. */
  messageMaxLength: 2000,
  /** The supporter's note on availability when accepting, and its comment when declining. */
  responseNoteMaxLength: 1000,
  /** The short message that may come with marked interest. */
  interestMessageMaxLength: 300,
  /** The municipality's comment when it returns an RMO's request for revision. */
  returnCommentMaxLength: 1000,
  /** Proposals one introduction request may receive. */
  proposalsPerIntroduction: 3,
  /** Days a supporter has to answer, unless OFFER_RESPONSE_DAYS says otherwise. */
  defaultResponseDays: 14,
  /** The reminder goes out this many days before the deadline. */
  reminderDaysBefore: 3,
  /** An introduction request with no live proposal is overdue this many days after it was made (or after its last proposal ended). */
  introductionTargetDays: 7,
} as const;
