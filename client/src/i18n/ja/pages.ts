import { audit } from './audit';
import { supporterDetail } from './supporter-detail';
import { mail } from './mail';
import { notifications } from './notifications';
import { matching } from './matching';
import { organization } from './organization';
import { profiles } from './profiles';
import { published } from './published';
import { requests } from './requests';
import { rmos } from './rmos';
import { verification } from './verification';
import { offers } from './offers';
import { sufficiency } from './sufficiency';
import { engagements } from './engagements';

/** Messages of the pages behind sign-in: loaded with the first of them that is visited. */
export const pages = { ...profiles, ...organization, ...verification, ...audit, ...requests, ...matching, ...published, ...rmos, ...mail, ...notifications, ...supporterDetail, ...offers, ...engagements, ...sufficiency };
