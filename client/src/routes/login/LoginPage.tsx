import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormFieldRef } from '../../components/form-errors';
import { useEditorForm } from '../../components/use-editor-form';
import { requiredFieldErrors } from '../../components/use-form-feedback';
import { safeNextPath } from '../../features/auth/access';
import { homePathOf } from '../../features/auth/home';
import { SignInMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { EmailField, PasswordField } from '../../features/auth/components/AccountFields';

/** `/login`: email and password; back to the page that asked (`?next=`) or to the user's own work. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [signIn] = useMutation(SignInMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const form = useEditorForm({
    initialValues: { email: '', password: '' },
    check: (values, t) => requiredFieldErrors(values, ['email', 'password'], t('reasons.input.REQUIRED')),
    toInput: (values) => ({ email: values.email.trim(), password: values.password }),
    onSubmit: async (variables) => {
      const { data } = await signIn({ variables });
      if (!data) return;
      await resetAfterSessionChange();
      await navigate(next ?? homePathOf(data.signIn), { replace: true });
    },
    // The password is typed again after a refusal.
    afterFailure: () => ({ password: '' }),
  });
  const { values, feedback } = form;

  const fields: FormFieldRef[] = [
    { path: 'email', id: 'login-email', label: t('auth.email') },
    { path: 'password', id: 'login-password', label: t('auth.password') },
  ];
  const summary = feedback.summarize(fields);

  return (
    <div className="page page--form">
      <DocumentTitle page={t('auth.loginTitle')} />
      <h1>{t('auth.loginTitle')}</h1>
      {next && <p className="notice">{t('auth.loginToContinue')}</p>}
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form className="form-card" noValidate onSubmit={form.onSubmit}>
        <EmailField
          id="login-email"
          name="email"
          autoComplete="username"
          required
          value={values.email}
          error={feedback.fieldErrors.email}
          onValueChange={form.set('email')}
        />
        <PasswordField
          id="login-password"
          name="password"
          required
          value={values.password}
          error={feedback.fieldErrors.password}
          onValueChange={form.set('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {form.saving ? t('auth.loggingIn') : t('auth.login')}
          </button>
        </div>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/reset-password/request">{t('auth.forgotPassword')}</Link>
        </li>
        <li>
          <Link to="/register">{t('auth.registerLink')}</Link>
        </li>
      </ul>
      <p className="field-hint">{t('auth.invitationHint')}</p>
    </div>
  );
}
