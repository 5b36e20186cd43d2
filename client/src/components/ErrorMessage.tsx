import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** An alert with a human message for a failed request, and a retry button when retrying can help. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
