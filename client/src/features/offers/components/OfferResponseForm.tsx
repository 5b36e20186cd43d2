import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASON_LABELS, DeclineReason, OFFER_LIMITS, OfferResponse, labelOf } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { RadioGroup, SelectField, TextAreaField } from '../../../components/form-fields';
import { useFormFeedback } from '../../../components/use-form-feedback';
import type { OfferSummaryFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { RespondToOfferMutation } from '../graphql/offers.operations';

interface OfferResponseFormProps {
  offer: OfferSummaryFieldsFragment;
  /** After the answer was saved: what to announce. */
  onDone: (message: string) => void;
  /** An accepted offer can still be declined (plans changed) but not accepted again. */
  declineOnly?: boolean;
}

/**
 * The supporter's answer: accept with a note on when and how it can start, or decline with a reason
 * code (and words, required for 「その他」). At capacity, the form says so before anyone tries.
 */
export function OfferResponseForm({ offer, onDone, declineOnly = false }: OfferResponseFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [response, setResponse] = useState<OfferResponse | ''>(declineOnly ? OfferResponse.DECLINE : '');
  const [availabilityNote, setAvailabilityNote] = useState('');
  const [declineReason, setDeclineReason] = useState<DeclineReason | ''>('');
  const [comment, setComment] = useState('');
  const [respond, { loading }] = useMutation(RespondToOfferMutation);
  const feedback = useFormFeedback();
  const full = offer.supporter.currentLoad >= offer.supporter.capacity;

  const fields = [
    { path: 'response', id: `${id}-response`, label: t('offers.respond.choose') },
    { path: 'availabilityNote', id: `${id}-note`, label: t('offers.respond.availabilityNote') },
    { path: 'declineReason', id: `${id}-reason`, label: t('offers.respond.declineReason') },
    { path: 'comment', id: `${id}-comment`, label: t('offers.respond.comment') },
  ];
  const { entries, messages } = feedback.summarize(fields);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const required = t('reasons.input.REQUIRED');
    if (!response) return feedback.failFields({ response: required });
    if (response === OfferResponse.ACCEPT && !availabilityNote.trim()) return feedback.failFields({ availabilityNote: required });
    if (response === OfferResponse.DECLINE && !declineReason) return feedback.failFields({ declineReason: required });
    if (response === OfferResponse.DECLINE && declineReason === DeclineReason.OTHER && !comment.trim()) return feedback.failFields({ comment: required });
    const input =
      response === OfferResponse.ACCEPT
        ? { offerId: offer.id, response, availabilityNote }
        : { offerId: offer.id, response, declineReason: declineReason as DeclineReason, comment: comment.trim() || null };
    respond({ variables: { input } }).then(
      () => onDone(response === OfferResponse.ACCEPT ? t('offers.respond.accepted') : t('offers.respond.declinedDone')),
      (error: unknown) => feedback.failRequest(error),
    );
  };

  return (
    <form className="offer-response" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{declineOnly ? t('offers.respond.declineAfterAccepting') : t('offers.respond.heading')}</h3>
      <ErrorSummary summaryRef={feedback.summaryRef} entries={entries} messages={messages} />
      {full && !declineOnly && <p className="notice">{t('offers.respond.atCapacityNote', { load: offer.supporter.currentLoad, capacity: offer.supporter.capacity })}</p>}
      {!declineOnly && (
        <RadioGroup<OfferResponse | ''>
          id={`${id}-response`}
          name={`${id}-response`}
          legend={t('offers.respond.choose')}
          required
          compact
          error={feedback.fieldErrors.response}
          value={response}
          onChange={setResponse}
          options={[
            { value: OfferResponse.ACCEPT, label: t('offers.respond.accept') },
            { value: OfferResponse.DECLINE, label: t('offers.respond.decline') },
          ]}
        />
      )}
      {response === OfferResponse.ACCEPT && (
        <TextAreaField
          id={`${id}-note`}
          label={t('offers.respond.availabilityNote')}
          hint={t('offers.respond.availabilityHint')}
          required
          rows={4}
          maxChars={OFFER_LIMITS.responseNoteMaxLength}
          error={feedback.fieldErrors.availabilityNote}
          value={availabilityNote}
          onChange={(event) => setAvailabilityNote(event.target.value)}
        />
      )}
      {response === OfferResponse.DECLINE && (
        <>
          <SelectField
            id={`${id}-reason`}
            label={t('offers.respond.declineReason')}
            required
            error={feedback.fieldErrors.declineReason}
            value={declineReason}
            onChange={(event) => setDeclineReason(event.target.value as DeclineReason | '')}
          >
            <option value="">{t('form.choose')}</option>
            {Object.values(DeclineReason).map((reason) => (
              <option key={reason} value={reason}>
                {labelOf(DECLINE_REASON_LABELS, reason, locale)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id={`${id}-comment`}
            label={declineReason === DeclineReason.OTHER ? t('offers.respond.commentRequired') : t('offers.respond.comment')}
            required={declineReason === DeclineReason.OTHER}
            rows={3}
            maxChars={OFFER_LIMITS.responseNoteMaxLength}
            error={feedback.fieldErrors.comment}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </>
      )}
      {response && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {response === OfferResponse.ACCEPT ? t('offers.respond.submitAccept') : t('offers.respond.submitDecline')}
          </button>
        </div>
      )}
    </form>
  );
}
