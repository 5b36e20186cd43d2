import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LIMITS } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/form-fields';
import { useEditorForm } from '../../components/use-editor-form';
import { FormCheck } from '../../components/form-check';
import { homePathOf } from '../../features/auth/home';
import { AcceptInvitationMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { PasswordField } from '../../features/auth/components/AccountFields';

/** `/invitations/accept?token=…`: the invitee chooses a name and password; the account is created and signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [acceptInvitation] = useMutation(AcceptInvitationMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const form = useEditorForm({
    initialValues: { displayName: '', password: '' },
    check: (values, t) =>
      new FormCheck(t).text('displayName', values.displayName, LIMITS.displayNameMaxLength, { required: true }).newPassword('password', values.password).result(),
    toInput: (values) => ({ token, displayName: values.displayName.trim(), password: values.password }),
    onSubmit: async (variables) => {
      const { data } = await acceptInvitation({ variables });
      if (!data) return;
      await resetAfterSessionChange();
      await navigate(homePathOf(data.acceptInvitation), { replace: true });
    },
  });
  const { values, feedback } = form;
  const summary = feedback.summarize([
    { path: 'displayName', id: 'invitation-displayName', label: t('register.displayName') },
    { path: 'password', id: 'invitation-password', label: t('auth.password') },
  ]);

  return (
    <div className="page page--form">
      <DocumentTitle page={t('invitation.acceptTitle')} />
      <h1>{t('invitation.acceptTitle')}</h1>
      {!token ? (
        <div className="notice notice--warning">
          <p>{t('invitation.noToken')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('invitation.acceptLead')}</p>
          <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
          <form className="form-card" noValidate onSubmit={form.onSubmit}>
            <TextField
              id="invitation-displayName"
              label={t('register.displayName')}
              hint={t('register.displayNameHint')}
              autoComplete="name"
              required
              maxChars={LIMITS.displayNameMaxLength}
              value={values.displayName}
              error={feedback.fieldErrors.displayName}
              onChange={(event) => form.set('displayName')(event.target.value)}
            />
            <PasswordField
              id="invitation-password"
              isNew
              required
              value={values.password}
              error={feedback.fieldErrors.password}
              onValueChange={form.set('password')}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.saving}>
                {t('invitation.acceptSubmit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('invitation.haveAccount')}</Link>
      </p>
    </div>
  );
}
