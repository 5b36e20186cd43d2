import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SUPPORT_TYPE_LABELS, SupportRequestStatus, UserRole, labelOf, type SupportType } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { ClassBadge } from '../../features/sufficiency/components/ClassBadge';
import { SummaryCard, TiersSection, TrendSection, TypesSection } from '../../features/sufficiency/components/DashboardParts';
import { DashboardTools } from '../../features/sufficiency/components/DashboardTools';
import { MunicipalityWork } from '../../features/sufficiency/components/WorkPanel';
import { explain } from '../../features/sufficiency/explain';
import { MunicipalityOpenRequestsQuery, MunicipalityRmosQuery, MunicipalitySufficiencyQuery } from '../../features/sufficiency/graphql/sufficiency.operations';
import { usePrefectures } from '../../features/reference/hooks/use-prefectures';
import { useLocale } from '../../i18n';

/**
 * `/sufficiency/:prefectureCode/:municipalityCode`: a municipality's dashboard. The aggregates are
 * public; its RMOs and open requests by name only for the staff the server lets read them. Each
 * missing or scarce type links to the search filtered for it and, where the municipality has an open
 * request wanting it, to 「県に紹介を依頼」 on that request. The municipality's staff land here.
 */
export function SufficiencyMunicipalityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { prefectureCode = '', municipalityCode = '' } = useParams();
  const { viewer } = useViewer();
  const { nameOf } = usePrefectures();
  const { data, error, refetch } = useQuery(MunicipalitySufficiencyQuery, { variables: { municipalityCode }, fetchPolicy: 'cache-and-network' });
  const mayReadNames =
    viewer !== null &&
    (viewer.role === UserRole.OPERATOR ||
      (viewer.role === UserRole.PREFECTURE_STAFF && viewer.organization.prefectureCode === prefectureCode) ||
      ((viewer.role === UserRole.MUNICIPALITY_STAFF || viewer.role === UserRole.RMO_STAFF) && viewer.organization.municipalityCode === municipalityCode));
  const own = viewer?.role === UserRole.MUNICIPALITY_STAFF && viewer.organization.municipalityCode === municipalityCode;
  const rmos = useQuery(MunicipalityRmosQuery, { variables: { municipalityCode }, skip: !mayReadNames || viewer?.role === UserRole.RMO_STAFF });
  const requests = useQuery(MunicipalityOpenRequestsQuery, {
    variables: { filter: { municipalityCode, statuses: [SupportRequestStatus.OPEN] } },
    skip: !mayReadNames,
    fetchPolicy: 'cache-and-network',
  });
  const openRequests = requests.data?.supportRequests.edges.map((e) => e.node) ?? [];
  const area = data?.sufficiency;
  const title = area ? t('sufficiency.municipalityTitle', { name: area.name }) : t('sufficiency.loading');
  const typeLabel = (type: SupportType) => labelOf(SUPPORT_TYPE_LABELS, type, locale);
  const searchPath = (type: SupportType) => `/?${new URLSearchParams({ types: type, pref: prefectureCode, muni: municipalityCode }).toString()}`;

  let body;
  if (error && !data) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!area) body = <StatusMessage>{t('sufficiency.loading')}</StatusMessage>;
  else {
    const short = [...area.missingTypes, ...area.scarceTypes];
    body = (
      <>
        {own && viewer && <MunicipalityWork viewer={viewer} municipalityCode={municipalityCode} />}
        <SummaryCard area={area} />
        <section className="section-card" aria-labelledby="suff-missing-heading">
          <h2 id="suff-missing-heading">{t('sufficiency.missingHeading')}</h2>
          {area.classification === 'UNKNOWN' ? (
            <p>{t('sufficiency.noDemand')}</p>
          ) : short.length === 0 ? (
            <p>{t('sufficiency.nothingMissing')}</p>
          ) : (
            <ul className="suff-missing">
              {short.map((type) => {
                const typeRow = area.types.find((row) => row.supportType === type)!;
                const request = own ? openRequests.find((r) => r.supportTypes.includes(type)) : undefined;
                return (
                  <li key={type} className="suff-missing__item">
                    <h3 className="suff-missing__type">
                      {typeLabel(type)} <ClassBadge classification={typeRow.classification} perType />
                    </h3>
                    <p>{explain(typeRow.explanation, locale)}</p>
                    <ul className="suff-missing__actions">
                      <li>
                        <Link to={searchPath(type)}>{t('sufficiency.searchFor', { type: typeLabel(type) })}</Link>
                      </li>
                      {request && (
                        <li>
                          <Link to={`/requests/${request.id}#introduction`}>
                            {request.openIntroduction ? t('sufficiency.introductionOpen', { title: request.title }) : t('sufficiency.askPrefecture', { title: request.title })}
                          </Link>
                        </li>
                      )}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <DashboardTools />
        <TypesSection area={area} params={{ muni: municipalityCode }} />
        <TiersSection area={area} municipality params={{ muni: municipalityCode }} />
        {mayReadNames ? (
          <>
            {rmos.data && (
              <section aria-labelledby="suff-rmos-heading">
                <h2 id="suff-rmos-heading">{t('sufficiency.rmosHeading')}</h2>
                {rmos.data.rmos.length === 0 ? (
                  <p>{t('sufficiency.rmosEmpty')}</p>
                ) : (
                  <ul className="suff-names">
                    {rmos.data.rmos.map((rmo) => (
                      <li key={rmo.id}>
                        <strong>{rmo.name}</strong>
                        {rmo.wantedSupportTypes.length > 0 && <span className="table-note">{rmo.wantedSupportTypes.map(typeLabel).join('、')}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <section aria-labelledby="suff-requests-heading">
              <h2 id="suff-requests-heading">{t('sufficiency.requestsHeading')}</h2>
              {requests.data && openRequests.length === 0 ? (
                <p>{t('sufficiency.requestsEmpty')}</p>
              ) : (
                <ul className="suff-names">
                  {openRequests.map((request) => (
                    <li key={request.id}>
                      <Link to={`/requests/${request.id}`}>{request.title}</Link>
                      <span className="table-note">{request.supportTypes.map(typeLabel).join('、')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : (
          <p className="field-hint">{t('sufficiency.namesPrivate')}</p>
        )}
        <TrendSection area={area} params={{ muni: municipalityCode }} />
      </>
    );
  }

  return (
    <div className="page suff-page">
      <DocumentTitle page={title} />
      <nav aria-label="breadcrumb" className="suff-breadcrumb no-print">
        <Link to="/sufficiency">{t('sufficiency.breadcrumbNational')}</Link>
        {' › '}
        <Link to={`/sufficiency/${prefectureCode}`}>{nameOf(prefectureCode) ?? prefectureCode}</Link>
      </nav>
      <h1>{title}</h1>
      {body}
    </div>
  );
}
