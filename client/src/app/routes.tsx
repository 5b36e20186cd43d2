import { createBrowserRouter } from 'react-router';
import { PAGE_ROLES } from '../features/auth/access';
import { RequireRole } from '../features/auth/components/RequireRole';
import { AcceptInvitationPage } from '../routes/accept-invitation/AcceptInvitationPage';
import { AuditLogPage } from '../routes/audit-log/AuditLogPage';
import { LoginPage } from '../routes/login/LoginPage';
import { MailDeliveriesPage } from '../routes/mail-deliveries/MailDeliveriesPage';
import { OrganizationPage } from '../routes/my-organization/OrganizationPage';
import { MyProfilesPage } from '../routes/my-profiles/MyProfilesPage';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { NotificationSettingsPage } from '../routes/notification-settings/NotificationSettingsPage';
import { NotificationsPage } from '../routes/notifications/NotificationsPage';
import { EditProfilePage, NewProfilePage } from '../routes/profile-editor/ProfileEditorPage';
import { PublishedRequestsPage } from '../routes/published-requests/PublishedRequestsPage';
import { RegisterPage } from '../routes/register/RegisterPage';
import { RequestPasswordResetPage } from '../routes/reset-password/RequestPasswordResetPage';
import { ResetPasswordPage } from '../routes/reset-password/ResetPasswordPage';
import { EditRmoPage, NewRmoPage } from '../routes/rmo-editor/RmoEditorPage';
import { RmosPage } from '../routes/rmos/RmosPage';
import { SitePagePage } from '../routes/site-page/SitePagePage';
import { EditSitePagePage, SitePagesAdminPage } from '../routes/site-pages-admin/SitePagesAdminPage';
import { SearchPage } from '../routes/search/SearchPage';
import { SupportRequestDetailPage } from '../routes/support-request-detail/SupportRequestDetailPage';
import { EditSupportRequestPage, NewSupportRequestPage } from '../routes/support-request-editor/SupportRequestEditorPage';
import { SupportRequestsPage } from '../routes/support-requests/SupportRequestsPage';
import { SupporterDetailPage } from '../routes/supporter-detail/SupporterDetailPage';
import { VerificationPage } from '../routes/verification/VerificationPage';
import { OffersPage } from '../routes/offers/OffersPage';
import { OfferDetailPage } from '../routes/offer-detail/OfferDetailPage';
import { IntroductionsPage } from '../routes/introductions/IntroductionsPage';
import { AppLayout } from './AppLayout';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'supporters/:id', element: <SupporterDetailPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'reset-password/request', element: <RequestPasswordResetPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'invitations/accept', element: <AcceptInvitationPage /> },
      // Pages behind sign-in; the server checks every operation again.
      { path: 'my/profiles', element: <RequireRole roles={PAGE_ROLES.myProfiles}>{() => <MyProfilesPage />}</RequireRole> },
      { path: 'my/profiles/new', element: <RequireRole roles={PAGE_ROLES.myProfiles}>{() => <NewProfilePage />}</RequireRole> },
      { path: 'my/profiles/:id/edit', element: <RequireRole roles={PAGE_ROLES.myProfiles}>{() => <EditProfilePage />}</RequireRole> },
      { path: 'notifications', element: <RequireRole>{() => <NotificationsPage />}</RequireRole> },
      { path: 'notifications/settings', element: <RequireRole>{() => <NotificationSettingsPage />}</RequireRole> },
      { path: 'my/organization', element: <RequireRole>{(viewer) => <OrganizationPage viewer={viewer} />}</RequireRole> },
      { path: 'verification', element: <RequireRole roles={PAGE_ROLES.verification}>{(viewer) => <VerificationPage viewer={viewer} />}</RequireRole> },
      { path: 'requests', element: <RequireRole roles={PAGE_ROLES.requests}>{(viewer) => <SupportRequestsPage viewer={viewer} />}</RequireRole> },
      { path: 'requests/new', element: <RequireRole roles={PAGE_ROLES.writeRequests}>{(viewer) => <NewSupportRequestPage viewer={viewer} />}</RequireRole> },
      { path: 'requests/:id', element: <RequireRole roles={PAGE_ROLES.requests}>{() => <SupportRequestDetailPage />}</RequireRole> },
      { path: 'requests/:id/edit', element: <RequireRole roles={PAGE_ROLES.writeRequests}>{() => <EditSupportRequestPage />}</RequireRole> },
      { path: 'published-requests', element: <RequireRole roles={PAGE_ROLES.publishedRequests}>{(viewer) => <PublishedRequestsPage viewer={viewer} />}</RequireRole> },
      { path: 'rmos', element: <RequireRole roles={PAGE_ROLES.rmos}>{(viewer) => <RmosPage viewer={viewer} />}</RequireRole> },
      { path: 'rmos/new', element: <RequireRole roles={PAGE_ROLES.rmos}>{(viewer) => <NewRmoPage viewer={viewer} />}</RequireRole> },
      { path: 'rmos/:id/edit', element: <RequireRole roles={PAGE_ROLES.rmos}>{() => <EditRmoPage />}</RequireRole> },
      { path: 'offers', element: <RequireRole roles={PAGE_ROLES.offers}>{(viewer) => <OffersPage viewer={viewer} />}</RequireRole> },
      { path: 'offers/:id', element: <RequireRole roles={PAGE_ROLES.offers}>{() => <OfferDetailPage />}</RequireRole> },
      { path: 'introductions', element: <RequireRole roles={PAGE_ROLES.introductions}>{() => <IntroductionsPage />}</RequireRole> },
      { path: 'pages/:path', element: <SitePagePage /> },
      { path: 'admin/pages', element: <RequireRole roles={PAGE_ROLES.sitePages}>{() => <SitePagesAdminPage />}</RequireRole> },
      { path: 'admin/pages/:path/edit', element: <RequireRole roles={PAGE_ROLES.sitePages}>{() => <EditSitePagePage />}</RequireRole> },
      { path: 'admin/audit', element: <RequireRole roles={PAGE_ROLES.audit}>{() => <AuditLogPage />}</RequireRole> },
      { path: 'admin/mail', element: <RequireRole roles={PAGE_ROLES.mail}>{() => <MailDeliveriesPage />}</RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
