import { useTranslation } from 'react-i18next';
import { SUPPORTER_SORT_LABELS, SupporterSort, enumValues, labelOf } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

interface SortControlProps {
  value: SupporterSort;
  onChange: (sort: SupporterSort) => void;
}

/** 関連度順 / 確認日が新しい順 / 空きが多い順. */
export function SortControl({ value, onChange }: SortControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="sort-control">
      <label htmlFor="sort" className="sort-control__label">
        {t('search.sortLabel')}
      </label>
      <select id="sort" name="sort" className="select sort-control__select" value={value} onChange={(event) => onChange(event.target.value as SupporterSort)}>
        {enumValues(SupporterSort).map((sort) => (
          <option key={sort} value={sort}>
            {labelOf(SUPPORTER_SORT_LABELS, sort, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
