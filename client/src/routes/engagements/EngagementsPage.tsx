import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ENGAGEMENT_STATUS_LABELS, STEP_LABELS, UserRole, labelOf } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { RecordEngagementForm } from '../../features/engagements/components/RecordEngagementForm';
import { EngagementOverviewQuery, EngagementsQuery } from '../../features/engagements/graphql/engagements.operations';
import type { EngagementSummaryFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';

/** One engagement in a list: title, place, step, status, the 90-day flag. */
function EngagementCard({ engagement }: { engagement: EngagementSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card engagement-card">
      <h3 className="card__title">
        <Link to={`/engagements/${engagement.id}`}>{engagement.title}</Link>
      </h3>
      <ul className="badge-list">
        <li>
          <span className="badge">{labelOf(ENGAGEMENT_STATUS_LABELS, engagement.status, locale)}</span>
        </li>
        <li>
          <span className="badge badge--kind">{labelOf(STEP_LABELS, engagement.currentStep, locale)}</span>
        </li>
        {engagement.stale && (
          <li>
            <span className="badge badge--warning">{t('engagements.stale')}</span>
          </li>
        )}
      </ul>
      <p className="table-note">
        {engagement.municipality.name} ・ {engagement.rmoNames.join('、')} ・ {t('engagements.supporter')}: {engagement.supporter.name}
      </p>
      <p className="table-note">
        {t('engagements.lastUpdate')}: <time dateTime={engagement.lastActivityAt}>{formatDate(engagement.lastActivityAt, locale)}</time>
      </p>
    </li>
  );
}

/** The prefecture's picture: counts by step and status, and those not updated for 90 days. */
function PrefectureOverview() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(EngagementOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const overview = data?.engagementOverview;
  if (error) return <ErrorMessage error={error} />;
  if (!overview) return null;
  return (
    <section className="profile__section" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('engagements.overview.heading')}</h2>
      <p>
        {t('engagements.overview.total', { count: overview.total })} ・ {t('engagements.overview.staleTotal', { count: overview.staleTotal })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('engagements.overview.step')}</th>
              <th scope="col">{t('engagements.overview.status')}</th>
              <th scope="col">{t('engagements.overview.count')}</th>
              <th scope="col">{t('engagements.overview.staleCount')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.counts.map((c) => (
              <tr key={`${c.step}-${c.status}`}>
                <td>{labelOf(STEP_LABELS, c.step, locale)}</td>
                <td>{labelOf(ENGAGEMENT_STATUS_LABELS, c.status, locale)}</td>
                <td>{c.count}</td>
                <td>{c.stale}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('engagements.overview.staleHeading')}</h3>
      {overview.stale.length === 0 ? (
        <p>{t('engagements.overview.staleNone')}</p>
      ) : (
        <ul className="card-list">
          {overview.stale.map((e) => (
            <EngagementCard key={e.id} engagement={e} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/engagements`: "my engagements" for every role; a prefecture also sees its overview. */
export function EngagementsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EngagementsQuery, { fetchPolicy: 'cache-and-network' });
  const prefecture = viewer.role === UserRole.PREFECTURE_STAFF;
  const edges = data?.engagements.edges ?? [];
  return (
    <div className="page">
      <DocumentTitle page={t('engagements.title')} />
      <h1>{t('engagements.title')}</h1>
      <p>{prefecture ? t('engagements.prefectureLead') : t('engagements.lead')}</p>
      {prefecture && <PrefectureOverview />}
      {viewer.role === UserRole.MUNICIPALITY_STAFF && <RecordEngagementForm />}
      <section className="profile__section" aria-labelledby="engagement-list-heading">
        <h2 id="engagement-list-heading">{t('engagements.listHeading')}</h2>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <StatusMessage>{t('engagements.loading')}</StatusMessage>
        ) : edges.length === 0 ? (
          <p>{t('engagements.empty')}</p>
        ) : (
          <ul className="card-list">
            {edges.map(({ node }) => (
              <EngagementCard key={node.id} engagement={node} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
