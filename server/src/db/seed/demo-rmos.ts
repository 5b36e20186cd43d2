import type { EntityManager } from 'typeorm';
import { OptimizationState, RmoLegalForm, SupportType, enumValues } from '@tsunagu/shared';
import type { ReferenceData } from '../reference/reference-data';
import { Rmo } from '../../modules/rmo/rmo.entity';
import { WANTED_SHARES } from './seed-demand';

const DISTRICTS = ['東', '西', '南', '北', '中央'];
/** 新潟県 keeps its own demo RMOs (村上市's, demo-requests.ts). */
const SKIPPED_PREFECTURES = new Set(['15']);

/** A fixed number in [0, 1) per text (FNV-1a), so the demo is the same on every start. */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3's finalizer: FNV alone leaves similar short texts too close together.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export type DemoRmoWish = Pick<Rmo, 'prefectureCode' | 'municipalityCode' | 'name' | 'wantedSupportTypes'>;

/**
 * Invented RMO records (「（架空）」) across Japan with the support they want, at the survey's shares:
 * in most prefectures one or two municipalities with two to five RMOs each, so that the national
 * sufficiency map shows every class; a few prefectures have none and stay UNKNOWN.
 */
export function demoRmoWishes(reference: Pick<ReferenceData, 'prefectures' | 'municipalities'>): DemoRmoWish[] {
  const types = enumValues(SupportType);
  const wishes: DemoRmoWish[] = [];
  for (const prefecture of reference.prefectures) {
    if (SKIPPED_PREFECTURES.has(prefecture.code) || unit(`pref:${prefecture.code}`) < 0.25) continue;
    const municipalities = reference.municipalities.filter((m) => m.prefectureCode === prefecture.code && m.parentCode === null);
    const places = 1 + Math.floor(unit(`places:${prefecture.code}`) * 2);
    for (let p = 0; p < Math.min(places, municipalities.length); p++) {
      const municipality = municipalities[Math.floor(unit(`muni:${prefecture.code}:${p}`) * municipalities.length)];
      const count = 2 + Math.floor(unit(`count:${municipality.code}`) * 4);
      for (let k = 0; k < count; k++) {
        const name = `（架空）${municipality.name}${DISTRICTS[k]}地区協議会`;
        if (wishes.some((w) => w.name === name)) continue;
        const wanted = types.filter((t) => unit(`${municipality.code}:${k}:${t}`) < WANTED_SHARES[t]);
        wishes.push({ prefectureCode: prefecture.code, municipalityCode: municipality.code, name, wantedSupportTypes: wanted.length ? wanted : [SupportType.CONSULTATION] });
      }
    }
  }
  return wishes;
}

/** Writes the demo wishes as RMO records (the survey's most common legal form; nothing else invented). */
export async function insertDemoRmoWishes(manager: EntityManager, wishes: readonly DemoRmoWish[]): Promise<number> {
  const rmos = manager.getRepository(Rmo);
  await rmos.insert(
    wishes.map((w) => ({
      ...w,
      areaUnit: null,
      legalForm: RmoLegalForm.VOLUNTARY_ASSOCIATION,
      foundedYear: null,
      activities: [],
      activitiesNote: null,
      challenges: [],
      challengesNote: null,
      optimizationState: OptimizationState.NEITHER,
      organizationId: null,
    })),
  );
  return wishes.length;
}
