import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_LABELS, labelOf } from '@tsunagu/shared';
import { FieldError } from '../../../components/form-fields';
import { useLocale } from '../../../i18n';
import { useMunicipalities } from '../../reference/hooks/use-municipalities';
import { usePrefectures } from '../../reference/hooks/use-prefectures';
import { PrefectureOptions } from '../../reference/components/PrefectureOptions';
import type { ChosenMunicipality } from '../profile-form';

// Wards are indented under their designated city, as in the search filter.
const WARD_INDENT = '\u3000';

interface ServiceAreaEditorProps {
  prefectureCodes: readonly string[];
  municipalities: readonly ChosenMunicipality[];
  remoteAvailable: boolean;
  /** Messages by server path: serviceArea, serviceArea.prefectureCodes, serviceArea.municipalityCodes. */
  errors: { area?: string; prefectures?: string; municipalities?: string };
  onPrefectureCodesChange: (codes: string[]) => void;
  onMunicipalitiesChange: (municipalities: ChosenMunicipality[]) => void;
  onRemoteAvailableChange: (remoteAvailable: boolean) => void;
}

/**
 * Where the supporter works: whole prefectures (checkboxes by region), individual municipalities
 * of one prefecture at a time (kept across prefectures), and remote work.
 */
export function ServiceAreaEditor(props: ServiceAreaEditorProps) {
  const { prefectureCodes, municipalities, remoteAvailable, errors } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const prefectures = usePrefectures();
  const [browsedPrefecture, setBrowsedPrefecture] = useState<string | null>(municipalities[0]?.prefectureCode ?? null);
  const browsed = useMunicipalities(browsedPrefecture);
  const prefectureName = (code: string) => prefectures.nameOf(code) ?? code;
  const chosenCodes = new Set(municipalities.map((municipality) => municipality.code));
  const browsedIsWhole = browsedPrefecture !== null && prefectureCodes.includes(browsedPrefecture);

  const togglePrefecture = (code: string, checked: boolean) => {
    const next = new Set(prefectureCodes);
    if (checked) next.add(code);
    else next.delete(code);
    props.onPrefectureCodesChange([...next].sort());
  };

  const toggleMunicipality = (municipality: ChosenMunicipality, checked: boolean) => {
    const others = municipalities.filter((chosen) => chosen.code !== municipality.code);
    props.onMunicipalitiesChange(
      checked ? [...others, municipality].sort((a, b) => a.code.localeCompare(b.code)) : others,
    );
  };

  return (
    <fieldset className="form-section" aria-describedby={errors.area ? 'profile-serviceArea-error' : undefined}>
      <legend className="form-section__legend">{t('editor.serviceAreaLegend')}</legend>
      <p className="field-hint">{t('editor.serviceAreaHint')}</p>
      <FieldError id="profile-serviceArea-error" message={errors.area} />

      <fieldset className="form-group" aria-describedby={errors.prefectures ? 'profile-prefectures-error' : undefined}>
        <legend className="field-label">{t('editor.wholePrefecturesLegend')}</legend>
        <FieldError id="profile-prefectures-error" message={errors.prefectures} />
        <div className="region-grid">
          {prefectures.byRegion.map(({ region, prefectures: inRegion }, regionIndex) => (
            <fieldset key={region} className="region-group">
              <legend className="region-group__legend">{labelOf(REGION_LABELS, region, locale)}</legend>
              <ul className="checkbox-list">
                {inRegion.map((prefecture, index) => (
                  <li key={prefecture.code}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        // The first box carries the id an error summary links to.
                        id={regionIndex === 0 && index === 0 ? 'profile-serviceArea' : `profile-prefecture-${prefecture.code}`}
                        name="prefectureCodes"
                        value={prefecture.code}
                        checked={prefectureCodes.includes(prefecture.code)}
                        onChange={(event) => togglePrefecture(prefecture.code, event.target.checked)}
                      />
                      <span>{locale === 'ja' ? prefecture.name : prefecture.nameEn}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>

      <fieldset className="form-group" aria-describedby={errors.municipalities ? 'profile-municipalities-error' : undefined}>
        <legend className="field-label">{t('editor.municipalitiesLegend')}</legend>
        <p className="field-hint">{t('editor.municipalitiesHint')}</p>
        <FieldError id="profile-municipalities-error" message={errors.municipalities} />
        <div className="field">
          <label htmlFor="profile-municipality-prefecture" className="field-label field-label--sub">
            {t('editor.municipalityPrefecture')}
          </label>
          <select
            id="profile-municipality-prefecture"
            className="select"
            value={browsedPrefecture ?? ''}
            onChange={(event) => setBrowsedPrefecture(event.target.value || null)}
          >
            <option value="">{t('form.choose')}</option>
            <PrefectureOptions byRegion={prefectures.byRegion} />
          </select>
        </div>
        {browsedPrefecture && browsedIsWhole && (
          <p className="notice">{t('editor.wholePrefectureChosen', { prefecture: prefectureName(browsedPrefecture) })}</p>
        )}
        {browsedPrefecture && !browsedIsWhole && (
          <div className="municipality-picker" aria-busy={browsed.isLoading}>
            {browsed.isLoading ? (
              <p className="status-message">{t('search.municipalitiesLoading')}</p>
            ) : (
              <ul className="checkbox-list checkbox-list--columns" aria-label={t('editor.municipalitiesOf', { prefecture: prefectureName(browsedPrefecture) })}>
                {browsed.options.map((municipality) => (
                  <li key={municipality.code}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        name="municipalityCodes"
                        value={municipality.code}
                        checked={chosenCodes.has(municipality.code)}
                        onChange={(event) =>
                          toggleMunicipality(
                            { code: municipality.code, name: municipality.name, prefectureCode: municipality.prefectureCode },
                            event.target.checked,
                          )
                        }
                      />
                      <span>{`${WARD_INDENT.repeat(municipality.depth)}${municipality.name}`}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {municipalities.length > 0 && (
          <div className="chosen-municipalities">
            <h3 id="chosen-municipalities-heading" className="field-label field-label--sub">
              {t('editor.chosenMunicipalities', { count: municipalities.length })}
            </h3>
            <ul className="chip-list" aria-labelledby="chosen-municipalities-heading">
              {municipalities.map((municipality) => {
                const place = `${prefectureName(municipality.prefectureCode)} ${municipality.name}`;
                const covered = prefectureCodes.includes(municipality.prefectureCode);
                return (
                  <li key={municipality.code} className={`chip${covered ? ' chip--covered' : ''}`}>
                    <span>
                      {place}
                      {covered && <span className="chip__note">{t('editor.coveredByPrefecture')}</span>}
                    </span>
                    <button
                      type="button"
                      className="chip__remove"
                      aria-label={t('editor.removeMunicipality', { place })}
                      onClick={() => toggleMunicipality(municipality, false)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </fieldset>

      <label className="checkbox checkbox--toggle">
        <input
          type="checkbox"
          id="profile-remoteAvailable"
          name="remoteAvailable"
          checked={remoteAvailable}
          onChange={(event) => props.onRemoteAvailableChange(event.target.checked)}
        />
        <span>{t('editor.remoteAvailable')}</span>
      </label>
    </fieldset>
  );
}
