import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS, SUPPORT_REQUEST_STATUS_LABELS, SupportRequestStatus, enumValues, labelOf } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { StatusMessage } from '../../components/StatusMessage';
import { ExportButtons } from '../../components/page-tools';
import { useLoadMore } from '../../components/use-load-more';
import { PAGE_ROLES, hasRole } from '../../features/auth/access';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { SupportTypeBadges } from '../../features/supporters/components/SupportTypeBadges';
import { RequestStatusBadge } from '../../features/support-requests/components/RequestStatusBadge';
import { SupportRequestsQuery } from '../../features/support-requests/graphql/support-requests.operations';
import { formatYearMonth } from '../../features/support-requests/request-format';
import { formatDate } from '../../i18n/format';
import type { SupportRequestSummaryFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';

function statusOf(raw: string | null): SupportRequestStatus | null {
  return raw && (enumValues(SupportRequestStatus) as string[]).includes(raw) ? (raw as SupportRequestStatus) : null;
}

/** One request in the list: what it asks for, when, for whom, and how far it has come. */
function RequestCard({ request, linkRef }: { request: SupportRequestSummaryFieldsFragment; linkRef?: React.Ref<HTMLAnchorElement> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `request-${request.id}`;
  const period = [
    request.desiredStart && t('requests.startsIn', { month: formatYearMonth(request.desiredStart, locale) }),
    request.durationMonths && t('requests.months', { count: request.durationMonths }),
  ]
    .filter(Boolean)
    .join(' ・ ');
  return (
    <article className="request-card" aria-labelledby={headingId}>
      <header className="own-profile__header">
        <h2 id={headingId} className="own-profile__name">
          <Link to={`/requests/${request.id}`} ref={linkRef}>
            {request.title || t('requests.untitled')}
          </Link>
        </h2>
        <ul className="status-list" aria-label={t('requests.statusLabel')}>
          <li>
            <RequestStatusBadge status={request.status} />
          </li>
          {request.published && request.status === SupportRequestStatus.OPEN && <li className="badge badge--listing">{t('requests.publishedBadge')}</li>}
        </ul>
      </header>
      {request.supportTypes.length > 0 && <SupportTypeBadges supportTypes={request.supportTypes} />}
      <dl className="supporter-card__facts">
        <div>
          <dt>{t('requests.place')}</dt>
          <dd>
            {request.municipality.name}
            {' ・ '}
            {request.rmos.length > 0 ? request.rmos.map((rmo) => rmo.name).join('、') : t('requests.wholeMunicipality')}
          </dd>
        </div>
        <div>
          <dt>{t('requests.period')}</dt>
          <dd>{period || <span className="fact__empty">{t('requests.notSet')}</span>}</dd>
        </div>
        <div>
          <dt>{t('requestDetail.interest')}</dt>
          <dd>{t('requestDetail.interestCount', { count: request.interestCount })}</dd>
        </div>
        <div>
          <dt>{t('detail.updatedOn')}</dt>
          <dd>
            <time dateTime={request.updatedAt}>{formatDate(request.updatedAt, locale)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}

/** `/requests`: the support requests the viewer may read, filtered by status, newest change first. */
export function SupportRequestsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const status = statusOf(searchParams.get('status'));
  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(SupportRequestsQuery, {
    variables: { filter: { statuses: status ? [status] : null }, first: LIMITS.pageSizeDefault },
    // Others (the RMO, colleagues) change requests too: the list is fresh on every visit.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.supportRequests;
  const edges = connection?.edges ?? [];
  const canWrite = hasRole(viewer.role, PAGE_ROLES.writeRequests);
  const filters: (SupportRequestStatus | null)[] = [null, ...enumValues(SupportRequestStatus)];

  const paging = useLoadMore<HTMLAnchorElement>(edges.length, connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('requests.title')} />
      <div className="page-header">
        <h1>{t('requests.title')}</h1>
        {canWrite && (
          <Link to="/requests/new" className="button button--primary button-link">
            {t('requests.new')}
          </Link>
        )}
      </div>
      <p className="lead">{canWrite ? t('requests.leadWriter') : t('requests.leadReader')}</p>
      <ExportButtons name="support-requests" params={{ status }} label={t('requests.exportLabel')} />

      <nav aria-label={t('requests.filterLabel')} className="filter-links">
        <ul className="filter-links__list">
          {filters.map((value) => (
            <li key={value ?? 'all'}>
              <Link
                to={{ search: value ? `?status=${value}` : '' }}
                className="filter-links__link"
                aria-current={value === status ? 'page' : undefined}
              >
                {value ? labelOf(SUPPORT_REQUEST_STATUS_LABELS, value, locale) : t('requests.allStatuses')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="requests-results-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="requests-results-heading" className="visually-hidden">
          {status ? t('requests.resultsOf', { status: labelOf(SUPPORT_REQUEST_STATUS_LABELS, status, locale) }) : t('requests.results')}
        </h2>
        <StatusMessage visuallyHidden>{error ? '' : connection ? t('requests.shown', { count: edges.length }) : t('requests.loading')}</StatusMessage>
        {error && !connection ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <StatusMessage>{t('requests.loading')}</StatusMessage>
        ) : edges.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{status ? t('requests.emptyFiltered') : t('requests.empty')}</p>
            {canWrite && (
              <p>
                <Link to="/requests/new">{t('requests.new')}</Link>
              </p>
            )}
          </div>
        ) : (
          <ul className="own-profile-list" aria-label={t('requests.listLabel')}>
            {edges.map(({ node }, index) => (
              <li key={node.id}>
                <RequestCard request={node} linkRef={paging.refAt(index)} />
              </li>
            ))}
          </ul>
        )}
        {connection && (
          <LoadMore hasNextPage={connection.pageInfo.hasNextPage} isLoading={networkStatus === NetworkStatus.fetchMore} onLoadMore={paging.loadMore} />
        )}
      </section>
    </div>
  );
}
