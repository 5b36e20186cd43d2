import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { UserRole } from '@tsunagu/shared';
import type { SufficiencyClass } from '../../gql/graphql';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ExportButtons } from '../../components/page-tools';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { ClassBadge, ClassLegend } from '../../features/sufficiency/components/ClassBadge';
import { SummaryCard, TiersSection, TrendSection, TypesSection } from '../../features/sufficiency/components/DashboardParts';
import { DashboardTools } from '../../features/sufficiency/components/DashboardTools';
import { PrefectureWork } from '../../features/sufficiency/components/WorkPanel';
import { LEGEND_ORDER } from '../../features/sufficiency/classes';
import { explain } from '../../features/sufficiency/explain';
import { PrefectureSufficiencyQuery } from '../../features/sufficiency/graphql/sufficiency.operations';
import { useLocale } from '../../i18n';

/**
 * `/sufficiency/:prefectureCode`: a prefecture's dashboard (public aggregates): its classification,
 * supply against demand by type, its municipalities grouped by classification, and the trend. Its
 * own staff land here, with their introduction queue and verification one link away.
 */
export function SufficiencyPrefecturePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { prefectureCode = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(PrefectureSufficiencyQuery, { variables: { prefectureCode }, fetchPolicy: 'cache-and-network' });
  const area = data?.sufficiency;
  const title = area ? t('sufficiency.prefectureTitle', { name: area.name }) : t('sufficiency.loading');
  const own = viewer?.role === UserRole.PREFECTURE_STAFF && viewer.organization.prefectureCode === prefectureCode;

  let body;
  if (error && !data) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!area) body = <StatusMessage>{t('sufficiency.loading')}</StatusMessage>;
  else {
    const municipalities = area.municipalities ?? [];
    body = (
      <>
        {own && viewer && <PrefectureWork viewer={viewer} prefectureCode={prefectureCode} />}
        <SummaryCard area={area} />
        <DashboardTools />
        <section aria-labelledby="suff-municipalities-heading">
          <h2 id="suff-municipalities-heading">{t('sufficiency.municipalitiesHeading')}</h2>
          <ClassLegend />
          <ul className="suff-groups">
            {LEGEND_ORDER.map((c: SufficiencyClass) => {
              const group = municipalities.filter((m) => m.classification === c);
              if (group.length === 0) return null;
              return (
                <li key={c} className="suff-group">
                  <h3 className="suff-group__heading">
                    <ClassBadge classification={c} /> <span className="suff-group__count">{t('sufficiency.groupCount', { count: group.length })}</span>
                  </h3>
                  {c !== 'UNKNOWN' && (
                    <ul className="suff-group__list">
                      {group.map((m) => (
                        <li key={m.areaCode}>
                          <Link to={`/sufficiency/${prefectureCode}/${m.areaCode}`}>{m.name}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="table-scroll">
            <table className="data-table suff-table" data-testid="municipalities-table">
              <caption>{t('sufficiency.municipalitiesCaption', { name: area.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sufficiency.municipality')}</th>
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
                {municipalities
                  .filter((m) => m.classification !== 'UNKNOWN')
                  .map((m) => (
                    <tr key={m.areaCode}>
                      <th scope="row">
                        <Link to={`/sufficiency/${prefectureCode}/${m.areaCode}`}>{m.name}</Link>
                      </th>
                      <td>
                        <ClassBadge classification={m.classification} />
                      </td>
                      <td className="suff-table__why">{explain(m.explanation, locale)}</td>
                      <td className="numeric">{m.demandTotal}</td>
                      <td className="numeric">{m.supplyTotal}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <ExportButtons name="sufficiency-municipalities" params={{ pref: prefectureCode }} label={t('sufficiency.municipalitiesCaption', { name: area.name })} />
        </section>
        <TypesSection area={area} params={{ pref: prefectureCode }} />
        <TiersSection area={area} municipality={false} params={{ pref: prefectureCode }} />
        <TrendSection area={area} params={{ pref: prefectureCode }} />
      </>
    );
  }

  return (
    <div className="page suff-page">
      <DocumentTitle page={title} />
      <nav aria-label="breadcrumb" className="suff-breadcrumb no-print">
        <Link to="/sufficiency">{t('sufficiency.breadcrumbNational')}</Link>
      </nav>
      <h1>{title}</h1>
      {body}
    </div>
  );
}
