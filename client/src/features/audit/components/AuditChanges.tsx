import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n';
import { auditChanges, formatAuditValue } from '../audit-format';

interface AuditChangesProps {
  before: unknown;
  after: unknown;
}

/** Before and after of one audited change, as a small table of the fields that changed. */
export function AuditChanges({ before, after }: AuditChangesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span className="fact__empty">{t('audit.noChanges')}</span>;
  const fieldNames: Record<string, string> = t('audit.fields', { returnObjects: true });
  const none = t('audit.none');
  return (
    <details className="audit-changes">
      <summary>{t('audit.changedFields', { count: changes.length })}</summary>
      <table className="data-table data-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row">{fieldNames[change.key] ?? change.key}</th>
              <td className="break-anywhere preserve-lines">{formatAuditValue(change.key, change.before, locale, none)}</td>
              <td className="break-anywhere preserve-lines">{formatAuditValue(change.key, change.after, locale, none)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
