import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useViewer } from '../../auth/hooks/use-viewer';
import { UnreadNotificationCountQuery } from '../graphql/notifications.operations';

/** Others' actions arrive while a page stays open: the count is asked again this often (and on every page change). */
const POLL_MS = 60_000;

/** The header's 「お知らせ」 link with the number of unread entries, e.g. read as 「お知らせ 3件（未読）」. */
export function NotificationBadge() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { skip: !viewer, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });

  useEffect(() => {
    if (viewer) void refetch().catch(() => undefined);
  }, [pathname, viewer, refetch]);

  if (!viewer) return null;
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink
      to="/notifications"
      end
      className="notification-link"
      aria-label={count > 0 ? t('notifications.badgeLabel', { count }) : t('notifications.title')}
    >
      <svg className="notification-link__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span className="notification-link__label">{t('notifications.title')}</span>
      {count > 0 && (
        <span className="notification-link__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
