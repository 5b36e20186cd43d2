import { useTranslation } from 'react-i18next';

/** Prints the page on A4 (print styles in global.css hide the navigation and buttons); never printed itself. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <div className="page-tools no-print">
      <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
        {t('print.button')}
      </button>
      <span className="page-tools__hint">{t('print.hint')}</span>
    </div>
  );
}
