import type { DataSource, EntityManager } from 'typeorm';
import {
  ActivityKind,
  EngagementOrigin,
  EngagementStatus,
  EngagementEndReason,
  PopulationBand,
  RmoAreaUnit,
  ReviewCriterion,
  ReviewPart,
  STEPS_IN_ORDER,
  Step,
  SupportType,
  TraineeStatus,
  TrackRecordKind,
  enumValues,
  japanDate,
  OptimizationState,
  RmoLegalForm,
} from '@tsunagu/shared';
import { caseSearchFields } from '../../modules/case-study/case-search-text';
import { DEMO_ACCOUNTS, DEMO_SUPPORTER_EMAILS } from './demo-accounts';

const DAY_MS = 86_400_000;

/** Who takes part in the demo engagements: 村上市, 新潟県, the operator (recording the other prefectures' cases), and the two demo supporters. */
export interface DemoEngagementActors {
  municipality: { organizationId: string; userId: string };
  prefecture: { organizationId: string; userId: string };
  rmoUserId: string | null;
  operatorUserId: string;
  supporters: { organizationId: string; userId: string; profileId: string }[];
}

/** One demo engagement, told relative to `now`. */
interface DemoEngagement {
  title: string;
  municipality: string;
  rmo: { name: string; areaUnit: string };
  supporter: 0 | 1;
  supportTypes: SupportType[];
  status: EngagementStatus;
  /** Steps reached, in order: the last is the current one. */
  steps: Step[];
  startedDaysAgo: number;
  /** Days since a party last changed anything (over 90: the prefecture's overview flags it). */
  lastActivityDaysAgo: number;
  endReason?: EngagementEndReason;
  activities?: { kind: ActivityKind; daysAgo: number; participants: number; notes: string }[];
  trainee?: 0 | 1;
  review?: { municipality?: string; supporter?: string };
  case?: { title: string; summary: string; process: string; outcomes: string; lessons: string; populationBand: PopulationBand; areaUnit: RmoAreaUnit };
}

const MURAKAMI = '村上市';

/**
 * The demo engagements: in 村上市 one in every state and at every step (so each demo account sees
 * its part), and completed ones in several prefectures whose published cases fill the case library.
 * Every name is fictional（架空）and every case is marked fictional; nothing here says anything of a
 * real organization.
 */
