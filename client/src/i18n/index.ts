import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Locale } from '@tsunagu/shared';
import { en } from './en';
import { ja } from './ja';

export const SUPPORTED_LOCALES: readonly Locale[] = ['ja', 'en'];
const STORAGE_KEY = 'tsunagu.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : 'ja';
  } catch {
    // Storage can be blocked (private mode, policies): Japanese is the default anyway.
    return 'ja';
  }
}

/** Initialises i18next with the remembered language (Japanese unless English was chosen). */
export function initI18n(): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: storedLocale(),
    fallbackLng: 'ja',
    supportedLngs: [...SUPPORTED_LOCALES],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18n;
}

/** Switches the UI language and remembers the choice for the next visit. */
export function changeLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered when storage is blocked; the switch still applies to this visit.
  }
}

/** The current UI language, in the form the shared label tables take. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.resolvedLanguage) ? instance.resolvedLanguage : 'ja';
}
