import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { DetailLinkState } from '../../features/supporters/components/SupporterCard';
import { SupporterProfileView } from '../../features/supporters/components/SupporterProfileView';
import { useSupporterDetail } from '../../features/supporters/hooks/use-supporter-detail';

function isDetailLinkState(state: unknown): state is DetailLinkState {
  return typeof state === 'object' && state !== null && 'searchUrl' in state && typeof state.searchUrl === 'string';
}

/** `/supporters/:id`: one supporter's public profile. */
export function SupporterDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const detail = useSupporterDetail(id);
  // Back to the exact search the visitor came from (kept in history state, so it survives a reload).
  const searchUrl = isDetailLinkState(location.state) && location.state.searchUrl.startsWith('/') ? location.state.searchUrl : '/';

  let content;
  if (detail.supporter) {
    content = (
      <>
        <DocumentTitle page={detail.supporter.name} />
        <SupporterProfileView supporter={detail.supporter} />
      </>
    );
  } else if (detail.isNotFound) {
    content = (
      <>
        <DocumentTitle page={t('detail.notFoundTitle')} />
        <h1 id="page-heading">{t('detail.notFoundTitle')}</h1>
        <p>{t('detail.notFoundBody')}</p>
      </>
    );
  } else if (detail.error) {
    content = (
      <>
        <DocumentTitle page={t('errors.internal')} />
        <ErrorMessage error={detail.error} onRetry={detail.retry} />
      </>
    );
  } else {
    content = (
      <>
        <DocumentTitle page={t('detail.loading')} />
        <StatusMessage>{t('detail.loading')}</StatusMessage>
      </>
    );
  }

  return (
    <div className="page page--narrow">
      <nav aria-label={t('detail.backToResults')} className="back-nav">
        <Link to={searchUrl} className="back-link">
          <span aria-hidden="true">←</span> {t('detail.backToResults')}
        </Link>
      </nav>
      {content}
    </div>
  );
}
