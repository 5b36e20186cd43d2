import { Suspense, lazy, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportType } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { useMediaQuery } from '../../components/use-media-query';
import { useMunicipalities } from '../../features/reference/hooks/use-municipalities';
import { usePrefectures } from '../../features/reference/hooks/use-prefectures';
import { AreaFilter } from '../../features/supporters/components/AreaFilter';
import { AvailabilityFilter } from '../../features/supporters/components/AvailabilityFilter';
import { FilterDrawer } from '../../features/supporters/components/FilterDrawer';
import { KeywordSearch } from '../../features/supporters/components/KeywordSearch';
import { SupporterResults } from '../../features/supporters/components/SupporterResults';
import { SupportTypeFilter } from '../../features/supporters/components/SupportTypeFilter';
import { VerificationFilter } from '../../features/supporters/components/VerificationFilter';
import { useSupporterSearch } from '../../features/supporters/hooks/use-supporter-search';
import { useSupporterSearchState } from '../../features/supporters/hooks/use-supporter-search-state';
import type { SearchedPlace } from '../../features/supporters/locality';
import { NO_FILTERS, countActiveFilters } from '../../features/supporters/search-state';

// The downloads, their words and the error wording they may need load after the first paint.
const SearchExport = lazy(() => import('./SearchExport'));

/** The width below which the filters fold into a drawer (the stylesheet's narrow layout). */
const NARROW = '(max-width: 48rem)';

/** `/`: keyword, filters and results; the whole search lives in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const [state, update] = useSupporterSearchState();
  const search = useSupporterSearch(state);
  const narrow = useMediaQuery(NARROW);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerButtonRef = useRef<HTMLButtonElement>(null);
  const activeFilters = countActiveFilters(state);
  const prefectures = usePrefectures();
  const municipalities = useMunicipalities(state.prefectureCode);

  const supportTypeCounts = useMemo(() => {
    const facets = search.connection?.facets.supportTypes;
    return facets && new Map<SupportType, number>(facets.map((facet) => [facet.value, facet.count]));
  }, [search.connection]);

  // The chosen area by name, for each result's 「村上市を対応地域に含む」.
  const place = useMemo<SearchedPlace | null>(() => {
    const prefectureName = state.prefectureCode ? prefectures.nameOf(state.prefectureCode) : undefined;
    if (!prefectureName) return null;
    const municipality = state.municipalityCode ? municipalities.options.find((option) => option.code === state.municipalityCode) : undefined;
    if (state.municipalityCode && !municipality) return null;
    return { prefectureName, municipalityName: municipality?.name ?? null };
  }, [state.prefectureCode, state.municipalityCode, prefectures, municipalities.options]);

  const clearButton = activeFilters > 0 && (
    <button type="button" className="button button--tertiary" onClick={() => update(NO_FILTERS)}>
      {t('search.clearFilters')}
    </button>
  );
  const filters = (
    <>
      <SupportTypeFilter
        selected={state.supportTypes}
        matchAll={state.matchAllTypes}
        counts={supportTypeCounts}
        onChange={(supportTypes) => update({ supportTypes })}
        onMatchAllChange={(matchAllTypes) => update({ matchAllTypes })}
      />
      <AreaFilter
        prefectureCode={state.prefectureCode}
        municipalityCode={state.municipalityCode}
        includeRemote={state.includeRemote}
        onPrefectureChange={(prefectureCode) => update({ prefectureCode })}
        onMunicipalityChange={(municipalityCode) => update({ municipalityCode })}
        onIncludeRemoteChange={(includeRemote) => update({ includeRemote })}
      />
      <AvailabilityFilter selected={state.availability} onChange={(availability) => update({ availability })} />
      <VerificationFilter verifiedOnly={state.verifiedOnly} onChange={(verifiedOnly) => update({ verifiedOnly })} />
    </>
  );
  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerButtonRef.current?.focus();
  };

  return (
    <div className="page">
      <DocumentTitle page={t('search.title')} />
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>

      <KeywordSearch value={state.text} onCommit={(text, options) => update({ text }, options)} />

      <div className="search-layout">
        {narrow ? (
          // Phones: one button opens the filters over the whole screen.
          <div className="filter-panel filter-panel--folded">
            <h2 className="filter-panel__heading">
              {t('search.filtersHeading')}
              {activeFilters > 0 && <span className="filter-panel__count">{t('search.activeFilterCount', { count: activeFilters })}</span>}
            </h2>
            <button
              ref={drawerButtonRef}
              type="button"
              className="button button--secondary filter-panel__toggle"
              aria-haspopup="dialog"
              onClick={() => setDrawerOpen(true)}
            >
              {t('search.showFilters')}
            </button>
            <FilterDrawer
              open={drawerOpen}
              resultCount={search.connection?.totalCount ?? null}
              isSearching={search.isSearching}
              onClose={closeDrawer}
              clearButton={clearButton}
            >
              {filters}
            </FilterDrawer>
          </div>
        ) : (
          <section className="filter-panel" aria-labelledby="filters-heading">
            <div className="filter-panel__header">
              <h2 id="filters-heading" className="filter-panel__heading">
                {t('search.filtersHeading')}
                {activeFilters > 0 && <span className="filter-panel__count">{t('search.activeFilterCount', { count: activeFilters })}</span>}
              </h2>
            </div>
            <div className="filter-panel__body">
              {filters}
              {clearButton}
            </div>
          </section>
        )}

        <SupporterResults
          connection={search.connection}
          isCurrent={search.isCurrent}
          isSearching={search.isSearching}
          isLoadingMore={search.isLoadingMore}
          error={search.error}
          searchedPrefectureCode={state.prefectureCode}
          place={place}
          includeRemote={state.includeRemote}
          sort={state.sort}
          onSortChange={(sort) => update({ sort })}
          onRetry={search.retry}
          onLoadMore={search.loadMore}
        />
      </div>
      <Suspense fallback={null}>
        <SearchExport state={state} />
      </Suspense>
    </div>
  );
}
