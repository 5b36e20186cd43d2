import { OFFER_STATUS_LABELS, labelOf, type OfferStatus } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

/** 「回答待ち」「決定」…: the label carries the meaning, the colour only repeats it. */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const locale = useLocale();
  return <span className={`badge badge--status badge--offer-${status.toLowerCase()}`}>{labelOf(OFFER_STATUS_LABELS, status, locale)}</span>;
}
