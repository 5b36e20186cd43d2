import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { USER_ROLE_LABELS, labelOf } from '@tsunagu/shared';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLocale } from '../../../i18n';
import { loginPathFor } from '../access';
import { SignOutMutation } from '../graphql/auth.operations';
import { useResetAfterSessionChange, useViewer } from '../hooks/use-viewer';

/** The header's account area: 「ログイン」 when signed out; who is signed in and 「ログアウト」 otherwise. */
export function AccountMenu() {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, isLoading } = useViewer();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  // Announced politely: sign-out moves to the search page, and the header changes under the reader.
  const [notice, setNotice] = useState('');
  // Signed out, on the way to the search page: what was fetched with the session is forgotten only
  // once that page is shown. Navigations render as transitions, so a guarded page forgetting the
  // viewer before it is left would send the reader to the sign-in page instead.
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (!leaving || location.pathname !== '/') return;
    setLeaving(false);
    void resetAfterSessionChange().then(() => setNotice(t('auth.loggedOut')));
  }, [leaving, location.pathname, resetAfterSessionChange, t]);

  if (isLoading) return null;

  if (!viewer) {
    // Return to the page being read after signing in (not to the sign-in pages themselves).
    const here = `${location.pathname}${location.search}`;
    const isAccountPage = /^\/(login|register|reset-password|invitations)/.test(location.pathname);
    return (
      <div className="account-menu">
        <Link to={isAccountPage || here === '/' ? '/login' : loginPathFor(here)} className="account-menu__login">
          {t('auth.login')}
        </Link>
        <StatusMessage visuallyHidden>{notice}</StatusMessage>
      </div>
    );
  }

  const handleSignOut = async () => {
    setNotice('');
    try {
      await signOut();
    } catch {
      setNotice(t('auth.logoutFailed'));
      return;
    }
    setLeaving(true);
    await navigate('/');
  };

  return (
    <div className="account-menu">
      <p className="account-menu__who">
        <span className="account-menu__name">{viewer.user.displayName}</span>
        <span className="account-menu__org">
          {viewer.organization.name}
          {/* Read as 「○○市、市区町村職員」 rather than one run-on word. */}
          <span className="visually-hidden">、</span>
          <span className="account-menu__role">{labelOf(USER_ROLE_LABELS, viewer.role, locale)}</span>
        </span>
      </p>
      <button type="button" className="button button--secondary button--small" onClick={() => void handleSignOut()} disabled={signingOut}>
        {t('auth.logout')}
      </button>
      <StatusMessage visuallyHidden>{notice}</StatusMessage>
    </div>
  );
}
