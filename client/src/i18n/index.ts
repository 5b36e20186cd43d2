import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Locale } from '@tsunagu/shared';
import { core } from './ja/core';

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

let japanesePages: Promise<void> | undefined;

/**
 * The Japanese messages of the pages other than search, loaded once, before the first such page
 * renders (Japanese is also every language's fallback, so English pages wait for them too).
 */
export function loadPageMessages(): Promise<void> {
  japanesePages ??= import('./ja/pages').then(({ pages }) => {
    i18n.addResourceBundle('ja', 'translation', pages, true, true);
  });
  return japanesePages;
}

/** Loads a language's messages once; Japanese comes with the page, English only when someone chooses it. */
async function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'ja' || i18n.hasResourceBundle(locale, 'translation')) return;
  const { en } = await import('./en');
  i18n.addResourceBundle('en', 'translation', en);
}

/** Initialises i18next with the remembered language (Japanese unless English was chosen), its messages loaded. */
export async function initI18n(): Promise<typeof i18n> {
  const locale = storedLocale();
  await i18n.use(initReactI18next).init({
    resources: { ja: { translation: core } },
    partialBundledLanguages: true,
    lng: 'ja',
    fallbackLng: 'ja',
    supportedLngs: [...SUPPORTED_LOCALES],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  if (locale !== 'ja') {
    await loadMessages(locale);
    await i18n.changeLanguage(locale);
  }
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18n;
}

/** Switches the UI language (loading its messages first) and remembers the choice for the next visit. */
export async function changeLocale(locale: Locale): Promise<void> {
  await loadMessages(locale);
  await i18n.changeLanguage(locale);
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
