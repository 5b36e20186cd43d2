import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormFieldRef } from '../../components/form-errors';
import { requiredFieldErrors, useFormFeedback } from '../../components/use-form-feedback';
import { homePathOf, safeNextPath } from '../../features/auth/access';
import { SignInMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { EmailField, PasswordField } from '../../features/auth/components/AccountFields';

/** `/login`: email and password; back to the page that asked (`?next=`) or to the user's own work. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading }] = useMutation(SignInMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const feedback = useFormFeedback();

  const fields: FormFieldRef[] = [
    { path: 'email', id: 'login-email', label: t('auth.email') },
    { path: 'password', id: 'login-password', label: t('auth.password') },
  ];
  const summary = feedback.summarize(fields);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const missing = requiredFieldErrors({ email, password }, ['email', 'password'], t('reasons.input.REQUIRED'));
    if (Object.keys(missing).length > 0) {
      feedback.failFields(missing);
      return;
    }
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (!data) return;
      await resetAfterSessionChange();
      await navigate(next ?? homePathOf(data.signIn.role), { replace: true });
    } catch (error) {
      setPassword('');
      feedback.failRequest(error);
    }
  };

  return (
    <div className="page page--form">
      <DocumentTitle page={t('auth.loginTitle')} />
      <h1>{t('auth.loginTitle')}</h1>
      {next && <p className="notice">{t('auth.loginToContinue')}</p>}
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form className="form-card" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <EmailField
          id="login-email"
          name="email"
          autoComplete="username"
          required
          value={email}
          error={feedback.fieldErrors.email}
          onValueChange={setEmail}
        />
        <PasswordField
          id="login-password"
          name="password"
          required
          value={password}
          error={feedback.fieldErrors.password}
          onValueChange={setPassword}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('auth.loggingIn') : t('auth.login')}
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
