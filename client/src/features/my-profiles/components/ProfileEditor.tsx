import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_LABELS,
  Availability,
  FRAMEWORK_LABELS,
  Framework,
  LIMITS,
  PROFILE_LIMITS,
  STEP_LABELS,
  SUPPORT_TYPE_DESCRIPTIONS,
  SUPPORT_TYPE_LABELS,
  Step,
  SupportType,
  enumValues,
  labelOf,
} from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import type { FormFieldRef } from '../../../components/form-errors';
import { CheckboxGroup, RadioGroup, TextAreaField, TextField } from '../../../components/form-fields';
import { useEditorForm } from '../../../components/use-editor-form';
import { useLocale } from '../../../i18n';
import { checkProfile, toProfileInput, type ProfileFormValues } from '../profile-form';
import type { SupporterProfileInput } from '../../../gql/graphql';
import { ProfileBasicsFields } from './ProfileBasicsFields';
import { ServiceAreaEditor } from './ServiceAreaEditor';

interface ProfileEditorProps {
  initialValues: ProfileFormValues;
  submitLabel: string;
  submittingLabel: string;
  /** Saves the profile; a rejection (BAD_USER_INPUT) is shown next to the fields it names. */
  onSubmit: (input: SupporterProfileInput) => Promise<void>;
  onCancel: () => void;
}

