import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/form-errors';
import { requiredFieldErrors, useFormFeedback } from '../../components/use-form-feedback';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { ResetPasswordMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { PasswordField } from '../../features/auth/components/AccountFields';

/** `/reset-password?token=…`: the link from the reset mail; sets a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const feedback = useFormFeedback();
  const summary = feedback.summarize([
    { path: 'newPassword', id: 'reset-new-password', label: t('reset.newPassword') },
    { path: 'confirmation', id: 'reset-confirmation', label: t('reset.confirmPassword') },
  ]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const problems: FieldErrors = {
      ...requiredFieldErrors({ newPassword: password, confirmation }, ['newPassword', 'confirmation'], t('reasons.input.REQUIRED')),
      ...(password && confirmation && password !== confirmation ? { confirmation: t('validation.passwordMismatch') } : {}),
    };
    if (Object.keys(problems).length > 0) {
      feedback.failFields(problems);
      return;
    }
    try {
      await resetPassword({ variables: { token, newPassword: password } });
      // Every session of the account has ended, this browser's included.
      await resetAfterSessionChange();
      setDone(true);
    } catch (error) {
      feedback.failRequest(error);
    }
  };

  let content;
  if (!token) {
    content = (
      <div className="notice notice--warning">
        <p>{t('reset.noToken')}</p>
        <p>
          <Link to="/reset-password/request">{t('reset.requestAgain')}</Link>
        </p>
      </div>
    );
  } else if (done) {
    content = <ResetDone />;
  } else {
    content = (
      <>
        <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
        {feedback.fieldErrors.token && (
          <p>
            <Link to="/reset-password/request">{t('reset.requestAgain')}</Link>
          </p>
        )}
        <form className="form-card" noValidate onSubmit={(event) => void handleSubmit(event)}>
          <PasswordField
            id="reset-new-password"
            label={t('reset.newPassword')}
            isNew
            required
            value={password}
            error={feedback.fieldErrors.newPassword}
            onValueChange={setPassword}
          />
          <PasswordField
            id="reset-confirmation"
            label={t('reset.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirmation}
            error={feedback.fieldErrors.confirmation}
            onValueChange={setConfirmation}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={loading}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <div className="page page--form">
      <DocumentTitle page={t('reset.title')} />
      <h1>{t('reset.title')}</h1>
      {content}
    </div>
  );
}

function ResetDone() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnMount(ref);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--success" role="status">
      <p>{t('reset.done')}</p>
      <p>
        <Link to="/login">{t('auth.login')}</Link>
      </p>
    </div>
  );
}
