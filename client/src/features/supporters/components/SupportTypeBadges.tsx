import { useTranslation } from 'react-i18next';
import { SUPPORT_TYPE_LABELS, labelOf, type SupportType } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

export function SupportTypeBadges({ supportTypes }: { supportTypes: readonly SupportType[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="badge-list" aria-label={t('supporter.supportTypesLabel')}>
      {supportTypes.map((supportType) => (
        <li key={supportType} className="badge badge--support-type">
          {labelOf(SUPPORT_TYPE_LABELS, supportType, locale)}
        </li>
      ))}
    </ul>
  );
}
