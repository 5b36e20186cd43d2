import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UserRole } from '@tsunagu/shared';
import { PAGE_ROLES, hasRole } from '../access';
import { homePathOf, homeSearchPath } from '../home';
import { useViewer } from '../hooks/use-viewer';

/** The signed-in user's pages, by role; nothing when signed out. */
export function AccountNav() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;

  const links = [
    // Home: the dashboard of one's own place (intermediaries and RMOs are home on their pages below).
    { to: homePathOf(viewer), label: t('nav.home'), show: viewer.role !== UserRole.INTERMEDIARY_STAFF && viewer.role !== UserRole.RMO_STAFF, end: true },
    { to: homeSearchPath(viewer), label: t('nav.search'), show: true, end: true },
    { to: '/requests', label: t('nav.requests'), show: hasRole(viewer.role, PAGE_ROLES.requests), end: false },
    { to: '/introductions', label: t('nav.introductions'), show: hasRole(viewer.role, PAGE_ROLES.introductions), end: false },
    { to: '/published-requests', label: t('nav.publishedRequests'), show: hasRole(viewer.role, PAGE_ROLES.publishedRequests), end: false },
    { to: '/offers', label: t('nav.offers'), show: viewer.role === UserRole.INTERMEDIARY_STAFF, end: false },
    { to: '/engagements', label: t('nav.engagements'), show: hasRole(viewer.role, PAGE_ROLES.engagements), end: false },
    { to: '/rmos', label: t('nav.rmos'), show: hasRole(viewer.role, PAGE_ROLES.rmos), end: false },
    { to: '/my/profiles', label: t('nav.myProfiles'), show: hasRole(viewer.role, PAGE_ROLES.myProfiles), end: false },
    { to: '/verification', label: t('nav.verification'), show: hasRole(viewer.role, PAGE_ROLES.verification), end: false },
    { to: '/admin/audit', label: t('nav.audit'), show: hasRole(viewer.role, PAGE_ROLES.audit), end: false },
    { to: '/admin/pages', label: t('nav.sitePages'), show: hasRole(viewer.role, PAGE_ROLES.sitePages), end: false },
    { to: '/admin/mail', label: t('nav.mail'), show: hasRole(viewer.role, PAGE_ROLES.mail), end: false },
    { to: '/my/organization', label: t('nav.organization'), show: true, end: false },
  ].filter((link) => link.show);

  return (
    <nav className="account-nav" aria-label={t('nav.label')}>
      <ul className="account-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="account-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
