import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS, VERIFICATION_STATUS_LABELS, VerificationStatus, charCount, labelOf } from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { serverFieldErrors } from '../../../components/form-errors';
import { TextAreaField } from '../../../components/form-fields';
import type { VerificationCandidateFieldsFragment, VerificationDecision } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { SupporterCard } from '../../supporters/components/SupporterCard';
import type { PrefectureNameOf } from '../../supporters/service-area';
import { VerifySupporterProfileMutation } from '../graphql/verification.operations';
import { formatDate } from '../../../i18n/format';

interface VerificationItemProps {
  supporter: VerificationCandidateFieldsFragment;
  prefectureNameOf: PrefectureNameOf;
  /** This page's address, for the profile page's 「検索結果に戻る」. */
  searchUrl: string;
  searchedPrefectureCode: string | null;
}

/** One profile to vouch for: its search card, its current status, and 「確認済みにする」 / 「差し戻す」. */
export function VerificationItem({ supporter, prefectureNameOf, searchUrl, searchedPrefectureCode }: VerificationItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The card's heading names the profile each button acts on.
  const headingId = `supporter-${supporter.id}`;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const [verify, { loading, error, reset }] = useMutation(VerifySupporterProfileMutation);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const rejectButtonRef = useRef<HTMLButtonElement>(null);
  // The button pressed disappears with the old status; focus stays in this item, on its outcome.
  const actionsRef = useRef<HTMLDivElement>(null);
  const reasonId = `verify-reason-${supporter.id}`;

  const decide = async (decision: VerificationDecision) => {
    setDone('');
    setReasonError(undefined);
    reset();
    try {
      await verify({ variables: { id: supporter.id, decision, reason: decision === 'REJECTED' ? reason.trim() : null } });
      setRejecting(false);
      setReason('');
      setDone(decision === 'VERIFIED' ? t('verification.verifiedDone') : t('verification.rejectedDone'));
      requestAnimationFrame(() => actionsRef.current?.focus());
    } catch (caught) {
      const fieldError = serverFieldErrors(caught, t).reason;
      if (fieldError) {
        setReasonError(fieldError);
        reasonRef.current?.focus();
      }
    }
  };

  const handleReject = (event: FormEvent) => {
    event.preventDefault();
    const max = PROFILE_LIMITS.verificationReasonMaxLength;
    const problem = !reason.trim() ? t('reasons.input.REQUIRED') : charCount(reason.trim()) > max ? t('reasons.input.TOO_LONG', { max }) : undefined;
    if (problem) {
      setReasonError(problem);
      reasonRef.current?.focus();
      return;
    }
    void decide('REJECTED');
  };

  return (
    <div className="verification-item">
      <SupporterCard supporter={supporter} prefectureNameOf={prefectureNameOf} searchUrl={searchUrl} searchedPrefectureCode={searchedPrefectureCode} />
      <dl className="supporter-card__facts verification-item__facts">
        <div>
          <dt>{t('detail.updatedOn')}</dt>
          <dd>
            <time dateTime={supporter.updatedAt}>{formatDate(supporter.updatedAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('detail.verification')}</dt>
          <dd className="verification-item__status">
            <span className={`badge badge--verification badge--${supporter.verificationStatus.toLowerCase()}`}>
              {labelOf(VERIFICATION_STATUS_LABELS, supporter.verificationStatus, locale)}
            </span>
            {supporter.verifiedAt && supporter.verificationStatus !== VerificationStatus.UNVERIFIED && (
              <span className="fact__note">
                <time dateTime={supporter.verifiedAt}>{formatDate(supporter.verifiedAt, locale)}</time>
              </span>
            )}
            {supporter.verificationReason && (
              <span className="fact__note preserve-lines">
                {t('verification.reasonShown')}: {supporter.verificationReason}
              </span>
            )}
          </dd>
        </div>
      </dl>

      <div ref={actionsRef} tabIndex={-1} className="verification-item__actions">
        {!rejecting && (
          <div className="form-actions">
            {supporter.verificationStatus !== VerificationStatus.VERIFIED && (
              <button
                type="button"
                className="button button--primary"
                disabled={loading}
                aria-describedby={headingId}
                onClick={() => void decide('VERIFIED')}
              >
                {t('verification.verify')}
              </button>
            )}
            {supporter.verificationStatus !== VerificationStatus.REJECTED && (
              <button
                ref={rejectButtonRef}
                type="button"
                className="button button--secondary"
                disabled={loading}
                aria-describedby={headingId}
                onClick={() => {
                  setDone('');
                  setRejecting(true);
                  requestAnimationFrame(() => reasonRef.current?.focus());
                }}
              >
                {t('verification.reject')}
              </button>
            )}
          </div>
        )}
        {rejecting && (
          <form className="reject-form" noValidate onSubmit={handleReject}>
            <TextAreaField
              ref={reasonRef}
              id={reasonId}
              label={t('verification.reasonLabel', { name: supporter.name })}
              hint={t('verification.reasonHint')}
              required
              rows={3}
              maxChars={PROFILE_LIMITS.verificationReasonMaxLength}
              value={reason}
              error={reasonError}
              onChange={(event) => setReason(event.target.value)}
            />
            <div className="form-actions">
              <button type="submit" className="button button--danger" disabled={loading}>
                {t('verification.rejectSubmit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setRejecting(false);
                  setReasonError(undefined);
                  requestAnimationFrame(() => rejectButtonRef.current?.focus());
                }}
              >
                {t('form.cancel')}
              </button>
            </div>
          </form>
        )}
        <StatusMessage>{done}</StatusMessage>
        {error && !reasonError && <ErrorMessage error={error} />}
      </div>
    </div>
  );
}
