import type { DataSource } from 'typeorm';
import { InputReason, MUNICIPALITY_CODE_PATTERN, PREFECTURE_CODE_PATTERN, type LocalityPlace, type ServicePlace } from '@tsunagu/shared';
import { invalidInput } from '../../common/domain-errors';
import { Municipality } from './municipality.entity';
import { Prefecture } from './prefecture.entity';

interface ReferenceSnapshot {
  prefectures: Prefecture[];
  prefectureByCode: Map<string, Prefecture>;
  municipalitiesByPrefecture: Map<string, Municipality[]>;
  municipalityByCode: Map<string, Municipality>;
  wardsByCity: Map<string, Municipality[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Prefectures and municipalities change only with a migration, so one read per process
 * serves every request without further SQL.
 */
export class ReferenceService {
  private snapshot?: Promise<ReferenceSnapshot>;
  /** The same snapshot once it has loaded, for answers that need not wait for a promise. */
  private loaded?: ReferenceSnapshot;

  constructor(private readonly dataSource: DataSource) {}

  private load(): Promise<ReferenceSnapshot> {
    this.snapshot ??= (async () => {
      const [prefectures, municipalities] = await Promise.all([
        this.dataSource.getRepository(Prefecture).find({ order: { code: 'ASC' } }),
        this.dataSource.getRepository(Municipality).find({ order: { code: 'ASC' } }),
      ]);
      const municipalitiesByPrefecture = new Map<string, Municipality[]>();
      const wardsByCity = new Map<string, Municipality[]>();
      for (const m of municipalities) {
        pushTo(municipalitiesByPrefecture, m.prefectureCode, m);
        if (m.parentCode) pushTo(wardsByCity, m.parentCode, m);
      }
      return {
        prefectures,
        prefectureByCode: new Map(prefectures.map((p) => [p.code, p])),
        municipalitiesByPrefecture,
        municipalityByCode: new Map(municipalities.map((m) => [m.code, m])),
        wardsByCity,
      };
    })();
    // A failed load (database down) must not stay cached.
    this.snapshot.then(
      (snapshot) => (this.loaded = snapshot),
      () => (this.snapshot = undefined),
    );
    return this.snapshot;
  }

  /** Code → prefecture and code → municipality maps, for resolving many codes without awaiting each. */
  async lookup(): Promise<Pick<ReferenceSnapshot, 'prefectureByCode' | 'municipalityByCode'>> {
    return this.load();
  }

  /** Loads the reference data now (at start-up) instead of on the first request. */
  async warmUp(): Promise<void> {
    await this.load();
  }

  /** All 47 prefectures in code order. */
  async prefectures(): Promise<Prefecture[]> {
    return (await this.load()).prefectures;
  }

  async prefectureByCode(code: string): Promise<Prefecture | undefined> {
    return (await this.load()).prefectureByCode.get(code);
  }

  async municipalityByCode(code: string): Promise<Municipality | undefined> {
    return (await this.load()).municipalityByCode.get(code);
  }

  /** Municipalities of a prefecture in code order (designated cities followed by their wards). */
  async municipalitiesOf(prefectureCode: string): Promise<Municipality[]> {
    return (await this.load()).municipalitiesByPrefecture.get(prefectureCode) ?? [];
  }

  /** The wards of a designated city (empty for any other municipality). */
  async wardsOf(cityCode: string): Promise<Municipality[]> {
    return (await this.load()).wardsByCity.get(cityCode) ?? [];
  }

  /**
   * The municipality's code with those counted as the same place: a ward's city, or a designated
   * city's wards (whoever serves a city serves its wards, and the other way round).
   */
  async sameMunicipalityCodes(municipality: Pick<Municipality, 'code' | 'parentCode'>): Promise<string[]> {
    const wards = await this.wardsOf(municipality.code);
    return [municipality.code, ...(municipality.parentCode ? [municipality.parentCode] : []), ...wards.map((w) => w.code)];
  }

  /**
   * The place the locality rule (shared/src/locality.ts) reads: a municipality with the codes tied
   * to it, or a whole prefecture, with the prefecture's neighbours.
   */
  async localityPlace(municipality: Pick<Municipality, 'code' | 'parentCode' | 'prefectureCode'> | null, prefectureCode: string): Promise<LocalityPlace> {
    const prefecture = await this.prefectureByCode(prefectureCode);
    return {
      prefectureCode,
      municipalityCodes: municipality ? new Set(await this.sameMunicipalityCodes(municipality)) : null,
      neighbourCodes: prefecture?.neighbourCodes ?? [],
    };
  }

  /** Service-area rows as prefectures served whole and municipalities served by name, in the given order. */
  async placesOf(places: readonly ServicePlace[]): Promise<ServicePlaces> {
    return placesIn(this.loaded ?? (await this.load()), places);
  }

  /**
   * As placesOf, without a promise once the reference data has loaded (warmUp does at start-up), else
   * null: a page of search results resolves its twenty service areas without twenty microtasks.
   */
  placesOfLoaded(places: readonly ServicePlace[]): ServicePlaces | null {
    return this.loaded ? placesIn(this.loaded, places) : null;
  }

  /** The prefecture and municipality of a stored record (its codes were checked when it was written). */
  async placeOf(prefectureCode: string, municipalityCode: string): Promise<{ prefecture: Prefecture; municipality: Municipality }> {
    const { prefectureByCode, municipalityByCode } = await this.load();
    const prefecture = prefectureByCode.get(prefectureCode);
    const municipality = municipalityByCode.get(municipalityCode);
    if (!prefecture || !municipality) throw new Error(`Unknown place ${prefectureCode}/${municipalityCode}`);
    return { prefecture, municipality };
  }

  /** Validates a prefecture code argument; BAD_USER_INPUT naming `field` if unknown. */
  async requirePrefecture(code: string, field: string): Promise<Prefecture> {
    if (!PREFECTURE_CODE_PATTERN.test(code)) throw invalidInput(field, InputReason.NOT_PREFECTURE_CODE);
    const prefecture = await this.prefectureByCode(code);
    if (!prefecture) throw invalidInput(field, InputReason.UNKNOWN_PREFECTURE, { code });
    return prefecture;
  }

  /** Validates a municipality code argument; BAD_USER_INPUT naming `field` if unknown. */
  async requireMunicipality(code: string, field: string): Promise<Municipality> {
    if (!MUNICIPALITY_CODE_PATTERN.test(code)) throw invalidInput(field, InputReason.NOT_MUNICIPALITY_CODE);
    const municipality = await this.municipalityByCode(code);
    if (!municipality) throw invalidInput(field, InputReason.UNKNOWN_MUNICIPALITY, { code });
    return municipality;
  }
}

type ServicePlaces = { prefectures: Prefecture[]; municipalities: Municipality[] };

function placesIn({ prefectureByCode, municipalityByCode }: ReferenceSnapshot, places: readonly ServicePlace[]): ServicePlaces {
  const prefectures: Prefecture[] = [];
  const municipalities: Municipality[] = [];
  for (const place of places) {
    if (place.municipalityCode === null) {
      const prefecture = prefectureByCode.get(place.prefectureCode);
      if (prefecture) prefectures.push(prefecture);
    } else {
      const municipality = municipalityByCode.get(place.municipalityCode);
      if (municipality) municipalities.push(municipality);
    }
  }
  return { prefectures, municipalities };
}
