import { useTranslation } from 'react-i18next';
import type { SufficiencyClass } from '../../../gql/graphql';
import { CLASS_SYMBOLS, LEGEND_ORDER, classModifier } from '../classes';

/** The classification as symbol, colour, pattern and words. */
export function ClassBadge({ classification, perType = false }: { classification: SufficiencyClass; perType?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`suff-badge ${classModifier(classification)}`}>
      <span aria-hidden="true" className="suff-badge__symbol">
        {CLASS_SYMBOLS[classification]}
      </span>{' '}
      {t(perType ? `sufficiency.classOfType.${classification}` : `sufficiency.class.${classification}`)}
    </span>
  );
}

/** Every class with its symbol, colour and pattern. */
export function ClassLegend() {
  const { t } = useTranslation();
  return (
    <div className="suff-legend">
      <h2 className="suff-legend__heading">{t('sufficiency.legend')}</h2>
      <ul className="suff-legend__list">
        {LEGEND_ORDER.map((c) => (
          <li key={c}>
            <ClassBadge classification={c} />
          </li>
        ))}
      </ul>
    </div>
  );
}
