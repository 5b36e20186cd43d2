import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NOTIFICATION_KIND_LABELS, NotificationKind, isEnumValue, labelOf, type Locale } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { describeError } from '../../components/describe-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { SelectField } from '../../components/form-fields';
import { MailDeliveriesQuery, RetryMailDeliveryMutation } from '../../features/mail/graphql/mail.operations';
import type { MailDeliveryStatus } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { intlLocaleOf } from '../../i18n/format';

const UNSENT: MailDeliveryStatus[] = ['PENDING', 'FAILED'];

/** A notification mail is of its notification's kind (e.g. OFFER_RECEIVED). */
function notificationKindLabel(kind: string, locale: Locale): string | undefined {
  return isEnumValue(NotificationKind, kind) ? labelOf(NOTIFICATION_KIND_LABELS, kind, locale) : undefined;
}
const STATUS_BADGE: Record<MailDeliveryStatus, string> = {
  PENDING: 'badge badge--limited',
  SENT: 'badge badge--accepting',
  FAILED: 'badge badge--rejected',
};

/** `/admin/mail`: mail waiting to be sent or that failed, with the mail server's last answer (operators only). */
export function MailDeliveriesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const showAll = searchParams.get('show') === 'all';
  const { data, previousData, networkStatus, error, refetch } = useQuery(MailDeliveriesQuery, {
    variables: { statuses: showAll ? null : UNSENT, first: 100 },
    notifyOnNetworkStatusChange: true,
  });
  const [retry] = useMutation(RetryMailDeliveryMutation);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const shown = data ?? previousData;
  const deliveries = shown?.mailDeliveries ?? [];
  const timeFormat = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short' });
  const kinds: Record<string, string> = t('mail.kinds', { returnObjects: true });
  const formatTime = (iso: string) => timeFormat.format(new Date(iso));

  const sendAgain = async (id: string, recipient: string) => {
    setRetrying(id);
    setNotice('');
    try {
      await retry({ variables: { id } });
      setNotice(t('mail.retried', { recipient }));
      await refetch();
    } catch (error) {
      setNotice(`${t('mail.retryFailed')} ${describeError(error, t)}`);
    } finally {
      setRetrying(null);
    }
  };

  return (
    <div className="page">
      <DocumentTitle page={t('mail.title')} />
      <h1>{t('mail.title')}</h1>
      <p className="lead">{t('mail.lead')}</p>

      <form className="filter-bar" role="search" aria-label={t('mail.filterLabel')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="mail-status"
          label={t('mail.statusFilter')}
          value={showAll ? 'all' : 'unsent'}
          onChange={(event) => setSearchParams(event.target.value === 'all' ? { show: 'all' } : {})}
        >
          <option value="unsent">{t('mail.showUnsent')}</option>
          <option value="all">{t('mail.showAll')}</option>
        </SelectField>
      </form>
      {shown && <p>{t('mail.counts', shown.mailDeliveryCounts)}</p>}

      <section aria-labelledby="mail-results-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="mail-results-heading" className="visually-hidden">
          {t('mail.resultsHeading')}
        </h2>
        <StatusMessage>{notice || (error ? '' : shown ? t('mail.shown', { count: deliveries.length }) : t('mail.loading'))}</StatusMessage>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : shown && deliveries.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{showAll ? t('mail.emptyAll') : t('mail.empty')}</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data-table mail-table">
              <caption className="visually-hidden">{t('mail.resultsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mail.createdAt')}</th>
                  <th scope="col">{t('mail.kindColumn')}</th>
                  <th scope="col">{t('mail.recipient')}</th>
                  <th scope="col">{t('mail.statusColumn')}</th>
                  <th scope="col">{t('mail.attempts')}</th>
                  <th scope="col">{t('mail.lastError')}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td className="nowrap" data-label={t('mail.createdAt')}>
                      <time dateTime={delivery.createdAt}>{formatTime(delivery.createdAt)}</time>
                    </td>
                    <th scope="row">
                      {kinds[delivery.kind] ?? notificationKindLabel(delivery.kind, locale) ?? delivery.kind}
                      <span className="table-note">{delivery.subject}</span>
                    </th>
                    <td className="break-anywhere" data-label={t('mail.recipient')}>
                      {delivery.recipient}
                    </td>
                    <td data-label={t('mail.statusColumn')}>
                      <span className={STATUS_BADGE[delivery.status]}>{t(`mail.statuses.${delivery.status}`)}</span>
                      {delivery.sentAt ? (
                        <span className="table-note">{t('mail.sentAt', { time: formatTime(delivery.sentAt) })}</span>
                      ) : (
                        delivery.lastAttemptAt && <span className="table-note">{t('mail.lastAttemptAt', { time: formatTime(delivery.lastAttemptAt) })}</span>
                      )}
                    </td>
                    <td data-label={t('mail.attempts')}>{delivery.attempts}</td>
                    <td className="break-anywhere" data-label={t('mail.lastError')}>
                      {delivery.lastError ?? t('mail.noError')}
                      {delivery.status === 'FAILED' && (
                        <button
                          type="button"
                          className="button button--secondary table-note"
                          disabled={retrying !== null}
                          onClick={() => void sendAgain(delivery.id, delivery.recipient)}
                        >
                          {retrying === delivery.id ? t('mail.retrying') : t('mail.retry')}
                          <span className="visually-hidden">: {delivery.recipient}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
