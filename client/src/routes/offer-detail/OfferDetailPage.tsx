import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DECLINE_REASON_LABELS, OfferAction, OfferKind, OfferParty, labelOf } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Fact } from '../../components/Fact';
import { StatusMessage } from '../../components/StatusMessage';
import { errorCodeOf } from '../../components/describe-error';
import { EngagementFromOffer } from '../../features/engagements/components/EngagementFromOffer';
import { OfferActions } from '../../features/offers/components/OfferActions';
import { offerOrigin } from '../../features/offers/components/OfferCard';
import { OfferDeadline } from '../../features/offers/components/OfferDeadline';
import { OfferResponseForm } from '../../features/offers/components/OfferResponseForm';
import { OfferStatusBadge } from '../../features/offers/components/OfferStatusBadge';
import { OfferThread } from '../../features/offers/components/OfferThread';
import { OfferQuery } from '../../features/offers/graphql/offers.operations';
import { RequestFacts } from '../../features/support-requests/components/RequestFacts';
import { RequestStatusBadge } from '../../features/support-requests/components/RequestStatusBadge';
import { useLocale } from '../../i18n';
import { formatDate } from '../../i18n/format';

/**
 * `/offers/:id`: one approach or introduction as each of its parties sees it — who made it and why,
 * the deadline, the answer, the request's full text (the supporter's from the moment it was offered),
 * the buttons the lifecycle allows the viewer now, and the thread.
 */
export function OfferDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState('');
  const { data, error, refetch } = useQuery(OfferQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const offer = data?.offer;

  const handleDone = (message: string) => {
    setDone(message);
    void refetch();
    headingRef.current?.focus();
  };

  const supporterSide = offer?.party === OfferParty.SUPPORTER;
  const back = offer && !supporterSide ? { to: `/requests/${offer.request.id}`, label: t('offers.backToRequest') } : { to: '/offers', label: t('offers.backToList') };

  let content;
  if (offer) {
    content = (
      <>
        <DocumentTitle page={offer.request.title} />
        <header className="request-header">
          <ul className="badge-list">
            <li>
              <OfferStatusBadge status={offer.status} />
            </li>
            <li>
              <span className="badge badge--kind">{offerOrigin(t, offer)}</span>
            </li>
          </ul>
          <h1 ref={headingRef} tabIndex={-1}>
            {offer.request.title}
          </h1>
          <p className="request-header__meta">
            {offer.prefecture.name} {offer.municipality.name} ・ {t('offers.supporter')}: <Link to={`/supporters/${offer.supporter.id}`}>{offer.supporter.name}</Link>
          </p>
        </header>
        <StatusMessage visuallyHidden={!done}>{done}</StatusMessage>

        <section className="profile__section" aria-labelledby="offer-summary-heading">
          <h2 id="offer-summary-heading">{offer.kind === OfferKind.APPROACH ? t('offers.message') : t('offers.note')}</h2>
          <p className="preserve-lines offer-message-text">{offer.message}</p>
          <dl className="facts">
            <Fact label={t('offers.offeredBy')}>{offer.offeredByName}</Fact>
            <Fact label={supporterSide ? t('offers.offeredAt') : t('offers.madeAt')}>
              <time dateTime={offer.offeredAt}>{formatDate(offer.offeredAt, locale)}</time>
            </Fact>
            {offer.daysLeft !== null && offer.daysLeft !== undefined && (
              <Fact label={t('offers.deadline')}>
                <OfferDeadline offer={offer} />
              </Fact>
            )}
            <Fact label={t('offers.supporter')}>
              <Link to={`/supporters/${offer.supporter.id}`}>{offer.supporter.name}</Link>
              <span className="table-note">
                {t('offers.freePlaces', { free: Math.max(0, offer.supporter.capacity - offer.supporter.currentLoad), capacity: offer.supporter.capacity })}
              </span>
            </Fact>
            {offer.introduction && <Fact label={t('offers.introductionNote')}>{<span className="preserve-lines">{offer.introduction.note}</span>}</Fact>}
            {offer.availabilityNote && (
              <Fact label={t('offers.availabilityNote')}>
                <span className="preserve-lines">{offer.availabilityNote}</span>
              </Fact>
            )}
            {offer.declineReason && <Fact label={t('offers.declined')}>{labelOf(DECLINE_REASON_LABELS, offer.declineReason, locale)}</Fact>}
            {offer.declineComment && (
              <Fact label={t('offers.declineComment')}>
                <span className="preserve-lines">{offer.declineComment}</span>
              </Fact>
            )}
            {offer.confirmedAt && (
              <Fact label={t('offers.confirmedAt')}>
                <time dateTime={offer.confirmedAt}>{formatDate(offer.confirmedAt, locale)}</time>
              </Fact>
            )}
            {offer.endedAt && (
              <Fact label={t('offers.endedAt')}>
                <time dateTime={offer.endedAt}>{formatDate(offer.endedAt, locale)}</time>
              </Fact>
            )}
          </dl>
          {offer.allowedActions.includes(OfferAction.ACCEPT) ? (
            <OfferResponseForm offer={offer} onDone={handleDone} />
          ) : (
            offer.allowedActions.includes(OfferAction.DECLINE) && (
              <details className="offer-respond-inline">
                <summary>{t('offers.respond.declineAfterAccepting')}</summary>
                <OfferResponseForm offer={offer} onDone={handleDone} declineOnly />
              </details>
            )
          )}
          <OfferActions offer={offer} onDone={handleDone} />
          <EngagementFromOffer offer={offer} />
        </section>

        <section className="profile__section" aria-labelledby="offer-request-heading">
          <h2 id="offer-request-heading">{t('offers.request')}</h2>
          <p>
            {t('offers.requestStatus')}: <RequestStatusBadge status={offer.request.status} />
          </p>
          <RequestFacts request={{ ...offer.request, title: undefined }} withIntake={false} />
        </section>

        <OfferThread offerId={offer.id} messages={offer.messages} unread={offer.unreadMessageCount} />
      </>
    );
  } else if (error) {
    content =
      errorCodeOf(error) === 'NOT_FOUND' ? (
        <>
          <DocumentTitle page={t('offers.notFoundTitle')} />
          <h1>{t('offers.notFoundTitle')}</h1>
          <p>{t('offers.notFoundBody')}</p>
        </>
      ) : (
        <>
          <DocumentTitle page={t('errors.internal')} />
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </>
      );
  } else {
    content = (
      <>
        <DocumentTitle page={t('offers.loading')} />
        <StatusMessage>{t('offers.loading')}</StatusMessage>
      </>
    );
  }

  return (
    <div className="page">
      <nav aria-label={back.label} className="back-nav">
        <Link to={back.to} className="back-link">
          <span aria-hidden="true">←</span> {back.label}
        </Link>
      </nav>
      {content}
    </div>
  );
}
