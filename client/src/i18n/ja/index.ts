import { app } from './app';
import { supporters } from './supporters';
import { forms } from './forms';
import { auth } from './auth';
import { profiles } from './profiles';
import { organization } from './organization';
import { verification } from './verification';
import { audit } from './audit';
import { requests } from './requests';
import { matching } from './matching';
import { published } from './published';
import { rmos } from './rmos';
import { errors } from './errors';

/** Japanese UI messages (the default language), one file per feature. Enum labels come from @tsunagu/shared. */
export const ja = { ...app, ...supporters, ...forms, ...auth, ...profiles, ...organization, ...verification, ...audit, ...requests, ...matching, ...published, ...rmos, ...errors };

/** Message shape every language must provide. */
export type Messages = typeof ja;
