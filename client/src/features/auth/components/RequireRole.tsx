import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { UserRole } from '@tsunagu/shared';
import { DocumentTitle } from '../../../components/DocumentTitle';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { hasRole, loginPathFor } from '../access';
import { useViewer, type Viewer } from '../hooks/use-viewer';

interface RequireRoleProps {
  /** Roles allowed to see the page; any signed-in user when absent. */
  roles?: readonly UserRole[];
  children: (viewer: Viewer) => ReactNode;
}

/**
 * Keeps a page to signed-in users of the given roles: signed-out visitors go to the sign-in page
 * (and come back afterwards), others are told they lack permission. The server enforces it anyway.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, isLoading, error, retry } = useViewer();

  if (isLoading) {
    return (
      <div className="page">
        <StatusMessage>{t('auth.checkingSession')}</StatusMessage>
      </div>
    );
  }
  if (error) {
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={retry} />
      </div>
    );
  }
  if (!viewer) {
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  }
  if (roles && !hasRole(viewer.role, roles)) {
    return (
      <div className="page page--narrow">
        <DocumentTitle page={t('auth.forbiddenTitle')} />
        <h1>{t('auth.forbiddenTitle')}</h1>
        <p>{t('auth.forbiddenBody')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    );
  }
  return children(viewer);
}
