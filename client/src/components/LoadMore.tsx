import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';
import { StatusMessage } from './StatusMessage';

interface LoadMoreProps {
  hasNextPage: boolean;
  isLoading: boolean;
  /** Fetches the next page; a failure is shown here with a retry button. */
  onLoadMore: () => Promise<void>;
}

/** 「もっと見る」 under a paged list, with its loading announcement and failure. */
export function LoadMore({ hasNextPage, isLoading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const loadMore = async () => {
    setError(null);
    try {
      await onLoadMore();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      {hasNextPage && (
        <div className="results__more">
          <button type="button" className="button button--secondary button--wide" disabled={isLoading} onClick={() => void loadMore()}>
            {t('search.showMore')}
          </button>
        </div>
      )}
      <StatusMessage visuallyHidden>{isLoading ? t('search.loadingMore') : ''}</StatusMessage>
      {error !== null && <ErrorMessage error={error} onRetry={() => void loadMore()} />}
    </>
  );
}
