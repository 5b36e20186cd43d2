import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SUPPORT_TYPE_LABELS, labelOf, type SupportType } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';

export interface TypeBar {
  supportType: SupportType;
  demand: number;
  supply: number;
}

export interface TrendRow {
  month: string;
  demand: number;
  supply: number;
}

/*
 * The charts (recharts, loaded with the dashboards only). Bars differ by pattern-free shape too:
 * demand is solid, supply is outlined, and the legend names both; every chart has a table beside it.
 */

/** Legend entries in the text colour (recharts colours them like their series by default). */
const legendText = (value: string) => <span style={{ color: '#1a1a1c' }}>{value}</span>;

/** Demand against accepting supporters, by support type. */
export function SupplyDemandChart({ rows }: { rows: readonly TypeBar[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = rows.map((row) => ({ ...row, label: labelOf(SUPPORT_TYPE_LABELS, row.supportType, locale) }));
  return (
    <figure className="suff-chart" aria-label={t('sufficiency.chartLabel')}>
      <ResponsiveContainer width="100%" height={Math.max(280, data.length * 44)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={210} tick={{ fontSize: 11, fill: '#1a1a1c' }} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Bar dataKey="demand" name={t('sufficiency.demand')} fill="#b3261e" />
          <Bar dataKey="supply" name={t('sufficiency.supply')} fill="#cfe0f7" stroke="#0b5394" strokeWidth={2} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Demand and supply month by month. */
export function TrendChart({ rows }: { rows: readonly TrendRow[] }) {
  const { t } = useTranslation();
  return (
    <figure className="suff-chart" aria-label={t('sufficiency.trendChartLabel')}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={[...rows]} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Line type="monotone" dataKey="demand" name={t('sufficiency.demand')} stroke="#b3261e" strokeWidth={2} />
          <Line type="monotone" dataKey="supply" name={t('sufficiency.supply')} stroke="#0b5394" strokeWidth={2} strokeDasharray="6 3" />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
