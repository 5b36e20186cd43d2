import type { EntityManager } from 'typeorm';
import {
  FundingRoute,
  NotificationKind,
  OptimizationState,
  RequestFormat,
  RmoActivity,
  RmoChallenge,
  RmoLegalForm,
  Step,
  SupportPhase,
  SupportRequestStatus,
  SupportType,
} from '@tsunagu/shared';
import { Rmo } from '../../modules/rmo/rmo.entity';
import { SupportRequestRmo } from '../../modules/support-request/support-request-rmo.entity';
import { SupportRequest } from '../../modules/support-request/support-request.entity';

const NIIGATA = '15';
const MURAKAMI = '152129';
const DAY_MS = 86_400_000;

/** Ends every demo request's background: the requests, like the RMOs, are invented. */
export const FICTIONAL_NOTE_REQUEST = '※この依頼は架空のデモデータです。';

/** The RMO record linked to the demo RMO account; its name is that account's organization name. */
export const DEMO_OWN_RMO_NAME = '（架空）山北地区まちづくり協議会';

type DemoRmo = Pick<
  Rmo,
  'name' | 'areaUnit' | 'legalForm' | 'foundedYear' | 'activities' | 'activitiesNote' | 'challenges' | 'challengesNote' | 'optimizationState' | 'wantedSupportTypes'
>;

/**
 * Invented RMOs of 村上市, named after its districts with the 「（架空）」 prefix. Legal forms,
 * activities and challenges follow the survey's common answers; no real organization is described.
 */
export const DEMO_RMOS: readonly DemoRmo[] = [
  {
    name: DEMO_OWN_RMO_NAME,
    areaUnit: '旧町村（山北地区）',
    legalForm: RmoLegalForm.VOLUNTARY_ASSOCIATION,
    foundedYear: 2010,
    activities: [
      RmoActivity.FESTIVALS,
      RmoActivity.EXCHANGE_EVENTS,
      RmoActivity.DISASTER_PREVENTION,
      RmoActivity.WATCHING_OVER_ELDERLY,
      RmoActivity.LIVELIHOOD_SERVICES,
    ],
    activitiesNote: '地区の夏祭りと世代間交流会、冬の除雪の助け合いと一人暮らし高齢者の見守り、集落をまわる買い物支援を続けている。',
    challenges: [RmoChallenge.TOO_FEW_PEOPLE, RmoChallenge.AGEING_OFFICERS, RmoChallenge.NO_NEXT_LEADER],
    challengesNote: '役員の多くが70代になり、後任が見つからない。設立以来、事業も組織もほとんど見直していない。',
    optimizationState: OptimizationState.NEITHER,
    wantedSupportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.RESTRUCTURING, SupportType.SECRETARIAT_STAFF_TRAINING],
  },
  {
    name: '（架空）朝日地区地域づくり協議会',
    areaUnit: '旧町村（朝日地区）',
    legalForm: RmoLegalForm.NPO_CORPORATION,
    foundedYear: 2015,
    activities: [
      RmoActivity.HEALTH_AND_CARE_PREVENTION,
      RmoActivity.EXCHANGE_EVENTS,
      RmoActivity.CHILDREN_AND_YOUTH,
      RmoActivity.LIVELIHOOD_SERVICES,
    ],
    activitiesNote: '介護予防の通いの場、放課後の子どもの居場所、高齢者の通院・買い物の移動支援を運営している。',
    challenges: [RmoChallenge.SECRETARIAT_BURDEN, RmoChallenge.FUNDING_SHORTAGE, RmoChallenge.TOO_FEW_PEOPLE],
    challengesNote: '移動支援の利用が増え、事務局2名の負担が大きい。交付金以外の財源の確保が課題。',
    optimizationState: OptimizationState.ACTIVITIES_ONLY,
    wantedSupportTypes: [SupportType.SECRETARIAT_STAFF_TRAINING, SupportType.PARTNER_MATCHING, SupportType.RESTRUCTURING],
  },
  {
    name: '（架空）神林地区振興会',
    areaUnit: '小学校区の連合（神林地区）',
    legalForm: RmoLegalForm.AUTHORIZED_NEIGHBORHOOD_ASSOCIATION,
    foundedYear: 2008,
    activities: [RmoActivity.FESTIVALS, RmoActivity.DISASTER_PREVENTION, RmoActivity.ENVIRONMENT, RmoActivity.EXCHANGE_EVENTS],
    activitiesNote: '地区の運動会と秋祭り、自主防災組織と連携した防災訓練、河川敷の清掃活動を行っている。',
    challenges: [RmoChallenge.AGEING_OFFICERS, RmoChallenge.LOW_RESIDENT_INTEREST],
    challengesNote: '若い世代の参加が少なく、行事の準備が一部の役員に偏っている。役員の任期と部会の構成は見直し済み。',
    optimizationState: OptimizationState.ORGANIZATION_ONLY,
    wantedSupportTypes: [SupportType.HUMAN_RESOURCE_DEVELOPMENT, SupportType.DIALOGUE_FACILITATION, SupportType.RESTRUCTURING],
  },
];

