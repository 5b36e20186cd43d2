import {
  Availability,
  FRAMEWORK_LABELS,
  Framework,
  SUPPORT_TYPE_LABELS,
  Step,
  SupportType,
  SupporterKind,
  TrackRecordKind,
  VerificationStatus,
  enumValues,
} from '@tsunagu/shared';
import type { SupporterProfile } from '../../modules/supporter/supporter-profile.entity';
import type { SupporterTrackRecord } from '../../modules/supporter/supporter-track-record.entity';
import type { MunicipalityRecord, PrefectureRecord, ReferenceData } from '../reference/reference-data';

/** One generated supporter: every profile column the seed writes, plus its service area. */
export type DemoSupporter = Pick<
  SupporterProfile,
  | 'name'
  | 'kana'
  | 'kind'
  | 'summary'
  | 'description'
  | 'supportTypes'
  | 'remoteAvailable'
  | 'frameworks'
  | 'feeNotes'
  | 'capacity'
  | 'currentLoad'
  | 'availability'
  | 'availabilityConfirmedAt'
  | 'steps'
  | 'yearsActive'
  | 'website'
  | 'contactEmail'
  | 'contactPhone'
  | 'verificationStatus'
> & {
  areas: { prefectureCode: string; municipalityCode: string | null }[];
  /** Earlier work and introductions inside the service area: what matching reads as 面識. */
  trackRecords: DemoTrackRecord[];
};

/** One generated track record (supporter_track_record without its ids). */
export type DemoTrackRecord = Pick<SupporterTrackRecord, 'kind' | 'prefectureCode' | 'municipalityCode' | 'year' | 'summary'>;

export interface DemoDataOptions {
  count: number;
  seed: number;
  /** Reference point for availabilityConfirmedAt; passed in so output depends on the arguments only. */
  now: Date;
  reference: ReferenceData;
}

/** The seed used for the demo database, so the e2e tests can rely on its contents. */
export const DEMO_SEED = 20261127;
export const DEMO_COUNT = 300;

/** Every invented profile's description ends with this (individuals: 人物). */
export const FICTIONAL_NOTE_ORG = '※この団体は架空のデモデータです。';
export const FICTIONAL_NOTE_PERSON = '※この人物は架空のデモデータです。';

// Codes the e2e tests name; checked against the reference data at run time.
const NIIGATA = '15';
const MURAKAMI = '152129';
const NIIGATA_CITY = '151009';

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed always yields the same data.

class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, weight] of items) {
      r -= weight;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `k` distinct items, each draw weighted among those left. */
  weightedSample<T>(items: readonly (readonly [T, number])[], k: number): T[] {
    const left = [...items];
    const out: T[] = [];
    while (out.length < k && left.length > 0) {
      const item = this.weighted(left);
      out.push(item);
      left.splice(
        left.findIndex(([candidate]) => candidate === item),
        1,
      );
    }
    return out;
  }

