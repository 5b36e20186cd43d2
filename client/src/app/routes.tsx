import { createBrowserRouter } from 'react-router';
import { PAGE_ROLES } from '../features/auth/access';
import { RequireRole } from '../features/auth/components/RequireRole';
import { AcceptInvitationPage } from '../routes/accept-invitation/AcceptInvitationPage';
import { AuditLogPage } from '../routes/audit-log/AuditLogPage';
import { LoginPage } from '../routes/login/LoginPage';
import { MyProfilesPage } from '../routes/my-profiles/MyProfilesPage';
import { OrganizationPage } from '../routes/my-organization/OrganizationPage';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { EditProfilePage, NewProfilePage } from '../routes/profile-editor/ProfileEditorPage';
import { RegisterPage } from '../routes/register/RegisterPage';
import { RequestPasswordResetPage } from '../routes/reset-password/RequestPasswordResetPage';
import { ResetPasswordPage } from '../routes/reset-password/ResetPasswordPage';
import { SearchPage } from '../routes/search/SearchPage';
import { SupporterDetailPage } from '../routes/supporter-detail/SupporterDetailPage';
import { VerificationPage } from '../routes/verification/VerificationPage';
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
      { path: 'my/organization', element: <RequireRole>{(viewer) => <OrganizationPage viewer={viewer} />}</RequireRole> },
      { path: 'verification', element: <RequireRole roles={PAGE_ROLES.verification}>{(viewer) => <VerificationPage viewer={viewer} />}</RequireRole> },
      { path: 'admin/audit', element: <RequireRole roles={PAGE_ROLES.audit}>{() => <AuditLogPage />}</RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
