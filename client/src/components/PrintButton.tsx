import { useTranslation } from 'react-i18next';
import { seirekiDate, warekiDate } from '@tsunagu/shared';

/**
 * Prints the page on A4 (print styles in global.css hide the navigation and buttons); the button is
 * never printed, the date of printing is (西暦 and 和暦, as a 決裁 attachment is dated).
 */
export function PrintButton() {
  const { t } = useTranslation();
  const now = new Date();
  return (
    <>
      <div className="page-tools no-print">
        <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <span className="page-tools__hint">{t('print.hint')}</span>
      </div>
      <p className="print-only print-date">{t('print.printedAt', { date: `${seirekiDate(now)}（${warekiDate(now)}）` })}</p>
    </>
  );
}
