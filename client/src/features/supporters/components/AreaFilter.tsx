import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../../reference/hooks/use-municipalities';
import { usePrefectures } from '../../reference/hooks/use-prefectures';
import { PrefectureOptions } from '../../reference/components/PrefectureOptions';

// Wards are indented with full-width spaces: <option> ignores CSS padding in most browsers.
const WARD_INDENT = '\u3000';

interface AreaFilterProps {
  prefectureCode: string | null;
  municipalityCode: string | null;
  includeRemote: boolean;
  onPrefectureChange: (prefectureCode: string | null) => void;
  onMunicipalityChange: (municipalityCode: string | null) => void;
  onIncludeRemoteChange: (includeRemote: boolean) => void;
}

export function AreaFilter(props: AreaFilterProps) {
  const { prefectureCode, municipalityCode, includeRemote } = props;
  const { t } = useTranslation();
  const prefectures = usePrefectures();
  const municipalities = useMunicipalities(prefectureCode);

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('search.areaLegend')}</legend>
      <div className="field">
        <label htmlFor="prefecture" className="field-label">
          {t('search.prefecture')}
        </label>
        <select
          id="prefecture"
          name="pref"
          className="select"
          value={prefectureCode ?? ''}
          onChange={(event) => props.onPrefectureChange(event.target.value || null)}
        >
          <option value="">{t('search.allPrefectures')}</option>
          <PrefectureOptions byRegion={prefectures.byRegion} />
          {/* Keep a code from a shared URL selectable until the list has loaded. */}
          {prefectureCode && !prefectures.byCode.has(prefectureCode) && <option value={prefectureCode}>{prefectureCode}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor="municipality" className="field-label">
          {t('search.municipality')}
        </label>
        <select
          id="municipality"
          name="muni"
          className="select"
          value={municipalityCode ?? ''}
          disabled={!prefectureCode}
          aria-busy={municipalities.isLoading}
          onChange={(event) => props.onMunicipalityChange(event.target.value || null)}
        >
          <option value="">
            {!prefectureCode
              ? t('search.choosePrefectureFirst')
              : municipalities.isLoading
                ? t('search.municipalitiesLoading')
                : t('search.wholePrefecture')}
          </option>
          {municipalities.options.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {`${WARD_INDENT.repeat(municipality.depth)}${municipality.name}`}
            </option>
          ))}
          {municipalityCode && municipalities.isLoading && <option value={municipalityCode}>{municipalityCode}</option>}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="remote"
          checked={includeRemote}
          onChange={(event) => props.onIncludeRemoteChange(event.target.checked)}
        />
        <span>{t('search.includeRemote')}</span>
      </label>
    </fieldset>
  );
}
