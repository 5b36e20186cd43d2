import { useTranslation } from 'react-i18next';

/** Sets the page title as「page | つなぐ」; React 19 hoists <title> into the head. */
export function DocumentTitle({ page }: { page?: string }) {
  const { t } = useTranslation();
  const site = t('app.name');
  return <title>{page ? `${page} | ${site}` : site}</title>;
}
