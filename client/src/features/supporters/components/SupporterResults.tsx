import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { SupporterSort } from '@tsunagu/shared';
import type { SearchSupportersQuery } from '../../../gql/graphql';
import { usePrefectures } from '../../reference/hooks/use-prefectures';
import { localityText, servesSearchedPlace, type SearchedPlace } from '../locality';
import { SortControl } from './SortControl';
import { SupporterCard } from './SupporterCard';

interface SupporterResultsProps {
  connection: SearchSupportersQuery['supporters'] | undefined;
  /** The shown results belong to the current search (nothing newer in flight). */
  isCurrent: boolean;
  isSearching: boolean;
  isLoadingMore: boolean;
  error: unknown;
  searchedPrefectureCode: string | null;
  /** The chosen area, named; null without one. */
  place: SearchedPlace | null;
  includeRemote: boolean;
  sort: SupporterSort;
  onSortChange: (sort: SupporterSort) => void;
  onRetry: () => void;
  onLoadMore: () => Promise<void>;
}

export function SupporterResults(props: SupporterResultsProps) {
  const { connection, isCurrent, isSearching, isLoadingMore, error } = props;
  const { t } = useTranslation();
  const location = useLocation();
  const prefectures = usePrefectures();
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);
  const firstNewLinkRef = useRef<HTMLAnchorElement>(null);

  const edges = connection?.edges ?? [];
  const searchUrl = `${location.pathname}${location.search}`;
  const prefectureNameOf = prefectures.nameOf;

  // After 「もっと見る」, continue keyboard and screen-reader users at the first new result.
  useEffect(() => {
    if (firstNewIndex !== null && edges.length > firstNewIndex) {
      firstNewLinkRef.current?.focus();
      setFirstNewIndex(null);
    }
  }, [edges.length, firstNewIndex]);

  const handleLoadMore = async () => {
    setLoadMoreError(null);
    const shownBefore = edges.length;
    try {
      await props.onLoadMore();
      setFirstNewIndex(shownBefore);
    } catch (caught) {
      setLoadMoreError(caught);
    }
  };

  let status: string;
  if (error) status = '';
  else if (!connection) status = t('search.searching');
  else status = t('search.resultCount', { count: connection.totalCount });

  const { place } = props;
  const remoteOnly = connection?.facets.remoteOnly ?? 0;
  const serving = connection ? connection.totalCount - remoteOnly : 0;
  // The first result that reaches the area only remotely gets a note: nearer ones come before it.
  const firstRemoteIndex =
    place && props.sort === SupporterSort.RELEVANCE ? edges.findIndex((edge) => edge.locality && !servesSearchedPlace(edge.locality, place)) : -1;

  return (
    <section
      className="results"
      aria-labelledby="results-heading"
      aria-busy={!isCurrent}
      // Lets tests (and anyone debugging) see which URL the shown results belong to.
      data-search={isCurrent ? location.search : undefined}
    >
      <h2 id="results-heading" className="visually-hidden">
        {t('search.resultsHeading')}
      </h2>
      <div className="results__status">
        <StatusMessage>
          <span className="result-count">{status}</span>
          {isSearching && connection && <span className="results__searching">{t('search.searching')}</span>}
        </StatusMessage>
        <SortControl value={props.sort} onChange={props.onSortChange} />
      </div>
      {place && connection && connection.totalCount > 0 && (
        <p className="results__localities">
          {remoteOnly > 0
            ? t('search.localitySummary', { place: place.municipalityName ?? place.prefectureName, serving, remote: remoteOnly })
            : t('search.localitySummaryServingOnly', { place: place.municipalityName ?? place.prefectureName, serving })}
        </p>
      )}

      {error ? (
        <ErrorMessage error={error} onRetry={props.onRetry} />
      ) : connection && connection.totalCount === 0 && isCurrent ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('search.emptyTitle')}</p>
          <p>{t('search.emptyHint')}</p>
          {/* Suggest remote supporters only when they are left out now. */}
          {place && !props.includeRemote && <p>{t('search.emptyHintRemote', { place: place.municipalityName ?? place.prefectureName })}</p>}
        </div>
      ) : (
        <ol className={`results__list${isSearching ? ' results__list--stale' : ''}`} aria-label={t('search.resultsHeading')}>
          {edges.map((edge, index) => (
            <li key={edge.node.id}>
              {index === firstRemoteIndex && place && index > 0 && (
                <p className="results__divider">{t('search.remoteDivider', { place: place.municipalityName ?? place.prefectureName })}</p>
              )}
              <SupporterCard
                supporter={edge.node}
                prefectureNameOf={prefectureNameOf}
                searchUrl={searchUrl}
                searchedPrefectureCode={props.searchedPrefectureCode}
                locality={place && edge.locality ? { text: localityText(t, edge.locality, place), serves: servesSearchedPlace(edge.locality, place) } : null}
                nameLinkRef={index === firstNewIndex ? firstNewLinkRef : undefined}
              />
            </li>
          ))}
        </ol>
      )}

      {!error && connection && edges.length > 0 && (
        <div className="results__more">
          <p className="results__shown">{t('search.shownOf', { shown: edges.length, total: connection.totalCount })}</p>
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary button--wide"
              onClick={() => void handleLoadMore()}
              disabled={isLoadingMore || isSearching}
            >
              {t('search.showMore')}
            </button>
          )}
          <StatusMessage visuallyHidden>{isLoadingMore ? t('search.loadingMore') : ''}</StatusMessage>
          {loadMoreError !== null && <ErrorMessage error={loadMoreError} onRetry={() => void handleLoadMore()} />}
        </div>
      )}
    </section>
  );
}
