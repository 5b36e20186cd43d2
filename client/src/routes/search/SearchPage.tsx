import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportType } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { AreaFilter } from '../../features/supporters/components/AreaFilter';
import { AvailabilityFilter } from '../../features/supporters/components/AvailabilityFilter';
import { KeywordSearch } from '../../features/supporters/components/KeywordSearch';
import { SupporterResults } from '../../features/supporters/components/SupporterResults';
import { SupportTypeFilter } from '../../features/supporters/components/SupportTypeFilter';
import { VerificationFilter } from '../../features/supporters/components/VerificationFilter';
import { useSupporterSearch } from '../../features/supporters/hooks/use-supporter-search';
import { useSupporterSearchState } from '../../features/supporters/hooks/use-supporter-search-state';
import { countActiveFilters } from '../../features/supporters/search-state';

/** `/`: keyword, filters and results; the whole search lives in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  const [state, update] = useSupporterSearchState();
  const search = useSupporterSearch(state);
  // Narrow screens start with the filters folded so the results are in view.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = countActiveFilters(state);

  const supportTypeCounts = useMemo(() => {
    const facets = search.connection?.facets.supportTypes;
    return facets && new Map<SupportType, number>(facets.map((facet) => [facet.value, facet.count]));
  }, [search.connection]);

  return (
    <div className="page">
      <DocumentTitle page={t('search.title')} />
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>

      <KeywordSearch value={state.text} onCommit={(text, options) => update({ text }, options)} />

      <div className="search-layout">
        <section className="filter-panel" aria-labelledby="filters-heading">
          <div className="filter-panel__header">
            <h2 id="filters-heading" className="filter-panel__heading">
              {t('search.filtersHeading')}
              {activeFilters > 0 && <span className="filter-panel__count">{t('search.activeFilterCount', { count: activeFilters })}</span>}
            </h2>
            <button
              type="button"
              className="button button--secondary filter-panel__toggle"
              aria-expanded={filtersOpen}
              aria-controls="filter-panel-body"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? t('search.hideFilters') : t('search.showFilters')}
            </button>
          </div>
          <div id="filter-panel-body" className="filter-panel__body" data-open={filtersOpen}>
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
            {activeFilters > 0 && (
              <button
                type="button"
                className="button button--tertiary"
                onClick={() =>
                  update({
                    supportTypes: [],
                    matchAllTypes: false,
                    prefectureCode: null,
                    municipalityCode: null,
                    includeRemote: true,
                    availability: [],
                    verifiedOnly: false,
                  })
                }
              >
                {t('search.clearFilters')}
              </button>
            )}
          </div>
        </section>

        <SupporterResults
          connection={search.connection}
          isCurrent={search.isCurrent}
          isSearching={search.isSearching}
          isLoadingMore={search.isLoadingMore}
          error={search.error}
          searchedPrefectureCode={state.prefectureCode}
          onRetry={search.retry}
          onLoadMore={search.loadMore}
        />
      </div>
    </div>
  );
}
