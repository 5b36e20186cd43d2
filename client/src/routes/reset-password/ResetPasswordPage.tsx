import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/form-errors';
import { useEditorForm } from '../../components/use-editor-form';
import { FormCheck } from '../../components/form-check';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { ResetPasswordMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { PasswordField } from '../../features/auth/components/AccountFields';

/** `/reset-password?token=…`: the link from the reset mail; sets a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [done, setDone] = useState(false);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const form = useEditorForm({
    initialValues: { newPassword: '', confirmation: '' },
    check: (values, t): FieldErrors => ({
      ...new FormCheck(t).newPassword('newPassword', values.newPassword).text('confirmation', values.confirmation, Infinity, { required: true }).result(),
      ...(values.newPassword && values.confirmation && values.newPassword !== values.confirmation
        ? { confirmation: t('validation.passwordMismatch') }
        : {}),
    }),
    toInput: (values) => ({ token, newPassword: values.newPassword }),
    onSubmit: async (variables) => {
      await resetPassword({ variables });
      // Every session of the account has ended, this browser's included.
      await resetAfterSessionChange();
      setDone(true);
    },
  });
  const { values, feedback } = form;
  const summary = feedback.summarize([
    { path: 'newPassword', id: 'reset-new-password', label: t('reset.newPassword') },
    { path: 'confirmation', id: 'reset-confirmation', label: t('reset.confirmPassword') },
  ]);

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
        <form className="form-card" noValidate onSubmit={form.onSubmit}>
          <PasswordField
            id="reset-new-password"
            label={t('reset.newPassword')}
            isNew
            required
            value={values.newPassword}
            error={feedback.fieldErrors.newPassword}
            onValueChange={form.set('newPassword')}
          />
          <PasswordField
            id="reset-confirmation"
            label={t('reset.confirmPassword')}
            autoComplete="new-password"
            required
            value={values.confirmation}
            error={feedback.fieldErrors.confirmation}
            onValueChange={form.set('confirmation')}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.saving}>
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