const DEMO_ENGAGEMENTS: readonly DemoEngagement[] = [
  {
    title: '（架空）朝日地区 活動の振り返り',
    municipality: MURAKAMI,
    rmo: { name: '（架空）朝日地区地域づくり協議会', areaUnit: '小学校区' },
    supporter: 1,
    supportTypes: [SupportType.DIALOGUE_FACILITATION],
    status: EngagementStatus.PLANNED,
    steps: [Step.REFLECTION],
    startedDaysAgo: 5,
    lastActivityDaysAgo: 5,
  },
  {
    title: '（架空）山北地区 意義と進め方の勉強会',
    municipality: MURAKAMI,
    rmo: { name: '（架空）山北地区まちづくり協議会', areaUnit: '小学校区' },
    supporter: 1,
    supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.HUMAN_RESOURCE_DEVELOPMENT],
    status: EngagementStatus.ACTIVE,
    steps: [Step.REFLECTION, Step.SHARING],
    startedDaysAgo: 120,
    lastActivityDaysAgo: 10,
    trainee: 0,
    activities: [
      { kind: ActivityKind.ARIKATA_MEETING, daysAgo: 100, participants: 24, notes: '役員と住民で、設立からの活動と会議の数を振り返った。' },
      { kind: ActivityKind.STUDY_SESSION, daysAgo: 10, participants: 31, notes: '「柔軟な最適化」の意義と進め方の勉強会。他地区の事例を紹介した。' },
    ],
  },
  {
    title: '（架空）神林地区 モデル地区での見直し',
    municipality: MURAKAMI,
    rmo: { name: '（架空）神林地区振興会', areaUnit: '旧村' },
    supporter: 0,
    supportTypes: [SupportType.PROJECT_SUPPORT],
    status: EngagementStatus.ACTIVE,
    steps: [Step.REFLECTION, Step.SHARING, Step.MODEL_FORMATION],
    startedDaysAgo: 400,
    // Not updated for four months: the prefecture's overview flags it.
    lastActivityDaysAgo: 125,
    activities: [{ kind: ActivityKind.DELIBERATION, daysAgo: 125, participants: 9, notes: '夏祭りの運営を実行委員会に移す案を検討した。' }],
  },
  {
    title: '（架空）朝日地区 交流会での発表',
    municipality: MURAKAMI,
    rmo: { name: '（架空）朝日地区地域づくり協議会', areaUnit: '小学校区' },
    supporter: 0,
    supportTypes: [SupportType.PROJECT_SUPPORT],
    status: EngagementStatus.ACTIVE,
    steps: [Step.REFLECTION, Step.SHARING, Step.MODEL_FORMATION, Step.HORIZONTAL_EXPANSION],
    startedDaysAgo: 600,
    lastActivityDaysAgo: 20,
    activities: [{ kind: ActivityKind.EXCHANGE_EVENT, daysAgo: 20, participants: 56, notes: '市内の地域運営組織の交流会で、見直しの過程を発表した。' }],
  },
  {
    title: '（架空）山北地区 2年間の総括',
    municipality: MURAKAMI,
    rmo: { name: '（架空）山北地区まちづくり協議会', areaUnit: '小学校区' },
    supporter: 1,
    supportTypes: [SupportType.DIALOGUE_FACILITATION],
    status: EngagementStatus.IN_REVIEW,
    steps: [Step.REFLECTION, Step.SHARING, Step.MODEL_FORMATION, Step.REVIEW],
    startedDaysAgo: 700,
    lastActivityDaysAgo: 3,
    review: { municipality: '会議の数が半分になり、役員の負担が軽くなった。若い世代の参加は、まだこれから。' },
  },
  {
    title: '（架空）神林地区 財源の終了による中断',
    municipality: MURAKAMI,
    rmo: { name: '（架空）神林地区振興会', areaUnit: '旧村' },
    supporter: 1,
    supportTypes: [SupportType.RESTRUCTURING],
    status: EngagementStatus.ENDED_EARLY,
    steps: [Step.REFLECTION, Step.SHARING],
    startedDaysAgo: 300,
    lastActivityDaysAgo: 200,
    endReason: EngagementEndReason.FUNDING_ENDED,
  },
  {
    title: '（架空）朝日地区 あり方検討会から会議の見直しへ',
    municipality: MURAKAMI,
    rmo: { name: '（架空）朝日地区地域づくり協議会', areaUnit: '小学校区' },
    supporter: 1,
    supportTypes: [SupportType.DIALOGUE_FACILITATION, SupportType.ISSUE_VISUALIZATION],
    status: EngagementStatus.COMPLETED,
    steps: STEPS_IN_ORDER.slice(),
    startedDaysAgo: 800,
    lastActivityDaysAgo: 60,
    trainee: 0,
    review: {
      municipality: '住民アンケートで見えた負担感をもとに、会議を半分に減らし、行事を実行委員会に任せた。',
      supporter: '振り返りの場で住民の声を数字で示したことが、見直しの合意につながった。',
    },
    case: {
      title: '（架空）住民アンケートを起点に会議を半分にした地区',
      summary: 'あり方検討会で住民アンケートの結果を共有し、役員会と行事の数を見直した架空の事例です。',
      process: 'あり方検討会（3回）、勉強会（2回）、モデル地区での検討会、市内の交流会での発表、総括の順に進めた。',
      outcomes: '役員会が月2回から月1回になり、夏祭りは住民の実行委員会が担うようになった。',
      lessons: '負担感を数字で示すと、見直しの話し合いが進みやすい。',
      populationBand: PopulationBand.FROM_50K_TO_100K,
      areaUnit: RmoAreaUnit.ELEMENTARY_SCHOOL_DISTRICT,
    },
  },
  {
    title: '（架空）中山間地区 担い手の育成',
    municipality: '鶴岡市',
    rmo: { name: '（架空）北部中山間地域協議会', areaUnit: '旧村' },
    supporter: 0,
    supportTypes: [SupportType.HUMAN_RESOURCE_DEVELOPMENT, SupportType.PROJECT_SUPPORT],
    status: EngagementStatus.COMPLETED,
    steps: STEPS_IN_ORDER.slice(),
    startedDaysAgo: 900,
    lastActivityDaysAgo: 150,
    case: {
      title: '（架空）若手の事務局員を育てた中山間地域',
      summary: '事務局を担う若手を募り、行事の企画を任せながら育てた架空の事例です。',
      process: '振り返りで「次の担い手がいない」ことを共有し、勉強会のあと、若手2人が行事の企画を担った。',
      outcomes: '若手が事務局に加わり、行事の半分を企画するようになった。',
      lessons: '最初から全部を任せず、一つの行事から任せる。',
      populationBand: PopulationBand.FROM_100K_TO_300K,
      areaUnit: RmoAreaUnit.FORMER_MUNICIPALITY,
    },
  },
  {
    title: '（架空）南地区 組織体制の再構築',
    municipality: '飯田市',
    rmo: { name: '（架空）南地区まちづくり委員会', areaUnit: '地区' },
    supporter: 1,
    supportTypes: [SupportType.RESTRUCTURING, SupportType.VISION_DRAFTING],
    status: EngagementStatus.COMPLETED,
    steps: STEPS_IN_ORDER.slice(),
    startedDaysAgo: 1000,
    lastActivityDaysAgo: 300,
    case: {
      title: '（架空）部会を統合して組織をスリムにした地区',
      summary: '7つの部会を3つに統合し、まちづくりビジョンを住民と作り直した架空の事例です。',
      process: 'ワークショップでビジョンを描き直し、部会ごとの活動を棚卸しして統合案をまとめた。',
      outcomes: '部会が3つになり、会議への出席率が上がった。',
      lessons: 'ビジョンを先に共有すると、統合への反対が少なくなる。',
      populationBand: PopulationBand.FROM_50K_TO_100K,
      areaUnit: RmoAreaUnit.NEIGHBORHOOD,
    },
  },
  {
    title: '（架空）東地区 交流拠点の運営',
    municipality: '遠野市',
    rmo: { name: '（架空）東地区交流センター運営協議会', areaUnit: '旧村' },
    supporter: 0,
    supportTypes: [SupportType.PROJECT_SUPPORT, SupportType.PARTNER_MATCHING],
    status: EngagementStatus.COMPLETED,
    steps: [Step.REFLECTION, Step.MODEL_FORMATION, Step.REVIEW],
    startedDaysAgo: 700,
    lastActivityDaysAgo: 100,
    case: {
      title: '（架空）交流拠点の運営を大学と分担した地区',
      summary: '交流拠点の運営を、地元の大学のゼミと分担するようにした架空の事例です。',
      process: '振り返りで運営の負担を洗い出し、大学との協定を結んで、学生が週末の運営を担った。',
      outcomes: '週末の開館日が増え、子どもの利用が増えた。',
      lessons: '新しいパートナーには、役割と期間をはっきり伝える。',
      populationBand: PopulationBand.FROM_10K_TO_50K,
      areaUnit: RmoAreaUnit.FORMER_MUNICIPALITY,
    },
  },
  {
    title: '（架空）西地区 事務局体制づくり',
    municipality: '雲南市',
    rmo: { name: '（架空）西地区振興協議会', areaUnit: '小学校区' },
    supporter: 1,
    supportTypes: [SupportType.SECRETARIAT_STAFF_TRAINING, SupportType.CONSULTATION],
    status: EngagementStatus.COMPLETED,
    steps: STEPS_IN_ORDER.slice(),
    startedDaysAgo: 1100,
    lastActivityDaysAgo: 400,
    case: {
      title: '（架空）事務局の仕事を見える化した協議会',
      summary: '事務局の仕事を一覧にし、引き継げる形にした架空の事例です。',
      process: '事務局員への聞き取りで仕事を洗い出し、手順書を作り、研修で共有した。',
      outcomes: '事務局員が交代しても、会計と広報が止まらなくなった。',
      lessons: '仕事の一覧は、事務局員と一緒に作る。',
      populationBand: PopulationBand.FROM_10K_TO_50K,
      areaUnit: RmoAreaUnit.ELEMENTARY_SCHOOL_DISTRICT,
    },
  },
  {
    title: '（架空）島内集落 地域カルテづくり',
    municipality: '佐渡市',
    rmo: { name: '（架空）西海岸集落連合会', areaUnit: '集落' },
    supporter: 1,
    supportTypes: [SupportType.ISSUE_VISUALIZATION, SupportType.VISION_DRAFTING],
    status: EngagementStatus.COMPLETED,
    steps: [Step.REFLECTION, Step.SHARING, Step.REVIEW],
    startedDaysAgo: 500,
    lastActivityDaysAgo: 80,
    case: {
      title: '（架空）地域カルテで集落の将来を話し合った連合会',
      summary: 'まちあるきと地域カルテで集落の姿を見える化し、将来の話し合いにつなげた架空の事例です。',
      process: 'まちあるきで集めた情報を地域カルテにまとめ、集落ごとの懇談会で共有した。',
      outcomes: '集落どうしで行事を合同で開く話し合いが始まった。',
      lessons: '地図と写真があると、高齢の住民も話し合いに加わりやすい。',
      populationBand: PopulationBand.FROM_50K_TO_100K,
      areaUnit: RmoAreaUnit.NEIGHBORHOOD,
    },
  },
];

