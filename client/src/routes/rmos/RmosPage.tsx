import { useQuery } from '@apollo/client/react';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import {
  ImportKind,
  OPTIMIZATION_STATE_LABELS,
  RMO_ACTIVITY_LABELS,
  RMO_CHALLENGE_LABELS,
  RMO_LEGAL_FORM_LABELS,
  UserRole,
  labelOf,
} from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { RmosQuery } from '../../features/rmos/graphql/rmos.operations';
import type { RmoFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';

/** What brought the user here, for a confirmation at the top of the list. */
export interface RmosLinkState {
  notice: 'created' | 'updated';
  name: string;
}

function isRmosLinkState(state: unknown): state is RmosLinkState {
  return typeof state === 'object' && state !== null && 'notice' in state && 'name' in state && typeof state.name === 'string';
}

/** One RMO record: who it is, what it does and struggles with, and how far it has reviewed itself. */
function RmoCard({ rmo }: { rmo: RmoFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `rmo-${rmo.id}`;
  const list = (labels: string[], note: string | null | undefined) =>
    [labels.join('、'), note].filter(Boolean).join(locale === 'ja' ? '。' : '. ') || <span className="fact__empty">{t('detail.notProvided')}</span>;

  return (
    <article className="request-card" aria-labelledby={headingId}>
      <header className="own-profile__header">
        <h2 id={headingId} className="own-profile__name">
          {rmo.name}
        </h2>
        {rmo.viewerCanEdit && (
          <Link to={`/rmos/${rmo.id}/edit`} className="button button--secondary button--small button-link" aria-describedby={headingId}>
            {t('rmos.edit')}
          </Link>
        )}
      </header>
      <dl className="own-profile__facts">
        <div>
          <dt>{t('rmoForm.areaUnit')}</dt>
          <dd>{rmo.areaUnit || <span className="fact__empty">{t('detail.notProvided')}</span>}</dd>
        </div>
        <div>
          <dt>{t('rmoForm.legalForm')}</dt>
          <dd>
            {labelOf(RMO_LEGAL_FORM_LABELS, rmo.legalForm, locale)}
            {rmo.foundedYear ? ` ・ ${t('rmos.foundedIn', { year: rmo.foundedYear })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('rmoForm.activities')}</dt>
          <dd>{list(rmo.activities.map((activity) => labelOf(RMO_ACTIVITY_LABELS, activity, locale)), rmo.activitiesNote)}</dd>
        </div>
        <div>
          <dt>{t('rmoForm.challenges')}</dt>
          <dd>{list(rmo.challenges.map((challenge) => labelOf(RMO_CHALLENGE_LABELS, challenge, locale)), rmo.challengesNote)}</dd>
        </div>
        <div>
          <dt>{t('rmos.optimization')}</dt>
          <dd>{labelOf(OPTIMIZATION_STATE_LABELS, rmo.optimizationState, locale)}</dd>
        </div>
      </dl>
    </article>
  );
}

/** The import page, loaded only when a list is imported. */
const ImportPage = lazy(() => import('../imports/ImportPage'));

/** `/rmos`; with `?import=list` a municipality imports its RMO list. */
export function RmosPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (searchParams.get('import') === 'list' && viewer.role === UserRole.MUNICIPALITY_STAFF) {
    return (
      <Suspense fallback={<StatusMessage>{t('imports.loading')}</StatusMessage>}>
        <ImportPage kind={ImportKind.RMO_LIST} />
      </Suspense>
    );
  }
  return <RmoList viewer={viewer} />;
}

/** `/rmos`: the RMOs of the viewer's municipality; its staff keep them all, an RMO its own. */
function RmoList({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(RmosQuery, { fetchPolicy: 'cache-and-network' });
  const rmos = data?.rmos ?? [];
  const arrival = isRmosLinkState(location.state) ? location.state : null;
  // RMO staff record only their own RMO, once.
  const canAdd = viewer.role === UserRole.MUNICIPALITY_STAFF || (viewer.role === UserRole.RMO_STAFF && data !== undefined && !rmos.some((rmo) => rmo.viewerCanEdit));

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('rmos.title')} />
      <div className="page-header">
        <h1>{t('rmos.title')}</h1>
        {canAdd && (
          <Link to="/rmos/new" className="button button--primary button-link">
            {t('rmos.add')}
          </Link>
        )}
      </div>
      <p className="lead">{viewer.role === UserRole.RMO_STAFF ? t('rmos.leadRmo') : t('rmos.lead')}</p>
      {viewer.role === UserRole.MUNICIPALITY_STAFF && (
        <p>
          <Link to="/rmos?import=list">{t('rmos.importList')}</Link>
        </p>
      )}
      {arrival && <p className="notice notice--success">{t(`rmos.arrival.${arrival.notice}`, { name: arrival.name })}</p>}

      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <StatusMessage>{t('rmos.loading')}</StatusMessage>
      ) : rmos.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('rmos.empty')}</p>
          {canAdd && (
            <p>
              <Link to="/rmos/new">{t('rmos.add')}</Link>
            </p>
          )}
        </div>
      ) : (
        <ul className="own-profile-list" aria-label={t('rmos.listLabel')}>
          {rmos.map((rmo) => (
            <li key={rmo.id}>
              <RmoCard rmo={rmo} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
