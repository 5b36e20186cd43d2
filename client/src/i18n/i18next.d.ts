import 'i18next';
import type { Messages } from './ja';

// Typed message keys: a misspelled key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
