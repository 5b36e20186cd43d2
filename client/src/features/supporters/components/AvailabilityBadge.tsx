import { useTranslation } from 'react-i18next';
import { AVAILABILITY_LABELS, formatConfirmedAgo, labelOf, type Availability } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

interface AvailabilityBadgeProps {
  availability: Availability;
  confirmedAt: string;
  /** Not reconfirmed for the stale threshold (the server decides): marked, as it may no longer hold. */
  isStale?: boolean;
}

/** 「受付中」 plus how fresh that statement is (「確認: 3日前」), since stale availability misleads. */
export function AvailabilityBadge({ availability, confirmedAt, isStale = false }: AvailabilityBadgeProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const confirmedDate = new Date(confirmedAt);
  return (
    <span className="availability">
      <span className={`badge badge--availability badge--${availability.toLowerCase().replace('_', '-')}`}>
        {labelOf(AVAILABILITY_LABELS, availability, locale)}
      </span>{' '}
      <time className="availability__freshness" dateTime={confirmedAt} title={confirmedDate.toLocaleDateString(locale)}>
        {formatConfirmedAgo(confirmedAt, locale)}
      </time>
      {isStale && (
        <>
          {' '}
          <span className="stale-mark">{t('supporter.stale')}</span>
        </>
      )}
    </span>
  );
}
