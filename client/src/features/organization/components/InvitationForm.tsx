import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MunicipalityKind } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FormFieldRef } from '../../../components/form-errors';
import { SelectField, TextField } from '../../../components/form-fields';
import { StatusMessage } from '../../../components/StatusMessage';
import { requiredFieldErrors, useFormFeedback } from '../../../components/use-form-feedback';
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
  const [email, setEmail] = useState('');
  const [prefectureCode, setPrefectureCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [sent, setSent] = useState('');
  const [invite, { loading }] = useMutation(CreateInvitationMutation);
  const feedback = useFormFeedback();
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

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    setSent('');
    const required = [
      'email',
      ...(kind === 'PREFECTURE_STAFF' ? ['prefectureCode'] : []),
      ...(kind === 'MUNICIPALITY_STAFF' ? ['municipalityCode'] : []),
      ...(kind === 'RMO_STAFF' ? ['organizationName'] : []),
    ];
    const missing = requiredFieldErrors({ email, prefectureCode, municipalityCode, organizationName }, required, t('reasons.input.REQUIRED'));
    if (Object.keys(missing).length > 0) {
      feedback.failFields(missing);
      return;
    }
    try {
      const { data } = await invite({
        variables: {
          input: {
            kind,
            email: email.trim(),
            prefectureCode: kind === 'PREFECTURE_STAFF' ? prefectureCode : null,
            municipalityCode: kind === 'MUNICIPALITY_STAFF' || kind === 'RMO_STAFF' ? municipalityCode || null : null,
            organizationName: kind === 'RMO_STAFF' ? organizationName.trim() : null,
          },
        },
      });
      if (!data) return;
      const invitation = data.createInvitation;
      const expires = formatDate(invitation.expiresAt, locale);
      setSent(t('organization.inviteSent', { email: invitation.email, organization: invitation.organizationName, date: expires }));
      setEmail('');
      setOrganizationName('');
    } catch (error) {
      feedback.failRequest(error);
    }
  };

  return (
    <section className="form-card" aria-labelledby={idOf('heading')}>
      <h2 id={idOf('heading')}>{t(`organization.invite.${slug}.title`)}</h2>
      <p>{t(`organization.invite.${slug}.lead`)}</p>
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {kind === 'PREFECTURE_STAFF' && (
          <SelectField
            id={idOf('prefectureCode')}
            label={t('organization.invitePrefecture')}
            required
            value={prefectureCode}
            error={feedback.fieldErrors.prefectureCode}
            onChange={(event) => setPrefectureCode(event.target.value)}
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
            value={municipalityCode}
            error={feedback.fieldErrors.municipalityCode}
            aria-busy={municipalities.isLoading}
            onChange={(event) => setMunicipalityCode(event.target.value)}
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
              maxLength={LIMITS.organizationNameMaxLength}
              value={organizationName}
              error={feedback.fieldErrors.organizationName}
              onChange={(event) => setOrganizationName(event.target.value)}
            />
            {municipalityOptions.length > 0 && (
              <SelectField
                id={idOf('municipalityCode')}
                label={t('organization.inviteWard')}
                hint={t('organization.inviteWardHint')}
                value={municipalityCode}
                error={feedback.fieldErrors.municipalityCode}
                onChange={(event) => setMunicipalityCode(event.target.value)}
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
          value={email}
          error={feedback.fieldErrors.email}
          onValueChange={setEmail}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {t('organization.inviteSubmit')}
          </button>
        </div>
        <StatusMessage visuallyHidden={!sent}>{sent}</StatusMessage>
      </form>
    </section>
  );
}
