import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OFFER_LIMITS } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { OfferStatusBadge } from '../../features/offers/components/OfferStatusBadge';
import { IntroductionQueueQuery } from '../../features/offers/graphql/offers.operations';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';

/**
 * `/introductions`: the prefecture's 「紹介依頼」 queue — its municipalities' open introduction
 * requests with their age, overdue ones first (the server's order), what was proposed so far, and
 * the way to the request's ranking to propose supporters.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(IntroductionQueueQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const introductions = data?.introductionRequests.edges.map((edge) => edge.node) ?? [];

  let body;
  if (error && !data) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <StatusMessage>{t('introductions.loading')}</StatusMessage>;
  else if (introductions.length === 0) body = <p className="empty-state__title">{t('introductions.empty')}</p>;
  else {
    body = (
      <ol className="offer-list" aria-label={t('introductions.listLabel')}>
        {introductions.map((introduction) => {
          const headingId = `introduction-${introduction.id}`;
          return (
            <li key={introduction.id}>
              <article className={`offer-card${introduction.overdue ? ' offer-card--overdue' : ''}`} aria-labelledby={headingId}>
                <ul className="badge-list">
                  {introduction.overdue && (
                    <li>
                      <span className="badge badge--overdue">{t('introductions.overdue')}</span>
                    </li>
                  )}
                  <li>
                    <span className="badge badge--status">{t('introductions.age', { count: introduction.ageDays })}</span>
                  </li>
                </ul>
                <h2 id={headingId} className="offer-card__title">
                  <Link to={`/requests/${introduction.request.id}#introduction`}>{introduction.request.title}</Link>
                </h2>
                <p className="offer-card__origin">
                  {introduction.municipality.name} ・ {t('introductions.requestedAt')} <time dateTime={introduction.requestedAt}>{formatDate(introduction.requestedAt, locale)}</time>
                </p>
                <p className="introduction-box__note">
                  <span className="visually-hidden">{t('introductions.note')}: </span>
                  {introduction.note}
                </p>
                <div className="introduction-proposals">
                  <h3 className="introduction-proposals__heading">{t('introductions.proposals')}</h3>
                  {introduction.proposals.length === 0 ? (
                    <p>{t('introductions.noProposals')}</p>
                  ) : (
                    <ul className="plain-list">
                      {introduction.proposals.map((proposal) => (
                        <li key={proposal.id}>
                          <Link to={`/offers/${proposal.id}`}>{proposal.supporter.name}</Link> <OfferStatusBadge status={proposal.status} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="field-hint">
                    {introduction.proposalsLeft > 0 ? t('introductions.left', { count: introduction.proposalsLeft }) : t('introductions.leftNone')}
                  </p>
                </div>
                {introduction.proposalsLeft > 0 && (
                  <p>
                    <Link to={`/requests/${introduction.request.id}#matches-heading`} className="button button--primary button-link" aria-describedby={headingId}>
                      {t('introductions.open')}
                    </Link>
                  </p>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <div className="page">
      <DocumentTitle page={t('introductions.title')} />
      <h1>{t('introductions.title')}</h1>
      <p className="lead">{t('introductions.lead', { days: OFFER_LIMITS.introductionTargetDays })}</p>
      {body}
    </div>
  );
}
