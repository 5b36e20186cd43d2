import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LIMITS } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/form-fields';
import { requiredFieldErrors, useFormFeedback } from '../../components/use-form-feedback';
import { homePathOf } from '../../features/auth/access';
import { AcceptInvitationMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { PasswordField } from '../../features/auth/components/AccountFields';

/** `/invitations/accept?token=…`: the invitee chooses a name and password; the account is created and signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [acceptInvitation, { loading }] = useMutation(AcceptInvitationMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const feedback = useFormFeedback();
  const summary = feedback.summarize([
    { path: 'displayName', id: 'invitation-displayName', label: t('register.displayName') },
    { path: 'password', id: 'invitation-password', label: t('auth.password') },
  ]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const missing = requiredFieldErrors({ displayName, password }, ['displayName', 'password'], t('reasons.input.REQUIRED'));
    if (Object.keys(missing).length > 0) {
      feedback.failFields(missing);
      return;
    }
    try {
      const { data } = await acceptInvitation({ variables: { token, displayName: displayName.trim(), password } });
      if (!data) return;
      await resetAfterSessionChange();
      await navigate(homePathOf(data.acceptInvitation.role), { replace: true });
    } catch (error) {
      feedback.failRequest(error);
    }
  };

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
          <form className="form-card" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <TextField
              id="invitation-displayName"
              label={t('register.displayName')}
              hint={t('register.displayNameHint')}
              autoComplete="name"
              required
              maxLength={LIMITS.displayNameMaxLength}
              value={displayName}
              error={feedback.fieldErrors.displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
            <PasswordField
              id="invitation-password"
              isNew
              required
              value={password}
              error={feedback.fieldErrors.password}
              onValueChange={setPassword}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
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
