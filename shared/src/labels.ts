/** A label in both UI languages; Japanese is the default. */
export interface BilingualLabel {
  ja: string;
  en: string;
}

export type Locale = 'ja' | 'en';

/** Looks up the label of an enum value in the given locale, falling back to the raw value. */
export function labelOf<T extends string>(
  labels: Readonly<Record<T, BilingualLabel>>,
  value: T,
  locale: Locale = 'ja',
): string {
  return labels[value]?.[locale] ?? value;
}
