import { useTranslation } from 'react-i18next';
import { LIMITS, SUPPORTER_KIND_LABELS, SupporterKind, enumValues, labelOf } from '@tsunagu/shared';
import type { FieldErrors } from '../../../components/form-errors';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { useLocale } from '../../../i18n';

/** What a search result shows of a profile; `''` is "not chosen yet" (registration only). */
export interface ProfileBasics<Kind extends SupporterKind | ''> {
  name: string;
  kana: string;
  kind: Kind;
  summary: string;
}

interface ProfileBasicsFieldsProps<Kind extends SupporterKind | ''> {
  /** Control ids are `${idPrefix}-name` etc., which error summaries link to. */
  idPrefix: string;
  values: ProfileBasics<Kind>;
  errors: FieldErrors;
  onChange: (patch: Partial<ProfileBasics<Kind>>) => void;
}

/** Name, reading, kind and short introduction: asked at registration and in the profile editor. */
export function ProfileBasicsFields<Kind extends SupporterKind | ''>({ idPrefix, values, errors, onChange }: ProfileBasicsFieldsProps<Kind>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('editor.name')}
        required
        maxChars={LIMITS.nameMaxLength}
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      <TextField
        id={`${idPrefix}-kana`}
        label={t('editor.kana')}
        hint={t('editor.kanaHint')}
        required
        maxChars={LIMITS.kanaMaxLength}
        value={values.kana}
        error={errors.kana}
        onChange={(event) => onChange({ kana: event.target.value })}
      />
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('editor.kind')}
        required
        value={values.kind}
        error={errors.kind}
        // The options are exactly the kinds (plus '' while none is chosen).
        onChange={(event) => onChange({ kind: event.target.value as Kind } as Partial<ProfileBasics<Kind>>)}
      >
        {values.kind === '' && <option value="">{t('form.choose')}</option>}
        {enumValues(SupporterKind).map((kind) => (
          <option key={kind} value={kind}>
            {labelOf(SUPPORTER_KIND_LABELS, kind, locale)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${idPrefix}-summary`}
        label={t('editor.summary')}
        hint={t('editor.summaryHint', { max: LIMITS.summaryMaxLength })}
        required
        rows={3}
        maxChars={LIMITS.summaryMaxLength}
        value={values.summary}
        error={errors.summary}
        onChange={(event) => onChange({ summary: event.target.value })}
      />
    </>
  );
}
