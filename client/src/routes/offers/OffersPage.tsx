import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferAction, OfferStatus, UserRole } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { OfferCard } from '../../features/offers/components/OfferCard';
import { OfferResponseForm } from '../../features/offers/components/OfferResponseForm';
import { OffersQuery } from '../../features/offers/graphql/offers.operations';
import type { OfferSummaryFieldsFragment } from '../../gql/graphql';

const GROUPS = [
  { key: 'waiting', statuses: [OfferStatus.OFFERED] },
  { key: 'accepted', statuses: [OfferStatus.ACCEPTED] },
  { key: 'confirmed', statuses: [OfferStatus.CONFIRMED] },
  { key: 'ended', statuses: [OfferStatus.DECLINED, OfferStatus.CLOSED, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED] },
] as const;

/** Those waiting for an answer, the nearest deadline first; the rest newest first (the server's order). */
function ordered(group: (typeof GROUPS)[number], offers: readonly OfferSummaryFieldsFragment[]) {
  const members = offers.filter((offer) => (group.statuses as readonly OfferStatus[]).includes(offer.status));
  return group.key === 'waiting' ? [...members].sort((a, b) => a.respondBy.localeCompare(b.respondBy)) : members;
}

/**
 * `/offers`: 「届いた打診・紹介」 for a supporter — approaches and introductions grouped by what they
 * wait for, answered in place (accept with a note, or decline with a reason) or after reading the
 * request in full. Municipality and prefecture staff see the offers they take part in.
 */
export function OffersPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(OffersQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const supporter = viewer.role === UserRole.INTERMEDIARY_STAFF;
  const title = supporter ? t('offers.supporterTitle') : t('offers.title');
  const offers = data?.offers.edges.map((edge) => edge.node) ?? [];

  let body;
  if (error && !data) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <StatusMessage>{t('offers.loading')}</StatusMessage>;
  else if (offers.length === 0) body = <p className="empty-state__title">{t('offers.empty')}</p>;
  else {
    body = GROUPS.map((group) => {
      const members = ordered(group, offers);
      if (members.length === 0) return null;
      const headingId = `offers-${group.key}`;
      return (
        <section key={group.key} className="offer-group" aria-labelledby={headingId}>
          <h2 id={headingId}>
            {t(`offers.groups.${group.key}`)} <span className="count">（{members.length}）</span>
          </h2>
          <ul className="offer-list">
            {members.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} title={supporter ? 'request' : 'supporter'}>
                  {supporter && offer.allowedActions.includes(OfferAction.ACCEPT) && (
                    <details className="offer-respond-inline">
                      <summary>{t('offers.respond.inPlace')}</summary>
                      <OfferResponseForm offer={offer} onDone={setAnnouncement} />
                    </details>
                  )}
                </OfferCard>
              </li>
            ))}
          </ul>
        </section>
      );
    });
  }

  return (
    <div className="page">
      <DocumentTitle page={title} />
      <h1>{title}</h1>
      <p className="lead">{supporter ? t('offers.supporterLead') : t('offers.partyLead')}</p>
      <StatusMessage visuallyHidden={!announcement}>{announcement}</StatusMessage>
      {body}
    </div>
  );
}
