import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS, renderNotification } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { StatusMessage } from '../../components/StatusMessage';
import { describeError } from '../../components/describe-error';
import { useLoadMore } from '../../components/use-load-more';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../../features/notifications/graphql/notifications.operations';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { intlLocaleOf } from '../../i18n/format';

/** One entry: what happened (rendered in the reader's language), when, and the way to the item. */
function NotificationItem({
  entry,
  linkRef,
  onOpen,
  onMarkRead,
}: {
  entry: NotificationFieldsFragment;
  linkRef?: React.Ref<HTMLAnchorElement>;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { title, body } = renderNotification(entry.kind, entry.params, locale);
  const unread = entry.readAt === null;
  const headingId = `notification-${entry.id}`;
  const time = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(entry.createdAt));
  return (
    <li className={`notification-item${unread ? ' notification-item--unread' : ''}`}>
      <article aria-labelledby={headingId}>
        <header className="notification-item__header">
          {unread && <span className="badge notification-item__unread">{t('notifications.unread')}</span>}
          <time className="notification-item__time" dateTime={entry.createdAt}>
            {time}
          </time>
        </header>
        <h2 id={headingId} className="notification-item__title">
          <Link to={entry.link} ref={linkRef} onClick={onOpen}>
            {title}
          </Link>
        </h2>
        <p className="notification-item__body">{body}</p>
        {unread && (
          <button type="button" className="button button--secondary button--small" onClick={onMarkRead} aria-describedby={headingId}>
            {t('notifications.markRead')}
          </button>
        )}
      </article>
    </li>
  );
}

/** `/notifications` (お知らせ): the signed-in user's inbox, newest first; following an entry marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const unreadOnly = searchParams.get('show') === 'unread';
  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(NotificationsQuery, {
    variables: { filter: { unreadOnly }, first: LIMITS.pageSizeDefault },
    // Entries arrive from others' actions: fresh on every visit.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const refetchQueries = [{ query: UnreadNotificationCountQuery }];
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries });
  const [markAllRead, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries });
  const [notice, setNotice] = useState('');
  const shown = data ?? previousData;
  const connection = shown?.notifications;
  const edges = connection?.edges ?? [];
  const unreadCount = shown?.unreadNotificationCount ?? 0;
  const paging = useLoadMore<HTMLAnchorElement>(edges.length, connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  const markOne = async (id: string) => {
    setNotice('');
    try {
      await markRead({ variables: { ids: [id] } });
      setNotice(t('notifications.markedRead'));
      if (unreadOnly) await refetch();
    } catch (caught) {
      setNotice(describeError(caught, t));
    }
  };
  const markAll = async () => {
    setNotice('');
    try {
      await markAllRead();
      await refetch();
      setNotice(t('notifications.markedAllRead'));
    } catch (caught) {
      setNotice(describeError(caught, t));
    }
  };

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('notifications.title')} />
      <div className="page-header">
        <h1>{t('notifications.title')}</h1>
        <Link to="/notifications/settings" className="button button--secondary button-link">
          {t('notifications.settingsLink')}
        </Link>
      </div>
      <p className="lead">{t('notifications.lead')}</p>

      <div className="notification-toolbar">
        <nav aria-label={t('notifications.filterLabel')} className="filter-links">
          <ul className="filter-links__list">
            <li>
              <Link to={{ search: '' }} className="filter-links__link" aria-current={!unreadOnly ? 'page' : undefined}>
                {t('notifications.showAll')}
              </Link>
            </li>
            <li>
              <Link to={{ search: '?show=unread' }} className="filter-links__link" aria-current={unreadOnly ? 'page' : undefined}>
                {t('notifications.showUnread', { count: unreadCount })}
              </Link>
            </li>
          </ul>
        </nav>
        {unreadCount > 0 && (
          <button type="button" className="button button--secondary button--small" disabled={markingAll} onClick={() => void markAll()}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>

      <section aria-labelledby="notifications-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="notifications-heading" className="visually-hidden">
          {unreadOnly ? t('notifications.unreadHeading') : t('notifications.allHeading')}
        </h2>
        <StatusMessage visuallyHidden={!notice}>
          {notice || (error ? '' : connection ? t('notifications.shown', { count: edges.length, total: connection.totalCount }) : t('notifications.loading'))}
        </StatusMessage>
        {error && !connection ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !connection ? null : edges.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</p>
          </div>
        ) : (
          <ul className="notification-list">
            {edges.map(({ node }, index) => (
              <NotificationItem
                key={node.id}
                entry={node}
                linkRef={paging.refAt(index)}
                // Following the link marks the entry read; the item page opens meanwhile.
                onOpen={() => {
                  if (node.readAt === null) void markRead({ variables: { ids: [node.id] } }).catch(() => undefined);
                }}
                onMarkRead={() => void markOne(node.id)}
              />
            ))}
          </ul>
        )}
        {connection && <LoadMore hasNextPage={connection.pageInfo.hasNextPage} isLoading={networkStatus === NetworkStatus.fetchMore} onLoadMore={paging.loadMore} />}
      </section>
    </div>
  );
}
