import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LIMITS, type SupporterKind } from '@tsunagu/shared';
import type { RegisterIntermediaryInput } from '../../gql/graphql';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormFieldRef } from '../../components/form-errors';
import { TextField } from '../../components/form-fields';
import { useEditorForm } from '../../components/use-editor-form';
import { FormCheck } from '../../components/form-check';
import { RegisterIntermediaryMutation } from '../../features/auth/graphql/auth.operations';
import { useResetAfterSessionChange } from '../../features/auth/hooks/use-viewer';
import { ProfileBasicsFields } from '../../features/my-profiles/components/ProfileBasicsFields';
import type { MyProfilesLinkState } from '../my-profiles/MyProfilesPage';
import { EmailField, PasswordField } from '../../features/auth/components/AccountFields';

interface RegistrationValues {
  organizationName: string;
  email: string;
  displayName: string;
  password: string;
  name: string;
  kana: string;
  kind: SupporterKind | '';
  summary: string;
}

const EMPTY: RegistrationValues = {
  organizationName: '',
  email: '',
  displayName: '',
  password: '',
  name: '',
  kana: '',
  kind: '',
  summary: '',
};

/** The mutation input; `kind` is chosen once the form's check has passed. */
function toRegistrationInput(values: RegistrationValues): RegisterIntermediaryInput {
  return {
    organizationName: values.organizationName.trim(),
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    name: values.name.trim(),
    kana: values.kana.trim(),
    kind: values.kind as SupporterKind,
    summary: values.summary.trim(),
  };
}

/** `/register`: an intermediary creates its organization, its first account and a draft profile. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [register] = useMutation(RegisterIntermediaryMutation);
  const resetAfterSessionChange = useResetAfterSessionChange();
  const form = useEditorForm({
    initialValues: EMPTY,
    check: (values, t) =>
      new FormCheck(t)
        .text('organizationName', values.organizationName, LIMITS.organizationNameMaxLength, { required: true })
        .email('email', values.email, { required: true })
        .text('displayName', values.displayName, LIMITS.displayNameMaxLength, { required: true })
        .newPassword('password', values.password)
        .text('name', values.name, LIMITS.nameMaxLength, { required: true })
        .text('kana', values.kana, LIMITS.kanaMaxLength, { required: true, kana: true })
        .chosen('kind', values.kind)
        .text('summary', values.summary, LIMITS.summaryMaxLength, { required: true })
        .result(),
    toInput: toRegistrationInput,
    onSubmit: async (input) => {
      await register({ variables: { input } });
      await resetAfterSessionChange();
      const state: MyProfilesLinkState = { notice: 'registered' };
      await navigate('/my/profiles', { state });
    },
  });
  const { values, feedback } = form;
  const errors = feedback.fieldErrors;

  const fields: FormFieldRef[] = [
    { path: 'organizationName', id: 'register-organizationName', label: t('register.organizationName') },
    { path: 'email', id: 'register-email', label: t('auth.email') },
    { path: 'displayName', id: 'register-displayName', label: t('register.displayName') },
    { path: 'password', id: 'register-password', label: t('auth.password') },
    { path: 'name', id: 'register-name', label: t('editor.name') },
    { path: 'kana', id: 'register-kana', label: t('editor.kana') },
    { path: 'kind', id: 'register-kind', label: t('editor.kind') },
    { path: 'summary', id: 'register-summary', label: t('editor.summary') },
  ];
  const summary = feedback.summarize(fields);

  return (
    <div className="page page--form">
      <DocumentTitle page={t('register.title')} />
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.lead')}</p>
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form className="form-card" noValidate onSubmit={form.onSubmit}>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('register.organizationLegend')}</legend>
          <TextField
            id="register-organizationName"
            label={t('register.organizationName')}
            hint={t('register.organizationNameHint')}
            required
            autoComplete="organization"
            maxChars={LIMITS.organizationNameMaxLength}
            value={values.organizationName}
            error={errors.organizationName}
            onChange={(event) => form.set('organizationName')(event.target.value)}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('register.accountLegend')}</legend>
          <TextField
            id="register-displayName"
            label={t('register.displayName')}
            hint={t('register.displayNameHint')}
            required
            autoComplete="name"
            maxChars={LIMITS.displayNameMaxLength}
            value={values.displayName}
            error={errors.displayName}
            onChange={(event) => form.set('displayName')(event.target.value)}
          />
          <EmailField
            id="register-email"
            hint={t('register.emailHint')}
            required
            autoComplete="email"
            value={values.email}
            error={errors.email}
            onValueChange={form.set('email')}
          />
          <PasswordField
            id="register-password"
            required
            isNew
            value={values.password}
            error={errors.password}
            onValueChange={form.set('password')}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('register.profileLegend')}</legend>
          <p className="field-hint">{t('register.profileHint')}</p>
          <ProfileBasicsFields idPrefix="register" values={values} errors={errors} onChange={form.patch} />
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {form.saving ? t('register.submitting') : t('register.submit')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/login">{t('register.haveAccount')}</Link>
      </p>
    </div>
  );
}