/** The whole profile in one form, in the order a supporter thinks about it; saved with one button. */
export function ProfileEditor({ initialValues, submitLabel, submittingLabel, onSubmit, onCancel }: ProfileEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useEditorForm({ initialValues, check: checkProfile, toInput: toProfileInput, onSubmit });
  const { values, saving, feedback, set } = form;
  const errors = feedback.fieldErrors;

  // Server paths → the control an error summary link focuses, in the order they appear.
  const fields: FormFieldRef[] = [
    { path: 'name', id: 'profile-name', label: t('editor.name') },
    { path: 'kana', id: 'profile-kana', label: t('editor.kana') },
    { path: 'kind', id: 'profile-kind', label: t('editor.kind') },
    { path: 'summary', id: 'profile-summary', label: t('editor.summary') },
    { path: 'description', id: 'profile-description', label: t('editor.description') },
    { path: 'supportTypes', id: 'profile-supportTypes', label: t('editor.supportTypes') },
    { path: 'serviceArea', id: 'profile-serviceArea', label: t('editor.serviceAreaLegend') },
    { path: 'serviceArea.prefectureCodes', id: 'profile-serviceArea', label: t('editor.wholePrefecturesLegend') },
    { path: 'serviceArea.municipalityCodes', id: 'profile-municipality-prefecture', label: t('editor.municipalitiesLegend') },
    { path: 'remoteAvailable', id: 'profile-remoteAvailable', label: t('editor.remoteAvailable') },
    { path: 'availability', id: 'profile-availability', label: t('editor.availability') },
    { path: 'capacity', id: 'profile-capacity', label: t('editor.capacity') },
    { path: 'currentLoad', id: 'profile-currentLoad', label: t('editor.currentLoad') },
    { path: 'steps', id: 'profile-steps', label: t('editor.steps') },
    { path: 'frameworks', id: 'profile-frameworks', label: t('editor.frameworks') },
    { path: 'feeNotes', id: 'profile-feeNotes', label: t('editor.feeNotes') },
    { path: 'yearsActive', id: 'profile-yearsActive', label: t('editor.yearsActive') },
    { path: 'website', id: 'profile-website', label: t('editor.website') },
    { path: 'contactEmail', id: 'profile-contactEmail', label: t('editor.contactEmail') },
    { path: 'contactPhone', id: 'profile-contactPhone', label: t('editor.contactPhone') },
  ];
  const summary = feedback.summarize(fields);

  return (
    <>
      {/* While saving, the editor itself leaves the page. */}
      <UnsavedChangesGuard when={form.isDirty && !saving} />
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form className="profile-editor" noValidate onSubmit={form.onSubmit} aria-busy={saving}>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('editor.basicsLegend')}</legend>
          <ProfileBasicsFields idPrefix="profile" values={values} errors={errors} onChange={form.patch} />
          <TextAreaField
            id="profile-description"
            label={t('editor.description')}
            hint={t('editor.descriptionHint', { max: LIMITS.descriptionMaxLength })}
            rows={8}
            maxChars={LIMITS.descriptionMaxLength}
            value={values.description}
            error={errors.description}
            onChange={(event) => set('description')(event.target.value)}
          />
        </fieldset>

        <div className="form-section">
          <CheckboxGroup
            id="profile-supportTypes"
            name="supportTypes"
            legend={t('editor.supportTypes')}
            hint={t('editor.supportTypesHint')}
            required
            error={errors.supportTypes}
            options={enumValues(SupportType).map((supportType) => ({
              value: supportType,
              label: labelOf(SUPPORT_TYPE_LABELS, supportType, locale),
              description: labelOf(SUPPORT_TYPE_DESCRIPTIONS, supportType, locale),
            }))}
            selected={values.supportTypes}
            onChange={set('supportTypes')}
          />
        </div>

        <ServiceAreaEditor
          prefectureCodes={values.prefectureCodes}
          municipalities={values.municipalities}
          remoteAvailable={values.remoteAvailable}
          errors={{
            area: errors.serviceArea ?? errors.remoteAvailable,
            prefectures: errors['serviceArea.prefectureCodes'],
            municipalities: errors['serviceArea.municipalityCodes'],
          }}
          onPrefectureCodesChange={set('prefectureCodes')}
          onMunicipalitiesChange={set('municipalities')}
          onRemoteAvailableChange={set('remoteAvailable')}
        />

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('editor.availabilityLegend')}</legend>
          <RadioGroup
            id="profile-availability"
            name="availability"
            legend={t('editor.availability')}
            required
            compact
            error={errors.availability}
            options={enumValues(Availability).map((availability) => ({
              value: availability,
              label: labelOf(AVAILABILITY_LABELS, availability, locale),
            }))}
            value={values.availability}
            onChange={set('availability')}
          />
          <div className="field-row">
            <TextField
              id="profile-capacity"
              label={t('editor.capacity')}
              hint={t('editor.capacityHint', { max: PROFILE_LIMITS.capacityMax })}
              required
              inputMode="numeric"
              value={values.capacity}
              error={errors.capacity}
              onChange={(event) => set('capacity')(event.target.value)}
            />
            <TextField
              id="profile-currentLoad"
              label={t('editor.currentLoad')}
              hint={t('editor.currentLoadHint')}
              required
              inputMode="numeric"
              value={values.currentLoad}
              error={errors.currentLoad}
              onChange={(event) => set('currentLoad')(event.target.value)}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('editor.workLegend')}</legend>
          <CheckboxGroup
            id="profile-steps"
            name="steps"
            legend={t('editor.steps')}
            hint={t('editor.stepsHint')}
            error={errors.steps}
            options={enumValues(Step).map((step, index) => ({ value: step, label: `${index + 1}. ${labelOf(STEP_LABELS, step, locale)}` }))}
            selected={values.steps}
            onChange={set('steps')}
          />
          <CheckboxGroup
            id="profile-frameworks"
            name="frameworks"
            legend={t('editor.frameworks')}
            hint={t('editor.frameworksHint')}
            error={errors.frameworks}
            options={enumValues(Framework).map((framework) => ({ value: framework, label: labelOf(FRAMEWORK_LABELS, framework, locale) }))}
            selected={values.frameworks}
            onChange={set('frameworks')}
          />
          <TextAreaField
            id="profile-feeNotes"
            label={t('editor.feeNotes')}
            hint={t('editor.feeNotesHint')}
            rows={3}
            maxChars={LIMITS.feeNotesMaxLength}
            value={values.feeNotes}
            error={errors.feeNotes}
            onChange={(event) => set('feeNotes')(event.target.value)}
          />
          <TextField
            id="profile-yearsActive"
            label={t('editor.yearsActive')}
            hint={t('editor.yearsActiveHint')}
            inputMode="numeric"
            value={values.yearsActive}
            error={errors.yearsActive}
            onChange={(event) => set('yearsActive')(event.target.value)}
          />
          <TextField
            id="profile-website"
            label={t('editor.website')}
            hint={t('editor.websiteHint')}
            type="url"
            inputMode="url"
            autoComplete="url"
            maxChars={PROFILE_LIMITS.websiteMaxLength}
            value={values.website}
            error={errors.website}
            onChange={(event) => set('website')(event.target.value)}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('editor.contactLegend')}</legend>
          <p className="field-hint">{t('editor.contactHint')}</p>
          <TextField
            id="profile-contactEmail"
            label={t('editor.contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="email"
            maxChars={LIMITS.emailMaxLength}
            value={values.contactEmail}
            error={errors.contactEmail}
            onChange={(event) => set('contactEmail')(event.target.value)}
          />
          <TextField
            id="profile-contactPhone"
            label={t('editor.contactPhone')}
            hint={t('editor.contactPhoneHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={values.contactPhone}
            error={errors.contactPhone}
            onChange={(event) => set('contactPhone')(event.target.value)}
          />
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? submittingLabel : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