/** Days before the seeding moment at which each step of a request's life happened (absent: not yet). */
interface Timeline {
  created: number;
  submitted?: number;
  endorsed?: number;
  opened?: number;
  closed?: number;
}

interface DemoRequest {
  /** Written by the municipality's staff or by the RMO's own secretariat. */
  author: 'municipality' | 'rmo';
  status: SupportRequestStatus;
  /** Names from DEMO_RMOS; empty: municipality-wide. */
  rmos: string[];
  timeline: Timeline;
  /** Months from the seeding month to the desired start; null while a draft leaves it open. */
  startInMonths: number | null;
  fields: Pick<
    SupportRequest,
    | 'title'
    | 'background'
    | 'supportTypes'
    | 'step'
    | 'phase'
    | 'durationMonths'
    | 'format'
    | 'fundingRoute'
    | 'budgetMinYen'
    | 'budgetMaxYen'
    | 'rmoAgreementConfirmed'
    | 'published'
  >;
}

const background = (...sentences: string[]): string => [...sentences, FICTIONAL_NOTE_REQUEST].join('');

/** One request in each state a 村上市 user meets first: two open and published, a draft, one awaiting endorsement, one closed. */
export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    author: 'municipality',
    status: SupportRequestStatus.OPEN,
    rmos: [DEMO_OWN_RMO_NAME],
    timeline: { created: 21, submitted: 14, opened: 14 },
    startInMonths: 5,
    fields: {
      title: '山北地区のあり方検討会の進行と、住民アンケートによる地域課題の見える化',
      background: background(
        '（架空）山北地区まちづくり協議会は設立から15年が過ぎ、役員の高齢化と担い手不足が進んでいます。',
        'これまでの事業を振り返り、続ける事業と見直す事業を住民と一緒に考える「あり方検討会」を来年度に開きたいと考えています。',
        '住民アンケートと集落ごとのまちあるきで地区の現状を見える化し、その結果をもとに世代を超えた対話の場を進行していただける方を探しています。',
        '協議会からは支援を受けることについて同意を得ています。',
      ),
      supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION],
      step: Step.REFLECTION,
      phase: SupportPhase.AWARENESS,
      durationMonths: 12,
      format: RequestFormat.IN_PERSON,
      fundingRoute: FundingRoute.MUNICIPAL_BUDGET,
      budgetMinYen: 200_000,
      budgetMaxYen: 500_000,
      rmoAgreementConfirmed: true,
      published: true,
    },
  },
  {
    author: 'municipality',
    status: SupportRequestStatus.OPEN,
    rmos: [],
    timeline: { created: 10, submitted: 6, opened: 6 },
    startInMonths: 6,
    fields: {
      title: '市内の地域運営組織の担い手育成研修と事務局スタッフの育成',
      background: background(
        '市内の地域運営組織に共通する課題として、次のリーダーが見つからないことと、事務局の負担が一部の人に集中していることが挙がっています。',
        '市内の地域運営組織を対象に、こども・若者・女性も参加しやすい担い手育成の研修と、事務局スタッフ向けの実務研修（会計、広報、会議運営）を2年間かけて行いたいと考えています。',
        '県のアドバイザー派遣制度の活用を予定しており、オンラインでの参加も組み合わせたいです。',
      ),
      supportTypes: [SupportType.HUMAN_RESOURCE_DEVELOPMENT, SupportType.SECRETARIAT_STAFF_TRAINING],
      step: Step.SHARING,
      phase: SupportPhase.AUTONOMY,
      durationMonths: 24,
      format: RequestFormat.HYBRID,
      fundingRoute: FundingRoute.PREFECTURE_DISPATCH,
      budgetMinYen: null,
      budgetMaxYen: null,
      rmoAgreementConfirmed: true,
      published: true,
    },
  },
  {
    author: 'municipality',
    status: SupportRequestStatus.DRAFT,
    rmos: ['（架空）神林地区振興会'],
    timeline: { created: 2 },
    startInMonths: null,
    fields: {
      title: '神林地区振興会の行事の見直し',
      background: background(
        '運動会や秋祭りの準備が一部の役員に偏っているため、行事の続け方を見直したい。',
        '支援の種類と時期は振興会と相談中。',
      ),
      supportTypes: [SupportType.RESTRUCTURING],
      step: null,
      phase: null,
      durationMonths: null,
      format: null,
      fundingRoute: null,
      budgetMinYen: null,
      budgetMaxYen: null,
      rmoAgreementConfirmed: false,
      published: false,
    },
  },
  {
    author: 'rmo',
    status: SupportRequestStatus.AWAITING_ENDORSEMENT,
    rmos: [DEMO_OWN_RMO_NAME],
    timeline: { created: 5, submitted: 3 },
    startInMonths: 5,
    fields: {
      title: '事務局の体制づくりと事務局スタッフの育成',
      background: background(
        '協議会の事務局は非常勤の2名で、会計・広報・補助金の申請までを担っており、負担が大きくなっています。',
        '事務局の業務を棚卸しして役割分担を見直し、新しく加わったスタッフが実務を身につけられるよう、月1回程度の伴走支援をお願いしたいと考えています。',
        '支援を受けることは協議会の役員会で決めています。',
      ),
      supportTypes: [SupportType.SECRETARIAT_STAFF_TRAINING, SupportType.RESTRUCTURING],
      step: Step.MODEL_FORMATION,
      phase: SupportPhase.AUTONOMY,
      durationMonths: 12,
      format: RequestFormat.HYBRID,
      fundingRoute: FundingRoute.RMO_CONTRACT,
      budgetMinYen: 100_000,
      budgetMaxYen: 300_000,
      rmoAgreementConfirmed: true,
      published: true,
    },
  },
  {
    author: 'rmo',
    status: SupportRequestStatus.CLOSED,
    rmos: [DEMO_OWN_RMO_NAME],
    timeline: { created: 230, submitted: 226, endorsed: 221, opened: 221, closed: 150 },
    startInMonths: -7,
    fields: {
      title: '「柔軟な最適化」を学ぶ役員向け勉強会の講師',
      background: background(
        '協議会の役員を対象に、活動や組織を見直す意義と進め方を学ぶ勉強会を2回開きたいと考えています。',
        '他の地域の見直しの事例も紹介していただけると助かります。',
      ),
      supportTypes: [SupportType.CONSULTATION, SupportType.HUMAN_RESOURCE_DEVELOPMENT],
      step: Step.SHARING,
      phase: SupportPhase.AWARENESS,
      durationMonths: 3,
      format: RequestFormat.IN_PERSON,
      fundingRoute: FundingRoute.PREFECTURE_DISPATCH,
      budgetMinYen: null,
      budgetMaxYen: null,
      rmoAgreementConfirmed: true,
      published: true,
    },
  },
];

