import { core } from './core';
import { pages } from './pages';

/**
 * Japanese UI messages (the default language), one file per feature, in two loads: `core` with the
 * first page, `pages` with the first other page visited. Enum labels come from @tsunagu/shared.
 */
export const ja = { ...core, ...pages };

/** Message shape every language must provide. */
export type Messages = typeof ja;
