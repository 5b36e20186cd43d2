/** Minimal types for jp-prefecture@0.2.1 (a UMD module without its own typings): only what the scripts use. */
declare module 'jp-prefecture' {
  interface JpRegion {
    id: number;
    name: string;
    kana: string;
    en: string;
    neighbor: number[];
  }

  interface JpPrefecture {
    id: number;
    region: number;
    name: string;
    short: string;
    kana: string;
    en: string;
    /** Includes prefectures across a strait ("it includes the sea adjacent to the neighbor"). */
    neighbor: number[];
  }

  interface JpPrefectureApi {
    VERSION: string;
    getAllRegion(): JpRegion[];
    getAllPref(): JpPrefecture[];
  }

  const jpPrefecture: JpPrefectureApi;
  export = jpPrefecture;
}
