import { REGION_LABELS, labelOf } from '@tsunagu/shared';
import { useLocale } from '../../../i18n';
import type { PrefectureOption } from '../hooks/use-prefectures';

interface PrefectureOptionsProps {
  byRegion: readonly { region: PrefectureOption['region']; prefectures: readonly PrefectureOption[] }[];
}

/** The 47 prefectures as <option>s grouped by region, for any prefecture <select>. */
export function PrefectureOptions({ byRegion }: PrefectureOptionsProps) {
  const locale = useLocale();
  return byRegion.map(({ region, prefectures }) => (
    <optgroup key={region} label={labelOf(REGION_LABELS, region, locale)}>
      {prefectures.map((prefecture) => (
        <option key={prefecture.code} value={prefecture.code}>
          {locale === 'ja' ? prefecture.name : prefecture.nameEn}
        </option>
      ))}
    </optgroup>
  ));
}
