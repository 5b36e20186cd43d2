import { useTranslation } from 'react-i18next';

/** Printing the dashboard on A4 (the tables print; charts, navigation and buttons do not). */
export function DashboardTools() {
  const { t } = useTranslation();
  return (
    <div className="suff-tools no-print">
      <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
        {t('print.button')}
      </button>
      <span className="field-hint">{t('print.hint')}</span>
    </div>
  );
}
