import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  FUNDING_ROUTE_LABELS,
  LIMITS,
  REQUEST_FORMAT_LABELS,
  STEP_LABELS,
  SUPPORT_PHASE_LABELS,
  SUPPORT_TYPE_LABELS,
  Step,
  UserRole,
  enumValues,
  labelOf,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { StatusMessage } from '../../components/StatusMessage';
import { useLoadMore } from '../../components/use-load-more';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { MySupporterProfilesQuery } from '../../features/my-profiles/graphql/my-profiles.operations';
import { InterestControl } from '../../features/support-requests/components/InterestControl';
import { PublishedSupportRequestsQuery } from '../../features/support-requests/graphql/support-requests.operations';
import { formatYearMonth } from '../../features/support-requests/request-format';
import { formatDate } from '../../i18n/format';
import type { OwnProfileFieldsFragment, PublishedSupportRequestFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';

interface PublishedRequestCardProps {
  request: PublishedSupportRequestFieldsFragment;
  /** The viewer's profiles when they may mark interest; null for operators. */
  profiles: readonly OwnProfileFieldsFragment[] | null;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** The anonymous view of a request: where, what, when and how it is funded; never the RMO or the title. */
function PublishedRequestCard({ request, profiles, headingRef }: PublishedRequestCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `published-${request.id}`;
  const stepNumber = enumValues(Step).indexOf(request.step) + 1;
  return (
    <article className="request-card" aria-labelledby={headingId}>
      <header className="own-profile__header">
        <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="own-profile__name">
          {t('published.cardTitle', { prefecture: request.prefecture.name, municipality: request.municipality.name })}
        </h2>
        <p className="fact__note">{t('published.openedOn', { date: formatDate(request.openedAt, locale) })}</p>
      </header>
      <dl className="supporter-card__facts published__facts">
        <div>
          <dt>{t('requests.supportTypes')}</dt>
          <dd>
            <ol className="step-list">
              {request.supportTypes.map((type) => (
                <li key={type}>{labelOf(SUPPORT_TYPE_LABELS, type, locale)}</li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>{t('requestForm.step')}</dt>
          <dd>{`${stepNumber}. ${labelOf(STEP_LABELS, request.step, locale)}`}</dd>
        </div>
        {request.phase && (
          <div>
            <dt>{t('requestForm.phase')}</dt>
            <dd>{labelOf(SUPPORT_PHASE_LABELS, request.phase, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t('requests.period')}</dt>
          <dd>
            {t('requests.startsIn', { month: formatYearMonth(request.desiredStart, locale) })} ・ {t('requests.months', { count: request.durationMonths })}
          </dd>
        </div>
        <div>
          <dt>{t('requestForm.format')}</dt>
          <dd>{labelOf(REQUEST_FORMAT_LABELS, request.format, locale)}</dd>
        </div>
        <div>
          <dt>{t('requestForm.fundingRoute')}</dt>
          <dd>{labelOf(FUNDING_ROUTE_LABELS, request.fundingRoute, locale)}</dd>
        </div>
      </dl>
      {profiles && <InterestControl request={request} profiles={profiles} headingId={headingId} />}
    </article>
  );
}

/** `/published-requests`: open requests published anonymously, by default those the viewer's profiles fit. */
export function PublishedRequestsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const isIntermediary = viewer.role === UserRole.INTERMEDIARY_STAFF;
  // Operators see every published request; the filter is about an intermediary's own profiles.
  const matchingMyProfiles = isIntermediary && searchParams.get('all') !== '1';
  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(PublishedSupportRequestsQuery, {
    variables: { filter: { matchingMyProfiles }, first: LIMITS.pageSizeDefault },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const profilesQuery = useQuery(MySupporterProfilesQuery, { skip: !isIntermediary });
  const profiles = isIntermediary ? (profilesQuery.data?.mySupporterProfiles ?? []) : null;
  const connection = (data ?? previousData)?.publishedSupportRequests;
  const edges = connection?.edges ?? [];

  const paging = useLoadMore<HTMLHeadingElement>(edges.length, connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('published.title')} />
      <h1>{t('published.title')}</h1>
      <p className="lead">{t('published.lead')}</p>

      {isIntermediary && (
        <div className="filter-toggle">
          <label className="checkbox checkbox--toggle">
            <input
              type="checkbox"
              checked={matchingMyProfiles}
              aria-describedby="published-mine-hint"
              onChange={(event) => setSearchParams(event.target.checked ? {} : { all: '1' })}
            />
            <span>{t('published.matchingMine')}</span>
          </label>
          <p id="published-mine-hint" className="checkbox__description">
            {t('published.matchingMineHint')}
          </p>
        </div>
      )}
      {profilesQuery.error && <ErrorMessage error={profilesQuery.error} onRetry={() => void profilesQuery.refetch()} />}

      <section aria-labelledby="published-results-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="published-results-heading" className="visually-hidden">
          {t('published.results')}
        </h2>
        <StatusMessage visuallyHidden>{error ? '' : connection ? t('requests.shown', { count: edges.length }) : t('requests.loading')}</StatusMessage>
        {error && !connection ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <StatusMessage>{t('requests.loading')}</StatusMessage>
        ) : edges.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('published.empty')}</p>
            {matchingMyProfiles && <p>{t('published.emptyHint')}</p>}
          </div>
        ) : (
          <ul className="own-profile-list" aria-label={t('published.listLabel')}>
            {edges.map(({ node }, index) => (
              <li key={node.id}>
                <PublishedRequestCard request={node} profiles={profiles} headingRef={paging.refAt(index)} />
              </li>
            ))}
          </ul>
        )}
        {connection && <LoadMore hasNextPage={connection.pageInfo.hasNextPage} isLoading={networkStatus === NetworkStatus.fetchMore} onLoadMore={paging.loadMore} />}
      </section>
    </div>
  );
}
