import { NetworkStatus } from '@apollo/client';
import { ExportButtons } from '../../components/page-tools';
import { useQuery } from '@apollo/client/react';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ImportKind, LIMITS, UserRole, VERIFICATION_STATUS_LABELS, VerificationStatus, enumValues, labelOf } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { useLocale } from '../../i18n';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { usePrefectures } from '../../features/reference/hooks/use-prefectures';
import { PrefectureOptions } from '../../features/reference/components/PrefectureOptions';
import { KeywordSearch } from '../../features/supporters/components/KeywordSearch';
import { VerificationItem } from '../../features/verification/components/VerificationItem';
import { VerificationCandidatesQuery } from '../../features/verification/graphql/verification.operations';

/** The import page, loaded only when a roster is imported. */
const ImportPage = lazy(() => import('../imports/ImportPage'));

/** `/verification`; with `?import=roster` the roster import (the same readers: prefecture staff and operators). */
export function VerificationPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (searchParams.get('import') === 'roster') {
    return (
      <Suspense fallback={<StatusMessage>{t('imports.loading')}</StatusMessage>}>
        <ImportPage kind={ImportKind.SUPPORTER_ROSTER} />
      </Suspense>
    );
  }
  return <VerificationQueue viewer={viewer} />;
}

/**
 * `/verification`: prefecture staff vouch for (or send back) the profiles serving their prefecture;
 * operators choose any prefecture. Listed profiles only, freshest first; a keyword finds one.
 */
function VerificationQueue({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const prefectures = usePrefectures();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const isOperator = viewer.role === UserRole.OPERATOR;
  const prefectureCode = isOperator ? searchParams.get('pref') || null : viewer.organization.prefectureCode ?? null;
  const text = searchParams.get('q') ?? '';
  // The queue opens on what still needs a decision; 'ALL' shows every status.
  const statusParam = searchParams.get('status') ?? VerificationStatus.UNVERIFIED;
  const status = enumValues(VerificationStatus).find((value) => value === statusParam) ?? null;
  const locale = useLocale();

  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(VerificationCandidatesQuery, {
    variables: {
      filter: {
        prefectureCode,
        includeRemote: false,
        text: text.trim() || null,
        matchAllTypes: false,
        verifiedOnly: false,
        verificationStatus: status ? [status] : null,
      },
      first: LIMITS.pageSizeDefault,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.supporters;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isSearching = !data && !error;
  const scope = prefectureCode ? (prefectures.nameOf(prefectureCode) ?? prefectureCode) : t('verification.allPrefectures');

  const update = (patch: { q?: string; pref?: string | null; status?: string | null }, replace = false) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearchParams(next, { replace, preventScrollReset: true });
  };

  const loadMore = async () => {
    const endCursor = data?.supporters.pageInfo.endCursor;
    if (endCursor) await fetchMore({ variables: { after: endCursor } });
  };

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('verification.title')} />
      <h1>{t('verification.title')}</h1>
      <p className="lead">{t('verification.lead', { scope })}</p>
      <p>
        <Link to="/verification?import=roster">{t('verification.importRoster')}</Link>
      </p>
      <ExportButtons
        name="verification-queue"
        params={{ pref: prefectureCode, q: text.trim() || null, status: status ? [status] : enumValues(VerificationStatus) }}
        label={t('verification.exportLabel')}
      />

      {isOperator && (
        <div className="field field--inline">
          <label htmlFor="verification-prefecture" className="field-label">
            {t('search.prefecture')}
          </label>
          <select
            id="verification-prefecture"
            className="select"
            value={prefectureCode ?? ''}
            onChange={(event) => update({ pref: event.target.value || null })}
          >
            <option value="">{t('verification.allPrefectures')}</option>
            <PrefectureOptions byRegion={prefectures.byRegion} />
          </select>
        </div>
      )}
      <div className="field field--inline">
        <label htmlFor="verification-status" className="field-label">
          {t('verification.statusLabel')}
        </label>
        <select
          id="verification-status"
          className="select"
          value={status ?? 'ALL'}
          onChange={(event) => update({ status: event.target.value === VerificationStatus.UNVERIFIED ? null : event.target.value })}
        >
          {enumValues(VerificationStatus).map((value) => (
            <option key={value} value={value}>
              {labelOf(VERIFICATION_STATUS_LABELS, value, locale)}
            </option>
          ))}
          <option value="ALL">{t('verification.statusAll')}</option>
        </select>
      </div>
      <KeywordSearch value={text} onCommit={(q, options) => update({ q }, options.replace)} />

      <section aria-labelledby="verification-results-heading" aria-busy={networkStatus !== NetworkStatus.ready}>
        <h2 id="verification-results-heading" className="visually-hidden">
          {t('verification.resultsHeading')}
        </h2>
        <StatusMessage>
          {error ? '' : connection ? t('verification.count', { count: connection.totalCount, scope }) : t('search.searching')}
        </StatusMessage>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : connection && connection.totalCount === 0 && !isSearching ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('verification.empty')}</p>
          </div>
        ) : (
          <ol className="results__list" aria-label={t('verification.resultsHeading')}>
            {(connection?.edges ?? []).map((edge) => (
              <li key={edge.node.id}>
                <VerificationItem
                  supporter={edge.node}
                  prefectureNameOf={prefectures.nameOf}
                  searchUrl={`${location.pathname}${location.search}`}
                  searchedPrefectureCode={prefectureCode}
                />
              </li>
            ))}
          </ol>
        )}
        {!error && (
          <LoadMore
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            isLoading={isLoadingMore}
            onLoadMore={loadMore}
          />
        )}
      </section>
    </div>
  );
}
