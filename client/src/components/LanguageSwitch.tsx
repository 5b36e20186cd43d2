import { useTranslation } from 'react-i18next';
import type { Locale } from '@tsunagu/shared';
import { changeLocale, useLocale } from '../i18n';

// Each language names itself, so a reader of either can find their own.
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { ja: '日本語', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('app.languageSwitch')}>
      {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={current === locale}
          onClick={() => void changeLocale(locale)}
        >
          {LANGUAGE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
