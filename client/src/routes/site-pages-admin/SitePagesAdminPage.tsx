import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { SitePageEditor } from '../../features/site-pages/components/SitePageEditor';
import { SitePageQuery, SitePagesQuery, UpdateSitePageMutation } from '../../features/site-pages/graphql/site-pages.operations';
import { pathOfSlug, slugOfPath } from '../../features/site-pages/site-page-paths';
import type { SitePageInput } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { NotFoundPage } from '../not-found/NotFoundPage';

/** `/admin/pages`: the footer's pages, each with its last change and an edit link (operators only). */
export function SitePagesAdminPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(SitePagesQuery);
  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('sitePages.adminTitle')} />
      <h1>{t('sitePages.adminTitle')}</h1>
      <p className="lead">{t('sitePages.adminLead')}</p>
      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <StatusMessage>{t('sitePages.loading')}</StatusMessage>
      ) : (
        <ul className="site-page-list">
          {data.sitePages.map((page) => (
            <li key={page.slug} className="site-page-list__item">
              <div>
                <h2>{page.title}</h2>
                <p className="table-note">{t('sitePages.updatedAt', { date: formatDate(page.updatedAt, locale) })}</p>
              </div>
              <p className="site-page-list__actions">
                <Link to={`${pathOfSlug(page.slug).replace('/pages/', '/admin/pages/')}/edit`} className="button button--secondary">
                  {t('sitePages.edit')}
                  <span className="visually-hidden">: {page.title}</span>
                </Link>{' '}
                <Link to={pathOfSlug(page.slug)}>{t('sitePages.view')}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `/admin/pages/:path/edit`: one page's text in Japanese and English (operators only; audited). */
export function EditSitePagePage() {
  const { path } = useParams();
  const slug = slugOfPath(path);
  return slug ? <EditSitePage slug={slug} /> : <NotFoundPage />;
}

function EditSitePage({ slug }: { slug: NonNullable<ReturnType<typeof slugOfPath>> }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SitePageQuery, { variables: { slug } });
  const [update] = useMutation(UpdateSitePageMutation);
  const [saved, setSaved] = useState(false);
  const page = data?.sitePage;

  const handleSubmit = async (input: SitePageInput) => {
    setSaved(false);
    await update({ variables: { slug, input } });
    setSaved(true);
  };

  return (
    <div className="page page--narrow">
      <nav aria-label={t('sitePages.backToList')} className="back-nav">
        <Link to="/admin/pages" className="back-link">
          <span aria-hidden="true">←</span> {t('sitePages.backToList')}
        </Link>
      </nav>
      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <StatusMessage>{t('sitePages.loading')}</StatusMessage>
      ) : (
        <>
          <DocumentTitle page={t('sitePages.editTitle', { title: page.title })} />
          <h1>{t('sitePages.editTitle', { title: page.title })}</h1>
          <StatusMessage>
            {saved ? (
              <span className="notice notice--success">
                {t('sitePages.saved')} <Link to={pathOfSlug(slug)}>{t('sitePages.view')}</Link>
              </span>
            ) : (
              ''
            )}
          </StatusMessage>
          <SitePageEditor
            key={page.slug}
            initialValues={{ title: page.title, body: page.body, titleEn: page.titleEn ?? '', bodyEn: page.bodyEn ?? '' }}
            onSubmit={handleSubmit}
          />
        </>
      )}
    </div>
  );
}
