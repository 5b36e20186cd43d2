import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MunicipalityKind } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FormFieldRef } from '../../../components/form-errors';
import { SelectField, TextField } from '../../../components/form-fields';
import { StatusMessage } from '../../../components/StatusMessage';
import { useEditorForm } from '../../../components/use-editor-form';
import { FormCheck } from '../../../components/form-check';
import type { InvitationKind } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { useMunicipalities } from '../../reference/hooks/use-municipalities';
import { usePrefectures } from '../../reference/hooks/use-prefectures';
import { PrefectureOptions } from '../../reference/components/PrefectureOptions';
import type { Viewer } from '../../auth/hooks/use-viewer';
import { CreateInvitationMutation } from '../graphql/organization.operations';
import { EmailField } from '../../auth/components/AccountFields';
import { formatDate } from '../../../i18n/format';

const KIND_SLUG = {
  PREFECTURE_STAFF: 'prefectureStaff',
  MUNICIPALITY_STAFF: 'municipalityStaff',
  RMO_STAFF: 'rmoStaff',
  ORGANIZATION_MEMBER: 'organizationMember',
} as const satisfies Record<InvitationKind, string>;

interface InvitationFormProps {
  kind: InvitationKind;
  viewer: Viewer;
}

/** One kind of invitation: where to send the link and, by kind, which prefecture, municipality or RMO. */
export function InvitationForm({ kind, viewer }: InvitationFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const slug = KIND_SLUG[kind];
  const idOf = (field: string) => `invite-${slug}-${field}`;
  const [sent, setSent] = useState('');
  const [invite] = useMutation(CreateInvitationMutation);
  const form = useEditorForm({
    initialValues: { email: '', prefectureCode: '', municipalityCode: '', organizationName: '' },
    check: (values, t) => {
      const check = new FormCheck(t).email('email', values.email, { required: true });
      if (kind === 'PREFECTURE_STAFF') check.chosen('prefectureCode', values.prefectureCode);
      if (kind === 'MUNICIPALITY_STAFF') check.chosen('municipalityCode', values.municipalityCode);
      if (kind === 'RMO_STAFF') check.text('organizationName', values.organizationName, LIMITS.organizationNameMaxLength, { required: true });
      return check.result();
    },
    toInput: (values) => ({
      kind,
      email: values.email.trim(),
      prefectureCode: kind === 'PREFECTURE_STAFF' ? values.prefectureCode : null,
      municipalityCode: kind === 'MUNICIPALITY_STAFF' || kind === 'RMO_STAFF' ? values.municipalityCode || null : null,
      organizationName: kind === 'RMO_STAFF' ? values.organizationName.trim() : null,
    }),
    onSubmit: async (input) => {
      const { data } = await invite({ variables: { input } });
      if (!data) return;
      const invitation = data.createInvitation;
      const expires = formatDate(invitation.expiresAt, locale);
      setSent(t('organization.inviteSent', { email: invitation.email, organization: invitation.organizationName, date: expires }));
      // Ready for the next person.
      return { email: '', organizationName: '' };
    },
  });
  const { values, feedback } = form;
  const prefectures = usePrefectures();
  // Prefecture staff pick a municipality of their prefecture; municipality staff optionally a ward of their city.
  const municipalities = useMunicipalities(
    kind === 'MUNICIPALITY_STAFF' || kind === 'RMO_STAFF' ? viewer.organization.prefectureCode ?? null : null,
  );
  const municipalityOptions =
    kind === 'MUNICIPALITY_STAFF'
      ? municipalities.options.filter((municipality) => municipality.kind !== MunicipalityKind.DESIGNATED_CITY_WARD)
      : municipalities.options.filter((municipality) => municipality.parentCode === viewer.organization.municipalityCode);

  const fields: FormFieldRef[] = [
    { path: 'prefectureCode', id: idOf('prefectureCode'), label: t('organization.invitePrefecture') },
    { path: 'municipalityCode', id: idOf('municipalityCode'), label: kind === 'RMO_STAFF' ? t('organization.inviteWard') : t('organization.inviteMunicipality') },
    { path: 'organizationName', id: idOf('organizationName'), label: t('organization.inviteRmoName') },
    { path: 'email', id: idOf('email'), label: t('auth.email') },
  ];
  const summary = feedback.summarize(fields);

  return (
    <section className="form-card" aria-labelledby={idOf('heading')}>
      <h2 id={idOf('heading')}>{t(`organization.invite.${slug}.title`)}</h2>
      <p>{t(`organization.invite.${slug}.lead`)}</p>
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form
        noValidate
        onSubmit={(event) => {
          setSent('');
          form.onSubmit(event);
        }}
      >
        {kind === 'PREFECTURE_STAFF' && (
          <SelectField
            id={idOf('prefectureCode')}
            label={t('organization.invitePrefecture')}
            required
            value={values.prefectureCode}
            error={feedback.fieldErrors.prefectureCode}
            onChange={(event) => form.set('prefectureCode')(event.target.value)}
          >
            <option value="">{t('form.choose')}</option>
            <PrefectureOptions byRegion={prefectures.byRegion} />
          </SelectField>
        )}
        {kind === 'MUNICIPALITY_STAFF' && (
          <SelectField
            id={idOf('municipalityCode')}
            label={t('organization.inviteMunicipality')}
            required
            value={values.municipalityCode}
            error={feedback.fieldErrors.municipalityCode}
            aria-busy={municipalities.isLoading}
            onChange={(event) => form.set('municipalityCode')(event.target.value)}
          >
            <option value="">{t('form.choose')}</option>
            {municipalityOptions.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'RMO_STAFF' && (
          <>
            <TextField
              id={idOf('organizationName')}
              label={t('organization.inviteRmoName')}
              required
              maxChars={LIMITS.organizationNameMaxLength}
              value={values.organizationName}
              error={feedback.fieldErrors.organizationName}
              onChange={(event) => form.set('organizationName')(event.target.value)}
            />
            {municipalityOptions.length > 0 && (
              <SelectField
                id={idOf('municipalityCode')}
                label={t('organization.inviteWard')}
                hint={t('organization.inviteWardHint')}
                value={values.municipalityCode}
                error={feedback.fieldErrors.municipalityCode}
                onChange={(event) => form.set('municipalityCode')(event.target.value)}
              >
                <option value="">{t('organization.wholeCity')}</option>
                {municipalityOptions.map((municipality) => (
                  <option key={municipality.code} value={municipality.code}>
                    {municipality.name}
                  </option>
                ))}
              </SelectField>
            )}
          </>
        )}
        <EmailField
          id={idOf('email')}
          hint={t('organization.inviteEmailHint')}
          autoComplete="off"
          required
          value={values.email}
          error={feedback.fieldErrors.email}
          onValueChange={form.set('email')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {t('organization.inviteSubmit')}
          </button>
        </div>
        <StatusMessage visuallyHidden={!sent}>{sent}</StatusMessage>
      </form>
    </section>
  );
}
