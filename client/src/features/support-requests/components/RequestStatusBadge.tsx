import { SUPPORT_REQUEST_STATUS_LABELS, labelOf, type SupportRequestStatus } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

/** 「募集中」「下書き」…: the label carries the meaning, the colour only repeats it. */
export function RequestStatusBadge({ status }: { status: SupportRequestStatus }) {
  const locale = useLocale();
  return (
    <span className={`badge badge--status badge--status-${status.toLowerCase().replace('_', '-')}`}>
      {labelOf(SUPPORT_REQUEST_STATUS_LABELS, status, locale)}
    </span>
  );
}
