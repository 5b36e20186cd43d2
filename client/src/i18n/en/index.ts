import type { Messages } from '../ja';
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
import { mail } from './mail';
import { sitePages } from './site-pages';
import { supporterDetail } from './supporter-detail';
import { notifications } from './notifications';
import { offers } from './offers';
import { sufficiency } from './sufficiency';
import { transfer } from './transfer';
import { engagements } from './engagements';

/** English UI messages, one file per feature; each must have every key the Japanese one has. */
export const en: Messages = { ...app, ...supporters, ...forms, ...auth, ...profiles, ...organization, ...verification, ...audit, ...requests, ...matching, ...published, ...rmos, ...errors, ...mail, ...sitePages, ...notifications, ...supporterDetail, ...offers, ...sufficiency, ...transfer, ...engagements };
