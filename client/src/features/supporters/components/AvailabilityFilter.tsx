import { useTranslation } from 'react-i18next';
import { AVAILABILITY_LABELS, Availability, enumValues, labelOf } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

interface AvailabilityFilterProps {
  selected: readonly Availability[];
  onChange: (selected: Availability[]) => void;
}

export function AvailabilityFilter({ selected, onChange }: AvailabilityFilterProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  const toggle = (availability: Availability, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(availability);
    else next.delete(availability);
    onChange(enumValues(Availability).filter((value) => next.has(value)));
  };

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('search.availabilityLegend')}</legend>
      <ul className="checkbox-list">
        {enumValues(Availability).map((availability) => (
          <li key={availability}>
            <label className="checkbox">
              <input
                type="checkbox"
                name="avail"
                value={availability}
                checked={selected.includes(availability)}
                onChange={(event) => toggle(availability, event.target.checked)}
              />
              <span>{labelOf(AVAILABILITY_LABELS, availability, locale)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
