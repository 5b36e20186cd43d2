import { useTranslation } from 'react-i18next';

/** Shown when a prefecture or the operator has vouched for the profile. */
export function VerifiedMark() {
  const { t } = useTranslation();
  return (
    <span className="verified-mark">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
        <circle cx="8" cy="8" r="8" fill="currentColor" />
        <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t('supporter.verified')}
    </span>
  );
}
