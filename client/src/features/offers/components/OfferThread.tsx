import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_LIMITS, type OfferParty } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField } from '../../../components/form-fields';
import { useFormFeedback } from '../../../components/use-form-feedback';
import type { OfferQuery } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { intlLocaleOf } from '../../../i18n/format';
import { MarkOfferThreadReadMutation, OfferQuery as OfferDocument, PostOfferMessageMutation } from '../graphql/offers.operations';

type Message = NonNullable<OfferQuery['offer']>['messages'][number];

interface OfferThreadProps {
  offerId: string;
  messages: readonly Message[];
  unread: number;
}

/**
 * The plain-text thread between the offer's parties: oldest first, each message with its side and
 * author; writing marks the thread read, and opening it marks what was unread.
 */
export function OfferThread({ offerId, messages, unread }: OfferThreadProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [body, setBody] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [post, { loading }] = useMutation(PostOfferMessageMutation, { refetchQueries: [{ query: OfferDocument, variables: { id: offerId } }] });
  const [markRead] = useMutation(MarkOfferThreadReadMutation);
  const feedback = useFormFeedback();
  const time = new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });

  useEffect(() => {
    // Reading the page reads the thread: what was unread is now read.
    if (unread > 0) void markRead({ variables: { id: offerId } }).catch(() => undefined);
  }, [offerId, unread, markRead]);

  const fields = [{ path: 'body', id: `${id}-body`, label: t('offers.thread.body') }];
  const { entries, messages: formMessages } = feedback.summarize(fields);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    if (!body.trim()) return feedback.failFields({ body: t('reasons.input.REQUIRED') });
    post({ variables: { input: { offerId, body } } }).then(
      () => {
        setBody('');
        setAnnouncement(t('offers.thread.sent'));
      },
      (error: unknown) => feedback.failRequest(error),
    );
  };

  const partyLabel = (party: OfferParty) => t(`offers.thread.party.${party}`);
  return (
    <section className="profile__section offer-thread" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('offers.thread.heading')}</h2>
      <p className="field-hint">{t('offers.thread.lead')}</p>
      {messages.length === 0 ? (
        <p>{t('offers.thread.empty')}</p>
      ) : (
        <ol className="offer-thread__list" aria-label={t('offers.thread.label')}>
          {messages.map((message) => (
            <li key={message.id} className={`offer-message${message.mine ? ' offer-message--mine' : ''}`}>
              <p className="offer-message__meta">
                <span className="badge badge--party">{partyLabel(message.party)}</span> {message.mine ? t('offers.thread.you') : message.author}
                {' ・ '}
                <time dateTime={message.createdAt}>{time.format(new Date(message.createdAt))}</time>
              </p>
              <p className="offer-message__body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={handleSubmit} noValidate className="offer-thread__form">
        <ErrorSummary summaryRef={feedback.summaryRef} entries={entries} messages={formMessages} />
        <TextAreaField
          id={`${id}-body`}
          label={t('offers.thread.body')}
          rows={4}
          maxChars={OFFER_LIMITS.messageMaxLength}
          error={feedback.fieldErrors.body}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {t('offers.thread.send')}
          </button>
        </div>
        <StatusMessage visuallyHidden>{announcement}</StatusMessage>
      </form>
    </section>
  );
}
