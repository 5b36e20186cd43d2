import { Suspense, lazy, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { SITE_PAGES } from '@tsunagu/shared';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { StatusMessage } from '../components/StatusMessage';
import { AccountMenu } from '../features/auth/components/AccountMenu';
import { withPageMessages } from './lazy-page';
import { useScrollRestoration } from './use-scroll-restoration';

// Only signed-in users see these: they load after the first page (the badge with its own messages).
const AccountNav = lazy(() => import('../features/auth/components/AccountNav').then((m) => ({ default: m.AccountNav })));
const NotificationBadge = lazy(() =>
  withPageMessages(import('../features/notifications/components/NotificationBadge').then((m) => ({ default: m.NotificationBadge }))),
);

/** Header, main landmark and footer around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);
  useScrollRestoration();

  // On a page change, move focus to the new content so keyboard and screen-reader users start there.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <span className="site-header__name">{t('app.name')}</span>
            <span className="site-header__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="site-header__tools">
            <Link to="/sufficiency" className="site-header__map-link">
              {t('nav.sufficiency')}
            </Link>
            <Suspense fallback={null}>
              <NotificationBadge />
            </Suspense>
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <Suspense fallback={null}>
          <AccountNav />
        </Suspense>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {/* Pages other than search load when first visited. */}
        <Suspense
          fallback={
            <div className="page">
              <StatusMessage>{t('app.loadingPage')}</StatusMessage>
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <nav aria-label={t('sitePages.footerLabel')}>
            <ul className="site-footer__links">
              <li>
                <Link to="/cases" className="site-footer__link">
                  {t('nav.cases')}
                </Link>
              </li>
              {SITE_PAGES.map((page) => (
                <li key={page.slug}>
                  <Link to={`/pages/${page.path}`} className="site-footer__link">
                    {t(`sitePages.links.${page.slug}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="site-footer__note">{t('app.footerNote')}</p>
        </div>
      </footer>
    </>
  );
}
