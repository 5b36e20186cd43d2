import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SUPPORT_REQUEST_ACTION_LABELS, SupportRequestAction, labelOf } from '@tsunagu/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { errorFieldOf } from '../../../components/describe-error';
import type { SupportRequestFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import {
  CloseSupportRequestMutation,
  EndorseSupportRequestMutation,
  SubmitSupportRequestMutation,
  WithdrawSupportRequestMutation,
} from '../graphql/support-requests.operations';
import { REQUEST_FORM_STEPS, STEP_OF_FIELD } from '../request-form';

interface RequestActionsProps {
  request: SupportRequestFieldsFragment;
  /** After an action changed the request: what to announce. */
  onDone: (action: SupportRequestAction) => void;
}

/** Exactly the lifecycle actions the server allows the viewer now; closing and withdrawing ask first. */
export function RequestActions({ request, onDone }: RequestActionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [submit, submitting] = useMutation(SubmitSupportRequestMutation);
  const [endorse, endorsing] = useMutation(EndorseSupportRequestMutation);
  const [close, closing] = useMutation(CloseSupportRequestMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawSupportRequestMutation);
  const [error, setError] = useState<unknown>(null);
  const allowed = request.allowedActions;
  const label = (action: SupportRequestAction) => labelOf(SUPPORT_REQUEST_ACTION_LABELS, action, locale);
  const variables = { id: request.id };

  const run = (action: SupportRequestAction, mutate: () => Promise<unknown>) => {
    setError(null);
    mutate().then(
      () => onDone(action),
      (caught: unknown) => setError(caught),
    );
  };

  // A submission the server refuses names the missing field: link to the form's step that has it.
  const missingField = error ? errorFieldOf(error) : undefined;
  const fixStep = missingField ? STEP_OF_FIELD[missingField] : undefined;

  if (allowed.length === 0) return null;
  return (
    <section className="request-actions" aria-label={t('requestDetail.actionsLabel')}>
      <div className="form-actions">
        {allowed.includes(SupportRequestAction.UPDATE) && (
          <Link to={`/requests/${request.id}/edit?step=1`} className="button button--secondary button-link">
            {label(SupportRequestAction.UPDATE)}
          </Link>
        )}
        {allowed.includes(SupportRequestAction.SUBMIT) && (
          <button
            type="button"
            className="button button--primary"
            disabled={submitting.loading}
            onClick={() => run(SupportRequestAction.SUBMIT, () => submit({ variables }))}
          >
            {label(SupportRequestAction.SUBMIT)}
          </button>
        )}
        {allowed.includes(SupportRequestAction.ENDORSE) && (
          <button
            type="button"
            className="button button--primary"
            disabled={endorsing.loading}
            onClick={() => run(SupportRequestAction.ENDORSE, () => endorse({ variables }))}
          >
            {label(SupportRequestAction.ENDORSE)}
          </button>
        )}
        {allowed.includes(SupportRequestAction.CLOSE) && (
          <ConfirmButton
            label={label(SupportRequestAction.CLOSE)}
            question={t('requestDetail.closeConfirm')}
            confirmLabel={label(SupportRequestAction.CLOSE)}
            busy={closing.loading}
            onConfirm={() => run(SupportRequestAction.CLOSE, () => close({ variables }))}
          />
        )}
        {allowed.includes(SupportRequestAction.WITHDRAW) && (
          <ConfirmButton
            label={label(SupportRequestAction.WITHDRAW)}
            question={t('requestDetail.withdrawConfirm')}
            confirmLabel={label(SupportRequestAction.WITHDRAW)}
            busy={withdrawing.loading}
            onConfirm={() => run(SupportRequestAction.WITHDRAW, () => withdraw({ variables }))}
          />
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {fixStep && (
        <p>
          <Link to={`/requests/${request.id}/edit?step=${REQUEST_FORM_STEPS.indexOf(fixStep) + 1}`}>{t('requestDetail.fixInForm')}</Link>
        </p>
      )}
    </section>
  );
}
