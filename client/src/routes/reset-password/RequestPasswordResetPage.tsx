import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useEditorForm } from '../../components/use-editor-form';
import { requiredFieldErrors } from '../../components/use-form-feedback';
import { RequestPasswordResetMutation } from '../../features/auth/graphql/auth.operations';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { EmailField } from '../../features/auth/components/AccountFields';

/** `/reset-password/request`: asks for a reset link by email (the answer never says whether the account exists). */
export function RequestPasswordResetPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const form = useEditorForm({
    initialValues: { email: '' },
    check: (values, t) => requiredFieldErrors(values, ['email'], t('reasons.input.REQUIRED')),
    toInput: (values) => ({ email: values.email.trim() }),
    onSubmit: async (variables) => {
      await requestReset({ variables });
      setSentTo(variables.email);
    },
  });
  const { feedback } = form;
  const summary = feedback.summarize([{ path: 'email', id: 'reset-email', label: t('auth.email') }]);

  return (
    <div className="page page--form">
      <DocumentTitle page={t('reset.requestTitle')} />
      <h1>{t('reset.requestTitle')}</h1>
      {sentTo ? (
        <RequestSent email={sentTo} />
      ) : (
        <>
          <p className="lead">{t('reset.requestLead')}</p>
          <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
          <form className="form-card" noValidate onSubmit={form.onSubmit}>
            <EmailField
              id="reset-email"
              autoComplete="username"
              required
              value={form.values.email}
              error={feedback.fieldErrors.email}
              onValueChange={form.set('email')}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.saving}>
                {t('reset.requestSubmit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('reset.backToLogin')}</Link>
      </p>
    </div>
  );
}

function RequestSent({ email }: { email: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnMount(ref);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--success" role="status">
      <p>{t('reset.requestSent', { email })}</p>
      <p>{t('reset.requestSentHint')}</p>
    </div>
  );
}
