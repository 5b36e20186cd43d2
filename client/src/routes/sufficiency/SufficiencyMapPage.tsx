import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SufficiencyClass } from '../../gql/graphql';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ExportButtons } from '../../components/page-tools';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { ClassBadge, ClassLegend } from '../../features/sufficiency/components/ClassBadge';
import { CLASS_SYMBOLS, classModifier, LEGEND_ORDER } from '../../features/sufficiency/classes';
import { explain } from '../../features/sufficiency/explain';
import { SufficiencyMapQuery } from '../../features/sufficiency/graphql/sufficiency.operations';
import { TILE_POSITIONS, tileName } from '../../features/sufficiency/tile-layout';
import { useLocale } from '../../i18n';

/**
 * `/sufficiency`: the national tile map (public). Each prefecture is a tile coloured, patterned and
 * marked with a symbol by its classification; choosing one shows its explanation; the table below
 * holds the same figures.
 */
export function SufficiencyMapPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(SufficiencyMapQuery, { fetchPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<string | null>(null);
  const prefectures = data?.sufficiencyMap.prefectures ?? [];
  const chosen = prefectures.find((p) => p.areaCode === selected) ?? null;
  const title = t('sufficiency.mapTitle');

  let body;
  if (error && !data) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <StatusMessage>{t('sufficiency.loading')}</StatusMessage>;
  else {
    const months = [...new Set(data.sufficiencyMap.trend.map((c) => c.month))];
    body = (
      <>
        <div className="suff-map-layout">
          <div>
            <ul className="suff-tiles" aria-label={t('sufficiency.mapLabel')}>
              {prefectures.map((p) => {
                const [row, column] = TILE_POSITIONS[p.areaCode] ?? [0, 0];
                const label = t('sufficiency.tileLabel', { name: p.name, classification: t(`sufficiency.class.${p.classification}`) });
                return (
                  <li key={p.areaCode} className="suff-tiles__cell" style={{ gridRow: row + 1, gridColumn: column + 1 }}>
                    <button
                      type="button"
                      className={`suff-tile ${classModifier(p.classification)}`}
                      aria-label={label}
                      aria-pressed={selected === p.areaCode}
                      aria-controls="suff-selected"
                      onClick={() => setSelected(p.areaCode)}
                    >
                      <span className={`suff-tile__name${tileName(p.name).length > 2 ? ' suff-tile__name--long' : ''}`}>{tileName(p.name)}</span>
                      <span className="suff-tile__symbol" aria-hidden="true">
                        {CLASS_SYMBOLS[p.classification]}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="suff-map-side">
            <ClassLegend />
            <section id="suff-selected" className="suff-selected" aria-live="polite" aria-labelledby="suff-selected-heading">
              {chosen ? (
                <>
                  <h2 id="suff-selected-heading">{t('sufficiency.selectedHeading', { name: chosen.name })}</h2>
                  <p>
                    <ClassBadge classification={chosen.classification} />
                  </p>
                  <p className="suff-explanation">{explain(chosen.explanation, locale)}</p>
                  <p>
                    <Link to={`/sufficiency/${chosen.areaCode}`}>{t('sufficiency.openPrefecture', { name: chosen.name })}</Link>
                  </p>
                </>
              ) : (
                <>
                  <h2 id="suff-selected-heading" className="visually-hidden">
                    {t('sufficiency.explanation')}
                  </h2>
                  <p className="field-hint">{t('sufficiency.selectHint')}</p>
                </>
              )}
            </section>
          </div>
        </div>

        <section aria-labelledby="suff-table-heading">
          <h2 id="suff-table-heading">{t('sufficiency.tableHeading')}</h2>
          <div className="table-scroll">
            <table className="data-table suff-table">
              <caption>{t('sufficiency.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sufficiency.prefecture')}</th>
                  <th scope="col">{t('sufficiency.classification')}</th>
                  <th scope="col">{t('sufficiency.explanation')}</th>
                  <th scope="col" className="numeric">
                    {t('sufficiency.demand')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sufficiency.supply')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {prefectures.map((p) => (
                  <tr key={p.areaCode}>
                    <th scope="row">
                      <Link to={`/sufficiency/${p.areaCode}`}>{p.name}</Link>
                    </th>
                    <td>
                      <ClassBadge classification={p.classification} />
                    </td>
                    <td className="suff-table__why">{explain(p.explanation, locale)}</td>
                    <td className="numeric">{p.demandTotal}</td>
                    <td className="numeric">{p.supplyTotal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ExportButtons name="sufficiency-prefectures" label={t('sufficiency.tableCaption')} />
        </section>

        <section aria-labelledby="suff-trend-heading">
          <h2 id="suff-trend-heading">{t('sufficiency.trendHeading')}</h2>
          {months.length === 0 ? (
            <p>{t('sufficiency.trendEmpty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('sufficiency.nationalTrendCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sufficiency.month')}</th>
                    {LEGEND_ORDER.map((c) => (
                      <th scope="col" key={c} className="numeric">
                        {t(`sufficiency.class.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month}>
                      <th scope="row">{month}</th>
                      {LEGEND_ORDER.map((c: SufficiencyClass) => (
                        <td key={c} className="numeric">
                          {data.sufficiencyMap.trend.find((row) => row.month === month && row.classification === c)?.areas ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </>
    );
  }

  return (
    <div className="page suff-page">
      <DocumentTitle page={title} />
      <h1>{title}</h1>
      <p className="page-lead">{t('sufficiency.mapLead')}</p>
      {body}
    </div>
  );
}
