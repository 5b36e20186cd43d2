import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_TYPE_LABELS, labelOf } from '@tsunagu/shared';
import { ExportButtons } from '../../../components/ExportButtons';
import { StatusMessage } from '../../../components/StatusMessage';
import type { SufficiencySummaryFieldsFragment, SufficiencyTypesFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { explain } from '../explain';
import { ClassBadge } from './ClassBadge';

// recharts comes with the first dashboard chart only (never with the first page).
const SupplyDemandChart = lazy(() => import('./SufficiencyCharts').then((m) => ({ default: m.SupplyDemandChart })));
const TrendChart = lazy(() => import('./SufficiencyCharts').then((m) => ({ default: m.TrendChart })));

function ChartFallback() {
  const { t } = useTranslation();
  return <StatusMessage>{t('sufficiency.chartLoading')}</StatusMessage>;
}

/** The classification and its sentence. */
export function SummaryCard({ area }: { area: SufficiencySummaryFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="section-card suff-summary" aria-labelledby="suff-summary-heading">
      <h2 id="suff-summary-heading">{t('sufficiency.summaryHeading')}</h2>
      <p className="suff-summary__class">
        <ClassBadge classification={area.classification} />
      </p>
      <p className="suff-explanation">{explain(area.explanation, locale)}</p>
      <dl className="suff-figures">
        <div>
          <dt>{t('sufficiency.demand')}</dt>
          <dd>{area.demandTotal}</dd>
        </div>
        <div>
          <dt>{t('sufficiency.supply')}</dt>
          <dd>{area.supplyTotal}</dd>
        </div>
      </dl>
    </section>
  );
}

/** Demand and supply by type: a bar chart and the same figures as a table. */
/** Where a dashboard's tables download from: `?pref=` or `?muni=`. */
export type AreaParams = { pref: string } | { muni: string };

export function TypesSection({ area, params }: { area: SufficiencyTypesFieldsFragment; params: AreaParams }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = area.types.map((type) => ({
    supportType: type.supportType,
    demand: type.demand.rmos + type.demand.requests + type.demand.unmet,
    supply: type.supply.serving,
  }));
  return (
    <section aria-labelledby="suff-types-heading">
      <h2 id="suff-types-heading">{t('sufficiency.byTypeHeading')}</h2>
      <div className="no-print-chart">
        <Suspense fallback={<ChartFallback />}>
          <SupplyDemandChart rows={rows} />
        </Suspense>
      </div>
      <div className="table-scroll">
        <table className="data-table suff-table" data-testid="types-table">
          <caption>{t('sufficiency.byTypeCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sufficiency.supportType')}</th>
              <th scope="col">{t('sufficiency.classification')}</th>
              <th scope="col" className="numeric">
                {t('sufficiency.rmos')}
              </th>
              <th scope="col" className="numeric">
                {t('sufficiency.requests')}
              </th>
              <th scope="col" className="numeric">
                {t('sufficiency.unmet')}
              </th>
              <th scope="col" className="numeric">
                {t('sufficiency.serving')}
              </th>
              <th scope="col" className="numeric">
                {t('sufficiency.freePlaces')}
              </th>
              <th scope="col" className="numeric">
                {t('sufficiency.verified')}
              </th>
            </tr>
          </thead>
          <tbody>
            {area.types.map((type) => (
              <tr key={type.supportType}>
                <th scope="row">{labelOf(SUPPORT_TYPE_LABELS, type.supportType, locale)}</th>
                <td>{type.wanted ? <ClassBadge classification={type.classification} perType /> : t('sufficiency.notWanted')}</td>
                <td className="numeric">{type.demand.rmos}</td>
                <td className="numeric">{type.demand.requests}</td>
                <td className="numeric">{type.demand.unmet}</td>
                <td className="numeric">{type.supply.serving}</td>
                <td className="numeric">{type.supply.freePlaces}</td>
                <td className="numeric">{type.supply.verified}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons name="sufficiency-types" params={params} label={t('sufficiency.byTypeCaption')} />
    </section>
  );
}

/** Supply by type and tier (nearest first). */
export function TiersSection({ area, municipality, params }: { area: SufficiencyTypesFieldsFragment; municipality: boolean; params: AreaParams }) {
  const { t } = useTranslation();
  const locale = useLocale();
  type TierKey = 'municipality' | 'prefectureWide' | 'inPrefecture' | 'neighbour' | 'remoteOnly';
  const all: { key: TierKey; label: string; show: boolean }[] = [
    { key: 'municipality', label: t('sufficiency.tierMunicipality'), show: municipality },
    { key: 'prefectureWide', label: t('sufficiency.tierPrefectureWide'), show: true },
    { key: 'inPrefecture', label: t('sufficiency.tierInPrefecture'), show: !municipality },
    { key: 'neighbour', label: t('sufficiency.tierNeighbour'), show: true },
    { key: 'remoteOnly', label: t('sufficiency.tierRemote'), show: true },
  ];
  const tiers = all.filter((tier) => tier.show);
  return (
    <section aria-labelledby="suff-tiers-heading">
      <h2 id="suff-tiers-heading">{t('sufficiency.tiersHeading')}</h2>
      <div className="table-scroll">
        <table className="data-table suff-table">
          <caption>{t('sufficiency.tiersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sufficiency.supportType')}</th>
              {tiers.map((tier) => (
                <th scope="col" className="numeric" key={tier.key}>
                  {tier.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {area.types.map((type) => (
              <tr key={type.supportType}>
                <th scope="row">{labelOf(SUPPORT_TYPE_LABELS, type.supportType, locale)}</th>
                {tiers.map((tier) => (
                  <td className="numeric" key={tier.key}>
                    {type.supply[tier.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons name="sufficiency-tiers" params={params} label={t('sufficiency.tiersCaption')} />
    </section>
  );
}

/** The last twelve monthly snapshots: a line chart and the table. */
export function TrendSection({ area, params }: { area: SufficiencyTypesFieldsFragment; params: AreaParams }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="suff-trend-heading">
      <h2 id="suff-trend-heading">{t('sufficiency.trendHeading')}</h2>
      {area.trend.length === 0 ? (
        <p>{t('sufficiency.trendEmpty')}</p>
      ) : (
        <>
          <div className="no-print-chart">
            <Suspense fallback={<ChartFallback />}>
              <TrendChart rows={area.trend} />
            </Suspense>
          </div>
          <div className="table-scroll">
            <table className="data-table suff-table">
              <caption>{t('sufficiency.trendCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sufficiency.month')}</th>
                  <th scope="col">{t('sufficiency.classification')}</th>
                  <th scope="col" className="numeric">
                    {t('sufficiency.demand')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sufficiency.supply')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {area.trend.map((point) => (
                  <tr key={point.month}>
                    <th scope="row">{point.month}</th>
                    <td>
                      <ClassBadge classification={point.classification} />
                    </td>
                    <td className="numeric">{point.demand}</td>
                    <td className="numeric">{point.supply}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ExportButtons name="sufficiency-trend" params={params} label={t('sufficiency.trendCaption')} />
        </>
      )}
    </section>
  );
}
