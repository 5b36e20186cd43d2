import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ExportButtons } from '../../../components/page-tools';
import { StatusMessage } from '../../../components/StatusMessage';
import { MatchesForRequestQuery } from '../graphql/support-requests.operations';
import { MatchOfferControl, type OfferMode } from '../../offers/components/MatchOfferControl';
import { MatchCard } from './MatchCard';
import { COMPARISON_MAX, MatchComparison } from './MatchComparison';

const PAGE = 20;
/** Candidates a printed request shows when none are being compared. */
const PRINTED = 3;
/** The server ranks at most this many. */
const MATCHES_MAX = 100;

/**
 * Supporters ranked against the request, best first, each with the reasons for its score; up to
 * three can be put side by side. The ranking is live (interest, availability), so it is refetched on every visit.
 */
interface RequestMatchesProps {
  requestId: string;
  /** Approach (the municipality) or propose (the broker prefecture) from the ranking; absent: neither. */
  offerMode?: OfferMode | null;
  /** Supporters with a waiting or confirmed offer for the request. */
  offeredSupporterIds?: readonly string[];
}

export function RequestMatches({ requestId, offerMode = null, offeredSupporterIds = [] }: RequestMatchesProps) {
  const { t } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const [comparedIds, setComparedIds] = useState<string[]>([]);
  const [refused, setRefused] = useState<{ supporterId: string; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const comparisonHeadingRef = useRef<HTMLHeadingElement>(null);
  const { data, previousData, networkStatus, error, refetch } = useQuery(MatchesForRequestQuery, {
    variables: { requestId, first },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const matches = (data ?? previousData)?.matchesForRequest ?? [];
  const compared = comparedIds.flatMap((id) => matches.filter((match) => match.supporter.id === id));

  const setCompared = (supporterId: string, name: string, on: boolean) => {
    setRefused(null);
    if (!on) {
      setComparedIds((ids) => ids.filter((id) => id !== supporterId));
      setAnnouncement(t('matches.removed', { name }));
      return;
    }
    if (comparedIds.length >= COMPARISON_MAX) {
      // The checkbox stays unchecked; the message says why and what to do.
      setRefused({ supporterId, message: t('matches.comparisonFull', { max: COMPARISON_MAX }) });
      return;
    }
    setComparedIds((ids) => [...ids, supporterId]);
    setAnnouncement(t('matches.added', { name, count: comparedIds.length + 1, max: COMPARISON_MAX }));
  };

  let body;
  if (error && matches.length === 0) {
    body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  } else if (!data && !previousData) {
    body = <StatusMessage>{t('matches.loading')}</StatusMessage>;
  } else if (matches.length === 0) {
    body = (
      <div className="empty-state">
        <p className="empty-state__title">{t('matches.empty')}</p>
        <p>{t('matches.emptyHint')}</p>
      </div>
    );
  } else {
    body = (
      <>
        {compared.length > 0 && (
          <MatchComparison
            matches={compared}
            headingRef={comparisonHeadingRef}
            onRemove={(id) => {
              const match = compared.find((candidate) => candidate.supporter.id === id);
              setCompared(id, match?.supporter.name ?? '', false);
            }}
          />
        )}
        <ol className="match-list" aria-label={t('matches.listLabel')}>
          {matches.map((match, index) => (
            // Printed as a 決裁 attachment: the shortlist only (those compared, else the top three).
            <li key={match.supporter.id} className={(compared.length > 0 ? comparedIds.includes(match.supporter.id) : index < PRINTED) ? undefined : 'match-list__item--print-omit'}>
              <MatchCard
                match={match}
                rank={index + 1}
                compared={comparedIds.includes(match.supporter.id)}
                compareRefused={refused?.supporterId === match.supporter.id ? refused.message : null}
                onCompareChange={(on) => setCompared(match.supporter.id, match.supporter.name, on)}
                renderOffer={
                  offerMode
                    ? (headingId) => (
                        <MatchOfferControl
                          supporter={match.supporter}
                          mode={offerMode}
                          alreadyOffered={offeredSupporterIds.includes(match.supporter.id)}
                          describedBy={headingId}
                        />
                      )
                    : undefined
                }
              />
            </li>
          ))}
        </ol>
        {matches.length >= first && first < MATCHES_MAX && (
          <div className="results__more">
            <button
              type="button"
              className="button button--secondary button--wide"
              disabled={networkStatus === NetworkStatus.setVariables}
              onClick={() => setFirst((count) => Math.min(MATCHES_MAX, count + PAGE))}
            >
              {t('search.showMore')}
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="profile__section" aria-labelledby="matches-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
      <h2 id="matches-heading" tabIndex={-1}>
        {t('matches.title')}
      </h2>
      <p className="lead">{t('matches.lead')}</p>
      <ExportButtons name="request-ranking" params={{ requestId }} label={t('matches.exportLabel')} />
      {matches.length > 0 && (
        <p className="print-only">{t(compared.length > 0 ? 'matches.printCompared' : 'matches.printTop', { count: compared.length > 0 ? compared.length : Math.min(PRINTED, matches.length) })}</p>
      )}
      <StatusMessage visuallyHidden>{networkStatus === NetworkStatus.setVariables ? t('search.loadingMore') : announcement}</StatusMessage>
      {body}
    </section>
  );
}
