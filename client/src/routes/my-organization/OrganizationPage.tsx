import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KIND_LABELS, USER_ROLE_LABELS, labelOf } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { InvitationForm } from '../../features/organization/components/InvitationForm';
import { MemberList } from '../../features/organization/components/MemberList';
import { invitationKindsFor } from '../../features/organization/invitation-kinds';
import { useMunicipalities } from '../../features/reference/hooks/use-municipalities';
import { usePrefectures } from '../../features/reference/hooks/use-prefectures';
import { useLocale } from '../../i18n';

/** `/my/organization`: the organization, its members, and the invitations this user may send. */
export function OrganizationPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { organization } = viewer;
  const prefectures = usePrefectures();
  const municipalities = useMunicipalities(organization.municipalityCode ? (organization.prefectureCode ?? null) : null);
  const municipality = municipalities.options.find((option) => option.code === organization.municipalityCode);
  const place = [organization.prefectureCode && prefectures.nameOf(organization.prefectureCode), municipality?.name].filter(Boolean).join(' ');
  const invitationKinds = invitationKindsFor(viewer.role, viewer.isOwner);

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('organization.title')} />
      <h1>{t('organization.title')}</h1>
      <section aria-labelledby="organization-heading" className="section-card">
        <h2 id="organization-heading">{organization.name}</h2>
        <dl className="facts">
          <div className="fact">
            <dt className="fact__label">{t('organization.kind')}</dt>
            <dd className="fact__value">{labelOf(ORGANIZATION_KIND_LABELS, organization.kind, locale)}</dd>
          </div>
          {place && (
            <div className="fact">
              <dt className="fact__label">{t('organization.place')}</dt>
              <dd className="fact__value">{place}</dd>
            </div>
          )}
          <div className="fact">
            <dt className="fact__label">{t('organization.yourRole')}</dt>
            <dd className="fact__value">
              {labelOf(USER_ROLE_LABELS, viewer.role, locale)}
              {viewer.isOwner && t('organization.ownerNote')}
            </dd>
          </div>
        </dl>
      </section>

      <MemberList viewer={viewer} />

      {invitationKinds.map((kind) => (
        <InvitationForm key={kind} kind={kind} viewer={viewer} />
      ))}
      {invitationKinds.length === 0 && <p className="notice">{t('organization.noInvitations')}</p>}
    </div>
  );
}
