import { useTranslation } from 'react-i18next';
import { OfferStatus } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';
import { formatDeadline } from '../offer-format';

interface OfferDeadlineProps {
  offer: { status: OfferStatus; respondBy: string; daysLeft?: number | null; overdue: boolean };
}

/** 「2027年1月24日まで（あと3日）」 while the supporter may still answer; nothing once answered or ended. */
export function OfferDeadline({ offer }: OfferDeadlineProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (offer.status !== OfferStatus.OFFERED) return null;
  const date = t('offers.deadlineDate', { date: formatDeadline(offer.respondBy, locale) });
  if (offer.overdue) {
    return (
      <span className="offer-deadline offer-deadline--overdue">
        {date} <strong>{t('offers.overdue')}</strong>
      </span>
    );
  }
  const left = offer.daysLeft ?? 0;
  return (
    <span className={`offer-deadline${left <= 3 ? ' offer-deadline--near' : ''}`}>
      {date}（{left <= 1 ? t('offers.lastDay') : t('offers.daysLeft', { count: left })}）
    </span>
  );
}
