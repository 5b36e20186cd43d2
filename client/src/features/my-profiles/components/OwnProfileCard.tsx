import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AVAILABILITY_LABELS, Availability, VERIFICATION_STATUS_LABELS, VerificationStatus, enumValues, labelOf } from '@tsunagu/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import type { OwnProfileFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { AvailabilityBadge } from '../../supporters/components/AvailabilityBadge';
import { VerifiedMark } from '../../supporters/components/VerifiedMark';
import { ArchiveSupporterProfileMutation, ReconfirmAvailabilityMutation } from '../graphql/my-profiles.operations';
import { isReconfirmationDueSoon } from '../freshness';
import { formatDate, intlLocaleOf } from '../../../i18n/format';

interface OwnProfileCardProps {
  profile: OwnProfileFieldsFragment;
  /** After archiving, the page announces it and takes focus (the card's controls disappear). */
  onArchived: (name: string) => void;
}

/** One of the organization's profiles: how fresh and how verified it is, and what to do next. */
export function OwnProfileCard({ profile, onArchived }: OwnProfileCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `own-profile-${profile.id}`;
  const isArchived = Boolean(profile.archivedAt);
  const isDraft = profile.supportTypes.length === 0;
  const dueSoon = !isArchived && !profile.isStale && isReconfirmationDueSoon(profile.reconfirmationDueAt);

  let listing: string;
  if (isArchived) listing = t('myProfiles.listingArchived');
  else if (isDraft) listing = t('myProfiles.listingDraft');
  else if (profile.hiddenFromSearch) listing = t('myProfiles.listingHidden');
  else listing = t('myProfiles.listingListed');

  return (
    <article className={`own-profile${isArchived ? ' own-profile--archived' : ''}`} aria-labelledby={headingId}>
      <header className="own-profile__header">
        <h2 id={headingId} className="own-profile__name">
          <Link to={`/supporters/${profile.id}`}>{profile.name}</Link>
        </h2>
        <ul className="status-list" aria-label={t('myProfiles.statusLabel')}>
          <li className={`badge badge--verification badge--${profile.verificationStatus.toLowerCase()}`}>
            {profile.verificationStatus === VerificationStatus.VERIFIED ? (
              <VerifiedMark />
            ) : (
              labelOf(VERIFICATION_STATUS_LABELS, profile.verificationStatus, locale)
            )}
          </li>
          <li className="badge badge--listing">{listing}</li>
        </ul>
      </header>

      {profile.verificationStatus === VerificationStatus.REJECTED && (
        <div className="notice notice--warning">
          <p>{t('myProfiles.rejected')}</p>
          {profile.verificationReason && (
            <p>
              {t('myProfiles.rejectionReason')}: <span className="preserve-lines">{profile.verificationReason}</span>
            </p>
          )}
        </div>
      )}
      {!isArchived && isDraft && <p className="notice">{t('myProfiles.draftHint')}</p>}
      {!isArchived && !isDraft && profile.isStale && !profile.hiddenFromSearch && (
        <p className="notice notice--warning">{t('myProfiles.stale')}</p>
      )}
      {!isArchived && !isDraft && profile.hiddenFromSearch && <p className="notice notice--warning">{t('myProfiles.hiddenStale')}</p>}
      {dueSoon && profile.reconfirmationDueAt && (
        <p className="notice">{t('myProfiles.dueSoon', { date: formatDate(profile.reconfirmationDueAt, locale) })}</p>
      )}

      <dl className="own-profile__facts">
        <div>
          <dt>{t('detail.availability')}</dt>
          <dd>
            <AvailabilityBadge availability={profile.availability} confirmedAt={profile.availabilityConfirmedAt} />
          </dd>
        </div>
        {profile.reconfirmationDueAt && (
          <div>
            <dt>{profile.isStale ? t('myProfiles.dueAtPassed') : t('myProfiles.dueAt')}</dt>
            <dd>
              <time dateTime={profile.reconfirmationDueAt}>{formatDate(profile.reconfirmationDueAt, locale)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('detail.updatedOn')}</dt>
          <dd>
            <time dateTime={profile.updatedAt}>{formatDate(profile.updatedAt, locale)}</time>
          </dd>
        </div>
        {isArchived && profile.archivedAt && (
          <div>
            <dt>{t('myProfiles.archivedOn')}</dt>
            <dd>
              <time dateTime={profile.archivedAt}>{formatDate(profile.archivedAt, locale)}</time>
            </dd>
          </div>
        )}
      </dl>

      {!isArchived && (
        <>
          <ReconfirmForm profile={profile} headingId={headingId} emphasised={profile.isStale || dueSoon} />
          <div className="own-profile__actions">
            <Link to={`/my/profiles/${profile.id}/edit`} className="button button--secondary button-link" aria-describedby={headingId}>
              {isDraft ? t('myProfiles.complete') : t('myProfiles.edit')}
            </Link>
            <ArchiveControl profile={profile} headingId={headingId} onArchived={onArchived} />
          </div>
        </>
      )}
    </article>
  );
}

/** 「受付状況を確認しました」: one click confirms the shown availability (or the one chosen beside it). */
function ReconfirmForm({ profile, headingId, emphasised }: { profile: OwnProfileFieldsFragment; headingId: string; emphasised: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [availability, setAvailability] = useState<Availability>(profile.availability);
  const [reconfirm, { loading, error }] = useMutation(ReconfirmAvailabilityMutation);
  const [done, setDone] = useState('');
  const selectId = `reconfirm-availability-${profile.id}`;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    try {
      const { data } = await reconfirm({ variables: { id: profile.id, availability } });
      if (data) {
        const at = new Date(data.reconfirmAvailability.availabilityConfirmedAt);
        setDone(t('myProfiles.reconfirmed', { time: at.toLocaleTimeString(intlLocaleOf(locale), { hour: '2-digit', minute: '2-digit' }) }));
      }
    } catch {
      // Shown below from the mutation's error state.
    }
  };

  return (
    <form className={`reconfirm${emphasised ? ' reconfirm--due' : ''}`} onSubmit={(event) => void handleSubmit(event)}>
      <p className="reconfirm__lead">{t('myProfiles.reconfirmLead')}</p>
      <div className="reconfirm__row">
        <div className="reconfirm__field">
          <label htmlFor={selectId} className="field-label field-label--sub">
            {t('detail.availability')}
          </label>
          <select id={selectId} className="select" value={availability} onChange={(event) => setAvailability(event.target.value as Availability)}>
            {enumValues(Availability).map((value) => (
              <option key={value} value={value}>
                {labelOf(AVAILABILITY_LABELS, value, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`button ${emphasised ? 'button--primary' : 'button--secondary'}`} disabled={loading} aria-describedby={headingId}>
          {t('myProfiles.reconfirm')}
        </button>
      </div>
      <StatusMessage>{loading ? t('myProfiles.reconfirming') : done}</StatusMessage>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}

/** 「掲載を終了する」 asks once more in place (it cannot be undone) before archiving. */
function ArchiveControl({
  profile,
  headingId,
  onArchived,
}: {
  profile: OwnProfileFieldsFragment;
  headingId: string;
  onArchived: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [archive, { loading, error }] = useMutation(ArchiveSupporterProfileMutation);
  return (
    <ConfirmButton
      label={t('myProfiles.archive')}
      question={t('myProfiles.archiveConfirm', { name: profile.name })}
      confirmLabel={t('myProfiles.archiveConfirmButton')}
      busy={loading}
      variant="tertiary"
      describedBy={headingId}
      onConfirm={() => {
        archive({ variables: { id: profile.id } }).then(
          () => onArchived(profile.name),
          () => undefined, // shown below from the mutation's error state
        );
      }}
    >
      {error && <ErrorMessage error={error} />}
    </ConfirmButton>
  );
}
