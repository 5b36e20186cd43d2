import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IntroductionAction, OFFER_LIMITS, SupportRequestStatus, UserRole } from '@tsunagu/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField } from '../../../components/form-fields';
import { useFormFeedback } from '../../../components/use-form-feedback';
import type { RequestOffersQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { CancelIntroductionMutation, RequestIntroductionMutation, RequestOffersQuery as RequestOffersDocument } from '../graphql/offers.operations';
import { OfferCard } from './OfferCard';

interface RequestOffersProps {
  data: RequestOffersQuery;
  role: UserRole;
  municipalityName: string;
  prefectureName: string;
}

/**
 * A request's offers as its municipality and prefecture follow them: the chosen supporter, the
 * introduction request to the prefecture (ask, or cancel), every approach and proposal with its state
 * and deadline, and the supporters who marked interest, with their notes.
 */
export function RequestOffers({ data, role, municipalityName, prefectureName }: RequestOffersProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const request = data.supportRequest;
  const offers = data.offers.edges.map((edge) => edge.node);
  const introduction = request.openIntroduction;
  const [announcement, setAnnouncement] = useState('');
  const isMunicipality = role === UserRole.MUNICIPALITY_STAFF;
  const canAsk = isMunicipality && request.status === SupportRequestStatus.OPEN && !request.chosenSupporter && !introduction;

  return (
    <section className="profile__section request-offers" aria-labelledby="request-offers-heading">
      <h2 id="request-offers-heading">{t('requestOffers.heading')}</h2>
      {isMunicipality && request.status === SupportRequestStatus.OPEN && !request.chosenSupporter && <p className="lead">{t('requestOffers.lead')}</p>}
      <StatusMessage visuallyHidden={!announcement}>{announcement}</StatusMessage>
      {request.chosenSupporter && (
        <p className="notice notice--success">
          {t('requestOffers.chosen')}: <Link to={`/supporters/${request.chosenSupporter.id}`}>{request.chosenSupporter.name}</Link>
        </p>
      )}
      {introduction && role === UserRole.PREFECTURE_STAFF && (
        <div className="section-card introduction-box" id="introduction">
          <h3>{t('requestOffers.brokerHeading', { municipality: municipalityName })}</h3>
          <p className="introduction-box__note">{introduction.note}</p>
          <p className="field-hint">
            {introduction.proposalsLeft > 0 ? t('requestOffers.brokerLead', { left: introduction.proposalsLeft }) : t('requestOffers.brokerFull')}
          </p>
        </div>
      )}
      {introduction && isMunicipality && (
        <div className="section-card introduction-box" id="introduction">
          <p>
            <strong>
              {introduction.ageDays === 0
                ? t('requestOffers.introductionOpenToday', { prefecture: prefectureName })
                : t('requestOffers.introductionOpen', { prefecture: prefectureName, days: introduction.ageDays })}
            </strong>
          </p>
          <p className="introduction-box__note">{introduction.note}</p>
          {introduction.allowedActions.includes(IntroductionAction.CANCEL) && (
            <CancelIntroduction id={introduction.id} requestId={request.id} onDone={() => setAnnouncement(t('requestOffers.cancelled'))} />
          )}
        </div>
      )}
      {canAsk && <AskPrefecture requestId={request.id} prefectureName={prefectureName} onDone={(message) => setAnnouncement(message)} />}
      {offers.length > 0 ? (
        <ul className="offer-list" aria-label={t('requestOffers.listLabel')}>
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} title="supporter" />
            </li>
          ))}
        </ul>
      ) : (
        isMunicipality && request.status === SupportRequestStatus.OPEN && !introduction && <p>{t('requestOffers.none')}</p>
      )}
      {request.interests.length > 0 && (
        <div className="request-interests">
          <h3>{t('requestOffers.interests')}</h3>
          <ul className="request-interests__list">
            {request.interests.map((interest) => (
              <li key={interest.supporter.id}>
                <Link to={`/supporters/${interest.supporter.id}`}>{interest.supporter.name}</Link>
                <span className="table-note">
                  <time dateTime={interest.markedAt}>{formatDate(interest.markedAt, locale)}</time>
                </span>
                {interest.message && (
                  <p className="request-interests__message">
                    <span className="visually-hidden">{t('requestOffers.interestMessage')}: </span>
                    {interest.message}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** 「県に紹介を依頼」: opens the note for the prefecture in place, then sends it. */
function AskPrefecture({ requestId, prefectureName, onDone }: { requestId: string; prefectureName: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const feedback = useFormFeedback();
  const [ask, { loading }] = useMutation(RequestIntroductionMutation, {
    refetchQueries: [{ query: RequestOffersDocument, variables: { requestId } }],
    awaitRefetchQueries: true,
  });

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => noteRef.current?.focus());
          }}
        >
          {t('requestOffers.askPrefecture')}
        </button>
      </p>
    );
  }
  const fields = [{ path: 'note', id: `${id}-note`, label: t('requestOffers.askNote') }];
  const { entries, messages } = feedback.summarize(fields);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    if (!note.trim()) return feedback.failFields({ note: t('reasons.input.REQUIRED') });
    ask({ variables: { input: { requestId, note } } }).then(
      () => onDone(t('requestOffers.asked', { prefecture: prefectureName })),
      (error: unknown) => feedback.failRequest(error),
    );
  };
  return (
    <form className="section-card ask-prefecture" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('requestOffers.askHeading', { prefecture: prefectureName })}</h3>
      <ErrorSummary summaryRef={feedback.summaryRef} entries={entries} messages={messages} />
      <TextAreaField
        ref={noteRef}
        id={`${id}-note`}
        label={t('requestOffers.askNote')}
        hint={t('requestOffers.askHint')}
        required
        rows={4}
        maxChars={OFFER_LIMITS.noteMaxLength}
        error={feedback.fieldErrors.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('requestOffers.askSend')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('matchOffer.cancel')}
        </button>
      </div>
    </form>
  );
}

function CancelIntroduction({ id, requestId, onDone }: { id: string; requestId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [cancel, { loading }] = useMutation(CancelIntroductionMutation, {
    refetchQueries: [{ query: RequestOffersDocument, variables: { requestId } }],
    awaitRefetchQueries: true,
  });
  return (
    <ConfirmButton
      label={t('requestOffers.cancelIntroduction')}
      question={t('requestOffers.cancelQuestion')}
      confirmLabel={t('requestOffers.cancelIntroduction')}
      variant="tertiary"
      busy={loading}
      onConfirm={() => {
        setError(null);
        cancel({ variables: { id } }).then(onDone, setError);
      }}
    >
      {error !== null && <ErrorMessage error={error} />}
    </ConfirmButton>
  );
}
