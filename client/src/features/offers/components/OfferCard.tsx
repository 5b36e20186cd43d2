import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfferKind, OfferParty, OfferStatus } from '@tsunagu/shared';
import type { OfferSummaryFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { OfferDeadline } from './OfferDeadline';
import { OfferStatusBadge } from './OfferStatusBadge';

/** Who made the offer, as its card's first line: 「村上市から打診」 or 「新潟県から紹介（村上市の依頼）」. */
export function offerOrigin(t: TFunction, offer: Pick<OfferSummaryFieldsFragment, 'kind' | 'municipality' | 'prefecture'>): string {
  return offer.kind === OfferKind.APPROACH
    ? t('offers.kindApproach', { municipality: offer.municipality.name })
    : t('offers.kindProposal', { prefecture: offer.prefecture.name, municipality: offer.municipality.name });
}

interface OfferCardProps {
  offer: OfferSummaryFieldsFragment;
  /** The heading level inside the page (lists under a section heading use h3). */
  headingLevel?: 'h2' | 'h3';
  /** What the card names: the request (the supporter's own list) or the supporter (a request's list). */
  title: 'request' | 'supporter';
  /** More inside the card, after its link (the supporter's answer in place). */
  children?: ReactNode;
}

/** One offer in a list: state, who made it, the deadline while it is open, unread messages, a link to it. */
export function OfferCard({ offer, headingLevel: Heading = 'h3', title, children }: OfferCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `offer-${offer.id}`;
  const waitingForMe = offer.party === OfferParty.SUPPORTER && offer.status === OfferStatus.OFFERED;
  return (
    <article className={`offer-card${offer.overdue ? ' offer-card--overdue' : ''}`} aria-labelledby={headingId}>
      <ul className="badge-list">
        <li>
          <OfferStatusBadge status={offer.status} />
        </li>
        {offer.unreadMessageCount > 0 && (
          <li>
            <span className="badge badge--unread">{t('offers.unread', { count: offer.unreadMessageCount })}</span>
          </li>
        )}
      </ul>
      <Heading id={headingId} className="offer-card__title">
        <Link to={`/offers/${offer.id}`}>{title === 'request' ? offer.request.title : offer.supporter.name}</Link>
      </Heading>
      <p className="offer-card__origin">{offerOrigin(t, offer)}</p>
      <dl className="facts facts--compact">
        <div className="fact">
          <dt className="fact__label">{offer.party === OfferParty.SUPPORTER ? t('offers.offeredAt') : t('offers.madeAt')}</dt>
          <dd className="fact__value">
            <time dateTime={offer.offeredAt}>{formatDate(offer.offeredAt, locale)}</time>
          </dd>
        </div>
        {offer.status === OfferStatus.OFFERED && (
          <div className="fact">
            <dt className="fact__label">{t('offers.deadline')}</dt>
            <dd className="fact__value">
              <OfferDeadline offer={offer} />
            </dd>
          </div>
        )}
      </dl>
      <p className="offer-card__link">
        <Link to={`/offers/${offer.id}`} className={waitingForMe ? 'button button--primary button-link' : undefined} aria-describedby={headingId}>
          {waitingForMe ? t('offers.open') : t('offers.openOther')}
        </Link>
      </p>
      {children}
    </article>
  );
}
