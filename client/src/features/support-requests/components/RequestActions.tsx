import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OFFER_LIMITS, SUPPORT_REQUEST_ACTION_LABELS, SupportRequestAction, labelOf } from '@tsunagu/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/form-fields';
import { useFormFeedback } from '../../../components/use-form-feedback';
import { ReturnSupportRequestMutation } from '../../offers/graphql/offers.operations';
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
        {allowed.includes(SupportRequestAction.RETURN) && <ReturnForRevision requestId={request.id} onDone={() => onDone(SupportRequestAction.RETURN)} />}
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

/** 「差し戻す」: the municipality writes what the RMO should revise, in place, and returns the request. */
function ReturnForRevision({ requestId, onDone }: { requestId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const feedback = useFormFeedback();
  const [returnRequest, { loading }] = useMutation(ReturnSupportRequestMutation);

  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => commentRef.current?.focus());
        }}
      >
        {t('requestReturn.button')}
      </button>
    );
  }
  const fields = [{ path: 'comment', id: `${id}-comment`, label: t('requestReturn.comment') }];
  const { entries, messages } = feedback.summarize(fields);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    if (!comment.trim()) return feedback.failFields({ comment: t('reasons.input.REQUIRED') });
    returnRequest({ variables: { input: { id: requestId, comment } } }).then(onDone, (error: unknown) => feedback.failRequest(error));
  };
  return (
    <form className="section-card return-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="return-form__heading">
        {t('requestReturn.heading')}
      </h2>
      <ErrorSummary summaryRef={feedback.summaryRef} entries={entries} messages={messages} />
      <TextAreaField
        ref={commentRef}
        id={`${id}-comment`}
        label={t('requestReturn.comment')}
        hint={t('requestReturn.hint')}
        required
        rows={4}
        maxChars={OFFER_LIMITS.returnCommentMaxLength}
        error={feedback.fieldErrors.comment}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('requestReturn.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
