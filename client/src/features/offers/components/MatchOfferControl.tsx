import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_LIMITS } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField } from '../../../components/form-fields';
import { useFormFeedback } from '../../../components/use-form-feedback';
import { useLocale } from '../../../i18n';
import { ApproachSupporterMutation, ProposeIntroductionMutation, RequestOffersQuery } from '../graphql/offers.operations';
import { formatDeadline } from '../offer-format';

/** What the viewer can do with a ranked supporter: the municipality approaches, the broker prefecture proposes. */
export type OfferMode = { kind: 'approach'; requestId: string } | { kind: 'propose'; requestId: string; introductionId: string };

interface MatchOfferControlProps {
  supporter: { id: string; name: string; acceptsOffers: boolean };
  mode: OfferMode;
  /** The supporter already has a live or confirmed offer for this request. */
  alreadyOffered: boolean;
  /** The card's heading, which names the supporter for the button. */
  describedBy: string;
}

/**
 * 「打診する」 / 「この支援者を紹介する」 on a ranked supporter: opens a short form for the message or
 * note in place, sends it, and says what happened; already asked, or without an account, it says so.
 */
export function MatchOfferControl({ supporter, mode, alreadyOffered, describedBy }: MatchOfferControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [done, setDone] = useState('');
  const openerRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const feedback = useFormFeedback();
  const refetch = { refetchQueries: [{ query: RequestOffersQuery, variables: { requestId: mode.requestId } }], awaitRefetchQueries: true };
  const [approach, approaching] = useMutation(ApproachSupporterMutation, refetch);
  const [propose, proposing] = useMutation(ProposeIntroductionMutation, refetch);
  const approachMode = mode.kind === 'approach';

  if (done) return <StatusMessage>{done}</StatusMessage>;
  if (alreadyOffered) return <p className="match__offer-state"><span className="badge badge--status">{t('matchOffer.alreadyOffered')}</span></p>;
  if (!supporter.acceptsOffers) return <p className="field-hint">{t('matchOffer.notRegistered')}</p>;

  if (!open) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--secondary"
        aria-describedby={describedBy}
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => textRef.current?.focus());
        }}
      >
        {approachMode ? t('matchOffer.approach') : t('matchOffer.propose')}
      </button>
    );
  }

  const fields = [{ path: approachMode ? 'message' : 'note', id: `${id}-text`, label: approachMode ? t('matchOffer.approachMessage') : t('matchOffer.proposeNote') }];
  const { entries, messages } = feedback.summarize(fields);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    if (!text.trim()) return feedback.failFields({ [fields[0].path]: t('reasons.input.REQUIRED') });
    const sent =
      mode.kind === 'approach'
        ? approach({ variables: { input: { requestId: mode.requestId, supporterId: supporter.id, message: text } } }).then((result) =>
            t('matchOffer.approached', { name: supporter.name, date: formatDeadline(result.data!.approachSupporter.respondBy, locale) }),
          )
        : propose({ variables: { input: { introductionId: mode.introductionId, supporterId: supporter.id, note: text } } }).then(() =>
            t('matchOffer.proposed', { name: supporter.name }),
          );
    sent.then(setDone, (error: unknown) => feedback.failRequest(error));
  };

  return (
    <form className="match-offer" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="match-offer__heading">
        {approachMode ? t('matchOffer.approachHeading', { name: supporter.name }) : t('matchOffer.proposeHeading', { name: supporter.name })}
      </h4>
      <ErrorSummary summaryRef={feedback.summaryRef} entries={entries} messages={messages} />
      <TextAreaField
        ref={textRef}
        id={`${id}-text`}
        label={fields[0].label}
        hint={approachMode ? t('matchOffer.approachHint') : t('matchOffer.proposeHint')}
        required
        rows={5}
        maxChars={OFFER_LIMITS.noteMaxLength}
        error={feedback.fieldErrors[fields[0].path]}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={approaching.loading || proposing.loading}>
          {approachMode ? t('matchOffer.approachSend') : t('matchOffer.proposeSend')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            feedback.clear();
            requestAnimationFrame(() => openerRef.current?.focus());
          }}
        >
          {t('matchOffer.cancel')}
        </button>
      </div>
    </form>
  );
}