/** An inbox entry as notify would have written it (read ones were seen a day later; none is mailed or digested). */
async function insertDemoNotification(
  manager: EntityManager,
  userId: string,
  kind: NotificationKind,
  params: Record<string, string>,
  link: string,
  [subjectType, subjectId]: string[],
  createdAt: Date,
  read: boolean,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification (user_id, kind, params, link, subject_type, subject_id, delivery, created_at, read_at, digest_date)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, 'INBOX_ONLY', $7, $8, NULL)`,
    [userId, kind, JSON.stringify(params), link, subjectType, subjectId, createdAt, read ? new Date(createdAt.getTime() + DAY_MS) : null],
  );
}

/** "YYYY-MM" of the month `months` after the month of `now` in Japan. */
export function yearMonthAfter(now: Date, months: number): string {
  const japan = new Date(now.getTime() + 9 * 3_600_000);
  const index = japan.getUTCFullYear() * 12 + japan.getUTCMonth() + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Who writes on behalf of each side: the demo municipality and RMO accounts. */
export interface DemoRequestAuthors {
  municipality: { organizationId: string; userId: string };
  rmo: { organizationId: string; userId: string };
}

/**
 * Creates the missing demo RMO records of 村上市 (the first linked to the demo RMO organization)
 * and, when neither demo organization has written any request yet, the demo requests. Runs inside
 * the caller's transaction and lock; returns what it created, for the log. Written through the
 * entities, not the services: there is no viewer at seed time, and seeding is not a user action
 * to audit.
 */
export async function seedDemoRequests(manager: EntityManager, authors: DemoRequestAuthors, now: Date): Promise<string[]> {
  const made: string[] = [];
  const rmos = manager.getRepository(Rmo);
  const existing = await rmos.find({ where: { municipalityCode: MURAKAMI } });
  const rmoByName = new Map(existing.map((r) => [r.name, r]));
  // The organization may already be linked to a record its staff created themselves (organization_id is unique).
  const ownLinked = existing.some((r) => r.organizationId === authors.rmo.organizationId);
  for (const rmo of DEMO_RMOS.filter((r) => !rmoByName.has(r.name))) {
    const own = rmo.name === DEMO_OWN_RMO_NAME && !ownLinked;
    const saved = await rmos.save(
      rmos.create({ ...rmo, prefectureCode: NIIGATA, municipalityCode: MURAKAMI, organizationId: own ? authors.rmo.organizationId : null }),
    );
    rmoByName.set(saved.name, saved);
    made.push(`RMO ${saved.name}`);
  }

  // A demo user's own requests, or deleted and withdrawn ones, are never topped up: seeding happens once.
  const requests = manager.getRepository(SupportRequest);
  const written = await requests.exists({
    where: [{ authorOrganizationId: authors.municipality.organizationId }, { authorOrganizationId: authors.rmo.organizationId }],
  });
  if (written) return made;

  const at = (daysAgo: number | undefined): Date | null => (daysAgo === undefined ? null : new Date(now.getTime() - daysAgo * DAY_MS));
  for (const demo of DEMO_REQUESTS) {
    const author = authors[demo.author];
    const { timeline } = demo;
    const lastChange = Math.min(...[timeline.created, timeline.submitted, timeline.endorsed, timeline.opened, timeline.closed].filter((d) => d !== undefined));
    const request = requests.create({
      ...demo.fields,
      status: demo.status,
      prefectureCode: NIIGATA,
      municipalityCode: MURAKAMI,
      authorOrganizationId: author.organizationId,
      createdByUserId: author.userId,
      desiredStart: demo.startInMonths === null ? null : yearMonthAfter(now, demo.startInMonths),
      submittedAt: at(timeline.submitted),
      endorsedAt: at(timeline.endorsed),
      endorsedByUserId: timeline.endorsed === undefined ? null : authors.municipality.userId,
      openedAt: at(timeline.opened),
      closedAt: at(timeline.closed),
      withdrawnAt: null,
      createdAt: at(timeline.created) as Date,
      updatedAt: at(lastChange) as Date,
    });
    // insert(), unlike save(), writes the given created_at / updated_at instead of now().
    const { identifiers } = await requests.insert(request);
    const requestId = String(identifiers[0].id);
    const links = demo.rmos.flatMap((name) => {
      const rmo = rmoByName.get(name);
      return rmo ? [{ requestId, rmoId: rmo.id }] : [];
    });
    if (links.length) await manager.getRepository(SupportRequestRmo).insert(links);
    made.push(`request 「${demo.fields.title}」 (${demo.status})`);
    // The inbox entries these events would have written: the city's unread one for what awaits its endorsement.
    if (demo.author === 'rmo' && timeline.submitted !== undefined) {
      const link = `/requests/${requestId}`;
      const params = { requestTitle: demo.fields.title };
      const subject = ['SupportRequest', requestId];
      await insertDemoNotification(manager, authors.municipality.userId, NotificationKind.REQUEST_AWAITING_ENDORSEMENT, { ...params, rmoName: DEMO_OWN_RMO_NAME }, link, subject, at(timeline.submitted)!, timeline.endorsed !== undefined);
      if (timeline.endorsed !== undefined) {
        await insertDemoNotification(manager, authors.rmo.userId, NotificationKind.REQUEST_ENDORSED, { ...params, municipalityName: '村上市' }, link, subject, at(timeline.endorsed)!, true);
      }
    }
  }
  return made;
}