  sample<T>(items: readonly T[], k: number): T[] {
    return this.weightedSample(
      items.map((item) => [item, 1] as const),
      k,
    );
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Every text part carries its reading so names and kana always agree.

interface Worded {
  text: string;
  kana: string;
}

const w = (text: string, kana: string): Worded => ({ text, kana });

/** Coined place-like names: none is a real municipality, so no profile can pass for a real group. */
const PLACES: readonly Worded[] = [
  w('霧ヶ丘', 'きりがおか'),
  w('風待ヶ浦', 'かざまちがうら'),
  w('白萩の里', 'しらはぎのさと'),
  w('星降野', 'ほしふるの'),
  w('青葉沢', 'あおばさわ'),
  w('銀杏谷', 'いちょうだに'),
  w('蛍川', 'ほたるがわ'),
  w('雪見台', 'ゆきみだい'),
  w('水鏡', 'みずかがみ'),
  w('虹ノ森', 'にじのもり'),
  w('七曲', 'ななまがり'),
  w('千鳥浦', 'ちどりうら'),
  w('若葉ヶ原', 'わかばがはら'),
  w('夕凪', 'ゆうなぎ'),
  w('朝霧野', 'あさぎりの'),
  w('萌木', 'もえぎ'),
  w('琴ノ森', 'ことのもり'),
  w('花水木', 'はなみずき'),
  w('鈴音', 'すずね'),
  w('柚子原', 'ゆずはら'),
  w('桜ヶ淵', 'さくらがふち'),
  w('翠川', 'みどりかわ'),
  w('梢ヶ丘', 'こずえがおか'),
  w('宵待', 'よいまち'),
  w('陽だまり野', 'ひだまりの'),
  w('小春谷', 'こはるだに'),
  w('茜浦', 'あかねうら'),
  w('藤波台', 'ふじなみだい'),
  w('岬野', 'みさきの'),
  w('笹鳴谷', 'ささなきだに'),
  w('結の里', 'ゆいのさと'),
  w('木漏れ日台', 'こもれびだい'),
  w('春駒', 'はるこま'),
  w('星ヶ瀬', 'ほしがせ'),
  w('苔清水', 'こけしみず'),
  w('山鳩野', 'やまばとの'),
  w('雲雀ヶ原', 'ひばりがはら'),
  w('渚ヶ崎', 'なぎさがさき'),
  w('楓沢', 'かえでざわ'),
  w('瑠璃川', 'るりかわ'),
  w('あかり野', 'あかりの'),
  w('みなも台', 'みなもだい'),
  w('そよぎ野', 'そよぎの'),
  w('つむぎの里', 'つむぎのさと'),
  w('ひなた浦', 'ひなたうら'),
  w('ことほぎ谷', 'ことほぎだに'),
];

interface OrgPattern {
  /** Legal form written before the name; left out of the reading, as in registers. */
  prefix: string;
  suffix: Worded;
}

const p = (prefix: string, text: string, kana: string): OrgPattern => ({ prefix, suffix: w(text, kana) });

const ORG_PATTERNS: Readonly<Record<Exclude<SupporterKind, SupporterKind.INDIVIDUAL>, readonly OrgPattern[]>> = {
  [SupporterKind.NPO]: [
    p('NPO法人 ', 'まちづくりネット', 'まちづくりねっと'),
    p('NPO法人 ', '地域づくりサポート', 'ちいきづくりさぽーと'),
    p('NPO法人 ', 'コミュニティデザイン研究所', 'こみゅにてぃでざいんけんきゅうしょ'),
    p('NPO法人 ', '里山ネットワーク', 'さとやまねっとわーく'),
    p('NPO法人 ', '暮らし応援団', 'くらしおうえんだん'),
    p('NPO法人 ', '防災まちづくりの会', 'ぼうさいまちづくりのかい'),
    p('NPO法人 ', '地域福祉ネット', 'ちいきふくしねっと'),
    p('NPO法人 ', '協働のまちサポーターズ', 'きょうどうのまちさぽーたーず'),
    p('NPO法人 ', 'まちの縁側', 'まちのえんがわ'),
    p('NPO法人 ', 'ファシリテーション協会', 'ふぁしりてーしょんきょうかい'),
  ],
  [SupporterKind.GENERAL_INCORPORATED_ASSOCIATION]: [
    p('一般社団法人 ', '地域共創ラボ', 'ちいききょうそうらぼ'),
    p('一般社団法人 ', 'ローカルデザイン', 'ろーかるでざいん'),
    p('一般社団法人 ', 'むらづくり舎', 'むらづくりしゃ'),
    p('一般社団法人 ', 'つなぎ手協会', 'つなぎてきょうかい'),
    p('一般社団法人 ', 'コミュニティデザイン機構', 'こみゅにてぃでざいんきこう'),
    p('一般社団法人 ', '地域運営サポートセンター', 'ちいきうんえいさぽーとせんたー'),
  ],
  [SupporterKind.CORPORATION]: [
    p('株式会社 ', '地域計画研究所', 'ちいきけいかくけんきゅうしょ'),
    p('株式会社 ', 'まちづくり企画', 'まちづくりきかく'),
    p('株式会社 ', 'コミュニティデザイン', 'こみゅにてぃでざいん'),
    p('合同会社 ', 'ファシリテーションワークス', 'ふぁしりてーしょんわーくす'),
    p('合同会社 ', 'ローカルリサーチ', 'ろーかるりさーち'),
  ],
  [SupporterKind.UNIVERSITY]: [
    p('', '大学 地域連携センター', 'だいがく ちいきれんけいせんたー'),
    p('', '大学 地域創生研究所', 'だいがく ちいきそうせいけんきゅうしょ'),
    p('', '学院大学 まちづくり研究室', 'がくいんだいがく まちづくりけんきゅうしつ'),
    p('', '短期大学 地域共生ラボ', 'たんきだいがく ちいききょうせいらぼ'),
  ],
  [SupporterKind.SUPPORT_CENTER]: [
    p('', '市民活動サポートセンター', 'しみんかつどうさぽーとせんたー'),
    p('', '中間支援センター', 'ちゅうかんしえんせんたー'),
    p('', '協働ステーション', 'きょうどうすてーしょん'),
    p('', 'ボランティア・市民活動センター', 'ぼらんてぃあ・しみんかつどうせんたー'),
  ],
  [SupporterKind.PUBLIC_BODY]: [
    p('', '地域振興公社', 'ちいきしんこうこうしゃ'),
    p('', '広域連携推進協議会', 'こういきれんけいすいしんきょうぎかい'),
  ],
  [SupporterKind.OTHER]: [
    p('', '地域づくり研究会', 'ちいきづくりけんきゅうかい'),
    p('', 'まちづくりの会', 'まちづくりのかい'),
    p('', 'コミュニティ・ファシリテーターズ', 'こみゅにてぃ・ふぁしりてーたーず'),
  ],
};

const PERSON_TITLES: readonly Worded[] = [
  w('地域づくりコーディネーター', 'ちいきづくりこーでぃねーたー'),
  w('ファシリテーター', 'ふぁしりてーたー'),
  w('まちづくりアドバイザー', 'まちづくりあどばいざー'),
  w('コミュニティデザイナー', 'こみゅにてぃでざいなー'),
  w('地域福祉コーディネーター', 'ちいきふくしこーでぃねーたー'),
  w('防災まちづくりアドバイザー', 'ぼうさいまちづくりあどばいざー'),
];

const SURNAMES: readonly Worded[] = [
  w('山田', 'やまだ'),
  w('佐藤', 'さとう'),
  w('鈴木', 'すずき'),
  w('高橋', 'たかはし'),
  w('田中', 'たなか'),
  w('伊藤', 'いとう'),
  w('渡辺', 'わたなべ'),
  w('中村', 'なかむら'),
  w('小林', 'こばやし'),
  w('加藤', 'かとう'),
  w('吉田', 'よしだ'),
  w('佐々木', 'ささき'),
  w('山口', 'やまぐち'),
  w('松本', 'まつもと'),
  w('井上', 'いのうえ'),
  w('木村', 'きむら'),
  w('清水', 'しみず'),
  w('森', 'もり'),
  w('池田', 'いけだ'),
  w('石川', 'いしかわ'),
];

const GIVEN_NAMES: readonly Worded[] = [
  w('花子', 'はなこ'),
  w('太郎', 'たろう'),
  w('健一', 'けんいち'),
  w('美咲', 'みさき'),
  w('翔太', 'しょうた'),
  w('由美', 'ゆみ'),
  w('誠', 'まこと'),
  w('陽子', 'ようこ'),
  w('大輔', 'だいすけ'),
  w('直美', 'なおみ'),
  w('浩二', 'こうじ'),
  w('恵', 'めぐみ'),
  w('拓也', 'たくや'),
  w('彩', 'あや'),
  w('修', 'おさむ'),
  w('千尋', 'ちひろ'),
];

// Weights: the survey's share of RMOs wanting each type (n=2,728).
const SUPPORT_TYPE_WEIGHTS: readonly (readonly [SupportType, number])[] = [
  [SupportType.ISSUE_VISUALIZATION, 41.3],
  [SupportType.DIALOGUE_FACILITATION, 42.6],
  [SupportType.VISION_DRAFTING, 24.1],
  [SupportType.PROJECT_SUPPORT, 47.9],
  [SupportType.HUMAN_RESOURCE_DEVELOPMENT, 48.8],
  [SupportType.RMO_ESTABLISHMENT, 8.2],
  [SupportType.SECRETARIAT_STAFF_TRAINING, 22.0],
  [SupportType.PARTNER_MATCHING, 33.5],
  [SupportType.RESTRUCTURING, 18.6],
  [SupportType.CONSULTATION, 33.9],
];

const KIND_WEIGHTS: readonly (readonly [SupporterKind, number])[] = [
  [SupporterKind.NPO, 30],
  [SupporterKind.GENERAL_INCORPORATED_ASSOCIATION, 15],
  [SupporterKind.CORPORATION, 12],
  [SupporterKind.UNIVERSITY, 8],
  [SupporterKind.SUPPORT_CENTER, 10],
  [SupporterKind.INDIVIDUAL, 18],
  [SupporterKind.PUBLIC_BODY, 3],
  [SupporterKind.OTHER, 4],
];

const TYPE_SENTENCES: Readonly<Record<SupportType, readonly string[]>> = {
  ISSUE_VISUALIZATION: [
    '住民アンケートの設計・集計から地域カルテの作成まで、地域課題の見える化を支援します。',
    'まちあるきと聞き取りを通じて、地域の資源と課題を地図やカルテに整理します。',
    '人口推計や住民アンケートの結果をわかりやすく可視化し、地域で共有できる資料にまとめます。',
  ],
  DIALOGUE_FACILITATION: [
    '意見交換会やワークショップの企画・進行（ファシリテーション）を担います。',
    '世代や立場の違う住民が本音で話せる「対話」の場づくりを得意としています。',
    'ワールドカフェ形式のワークショップなど、参加者全員が発言できる場を設計します。',
  ],
  VISION_DRAFTING: [
    '小学校区単位のまちづくりビジョンの策定を、住民主体で進められるよう伴走します。',
    'ワークショップで出た意見をもとに、地域の将来像とビジョンの文案づくりを支援します。',
  ],
  PROJECT_SUPPORT: [
    '地域課題の解決に向けたプロジェクトやイベントの企画・実行を、関係者と一緒に進めます。',
    '祭りや交流事業の運営改善、新しい事業の立ち上げを企画段階から支援します。',
  ],
  HUMAN_RESOURCE_DEVELOPMENT: [
    '次の担い手を育てる研修・セミナーを企画し、こども・若者・女性が参加しやすい機会をつくります。',
    '地域づくりに関心を持つ人材の育成講座を、行政や地域運営組織と協働で開催しています。',
  ],
  RMO_ESTABLISHMENT: [
    '地域運営組織の設立に向けて、設立意義の説明会や規約・体制づくりを支援します。',
    '設立準備会の運営から初期の活動の立ち上げまで、地域運営組織の設立を支援します。',
  ],
  SECRETARIAT_STAFF_TRAINING: [
    '事務局の体制づくりと、事務局スタッフの育成（会計処理、広報、労務管理、財源確保）を支援します。',
    '事務局スタッフ向けに、ファシリテーションや広報の実務研修を行っています。',
  ],
  PARTNER_MATCHING: [
    'NPO・企業・大学など、地域の外の新たなパートナーとの橋渡しをします。',
    '企業の社会貢献担当や大学のゼミと地域運営組織をつなぐマッチングを行っています。',
  ],
  RESTRUCTURING: [
    '部会の統廃合や役員体制の見直しなど、時代に合わせた組織体制・活動内容の再構築を支援します。',
    '活動の棚卸しを通じて、続ける事業・やめる事業を住民と一緒に整理します。',
  ],
  CONSULTATION: [
    '地域づくりに関わる住民や行政職員からの相談に応じ、他地域の事例などの情報を提供します。',
    '電話やオンラインでの相談対応と、補助金・交付金などの情報提供を行っています。',
  ],
};

const STEP_PHRASES: Readonly<Record<Step, string>> = {
  REFLECTION: 'これまでの活動を振り返る「あり方検討会」の企画・進行',
  SHARING: '「柔軟な最適化」の意義や進め方を学ぶ勉強会の講師',
  MODEL_FORMATION: 'モデルとなる地域運営組織への個別支援',
  HORIZONTAL_EXPANSION: '取組を他の地域へ広げる横展開の場づくり（事例発表会・交流会）',
  REVIEW: '市区町村・地域運営組織と一緒に行う取組の総括',
};

interface Theme {
  key: string;
  summary: string;
  description: string;
}

const THEMES: readonly (readonly [Theme, number])[] = [
  [
    {
      key: 'bousai',
      summary: '防災訓練や避難所運営の話し合いなど、地域の防災活動の見直しにも対応します。',
      description: '自主防災組織や消防団と連携した防災訓練、防災マップづくりのワークショップの実績があります。',
    },
    3,
  ],
  [
    {
      key: 'fukushi',
      summary: '高齢者の見守りや地域福祉の担い手づくりに力を入れています。',
      description: '民生委員・児童委員や社会福祉協議会と連携し、高齢者の見守り活動や生活支援の仕組みづくりを支援してきました。',
    },
    3,
  ],
  [
    {
      key: 'kenkou',
      summary: '健康づくり・介護予防の取組を、無理なく続けられる形に見直す支援をしています。',
      description: '介護予防の通いの場や健康づくり教室を、住民主体で続けられる形に整える支援をしています。',
    },
    2,
  ],
  [
    {
      key: 'wakamono',
      summary: 'こども・若者が地域づくりに参加するきっかけづくりを得意としています。',
      description: '中高生のまちづくり部や大学生のフィールドワークを受け入れ、若い世代と地域をつないでいます。',
    },
    2,
  ],
  [
    {
      key: 'ijuu',
      summary: '移住者や関係人口と地域をつなぐ取組を支援します。',
      description: '移住者の受け入れや二地域居住者との交流を通じて、地域の外の力を活かす仕組みを一緒に考えます。',
    },
    1.5,
  ],
  [
    {
      key: 'chusankan',
      summary: '中山間地域の集落の維持と、集落間の連携づくりを支援します。',
      description: '集落点検やまちあるきをもとに、複数集落での共同作業や移動支援の仕組みづくりを支援した経験があります。',
    },
    1.5,
  ],
  [
    {
      key: 'matsuri',
      summary: '祭りや交流事業の担い手不足に悩む地域の活動見直しを支援します。',
      description: '担い手の高齢化で続けにくくなった祭りや運動会などの行事を、負担の少ない形に見直す話し合いを支えてきました。',
    },
    1.5,
  ],
  [
    {
      key: 'digital',
      summary: 'デジタル技術を活用した情報発信や会議の効率化を支援します。',
      description: '回覧板のデジタル化、オンライン会議やSNSでの情報発信など、事務局の負担を減らすデジタル活用を支援します。',
    },
    1,
  ],
  [
    {
      key: 'zaigen',
      summary: '生活支援などの自主事業による収入確保を一緒に考えます。',
      description: '買い物支援や草刈りの受託などの自主事業の立ち上げと、会費・交付金以外の財源確保を支援しています。',
    },
    1,
  ],
];

const THEME_BY_KEY = new Map(THEMES.map(([theme]) => [theme.key, theme]));

function theme(key: string): Theme {
  const found = THEME_BY_KEY.get(key);
  if (!found) throw new Error(`unknown theme ${key}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Case-study organizations named in the 令和6年度 report. Real organizations: only what the report
// says (name, that it was studied as a 中間支援者 alongside whom, and when). Everything the schema
// requires beyond that is a neutral placeholder, and the text says so.

interface CaseStudy {
  name: string;
  kana: string;
  prefectureCode: string;
  /** Null: the whole prefecture. */
  municipalityCode: string | null;
  /** The report's 調査の対象 and 実施日 for this organization. */
  surveyedWith: string;
  date: string;
}

const CASE_STUDIES: readonly CaseStudy[] = [
  {
    name: 'コミュニティサポートおおいた',
    kana: 'こみゅにてぃさぽーとおおいた',
    prefectureCode: '44',
    municipalityCode: null,
    surveyedWith: '大分県とともに「自治体、中間支援者」の区分で',
    date: '令和6年12月17日',
  },
  {
    name: 'まぢラボ',
    kana: 'まぢらぼ',
    prefectureCode: NIIGATA,
    municipalityCode: NIIGATA_CITY,
    surveyedWith: '新潟市とともに「自治体、中間支援者」の区分で',
    date: '令和7年1月16日',
  },
  {
    name: 'いわて地域づくり支援センター',
    kana: 'いわてちいきづくりしえんせんたー',
    prefectureCode: '03',
    municipalityCode: null,
    surveyedWith: '「中間支援者」の区分で',
    date: '令和7年1月22日',
  },
];

/** Names of the real organizations that may appear; every other profile is invented. */
export const CASE_STUDY_NAMES: readonly string[] = CASE_STUDIES.map((c) => c.name);

function caseStudySupporter(study: CaseStudy, now: Date): DemoSupporter {
  return {
    name: study.name,
    kana: study.kana,
    kind: SupporterKind.OTHER,
    summary:
      `総務省の令和6年度調査（地域運営組織の「柔軟な最適化」）の実例調査で、${study.surveyedWith}調査対象となった団体です（${study.date}実施）。`,
    description: [
      `総務省地域力創造グループの令和6年度調査報告では、実例調査の対象として${study.surveyedWith}この団体の名称が挙げられています（実施日: ${study.date}）。`,
      '報告書は実例調査全体の知見として「「柔軟な最適化」を支援するうえでは、組織運営やマネジメントに対する支援に加え、地域ごとに異なる独自性や文脈を理解する必要がある」とまとめています（この団体個別の記述ではありません）。',
      'この掲載は報告書に記載された名称と調査区分だけをもとにしたデモ用の参照情報で、団体自身による登録ではありません。支援種別は報告書の調査テーマ（活動・組織運営の見直し）に合わせたもので、受付状況・受入枠は表示用の既定値です。連絡先は掲載していません。',
    ].join('\n\n'),
    // RESTRUCTURING is the report's own theme (reviewing activities and organization); nothing more is claimed.
    supportTypes: [SupportType.RESTRUCTURING],
    remoteAvailable: false,
    frameworks: [],
    feeNotes: null,
    // Not registered by the organization: shown as not accepting so no request is routed to it.
    capacity: 0,
    currentLoad: 0,
    availability: Availability.NOT_ACCEPTING,
    availabilityConfirmedAt: new Date(now.getTime() - 200 * DAY_MS),
    steps: [],
    yearsActive: null,
    website: null,
    contactEmail: null,
    contactPhone: null,
    verificationStatus: VerificationStatus.UNVERIFIED,
    areas: [{ prefectureCode: study.prefectureCode, municipalityCode: study.municipalityCode }],
    // The report names no engagements of theirs, so none are invented.
    trackRecords: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Directed profiles: placed at fixed positions so the demo database always holds what the e2e
// tests search for (新潟県 × 対話の場づくり, 村上市, 防災), whatever the random draws.

type AreaPlan =
  | { mode: 'prefectures'; codes: string[] }
  | { mode: 'municipalities'; prefectureCode: string; codes: string[]; extra: number };

interface Directive {
  area: AreaPlan;
  types: SupportType[];
  themes: string[];
  /** Fixed track records (municipality null: prefecture-wide work in 新潟県), so the demo ranking shows each kind of 面識. */
  records: { kind: TrackRecordKind; municipalityCode: string | null }[];
}

const D = SupportType.DIALOGUE_FACILITATION;

const niigata = (...codes: string[]): AreaPlan => ({ mode: 'prefectures', codes: [NIIGATA, ...codes] });
const inNiigata = (code: string, extra: number): AreaPlan => ({ mode: 'municipalities', prefectureCode: NIIGATA, codes: [code], extra });

const WORK = TrackRecordKind.ENGAGEMENT;
const INTRO = TrackRecordKind.INTRODUCTION;

// 村上市との協働実績 (two profiles), 村上市への紹介実績, 新潟県内での協働実績 and 紹介実績, and one with none.
const DIRECTIVES: readonly Directive[] = [
  {
    area: niigata(),
    types: [D, SupportType.ISSUE_VISUALIZATION],
    themes: ['bousai'],
    records: [{ kind: WORK, municipalityCode: MURAKAMI }, { kind: WORK, municipalityCode: NIIGATA_CITY }],
  },
  { area: inNiigata(MURAKAMI, 1), types: [D], themes: ['bousai', 'chusankan'], records: [{ kind: WORK, municipalityCode: MURAKAMI }] },
  { area: inNiigata(MURAKAMI, 0), types: [D, SupportType.RESTRUCTURING], themes: ['fukushi'], records: [{ kind: INTRO, municipalityCode: MURAKAMI }] },
  {
    area: inNiigata(NIIGATA_CITY, 1),
    types: [D, SupportType.HUMAN_RESOURCE_DEVELOPMENT],
    themes: ['fukushi'],
    records: [{ kind: WORK, municipalityCode: NIIGATA_CITY }],
  },
  { area: niigata('06'), types: [D, SupportType.VISION_DRAFTING], themes: ['bousai'], records: [{ kind: INTRO, municipalityCode: null }] },
  { area: niigata(), types: [D, SupportType.CONSULTATION], themes: ['matsuri'], records: [] },
];

// ---------------------------------------------------------------------------------------------

interface Geography {
  prefectures: readonly PrefectureRecord[];
  byPrefecture: ReadonlyMap<string, PrefectureRecord>;
  byMunicipality: ReadonlyMap<string, MunicipalityRecord>;
  /** Municipalities of each prefecture with a pick weight (wards less likely than whole cities). */
  municipalitiesOf: ReadonlyMap<string, readonly (readonly [MunicipalityRecord, number])[]>;
  /** Primary-prefecture weights: more municipalities, more supporters (square root keeps it gentle). */
  prefectureWeights: readonly (readonly [PrefectureRecord, number])[];
}

function geography(reference: ReferenceData): Geography {
  const municipalitiesOf = new Map<string, [MunicipalityRecord, number][]>();
  for (const m of reference.municipalities) {
    const list = municipalitiesOf.get(m.prefectureCode) ?? [];
    list.push([m, m.parentCode === null ? 3 : 1]);
    municipalitiesOf.set(m.prefectureCode, list);
  }
  return {
    prefectures: reference.prefectures,
    byPrefecture: new Map(reference.prefectures.map((pref) => [pref.code, pref])),
    byMunicipality: new Map(reference.municipalities.map((m) => [m.code, m])),
    municipalitiesOf,
    prefectureWeights: reference.prefectures.map((pref) => [pref, Math.sqrt(municipalitiesOf.get(pref.code)?.length ?? 1)]),
  };
}

function municipalityLabel(geo: Geography, m: MunicipalityRecord): string {
  const parent = m.parentCode ? geo.byMunicipality.get(m.parentCode) : undefined;
  return parent ? `${parent.name}${m.name}` : m.name;
}

function areaLabel(geo: Geography, areas: DemoSupporter['areas']): string {
  const whole = areas.filter((a) => a.municipalityCode === null);
  if (whole.length > 0) {
    const names = whole.map((a) => geo.byPrefecture.get(a.prefectureCode)?.name ?? a.prefectureCode);
    return names.length === 1 ? `${names[0]}全域` : names.join('・');
  }
  const prefName = geo.byPrefecture.get(areas[0].prefectureCode)?.name ?? '';
  const munis = areas.flatMap((a) => {
    const m = a.municipalityCode ? geo.byMunicipality.get(a.municipalityCode) : undefined;
    return m ? [municipalityLabel(geo, m)] : [];
  });
  return `${prefName}${munis.join('・')}`;
}

function pickMunicipalities(rng: Random, geo: Geography, prefectureCode: string, k: number, exclude: readonly string[]): string[] {
  const pool = (geo.municipalitiesOf.get(prefectureCode) ?? []).filter(([m]) => !exclude.includes(m.code));
  return rng.weightedSample(pool, k).map((m) => m.code);
}

function planAreas(rng: Random, geo: Geography, primary: PrefectureRecord): DemoSupporter['areas'] {
  const mode = rng.weighted([
    ['one', 60],
    ['neighbours', 20],
    ['municipalities', 20],
  ] as const);
  if (mode === 'neighbours' && primary.neighbourCodes.length > 0) {
    const extra = rng.sample(primary.neighbourCodes, rng.int(1, Math.min(2, primary.neighbourCodes.length)));
    return [primary.code, ...extra].map((prefectureCode) => ({ prefectureCode, municipalityCode: null }));
  }
  if (mode === 'municipalities') {
    const codes = pickMunicipalities(rng, geo, primary.code, rng.int(1, 4), []);
    if (codes.length > 0) return codes.map((municipalityCode) => ({ prefectureCode: primary.code, municipalityCode }));
  }
  return [{ prefectureCode: primary.code, municipalityCode: null }];
}

function directedAreas(rng: Random, geo: Geography, plan: AreaPlan): DemoSupporter['areas'] {
  if (plan.mode === 'prefectures') {
    return plan.codes.filter((c) => geo.byPrefecture.has(c)).map((prefectureCode) => ({ prefectureCode, municipalityCode: null }));
  }
  const named = plan.codes.filter((c) => geo.byMunicipality.get(c)?.prefectureCode === plan.prefectureCode);
  const codes = [...named, ...pickMunicipalities(rng, geo, plan.prefectureCode, plan.extra, named)];
  if (codes.length === 0) return [{ prefectureCode: plan.prefectureCode, municipalityCode: null }];
  return codes.map((municipalityCode) => ({ prefectureCode: plan.prefectureCode, municipalityCode }));
}

/** Support types: 1–5, weighted by how often RMOs want them, in the survey's order. */
function pickSupportTypes(rng: Random, forced: readonly SupportType[]): SupportType[] {
  const k = rng.weighted([
    [1, 15],
    [2, 30],
    [3, 30],
    [4, 15],
    [5, 10],
  ] as const);
  const chosen = new Set<SupportType>(forced);
  const rest = SUPPORT_TYPE_WEIGHTS.filter(([t]) => !chosen.has(t));
  for (const t of rng.weightedSample(rest, Math.max(0, k - chosen.size))) chosen.add(t);
  return enumValues(SupportType).filter((t) => chosen.has(t));
}

function pickFrameworks(rng: Random, kind: SupporterKind): Framework[] {
  const weights: (readonly [Framework, number])[] = [
    [Framework.MUNICIPAL_PROJECT, 5],
    [Framework.PREFECTURE_DISPATCH, 4],
    [Framework.RMO_CONTRACT, 3],
    [Framework.NATIONAL_SCHEME, 1],
    [Framework.PRO_BONO, kind === SupporterKind.INDIVIDUAL || kind === SupporterKind.OTHER || kind === SupporterKind.UNIVERSITY ? 3 : 0.7],
  ];
  const chosen = new Set(rng.weightedSample(weights, rng.int(1, 3)));
  return enumValues(Framework).filter((f) => chosen.has(f));
}

function pickSteps(rng: Random): Step[] {
  const chosen = new Set(rng.sample(enumValues(Step), rng.int(1, 4)));
  return enumValues(Step).filter((s) => chosen.has(s));
}

function feeNotes(rng: Random, kind: SupporterKind, frameworks: readonly Framework[]): string | null {
  if (rng.chance(0.2)) return null;
  if (frameworks.every((f) => f === Framework.PRO_BONO)) return '謝金は不要です（交通費のみご負担ください）。';
  if (kind === SupporterKind.UNIVERSITY) return '教育・研究活動の一環として実施するため、謝金は原則不要です。交通費等の実費のみご負担ください。';
  // Only notes that agree with the frameworks the profile lists.
  const notes = [
    '初回相談は無料です。継続支援は内容に応じてお見積りします。',
    'ワークショップ1回あたり5万円〜（準備・記録作成を含む）。年間の伴走支援はご相談ください。',
  ];
  if (frameworks.includes(Framework.PREFECTURE_DISPATCH) || frameworks.includes(Framework.MUNICIPAL_PROJECT)) {
    notes.push('都道府県・市区町村のアドバイザー派遣制度の利用をおすすめします。独自契約の場合は半日3万円〜（交通費別）。');
  }
  if (frameworks.includes(Framework.RMO_CONTRACT)) {
    notes.push('地域運営組織からの委託の場合、年間契約（月1〜2回の訪問）を基本としています。');
  }
  return rng.pick(notes);
}

function intro(rng: Random, kind: SupporterKind, area: string, years: number): string {
  switch (kind) {
    case SupporterKind.NPO:
      return rng.pick([
        `${area}を拠点に、${years}年にわたって地域運営組織や自治会・町内会の活動を支えてきたNPO法人です。`,
        `住民主体のまちづくりを応援するNPO法人として、${years}年前から${area}で活動しています。`,
      ]);
    case SupporterKind.GENERAL_INCORPORATED_ASSOCIATION:
      return `地域と行政のあいだに立つ中間支援組織として${years}年前に設立され、${area}の地域運営組織を支援しています。`;
    case SupporterKind.CORPORATION:
      return `まちづくりコンサルタントとして${years}年の実績があり、${area}で計画づくりと住民参加のプロセスを支援しています。`;
    case SupporterKind.UNIVERSITY:
      return `大学の地域連携窓口として、教員と学生が${area}の地域に入り、調査・研究と実践を組み合わせて地域運営組織を支援しています（連携実績${years}年）。`;
    case SupporterKind.SUPPORT_CENTER:
      return `${area}の市民活動や地域運営組織の相談窓口として${years}年間運営してきた中間支援センターです。`;
    case SupporterKind.INDIVIDUAL:
      return rng.pick([
        `市役所の地域振興担当や地域運営組織の事務局長を経験したのち、${years}年前から個人で${area}の地域づくりに伴走しています。`,
        `地域おこし協力隊としての着任をきっかけに地域づくりに関わり、${years}年前から${area}でコーディネーターとして活動しています。`,
      ]);
    case SupporterKind.PUBLIC_BODY:
      return `${area}の地域振興を目的とする公的団体として、${years}年にわたり市町村と地域運営組織の取組を支えています。`;
    case SupporterKind.OTHER:
      return `地域づくりの実践者や研究者でつくる任意のグループで、${years}年前から${area}で勉強会や現地支援を行っています。`;
  }
}

function summaryText(rng: Random, area: string, types: readonly SupportType[], mainTheme: Theme): string {
  const labels = types.slice(0, 3).map((t) => SUPPORT_TYPE_LABELS[t].ja).join('、');
  const text = rng.pick([
    `${area}で、${labels}を中心に地域運営組織を支援します。${mainTheme.summary}`,
    `${labels}が専門です。${area}の地域運営組織・市区町村からのご相談をお受けします。${mainTheme.summary}`,
    `${mainTheme.summary}${area}を中心に、${labels}でお手伝いします。`,
  ]);
  // The summary is shown in result lists and limited to 300 characters.
  return text.length <= 300 ? text : `${text.slice(0, 299)}…`;
}

interface DescriptionFields {
  kind: SupporterKind;
  area: string;
  years: number;
  types: readonly SupportType[];
  steps: readonly Step[];
  frameworks: readonly Framework[];
  themes: readonly Theme[];
  remote: boolean;
}

function descriptionText(rng: Random, fields: DescriptionFields): string {
  const paragraphs: string[] = [intro(rng, fields.kind, fields.area, fields.years)];
  paragraphs.push(fields.types.slice(0, 4).map((t) => rng.pick(TYPE_SENTENCES[t])).join(''));
  paragraphs.push(
    `「柔軟な最適化」のステップでは、${fields.steps.map((s) => STEP_PHRASES[s]).join('、')}を得意としています。` +
      fields.themes.map((t) => t.description).join(''),
  );
  const closing = [`依頼は${fields.frameworks.map((f) => FRAMEWORK_LABELS[f].ja).join('、')}の枠組みでお受けしています。`];
  if (rng.chance(0.5)) closing.push('地域ごとの文脈を大切にし、1〜3年のスパンで伴走することを基本としています。');
  if (rng.chance(0.3)) closing.push('OJTとして、行政職員や事務局スタッフが支援に同行することも歓迎します。');
  if (fields.remote) closing.push('オンラインでの打合せや、サービスエリア外への出張にも対応します。');
  paragraphs.push(closing.join(''));
  paragraphs.push(fields.kind === SupporterKind.INDIVIDUAL ? FICTIONAL_NOTE_PERSON : FICTIONAL_NOTE_ORG);
  return paragraphs.join('\n\n');
}

/** Loads leave room in line with availability: accepting < capacity, not accepting = full. */
function loadFor(rng: Random, availability: Availability, capacity: number): number {
  switch (availability) {
    case Availability.ACCEPTING:
      return rng.int(0, capacity - 1);
    case Availability.LIMITED:
      return rng.int(Math.ceil(capacity / 2), capacity);
    case Availability.NOT_ACCEPTING:
      return rng.int(Math.max(0, capacity - 1), capacity);
  }
}

// Drawn from a shuffled bag of 20 rather than independently, so even 300 profiles show the
// intended 55% / 30% / 15% split instead of whatever the dice give.
const AVAILABILITY_BAG: readonly Availability[] = [
  ...Array<Availability>(11).fill(Availability.ACCEPTING),
  ...Array<Availability>(6).fill(Availability.LIMITED),
  ...Array<Availability>(3).fill(Availability.NOT_ACCEPTING),
];

class Bag<T> {
  private left: T[] = [];

  constructor(
    private readonly rng: Random,
    private readonly contents: readonly T[],
  ) {}

  next(): T {
    if (this.left.length === 0) this.left = this.rng.shuffle(this.contents);
    const item = this.left.pop();
    if (item === undefined) throw new Error('empty bag');
    return item;
  }
}

function phone(rng: Random): string {
  // A local number starting with 0 is never assigned in Japan, so these can reach nobody.
  const digits = (n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  return `0${rng.int(1, 9)}-0${digits(3)}-${digits(4)}`;
}

// ---------------------------------------------------------------------------------------------
// Track records: drawn from their own random stream, so adding them left every other field of
// every profile (and hence the e2e expectations and the benchmark dataset) exactly as it was.

/** What a supporter did in an engagement, by support type; short enough for a one-line summary. */
const WORK_PHRASES: Readonly<Record<SupportType, string>> = {
  ISSUE_VISUALIZATION: '住民アンケートの設計・集計と地域カルテづくり',
  DIALOGUE_FACILITATION: '意見交換会・ワークショップの企画と進行',
  VISION_DRAFTING: 'まちづくりビジョンの策定への伴走',
  PROJECT_SUPPORT: '地域イベントの企画・運営の見直し',
  HUMAN_RESOURCE_DEVELOPMENT: '次の担い手を育てる研修の講師',
  RMO_ESTABLISHMENT: '地域運営組織の設立準備会の運営支援',
  SECRETARIAT_STAFF_TRAINING: '事務局スタッフ向けの実務研修',
  PARTNER_MATCHING: '企業・大学とのマッチング',
  RESTRUCTURING: '部会・役員体制の見直しへの伴走',
  CONSULTATION: '地域づくりの相談対応と事例の情報提供',
};

const RECORD_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 35],
  [1, 30],
  [2, 20],
  [3, 15],
];

/** Records go back at most this many years (2015–2026 seen from 2026). */
const RECORD_YEARS_BACK = 11;

/** The calendar year in Japan at `now`. */
function japanYear(now: Date): number {
  return new Date(now.getTime() + 9 * 3_600_000).getUTCFullYear();
}

function recordSummary(
  rng: Random,
  geo: Geography,
  kind: TrackRecordKind,
  prefectureCode: string,
  municipalityCode: string | null,
  types: readonly SupportType[],
): string {
  const prefName = geo.byPrefecture.get(prefectureCode)?.name ?? '';
  const m = municipalityCode ? geo.byMunicipality.get(municipalityCode) : undefined;
  const work = WORK_PHRASES[types.length > 0 ? rng.pick(types) : SupportType.CONSULTATION];
  if (kind === TrackRecordKind.ENGAGEMENT) {
    return m
      ? rng.pick([`${municipalityLabel(geo, m)}内の地域運営組織で${work}を担当`, `${municipalityLabel(geo, m)}の委託で${work}を実施`])
      : `${prefName}の事業として、県内の地域運営組織向けに${work}を実施`;
  }
  return m
    ? `${prefName}の仲介で${municipalityLabel(geo, m)}の地域づくり担当課に紹介され、${work}について協議`
    : `${prefName}の地域づくり担当課の紹介で、県内の地域運営組織と面談`;
}

/**
 * 0–3 records inside the service area (a municipality it serves, or anywhere in a prefecture it
 * serves, sometimes prefecture-wide), three in four of them engagements, none older than the
 * supporter. Directed profiles get exactly their fixed records.
 */
function trackRecordsFor(
  rng: Random,
  geo: Geography,
  supporter: Pick<DemoSupporter, 'areas' | 'supportTypes' | 'yearsActive'>,
  nowYear: number,
  fixed: Directive['records'] | undefined,
): DemoTrackRecord[] {
  const firstYear = Math.max(nowYear - RECORD_YEARS_BACK, nowYear - (supporter.yearsActive ?? RECORD_YEARS_BACK) + 1);
  const record = (kind: TrackRecordKind, prefectureCode: string, municipalityCode: string | null): DemoTrackRecord => ({
    kind,
    prefectureCode,
    municipalityCode,
    year: rng.int(firstYear, nowYear),
    summary: recordSummary(rng, geo, kind, prefectureCode, municipalityCode, supporter.supportTypes),
  });
  if (fixed) {
    return fixed.map(({ kind, municipalityCode }) => {
      const prefectureCode = municipalityCode ? (geo.byMunicipality.get(municipalityCode)?.prefectureCode ?? NIIGATA) : supporter.areas[0].prefectureCode;
      return record(kind, prefectureCode, municipalityCode);
    });
  }
  const count = rng.weighted(RECORD_COUNT_WEIGHTS);
  return Array.from({ length: count }, () => {
    const area = rng.pick(supporter.areas);
    const kind = rng.chance(0.75) ? TrackRecordKind.ENGAGEMENT : TrackRecordKind.INTRODUCTION;
    const municipalityCode =
      area.municipalityCode ?? (rng.chance(0.75) ? (pickMunicipalities(rng, geo, area.prefectureCode, 1, [])[0] ?? null) : null);
    return record(kind, area.prefectureCode, municipalityCode);
  });
}

// ---------------------------------------------------------------------------------------------

/** Positions of the fixed (directed and case-study) profiles: spread after the coverage block. */
function fixedPositions(count: number, slots: number, reserved: number): number[] {
  const free = count - reserved;
  if (free < slots) return [];
  return Array.from({ length: slots }, (_, i) => reserved + Math.floor(((i + 0.5) * free) / slots));
}

/**
 * Generates `count` demo supporters one at a time (memory stays flat for large counts).
 * The first 47 profiles each start in a different prefecture and the first 10 each include a
 * different support type, so any count ≥ 47 covers both; directed and case-study profiles sit at
 * fixed positions when count leaves room for them.
 */
export function* demoSupporters({ count, seed, now, reference }: DemoDataOptions): Generator<DemoSupporter> {
  const rng = new Random(seed);
  // A second stream for track records (see trackRecordsFor): the first one's draws stay as they were.
  const recordRng = new Random(seed ^ 0x5eed7ac4);
  const geo = geography(reference);
  const nowMs = now.getTime();
  const nowYear = japanYear(now);
  const prefectureOrder = rng.shuffle(geo.prefectures);
  const coverage = prefectureOrder.length;
  const types = enumValues(SupportType);

  const fixedSlots: (Directive | CaseStudy)[] = [...DIRECTIVES, ...CASE_STUDIES];
  const positions = fixedPositions(count, fixedSlots.length, coverage);
  const fixedAt = new Map(positions.map((position, i) => [position, fixedSlots[i]]));

  const availabilityBag = new Bag(rng, AVAILABILITY_BAG);
  // Names are kept unique while it is cheap; past that a repeated name is harmless.
  const usedNames = new Set<string>();
  const nameLimit = 10_000;

  for (let index = 0; index < count; index++) {
    const fixed = fixedAt.get(index);
    if (fixed && 'surveyedWith' in fixed) {
      yield caseStudySupporter(fixed, now);
      continue;
    }
    const directive = fixed;

    const kind = rng.weighted(KIND_WEIGHTS);
    let name = '';
    let kana = '';
    for (let attempt = 0; attempt < 12; attempt++) {
      if (kind === SupporterKind.INDIVIDUAL) {
        const title = rng.pick(PERSON_TITLES);
        const surname = rng.pick(SURNAMES);
        const given = rng.pick(GIVEN_NAMES);
        name = `${title.text} ${surname.text} ${given.text}`;
        kana = `${title.kana} ${surname.kana} ${given.kana}`;
      } else {
        const place = rng.pick(PLACES);
        const pattern = rng.pick(ORG_PATTERNS[kind]);
        name = `${pattern.prefix}${place.text}${pattern.suffix.text}`;
        kana = `${place.kana}${pattern.suffix.kana}`;
      }
      if (!usedNames.has(name) || usedNames.size >= nameLimit) break;
    }
    if (usedNames.size < nameLimit) usedNames.add(name);

    const areas = directive
      ? directedAreas(rng, geo, directive.area)
      : planAreas(rng, geo, index < coverage ? prefectureOrder[index] : rng.weighted(geo.prefectureWeights));
    const forcedTypes = directive ? directive.types : index < types.length ? [types[index]] : [];
    const supportTypes = pickSupportTypes(rng, forcedTypes);

    const themes = directive
      ? directive.themes.map(theme)
      : rng.weightedSample(THEMES, rng.chance(0.4) ? 2 : 1);
    const remoteAvailable = directive ? false : rng.chance(0.25);
    const frameworks = pickFrameworks(rng, kind);
    const steps = pickSteps(rng);
    const yearsActive = kind === SupporterKind.UNIVERSITY ? rng.int(3, 30) : rng.int(1, 30);

    // Directed profiles accept requests so e2e searches that filter on availability still find them.
    const availability = directive ? Availability.ACCEPTING : availabilityBag.next();
    const capacity = availability === Availability.ACCEPTING ? rng.int(2, 10) : rng.int(1, 10);
    const currentLoad = loadFor(rng, availability, capacity);
    // Skewed towards recent confirmations, never older than 200 days.
    const ageMinutes = Math.floor(rng.next() ** 1.6 * 200 * 24 * 60);
    const availabilityConfirmedAt = new Date(nowMs - ageMinutes * 60_000);

    const area = areaLabel(geo, areas);
    const serial = String(index + 1).padStart(6, '0');
    const trackRecords = trackRecordsFor(recordRng, geo, { areas, supportTypes, yearsActive }, nowYear, directive?.records);
    const individual = kind === SupporterKind.INDIVIDUAL;

    yield {
      name,
      kana,
      kind,
      summary: summaryText(rng, area, supportTypes, themes[0]),
      description: descriptionText(rng, {
        kind,
        area,
        years: yearsActive,
        types: supportTypes,
        steps,
        frameworks,
        themes,
        remote: remoteAvailable,
      }),
      supportTypes,
      remoteAvailable,
      frameworks,
      feeNotes: feeNotes(rng, kind, frameworks),
      capacity,
      currentLoad,
      availability,
      availabilityConfirmedAt,
      steps,
      yearsActive,
      website: individual && rng.chance(0.5) ? null : `https://example.jp/demo/${serial}`,
      contactEmail: `${individual ? 'coordinator' : 'info'}${serial}@example.jp`,
      contactPhone: rng.chance(0.85) ? phone(rng) : null,
      verificationStatus: directive
        ? VerificationStatus.VERIFIED
        : rng.weighted([
            [VerificationStatus.VERIFIED, 55],
            [VerificationStatus.UNVERIFIED, 40],
            [VerificationStatus.REJECTED, 5],
          ] as const),
      areas,
      trackRecords,
    };
  }
}

/** The whole list at once; for small counts such as the 300-profile demo database. */
export function generateDemoSupporters(options: DemoDataOptions): DemoSupporter[] {
  return [...demoSupporters(options)];
}
