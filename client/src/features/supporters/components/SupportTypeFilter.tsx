import { useTranslation } from 'react-i18next';
import {
  SUPPORT_TYPE_DESCRIPTIONS,
  SUPPORT_TYPE_LABELS,
  SupportType,
  enumValues,
  labelOf,
} from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

interface SupportTypeFilterProps {
  selected: readonly SupportType[];
  matchAll: boolean;
  /** Count of each type in the current result set; absent while the first search loads. */
  counts: ReadonlyMap<SupportType, number> | undefined;
  onChange: (selected: SupportType[]) => void;
  onMatchAllChange: (matchAll: boolean) => void;
}

export function SupportTypeFilter({ selected, matchAll, counts, onChange, onMatchAllChange }: SupportTypeFilterProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  const toggle = (supportType: SupportType, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(supportType);
    else next.delete(supportType);
    onChange(enumValues(SupportType).filter((value) => next.has(value)));
  };

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('search.supportTypesLegend')}</legend>
      <ul className="checkbox-list">
        {enumValues(SupportType).map((supportType) => {
          const label = labelOf(SUPPORT_TYPE_LABELS, supportType, locale);
          const count = counts?.get(supportType);
          return (
            <li key={supportType}>
              <label className="checkbox" title={labelOf(SUPPORT_TYPE_DESCRIPTIONS, supportType, locale)}>
                <input
                  type="checkbox"
                  name="types"
                  value={supportType}
                  checked={selected.includes(supportType)}
                  onChange={(event) => toggle(supportType, event.target.checked)}
                />
                <span>{count === undefined ? label : t('search.supportTypeOption', { label, count })}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <label className="checkbox checkbox--toggle">
        <input
          type="checkbox"
          name="all"
          checked={matchAll}
          aria-describedby="match-all-hint"
          onChange={(event) => onMatchAllChange(event.target.checked)}
        />
        <span>{t('search.matchAllTypes')}</span>
      </label>
      <p id="match-all-hint" className="field-hint">
        {t('search.matchAllTypesHint')}
      </p>
    </fieldset>
  );
}
