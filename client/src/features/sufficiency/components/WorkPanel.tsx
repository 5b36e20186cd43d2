import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homeSearchPath, type HomePlace } from '../../auth/home';
import { IntermediaryWorkQuery, MunicipalityWorkQuery, PrefectureWorkQuery } from '../graphql/sufficiency.operations';

/** A municipality's home: its work links and what awaits it (RMO requests to endorse, accepted offers to confirm). */
export function MunicipalityWork({ viewer, municipalityCode }: { viewer: HomePlace; municipalityCode: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MunicipalityWorkQuery, { variables: { municipalityCode }, fetchPolicy: 'cache-and-network' });
  const endorse = data?.awaitingEndorsement.edges.map((e) => e.node) ?? [];
  const confirm = data?.acceptedOffers.edges.map((e) => e.node) ?? [];
  return (
    <section className="section-card suff-work no-print" aria-labelledby="suff-work-heading">
      <h2 id="suff-work-heading">{t('sufficiency.myWork')}</h2>
      {data && (
        <div className="suff-work__queues">
          <h3>{t('sufficiency.work.awaitingEndorsement', { count: endorse.length })}</h3>
          {endorse.length > 0 && (
            <ul>
              {endorse.map((r) => (
                <li key={r.id}>
                  <Link to={`/requests/${r.id}`}>{r.title}</Link>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('sufficiency.work.acceptedOffers', { count: confirm.length })}</h3>
          {confirm.length > 0 && (
            <ul>
              {confirm.map((o) => (
                <li key={o.id}>
                  <Link to={`/offers/${o.id}`}>{t('sufficiency.work.offerLine', { supporter: o.supporter.name, title: o.request.title })}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ul className="suff-work__links">
        <li>
          <Link to="/requests">{t('sufficiency.links.requests')}</Link>
        </li>
        <li>
          <Link to="/requests/new">{t('sufficiency.links.newRequest')}</Link>
        </li>
        <li>
          <Link to="/notifications">{t('sufficiency.links.notifications')}</Link>
        </li>
        <li>
          <Link to="/rmos">{t('sufficiency.links.rmos')}</Link>
        </li>
        <li>
          <Link to={homeSearchPath(viewer)}>{t('sufficiency.links.search')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** A prefecture's home: the introduction queue, profiles awaiting verification, and the search of its area. */
export function PrefectureWork({ viewer, prefectureCode }: { viewer: HomePlace; prefectureCode: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PrefectureWorkQuery, { variables: { prefectureCode }, fetchPolicy: 'cache-and-network' });
  const queue = data?.introductionRequests.edges.map((e) => e.node) ?? [];
  return (
    <section className="section-card suff-work no-print" aria-labelledby="suff-work-heading">
      <h2 id="suff-work-heading">{t('sufficiency.myWork')}</h2>
      {data && (
        <div className="suff-work__queues">
          <h3>{t('sufficiency.work.introductions', { count: queue.length })}</h3>
          {queue.length > 0 && (
            <ul>
              {queue.map((i) => (
                <li key={i.id}>
                  <Link to={`/requests/${i.request.id}#introduction`}>
                    {i.municipality.name}：{i.request.title}
                  </Link>
                  {i.overdue && <span className="badge badge--overdue">{t('sufficiency.work.overdue')}</span>}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('sufficiency.work.unverified', { count: data.unverified.totalCount })}</h3>
        </div>
      )}
      <ul className="suff-work__links">
        <li>
          <Link to="/introductions">{t('sufficiency.links.introductions')}</Link>
        </li>
        <li>
          <Link to="/verification">{t('sufficiency.links.verification')}</Link>
        </li>
        <li>
          <Link to={homeSearchPath(viewer)}>{t('sufficiency.links.search')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** An intermediary's home (its profiles page): offers awaiting its answer and the published requests in its area. */
export function IntermediaryWork() {
  const { t } = useTranslation();
  const { data } = useQuery(IntermediaryWorkQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const published = data.publishedSupportRequests.edges.length;
  return (
    <nav className="section-card suff-work" aria-label={t('sufficiency.myWork')}>
      <ul className="suff-work__links">
        <li>
          <Link to="/offers">{t('sufficiency.work.waitingOffers', { count: data.waitingOffers.edges.length })}</Link>
        </li>
        <li>
          <Link to="/published-requests">
            {data.publishedSupportRequests.pageInfo.hasNextPage ? t('sufficiency.work.publishedMany', { count: published }) : t('sufficiency.work.published', { count: published })}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