/** The first marker of the demo engagements: present means seeded already. */
export const DEMO_ENGAGEMENT_MARKER = DEMO_ENGAGEMENTS[0].title;

/**
 * Seeds the demo engagements, their steps, logs, checklist ticks, trainees, reviews, track records
 * and cases (published by the prefecture or, outside 新潟県, as recorded by the operator), once.
 * The demo supporters' loads were generated with the catalogue, so these engagements hold no place
 * (holds_place false) and leave the loads alone. Written through SQL: no viewer at seed time.
 */
export async function seedDemoEngagements(manager: EntityManager, actors: DemoEngagementActors, now: Date): Promise<string[]> {
  const [{ seeded }]: { seeded: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM engagement WHERE title = $1) AS seeded`, [DEMO_ENGAGEMENT_MARKER]);
  if (seeded || actors.supporters.length < 2) return [];
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  const made: string[] = [];
  for (const demo of DEMO_ENGAGEMENTS) {
    const [place]: { code: string; prefecture_code: string; region: string; name: string; prefecture_name: string }[] = await manager.query(
      `SELECT m.code, m.prefecture_code, p.region, m.name, p.name AS prefecture_name FROM municipality m JOIN prefecture p ON p.code = m.prefecture_code
        WHERE m.name = $1 AND m.parent_code IS NULL ORDER BY m.code LIMIT 1`,
      [demo.municipality],
    );
    if (!place) continue;
    const supporter = actors.supporters[demo.supporter];
    const inNiigata = place.prefecture_code === '15';
    const rmoId = await findOrCreateRmo(manager, place, demo.rmo);
    const current = demo.steps.at(-1)!;
    const ended = demo.status === EngagementStatus.COMPLETED || demo.status === EngagementStatus.ENDED_EARLY;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO engagement (prefecture_code, municipality_code, origin, title, support_types, supporter_id, supporter_organization_id, status, current_step,
                               holds_place, end_reason, started_at, review_started_at, ended_at, created_by_user_id, last_activity_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, false, $10, $11, $12, $13, $14, $15, $16, $15) RETURNING id`,
      [
        place.prefecture_code,
        place.code,
        EngagementOrigin.RECORDED,
        demo.title,
        demo.supportTypes,
        supporter.profileId,
        supporter.organizationId,
        demo.status,
        current,
        demo.endReason ?? null,
        demo.status === EngagementStatus.PLANNED ? null : at(demo.startedDaysAgo),
        demo.status === EngagementStatus.IN_REVIEW || demo.status === EngagementStatus.COMPLETED ? at(demo.lastActivityDaysAgo + 30) : null,
        ended ? at(demo.lastActivityDaysAgo) : null,
        inNiigata ? actors.municipality.userId : actors.operatorUserId,
        at(demo.lastActivityDaysAgo),
        at(demo.startedDaysAgo),
      ],
    );
    await manager.query(`INSERT INTO engagement_rmo (engagement_id, rmo_id) VALUES ($1, $2)`, [id, rmoId]);
    // Each step reached takes an equal share of the time from the start to the last update.
    if (demo.status !== EngagementStatus.PLANNED) {
      const span = demo.startedDaysAgo - demo.lastActivityDaysAgo;
      for (const [i, step] of demo.steps.entries()) {
        const startedOn = japanDate(at(demo.startedDaysAgo - Math.floor((span * i) / demo.steps.length)));
        const last = i === demo.steps.length - 1;
        const endedOn = last ? (ended ? japanDate(at(demo.lastActivityDaysAgo)) : null) : japanDate(at(demo.startedDaysAgo - Math.floor((span * (i + 1)) / demo.steps.length)));
        await manager.query(`INSERT INTO engagement_step (engagement_id, step, started_on, ended_on) VALUES ($1, $2, $3, $4)`, [id, step, startedOn, endedOn]);
      }
    }
    if (inNiigata) {
      for (const step of demo.steps.slice(0, -1)) {
        for (const party of ['MUNICIPALITY', 'SUPPORTER']) {
          await manager.query(`INSERT INTO engagement_check (engagement_id, item_code, checked_by_user_id, checked_at) VALUES ($1, $2, $3, $4)`, [
            id,
            `${step === Step.MODEL_FORMATION ? 'MODEL' : step === Step.HORIZONTAL_EXPANSION ? 'EXPANSION' : step}_${party}`,
            party === 'MUNICIPALITY' ? actors.municipality.userId : supporter.userId,
            at(demo.lastActivityDaysAgo),
          ]);
        }
      }
    }
    for (const activity of demo.activities ?? []) {
      const step = demo.steps[Math.min(demo.steps.length - 1, demo.steps.findIndex((s) => s === current))] ?? current;
      await manager.query(
        `INSERT INTO engagement_activity (engagement_id, kind, held_on, step, participants, notes, links, party, author_user_id, author_organization_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, '{}', 'SUPPORTER', $7, $8, $9)`,
        [id, activity.kind, japanDate(at(activity.daysAgo)), activity.kind === ActivityKind.ARIKATA_MEETING ? Step.REFLECTION : step, activity.participants, activity.notes, supporter.userId, supporter.organizationId, at(activity.daysAgo)],
      );
    }
    if (demo.trainee !== undefined) {
      const trainee = actors.supporters[demo.trainee];
      await manager.query(
        `INSERT INTO engagement_trainee (engagement_id, supporter_id, organization_id, status, invited_by_user_id, invited_at, responded_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [id, trainee.profileId, trainee.organizationId, TraineeStatus.ACTIVE, supporter.userId, at(demo.startedDaysAgo - 10)],
      );
    }
    const ratings = enumValues(ReviewCriterion).map((criterion) => ({ criterion, score: 4 }));
    if (demo.review?.municipality) {
      await insertReview(manager, id, ReviewPart.MUNICIPALITY_RMO, demo.review.municipality, ratings, actors.municipality, at(demo.lastActivityDaysAgo));
    }
    if (demo.review?.supporter) {
      await insertReview(manager, id, ReviewPart.SUPPORTER, demo.review.supporter, [], supporter, at(demo.lastActivityDaysAgo));
    }
    if (demo.status === EngagementStatus.COMPLETED) {
      const year = Number(japanDate(at(demo.lastActivityDaysAgo)).slice(0, 4));
      await manager.query(
        `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, engagement_id, positive)
         VALUES ($1, 'ENGAGEMENT', $2, $3, $4, $5, $6, $7)`,
        [supporter.profileId, place.prefecture_code, place.code, year, `${place.name}「${demo.title}」（つなぐで完了）`, id, Boolean(demo.review?.municipality) || !inNiigata],
      );
      if (demo.trainee !== undefined) {
        await manager.query(
          `INSERT INTO supporter_track_record (supporter_id, kind, prefecture_code, municipality_code, year, summary, engagement_id, positive) VALUES ($1, $2, $3, $4, $5, $6, $7, false)`,
          [actors.supporters[demo.trainee].profileId, TrackRecordKind.OJT, place.prefecture_code, place.code, year, `${place.name}「${demo.title}」にOJTで参加`, id],
        );
      }
    }
    if (demo.case) {
      const published = at(Math.max(1, demo.lastActivityDaysAgo - 20));
      const steps = STEPS_IN_ORDER.filter((s) => demo.steps.includes(s));
      const search = caseSearchFields({
        ...demo.case,
        supportTypes: demo.supportTypes,
        steps,
        placeNames: [place.name, place.prefecture_name],
        rmoNames: [],
      });
      await manager.query(
        `INSERT INTO case_study (engagement_id, status, prefecture_code, region, municipality_code, supporter_id, supporter_organization_id, title, summary, process,
                                 outcomes, lessons, hide_rmo_name, hide_people, support_types, steps, population_band, rmo_area_unit, fictional,
                                 search_text, search_bigrams, drafted_by_user_id, drafted_by_party, approved_at, approved_by_user_id, published_at, published_by_user_id,
                                 created_at, updated_at)
         VALUES ($1, 'PUBLISHED', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, true, $12, $13, $14, $15, true, $16, $17, $18, 'SUPPORTER', $19, $20, $19, $21, $19, $19)`,
        [
          id,
          place.prefecture_code,
          place.region,
          place.code,
          supporter.profileId,
          supporter.organizationId,
          demo.case.title,
          demo.case.summary,
          demo.case.process,
          demo.case.outcomes,
          demo.case.lessons,
          demo.supportTypes,
          steps,
          demo.case.populationBand,
          demo.case.areaUnit,
          search.searchText,
          search.searchBigrams,
          supporter.userId,
          published,
          inNiigata ? actors.municipality.userId : null,
          inNiigata ? actors.prefecture.userId : null,
        ],
      );
    }
    made.push(`${demo.title}（${place.name}・${demo.status}${demo.case ? '・事例公開' : ''}）`);
  }
  return made;
}

async function insertReview(
  manager: EntityManager,
  engagementId: string,
  part: ReviewPart,
  changes: string,
  ratings: { criterion: ReviewCriterion; score: number }[],
  author: { organizationId: string; userId: string },
  when: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO engagement_review (engagement_id, part, changes, lessons, ratings, positive, author_user_id, author_organization_id, submitted_at)
     VALUES ($1, $2, $3, '', $4::jsonb, $5, $6, $7, $8)`,
    [engagementId, part, changes, JSON.stringify(ratings), ratings.length > 0, author.userId, author.organizationId, when],
  );
}

