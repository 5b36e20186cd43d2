import { useTranslation } from 'react-i18next';
import {
  OPTIMIZATION_STATE_LABELS,
  OptimizationState,
  REQUEST_LIMITS,
  RMO_ACTIVITY_LABELS,
  RMO_CHALLENGE_LABELS,
  RMO_LEGAL_FORM_LABELS,
  RmoActivity,
  RmoChallenge,
  RmoLegalForm,
  SUPPORT_TYPE_LABELS,
  SupportType,
  enumValues,
  labelOf,
} from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FormFieldRef } from '../../../components/form-errors';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { useEditorForm } from '../../../components/use-editor-form';
import type { RmoInput } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { checkRmo, toRmoInput, type RmoFormValues } from '../rmo-form';

interface RmoEditorProps {
  initialValues: RmoFormValues;
  municipalityCode: string;
  submitLabel: string;
  /** Saves the record; a rejection (BAD_USER_INPUT) is shown next to the fields it names. */
  onSubmit: (input: RmoInput) => Promise<void>;
  onCancel: () => void;
}

/** An RMO record in one form: who it is, what it does, what it struggles with, how far it has reviewed itself. */
export function RmoEditor({ initialValues, municipalityCode, submitLabel, onSubmit, onCancel }: RmoEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useEditorForm({ initialValues, check: checkRmo, toInput: (values) => toRmoInput(values, municipalityCode), onSubmit });
  const { values, saving, feedback, set } = form;
  const errors = feedback.fieldErrors;

  const fields: FormFieldRef[] = [
    { path: 'name', id: 'rmo-name', label: t('rmoForm.name') },
    { path: 'areaUnit', id: 'rmo-areaUnit', label: t('rmoForm.areaUnit') },
    { path: 'legalForm', id: 'rmo-legalForm', label: t('rmoForm.legalForm') },
    { path: 'foundedYear', id: 'rmo-foundedYear', label: t('rmoForm.foundedYear') },
    { path: 'activities', id: 'rmo-activities', label: t('rmoForm.activities') },
    { path: 'activitiesNote', id: 'rmo-activitiesNote', label: t('rmoForm.activitiesNote') },
    { path: 'challenges', id: 'rmo-challenges', label: t('rmoForm.challenges') },
    { path: 'challengesNote', id: 'rmo-challengesNote', label: t('rmoForm.challengesNote') },
    { path: 'wantedSupportTypes', id: 'rmo-wantedSupportTypes', label: t('rmoForm.wantedSupportTypes') },
    { path: 'optimizationState', id: 'rmo-optimizationState', label: t('rmoForm.optimizationState') },
  ];
  const summary = feedback.summarize(fields);

  return (
    <>
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form noValidate onSubmit={form.onSubmit} aria-busy={saving}>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('rmoForm.basicsLegend')}</legend>
          <TextField
            id="rmo-name"
            label={t('rmoForm.name')}
            hint={t('rmoForm.nameHint')}
            required
            maxChars={REQUEST_LIMITS.rmoNameMaxLength}
            value={values.name}
            error={errors.name}
            onChange={(event) => set('name')(event.target.value)}
          />
          <TextField
            id="rmo-areaUnit"
            label={t('rmoForm.areaUnit')}
            hint={t('rmoForm.areaUnitHint')}
            maxChars={REQUEST_LIMITS.areaUnitMaxLength}
            value={values.areaUnit}
            error={errors.areaUnit}
            onChange={(event) => set('areaUnit')(event.target.value)}
          />
          <div className="field-row">
            <SelectField
              id="rmo-legalForm"
              label={t('rmoForm.legalForm')}
              required
              value={values.legalForm}
              error={errors.legalForm}
              onChange={(event) => set('legalForm')(event.target.value as RmoLegalForm)}
            >
              {enumValues(RmoLegalForm).map((form) => (
                <option key={form} value={form}>
                  {labelOf(RMO_LEGAL_FORM_LABELS, form, locale)}
                </option>
              ))}
            </SelectField>
            <TextField
              id="rmo-foundedYear"
              label={t('rmoForm.foundedYear')}
              hint={t('rmoForm.foundedYearHint')}
              inputMode="numeric"
              value={values.foundedYear}
              error={errors.foundedYear}
              onChange={(event) => set('foundedYear')(event.target.value)}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('rmoForm.activitiesLegend')}</legend>
          <CheckboxGroup
            id="rmo-activities"
            name="activities"
            legend={t('rmoForm.activities')}
            compact
            error={errors.activities}
            options={enumValues(RmoActivity).map((activity) => ({ value: activity, label: labelOf(RMO_ACTIVITY_LABELS, activity, locale) }))}
            selected={values.activities}
            onChange={set('activities')}
          />
          <TextAreaField
            id="rmo-activitiesNote"
            label={t('rmoForm.activitiesNote')}
            hint={t('rmoForm.noteHint', { max: REQUEST_LIMITS.rmoNoteMaxLength })}
            rows={3}
            maxChars={REQUEST_LIMITS.rmoNoteMaxLength}
            value={values.activitiesNote}
            error={errors.activitiesNote}
            onChange={(event) => set('activitiesNote')(event.target.value)}
          />
          <CheckboxGroup
            id="rmo-challenges"
            name="challenges"
            legend={t('rmoForm.challenges')}
            compact
            error={errors.challenges}
            options={enumValues(RmoChallenge).map((challenge) => ({ value: challenge, label: labelOf(RMO_CHALLENGE_LABELS, challenge, locale) }))}
            selected={values.challenges}
            onChange={set('challenges')}
          />
          <TextAreaField
            id="rmo-challengesNote"
            label={t('rmoForm.challengesNote')}
            hint={t('rmoForm.noteHint', { max: REQUEST_LIMITS.rmoNoteMaxLength })}
            rows={3}
            maxChars={REQUEST_LIMITS.rmoNoteMaxLength}
            value={values.challengesNote}
            error={errors.challengesNote}
            onChange={(event) => set('challengesNote')(event.target.value)}
          />
          <CheckboxGroup
            id="rmo-wantedSupportTypes"
            name="wantedSupportTypes"
            legend={t('rmoForm.wantedSupportTypes')}
            hint={t('rmoForm.wantedSupportTypesHint')}
            compact
            error={errors.wantedSupportTypes}
            options={enumValues(SupportType).map((type) => ({ value: type, label: labelOf(SUPPORT_TYPE_LABELS, type, locale) }))}
            selected={values.wantedSupportTypes}
            onChange={set('wantedSupportTypes')}
          />
        </fieldset>

        <div className="form-section">
          <RadioGroup
            id="rmo-optimizationState"
            name="optimizationState"
            legend={t('rmoForm.optimizationState')}
            hint={t('rmoForm.optimizationStateHint')}
            required
            error={errors.optimizationState}
            options={enumValues(OptimizationState).map((state) => ({ value: state, label: labelOf(OPTIMIZATION_STATE_LABELS, state, locale) }))}
            value={values.optimizationState}
            onChange={set('optimizationState')}
          />
        </div>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('editor.saving') : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
