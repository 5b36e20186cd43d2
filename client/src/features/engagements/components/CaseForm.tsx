import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { POPULATION_BAND_LABELS, PopulationBand, RMO_AREA_UNIT_LABELS, RmoAreaUnit, enumValues, labelOf } from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { useLocale } from '../../../i18n';

/** A case's text and its anonymity options, as CaseStudyInput takes them. */
export interface CaseValues {
  title: string;
  summary: string;
  process: string;
  outcomes: string;
  lessons: string;
  hideRmoName: boolean;
  hidePeople: boolean;
  populationBand: PopulationBand;
  rmoAreaUnit: RmoAreaUnit;
}

interface CaseFormProps {
  initial: CaseValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: CaseValues) => void;
}

/** The form a case is drafted and edited with (on the engagement's page and on the case's page). */
export function CaseForm({ initial, submitLabel, busy, error, onSubmit }: CaseFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState(initial);
  const text = (key: 'title' | 'summary' | 'process' | 'outcomes' | 'lessons') => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField id="case-title" label={t('engagements.case.title')} value={values.title} onChange={text('title')} required maxChars={100} />
      <TextAreaField id="case-summary" label={t('engagements.case.summary')} value={values.summary} onChange={text('summary')} rows={3} required maxChars={500} />
      <TextAreaField id="case-process" label={t('engagements.case.process')} value={values.process} onChange={text('process')} rows={4} maxChars={5000} />
      <TextAreaField id="case-outcomes" label={t('engagements.case.outcomes')} value={values.outcomes} onChange={text('outcomes')} rows={3} maxChars={5000} />
      <TextAreaField id="case-lessons" label={t('engagements.case.lessons')} value={values.lessons} onChange={text('lessons')} rows={3} maxChars={5000} />
      <fieldset className="fieldset">
        <legend>{t('engagements.case.anonymity')}</legend>
        <div className="checkbox-item">
          <input id="case-hide-rmo" type="checkbox" checked={values.hideRmoName} onChange={(e) => setValues({ ...values, hideRmoName: e.target.checked })} />
          <label htmlFor="case-hide-rmo">{t('engagements.case.hideRmoName')}</label>
        </div>
        <div className="checkbox-item">
          <input id="case-hide-people" type="checkbox" checked={values.hidePeople} onChange={(e) => setValues({ ...values, hidePeople: e.target.checked })} />
          <label htmlFor="case-hide-people">{t('engagements.case.hidePeople')}</label>
        </div>
      </fieldset>
      <SelectField
        id="case-population"
        label={t('engagements.case.populationBand')}
        value={values.populationBand}
        onChange={(e) => setValues({ ...values, populationBand: e.target.value as PopulationBand })}
      >
        {enumValues(PopulationBand).map((value) => (
          <option key={value} value={value}>
            {labelOf(POPULATION_BAND_LABELS, value, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField id="case-area-unit" label={t('engagements.case.areaUnit')} value={values.rmoAreaUnit} onChange={(e) => setValues({ ...values, rmoAreaUnit: e.target.value as RmoAreaUnit })}>
        {enumValues(RmoAreaUnit).map((value) => (
          <option key={value} value={value}>
            {labelOf(RMO_AREA_UNIT_LABELS, value, locale)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </form>
  );
}
