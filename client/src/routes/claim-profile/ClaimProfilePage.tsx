import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LIMITS, UserRole } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/form-fields';
import { useEditorForm } from '../../components/use-editor-form';
import { FormCheck } from '../../components/form-check';
import { PasswordField } from '../../features/auth/components/AccountFields';
import { useResetAfterSessionChange, useViewer } from '../../features/auth/hooks/use-viewer';
import { ClaimSupporterProfileMutation, SupporterClaimQuery } from '../../features/imports/graphql/imports.operations';

/**
 * `/invitations/accept?claim=…`: the contact of a profile a prefecture imported takes it over — with a new account
 * at the mailed address, or, signed in as an intermediary, into their own organization.
 */
export function ClaimProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('claim') ?? '';
  const { viewer } = useViewer();
  const intoOwn = viewer?.role === UserRole.INTERMEDIARY_STAFF;
  const claim = useQuery(SupporterClaimQuery, { variables: { token }, skip: !token });
  const [claimProfile] = useMutation(ClaimSupporterProfileMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const form = useEditorForm({
    initialValues: { displayName: '', password: '' },
    check: (values, t) =>
      intoOwn ? new FormCheck(t).result() : new FormCheck(t).text('displayName', values.displayName, LIMITS.displayNameMaxLength, { required: true }).newPassword('password', values.password).result(),
    toInput: (values) => (intoOwn ? { token } : { token, displayName: values.displayName.trim(), password: values.password }),
    onSubmit: async (variables) => {
      const { data } = await claimProfile({ variables });
      if (!data) return;
      await resetAfterSessionChange();
      await navigate('/my/profiles', { replace: true });
    },
  });
  const { values, feedback } = form;
  const summary = feedback.summarize([
    { path: 'displayName', id: 'claim-displayName', label: t('register.displayName') },
    { path: 'password', id: 'claim-password', label: t('auth.password') },
  ]);
  const info = claim.data?.supporterClaim;

  return (
    <div className="page page--form">
      <DocumentTitle page={t('claim.title')} />
      <h1>{t('claim.title')}</h1>
      {!token ? (
        <div className="notice notice--warning">
          <p>{t('claim.noToken')}</p>
        </div>
      ) : claim.error ? (
        <ErrorMessage error={claim.error} />
      ) : !info ? (
        <StatusMessage>{t('claim.loading')}</StatusMessage>
      ) : (
        <>
          <p className="lead">{t('claim.lead', { name: info.profileName })}</p>
          <p>{intoOwn ? t('claim.intoOwn', { organization: viewer?.organization.name ?? '' }) : t('claim.newAccount', { email: info.email })}</p>
          <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
          <form className="form-card" noValidate onSubmit={form.onSubmit}>
            {!intoOwn && (
              <>
                <TextField
                  id="claim-displayName"
                  label={t('register.displayName')}
                  hint={t('register.displayNameHint')}
                  autoComplete="name"
                  required
                  maxChars={LIMITS.displayNameMaxLength}
                  value={values.displayName}
                  error={feedback.fieldErrors.displayName}
                  onChange={(event) => form.set('displayName')(event.target.value)}
                />
                <PasswordField id="claim-password" isNew required value={values.password} error={feedback.fieldErrors.password} onValueChange={form.set('password')} />
              </>
            )}
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.saving}>
                {t('claim.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      {!viewer && (
        <p>
          <Link to={`/login?${new URLSearchParams({ next: `/invitations/accept?claim=${token}` }).toString()}`}>{t('claim.haveAccount')}</Link>
        </p>
      )}
    </div>
  );
}