/** The RMO record of the name in the municipality, created (fictional, without an account) when missing. */
async function findOrCreateRmo(manager: EntityManager, place: { code: string; prefecture_code: string }, rmo: { name: string; areaUnit: string }): Promise<string> {
  const [found]: { id: string }[] = await manager.query(`SELECT id FROM rmo WHERE municipality_code = $1 AND name = $2 LIMIT 1`, [place.code, rmo.name]);
  if (found) return found.id;
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO rmo (prefecture_code, municipality_code, name, area_unit, legal_form, founded_year, activities, challenges, optimization_state)
     VALUES ($1, $2, $3, $4, $5, 2012, '{}', '{}', $6) RETURNING id`,
    [place.prefecture_code, place.code, rmo.name, rmo.areaUnit, RmoLegalForm.VOLUNTARY_ASSOCIATION, OptimizationState.NEITHER],
  );
  return id;
}

/** The demo accounts the engagements need, or null while any is missing (their seeding runs first). */
async function engagementActors(manager: EntityManager): Promise<DemoEngagementActors | null> {
  const emailOf = (kind: string) => DEMO_ACCOUNTS.find((a) => a.organization.kind === kind)?.email ?? '';
  const users: { email: string; id: string; organization_id: string }[] = await manager.query(
    `SELECT email, id, organization_id FROM app_user WHERE email = ANY($1::text[])`,
    [[emailOf('MUNICIPALITY'), emailOf('PREFECTURE'), emailOf('RMO'), emailOf('OPERATOR'), ...DEMO_SUPPORTER_EMAILS]],
  );
  const user = (email: string) => users.find((u) => u.email === email);
  const supporters: DemoEngagementActors['supporters'] = [];
  for (const email of DEMO_SUPPORTER_EMAILS) {
    const found = user(email);
    const [profile]: { id: string }[] = found
      ? await manager.query(`SELECT id FROM supporter_profile WHERE owner_organization_id = $1 AND archived_at IS NULL ORDER BY created_at, id LIMIT 1`, [found.organization_id])
      : [];
    if (!found || !profile) return null;
    supporters.push({ organizationId: found.organization_id, userId: found.id, profileId: profile.id });
  }
  const municipality = user(emailOf('MUNICIPALITY'));
  const prefecture = user(emailOf('PREFECTURE'));
  const operator = user(emailOf('OPERATOR'));
  if (!municipality || !prefecture || !operator) return null;
  return {
    municipality: { organizationId: municipality.organization_id, userId: municipality.id },
    prefecture: { organizationId: prefecture.organization_id, userId: prefecture.id },
    rmoUserId: user(emailOf('RMO'))?.id ?? null,
    operatorUserId: operator.id,
    supporters,
  };
}

/** Seeds the demo engagements and cases once the demo accounts exist (a no-op when seeded already or an account is missing). */
export async function seedDemoEngagementsIfMissing(dataSource: DataSource, log: (message: string) => void, now = new Date()): Promise<void> {
  const made = await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tsunagu:demo-engagements'))`);
    const actors = await engagementActors(manager);
    return actors ? seedDemoEngagements(manager, actors, now) : [];
  });
  if (made.length) log(`Demo engagements and cases (架空): ${made.join(', ')}.`);
}
