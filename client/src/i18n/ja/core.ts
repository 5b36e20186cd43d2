import { app } from './app';
import { auth } from './auth';
import { errors } from './errors';
import { forms } from './forms';
import { sitePages } from './site-pages';
import { supporters } from './supporters';
import { transfer } from './transfer';

/** Messages the first page needs (layout and footer, search, sign-in menu, errors): loaded with it. */
export const core = { ...app, ...supporters, ...forms, ...auth, ...errors, ...sitePages, ...transfer };
