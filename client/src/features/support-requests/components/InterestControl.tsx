import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { OFFER_LIMITS, charCount } from '@tsunagu/shared';
import { SelectField, TextAreaField } from '../../../components/form-fields';
import type { OwnProfileFieldsFragment, PublishedSupportRequestFieldsFragment } from '../../../gql/graphql';
import { MarkSupportRequestInterestMutation, WithdrawSupportRequestInterestMutation } from '../graphql/support-requests.operations';

interface InterestControlProps {
  request: PublishedSupportRequestFieldsFragment;
  /** The organization's profiles (archived ones are left out here). */
  profiles: readonly OwnProfileFieldsFragment[];
  headingId: string;
}

/**
 * 「関心あり」 for one of the organization's profiles that offers a wanted type (the server refuses
 * others); the profiles that already did are listed with a way to withdraw.
 */
export function InterestControl({ request, profiles, headingId }: InterestControlProps) {
  const { t } = useTranslation();
  const live = profiles.filter((profile) => !profile.archivedAt);
  const interested = live.filter((profile) => request.interestedSupporterIds.includes(profile.id));
  const eligible = live.filter(
    (profile) => !request.interestedSupporterIds.includes(profile.id) && profile.supportTypes.some((type) => request.supportTypes.includes(type)),
  );
  const [chosenId, setChosenId] = useState('');
  const [message, setMessage] = useState('');
  const [mark, marking] = useMutation(MarkSupportRequestInterestMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawSupportRequestInterestMutation);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const selectId = `interest-profile-${request.id}`;
  const profileId = eligible.length === 1 ? eligible[0].id : chosenId;

  const handleMark = (event: FormEvent) => {
    event.preventDefault();
    const profile = eligible.find((candidate) => candidate.id === profileId);
    if (!profile) return;
    setError(null);
    mark({ variables: { requestId: request.id, supporterId: profile.id, message: message.trim() || null } }).then(
      () => {
        setChosenId('');
        setMessage('');
        setAnnouncement(t('published.marked', { name: profile.name }));
      },
      (caught: unknown) => setError(caught),
    );
  };

  const handleWithdraw = (profile: OwnProfileFieldsFragment) => {
    setError(null);
    withdraw({ variables: { requestId: request.id, supporterId: profile.id } }).then(
      () => setAnnouncement(t('published.withdrawn', { name: profile.name })),
      (caught: unknown) => setError(caught),
    );
  };

  return (
    <div className="interest">
      {interested.length > 0 && (
        <ul className="interest__list" aria-label={t('published.interestedLabel')}>
          {interested.map((profile) => (
            <li key={profile.id} className="interest__item">
              <span className="badge badge--verified">{t('published.interested')}</span> {profile.name}
              <button
                type="button"
                className="button button--tertiary"
                disabled={withdrawing.loading}
                aria-label={t('published.withdrawLabel', { name: profile.name })}
                aria-describedby={headingId}
                onClick={() => handleWithdraw(profile)}
              >
                {t('published.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {eligible.length > 0 ? (
        <form className="interest__form" onSubmit={handleMark}>
          {eligible.length > 1 && (
            <SelectField id={selectId} label={t('published.chooseProfile')} value={chosenId} onChange={(event) => setChosenId(event.target.value)}>
              <option value="">{t('form.choose')}</option>
              {eligible.map((profile) => (
                <option key={profile.id} value={profile.id}>
                  {profile.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextAreaField
            id={`interest-message-${request.id}`}
            label={t('interestMessage.label')}
            hint={t('interestMessage.hint')}
            rows={2}
            maxChars={OFFER_LIMITS.interestMessageMaxLength}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={marking.loading || !profileId || charCount(message) > OFFER_LIMITS.interestMessageMaxLength}
            aria-label={eligible.length === 1 ? t('published.markInterestAs', { name: eligible[0].name }) : undefined}
            aria-describedby={headingId}
          >
            {t('published.markInterest')}
          </button>
        </form>
      ) : (
        interested.length === 0 && <p className="field-hint">{t('published.noEligibleProfile')}</p>
      )}
      <StatusMessage visuallyHidden>{announcement}</StatusMessage>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
