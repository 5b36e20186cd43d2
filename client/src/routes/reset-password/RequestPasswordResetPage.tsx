import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { requiredFieldErrors, useFormFeedback } from '../../components/use-form-feedback';
import { RequestPasswordResetMutation } from '../../features/auth/graphql/auth.operations';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { EmailField } from '../../features/auth/components/AccountFields';

/** `/reset-password/request`: asks for a reset link by email (the answer never says whether the account exists). */
export function RequestPasswordResetPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const feedback = useFormFeedback();
  const summary = feedback.summarize([{ path: 'email', id: 'reset-email', label: t('auth.email') }]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const missing = requiredFieldErrors({ email }, ['email'], t('reasons.input.REQUIRED'));
    if (Object.keys(missing).length > 0) {
      feedback.failFields(missing);
      return;
    }
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      feedback.failRequest(error);
    }
  };

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
          <form className="form-card" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <EmailField
              id="reset-email"
              autoComplete="username"
              required
              value={email}
              error={feedback.fieldErrors.email}
              onValueChange={setEmail}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={loading}>
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
