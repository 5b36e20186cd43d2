import { loadPageMessages } from '../i18n';

/**
 * A module loaded when first needed, together with the messages of the pages other than search:
 * the search page (where most visitors land) comes with the first load, everything else later.
 */
export function withPageMessages<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, loadPageMessages()]).then(([module]) => module);
}
