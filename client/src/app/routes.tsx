import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { UserRole } from '@tsunagu/shared';
import { PAGE_ROLES } from '../features/auth/access';
import { RequireRole } from '../features/auth/components/RequireRole';
import type { Viewer } from '../features/auth/hooks/use-viewer';
import { SearchPage } from '../routes/search/SearchPage';
import { AppLayout } from './AppLayout';
import { withPageMessages } from './lazy-page';

/*
 * Pages loaded when first visited: every page but search is its own chunk. Declarative routes
 * (not the data router) keep the router itself small (about 19 KB gzip less); AppLayout's
 * Suspense shows a status while a page loads.
 */
const page = withPageMessages;

const SupporterDetailPage = lazy(() => page(import('../routes/supporter-detail/SupporterDetailPage').then((m) => ({ default: m.SupporterDetailPage }))));
const LoginPage = lazy(() => page(import('../routes/login/LoginPage').then((m) => ({ default: m.LoginPage }))));
const RegisterPage = lazy(() => page(import('../routes/register/RegisterPage').then((m) => ({ default: m.RegisterPage }))));
const RequestPasswordResetPage = lazy(() => page(import('../routes/reset-password/RequestPasswordResetPage').then((m) => ({ default: m.RequestPasswordResetPage }))));
const ResetPasswordPage = lazy(() => page(import('../routes/reset-password/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage }))));
const AcceptInvitationPage = lazy(() => page(import('../routes/accept-invitation/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage }))));
const MyProfilesPage = lazy(() => page(import('../routes/my-profiles/MyProfilesPage').then((m) => ({ default: m.MyProfilesPage }))));
const NewProfilePage = lazy(() => page(import('../routes/profile-editor/ProfileEditorPage').then((m) => ({ default: m.NewProfilePage }))));
const EditProfilePage = lazy(() => page(import('../routes/profile-editor/ProfileEditorPage').then((m) => ({ default: m.EditProfilePage }))));
const OrganizationPage = lazy(() => page(import('../routes/my-organization/OrganizationPage').then((m) => ({ default: m.OrganizationPage }))));
const VerificationPage = lazy(() => page(import('../routes/verification/VerificationPage').then((m) => ({ default: m.VerificationPage }))));
const SupportRequestsPage = lazy(() => page(import('../routes/support-requests/SupportRequestsPage').then((m) => ({ default: m.SupportRequestsPage }))));
const NewSupportRequestPage = lazy(() => page(import('../routes/support-request-editor/SupportRequestEditorPage').then((m) => ({ default: m.NewSupportRequestPage }))));
const EditSupportRequestPage = lazy(() => page(import('../routes/support-request-editor/SupportRequestEditorPage').then((m) => ({ default: m.EditSupportRequestPage }))));
const SupportRequestDetailPage = lazy(() => page(import('../routes/support-request-detail/SupportRequestDetailPage').then((m) => ({ default: m.SupportRequestDetailPage }))));
const PublishedRequestsPage = lazy(() => page(import('../routes/published-requests/PublishedRequestsPage').then((m) => ({ default: m.PublishedRequestsPage }))));
const RmosPage = lazy(() => page(import('../routes/rmos/RmosPage').then((m) => ({ default: m.RmosPage }))));
const NewRmoPage = lazy(() => page(import('../routes/rmo-editor/RmoEditorPage').then((m) => ({ default: m.NewRmoPage }))));
const EditRmoPage = lazy(() => page(import('../routes/rmo-editor/RmoEditorPage').then((m) => ({ default: m.EditRmoPage }))));
const AuditLogPage = lazy(() => page(import('../routes/audit-log/AuditLogPage').then((m) => ({ default: m.AuditLogPage }))));
const MailDeliveriesPage = lazy(() => page(import('../routes/mail-deliveries/MailDeliveriesPage').then((m) => ({ default: m.MailDeliveriesPage }))));
const NotificationsPage = lazy(() => page(import('../routes/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage }))));
const NotificationSettingsPage = lazy(() =>
  page(import('../routes/notification-settings/NotificationSettingsPage').then((m) => ({ default: m.NotificationSettingsPage }))),
);
const SitePagePage = lazy(() => page(import('../routes/site-page/SitePagePage').then((m) => ({ default: m.SitePagePage }))));
const SitePagesAdminPage = lazy(() => page(import('../routes/site-pages-admin/SitePagesAdminPage').then((m) => ({ default: m.SitePagesAdminPage }))));
const EditSitePagePage = lazy(() => page(import('../routes/site-pages-admin/SitePagesAdminPage').then((m) => ({ default: m.EditSitePagePage }))));
const OffersPage = lazy(() => page(import('../routes/offers/OffersPage').then((m) => ({ default: m.OffersPage }))));
const OfferDetailPage = lazy(() => page(import('../routes/offer-detail/OfferDetailPage').then((m) => ({ default: m.OfferDetailPage }))));
const IntroductionsPage = lazy(() => page(import('../routes/introductions/IntroductionsPage').then((m) => ({ default: m.IntroductionsPage }))));
const SufficiencyRoutes = lazy(() => page(import('../routes/sufficiency/SufficiencyRoutes').then((m) => ({ default: m.SufficiencyRoutes }))));
const engagementPages = () => page(import('../routes/engagements/engagement-pages'));
const EngagementsPage = lazy(() => engagementPages().then((m) => ({ default: m.EngagementsPage })));
const EngagementDetailPage = lazy(() => engagementPages().then((m) => ({ default: m.EngagementDetailPage })));
const CasesPage = lazy(() => engagementPages().then((m) => ({ default: m.CasesPage })));
const CaseDetailPage = lazy(() => engagementPages().then((m) => ({ default: m.CaseDetailPage })));
const NotFoundPage = lazy(() => page(import('../routes/not-found/NotFoundPage').then((m) => ({ default: m.NotFoundPage }))));

/** A page behind sign-in; the server checks every operation again. */
function signedIn(render: (viewer: Viewer) => ReactNode, roles?: readonly UserRole[]) {
  return <RequireRole roles={roles}>{render}</RequireRole>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<SearchPage />} />
        <Route path="supporters/:id" element={<SupporterDetailPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="reset-password/request" element={<RequestPasswordResetPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route path="my/profiles" element={signedIn(() => <MyProfilesPage />, PAGE_ROLES.myProfiles)} />
        <Route path="my/profiles/new" element={signedIn(() => <NewProfilePage />, PAGE_ROLES.myProfiles)} />
        <Route path="my/profiles/:id/edit" element={signedIn(() => <EditProfilePage />, PAGE_ROLES.myProfiles)} />
        <Route path="my/organization" element={signedIn((viewer) => <OrganizationPage viewer={viewer} />)} />
        <Route path="verification" element={signedIn((viewer) => <VerificationPage viewer={viewer} />, PAGE_ROLES.verification)} />
        <Route path="requests" element={signedIn((viewer) => <SupportRequestsPage viewer={viewer} />, PAGE_ROLES.requests)} />
        <Route path="requests/new" element={signedIn((viewer) => <NewSupportRequestPage viewer={viewer} />, PAGE_ROLES.writeRequests)} />
        <Route path="requests/:id" element={signedIn(() => <SupportRequestDetailPage />, PAGE_ROLES.requests)} />
        <Route path="requests/:id/edit" element={signedIn(() => <EditSupportRequestPage />, PAGE_ROLES.writeRequests)} />
        <Route path="published-requests" element={signedIn((viewer) => <PublishedRequestsPage viewer={viewer} />, PAGE_ROLES.publishedRequests)} />
        <Route path="rmos" element={signedIn((viewer) => <RmosPage viewer={viewer} />, PAGE_ROLES.rmos)} />
        <Route path="rmos/new" element={signedIn((viewer) => <NewRmoPage viewer={viewer} />, PAGE_ROLES.rmos)} />
        <Route path="rmos/:id/edit" element={signedIn(() => <EditRmoPage />, PAGE_ROLES.rmos)} />
        <Route path="offers" element={signedIn((viewer) => <OffersPage viewer={viewer} />, PAGE_ROLES.offers)} />
        <Route path="offers/:id" element={signedIn(() => <OfferDetailPage />, PAGE_ROLES.offers)} />
        <Route path="introductions" element={signedIn(() => <IntroductionsPage />, PAGE_ROLES.introductions)} />
        <Route path="engagements" element={signedIn((viewer) => <EngagementsPage viewer={viewer} />, PAGE_ROLES.engagements)} />
        <Route path="engagements/:id" element={signedIn(() => <EngagementDetailPage />, PAGE_ROLES.engagements)} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:id" element={<CaseDetailPage />} />
        <Route path="notifications" element={signedIn(() => <NotificationsPage />)} />
        <Route path="notifications/settings" element={signedIn(() => <NotificationSettingsPage />)} />
        <Route path="sufficiency/*" element={<SufficiencyRoutes />} />
        <Route path="pages/:path" element={<SitePagePage />} />
        <Route path="admin/pages" element={signedIn(() => <SitePagesAdminPage />, PAGE_ROLES.sitePages)} />
        <Route path="admin/pages/:path/edit" element={signedIn(() => <EditSitePagePage />, PAGE_ROLES.sitePages)} />
        <Route path="admin/audit" element={signedIn(() => <AuditLogPage />, PAGE_ROLES.audit)} />
        <Route path="admin/mail" element={signedIn(() => <MailDeliveriesPage />, PAGE_ROLES.mail)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
