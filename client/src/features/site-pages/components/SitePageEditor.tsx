import { useTranslation } from 'react-i18next';
import { SITE_PAGE_LIMITS } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FormFieldRef } from '../../../components/form-errors';
import { TextAreaField, TextField } from '../../../components/form-fields';
import { useEditorForm } from '../../../components/use-editor-form';
import { requiredFieldErrors } from '../../../components/use-form-feedback';
import type { SitePageInput } from '../../../gql/graphql';

export interface SitePageFormValues {
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
}

interface SitePageEditorProps {
  initialValues: SitePageFormValues;
  onSubmit: (input: SitePageInput) => Promise<void>;
}

/** A page's text in both languages; Japanese is required, English optional. */
export function SitePageEditor({ initialValues, onSubmit }: SitePageEditorProps) {
  const { t } = useTranslation();
  const form = useEditorForm({
    initialValues,
    check: (values, translate) => requiredFieldErrors({ title: values.title, body: values.body }, ['title', 'body'], translate('reasons.input.REQUIRED')),
    toInput: (values): SitePageInput => ({ title: values.title, body: values.body, titleEn: values.titleEn || null, bodyEn: values.bodyEn || null }),
    onSubmit,
  });
  const { values, saving, feedback, set } = form;
  const errors = feedback.fieldErrors;
  const fields: FormFieldRef[] = [
    { path: 'title', id: 'page-title', label: t('sitePages.titleJa') },
    { path: 'body', id: 'page-body', label: t('sitePages.bodyJa') },
    { path: 'titleEn', id: 'page-titleEn', label: t('sitePages.titleEn') },
    { path: 'bodyEn', id: 'page-bodyEn', label: t('sitePages.bodyEn') },
  ];

  return (
    <>
      <ErrorSummary summaryRef={feedback.summaryRef} {...feedback.summarize(fields)} />
      <form noValidate onSubmit={form.onSubmit} aria-busy={saving}>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('sitePages.japaneseLegend')}</legend>
          <TextField
            id="page-title"
            label={t('sitePages.titleJa')}
            required
            maxChars={SITE_PAGE_LIMITS.titleMaxLength}
            value={values.title}
            error={errors.title}
            onChange={(event) => set('title')(event.target.value)}
          />
          <TextAreaField
            id="page-body"
            label={t('sitePages.bodyJa')}
            hint={t('sitePages.bodyHint')}
            required
            rows={16}
            maxChars={SITE_PAGE_LIMITS.bodyMaxLength}
            value={values.body}
            error={errors.body}
            onChange={(event) => set('body')(event.target.value)}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('sitePages.englishLegend')}</legend>
          <p className="field__hint">{t('sitePages.englishHint')}</p>
          <TextField
            id="page-titleEn"
            label={t('sitePages.titleEn')}
            maxChars={SITE_PAGE_LIMITS.titleMaxLength}
            value={values.titleEn}
            error={errors.titleEn}
            onChange={(event) => set('titleEn')(event.target.value)}
          />
          <TextAreaField
            id="page-bodyEn"
            label={t('sitePages.bodyEn')}
            rows={10}
            maxChars={SITE_PAGE_LIMITS.bodyMaxLength}
            value={values.bodyEn}
            error={errors.bodyEn}
            onChange={(event) => set('bodyEn')(event.target.value)}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('editor.saving') : t('editor.save')}
          </button>
        </div>
      </form>
    </>
  );
}
