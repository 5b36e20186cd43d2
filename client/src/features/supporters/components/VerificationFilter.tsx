import { useTranslation } from 'react-i18next';

interface VerificationFilterProps {
  verifiedOnly: boolean;
  onChange: (verifiedOnly: boolean) => void;
}

/** 「確認済みの支援者のみ」: profiles a prefecture or the operator has vouched for. */
export function VerificationFilter({ verifiedOnly, onChange }: VerificationFilterProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('search.verificationLegend')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          name="verified"
          checked={verifiedOnly}
          aria-describedby="verified-only-hint"
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{t('search.verifiedOnly')}</span>
      </label>
      <p id="verified-only-hint" className="field-hint">
        {t('search.verifiedOnlyHint')}
      </p>
    </fieldset>
  );
}
