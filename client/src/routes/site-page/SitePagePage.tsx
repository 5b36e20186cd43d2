import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { PlainText } from '../../features/site-pages/components/PlainText';
import { SitePageQuery } from '../../features/site-pages/graphql/site-pages.operations';
import { slugOfPath } from '../../features/site-pages/site-page-paths';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { NotFoundPage } from '../not-found/NotFoundPage';

/** `/pages/:path`: terms of use, privacy policy, operator, accessibility statement or contact, as operators wrote them. */
export function SitePagePage() {
  const { path } = useParams();
  const slug = slugOfPath(path);
  return slug ? <SitePageContent slug={slug} /> : <NotFoundPage />;
}

function SitePageContent({ slug }: { slug: NonNullable<ReturnType<typeof slugOfPath>> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(SitePageQuery, { variables: { slug } });
  const page = data?.sitePage;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!page) return <StatusMessage>{t('sitePages.loading')}</StatusMessage>;
  // English readers get the English text where the operators wrote one, else the Japanese.
  const english = locale === 'en' && page.bodyEn ? { title: page.titleEn || page.title, body: page.bodyEn } : null;
  const title = english?.title ?? page.title;
  return (
    <article className="page page--narrow site-page">
      <DocumentTitle page={title} />
      <h1>{title}</h1>
      <PlainText text={english?.body ?? page.body} />
      <p className="site-page__updated">{t('sitePages.updatedAt', { date: formatDate(page.updatedAt, locale) })}</p>
    </article>
  );
}
