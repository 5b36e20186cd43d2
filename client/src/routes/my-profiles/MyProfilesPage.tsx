import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { IntermediaryWork } from '../../features/sufficiency/components/WorkPanel';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { OwnProfileCard } from '../../features/my-profiles/components/OwnProfileCard';
import { MySupporterProfilesQuery } from '../../features/my-profiles/graphql/my-profiles.operations';

/** What brought the user here, for a confirmation at the top of the list. */
export interface MyProfilesLinkState {
  notice: 'registered' | 'created' | 'updated';
}

function isMyProfilesLinkState(state: unknown): state is MyProfilesLinkState {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string';
}

/** `/my/profiles`: the organization's profiles, their freshness and verification, and one-click reconfirmation. */
export function MyProfilesPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MySupporterProfilesQuery);
  const [archivedNotice, setArchivedNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const arrival = isMyProfilesLinkState(location.state) ? location.state.notice : null;

  const profiles = data?.mySupporterProfiles ?? [];
  const live = profiles.filter((profile) => !profile.archivedAt);
  const archived = profiles.filter((profile) => profile.archivedAt);

  const handleArchived = (name: string) => {
    setArchivedNotice(t('myProfiles.archived', { name }));
    headingRef.current?.focus();
  };

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('myProfiles.title')} />
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('myProfiles.title')}
        </h1>
        <Link to="/my/profiles/new" className="button button--primary button-link">
          {t('myProfiles.add')}
        </Link>
      </div>
      <p className="lead">{t('myProfiles.lead')}</p>
      <IntermediaryWork />
      {arrival && <p className="notice notice--success">{t(`myProfiles.arrival.${arrival}`)}</p>}
      <StatusMessage visuallyHidden={!archivedNotice}>{archivedNotice}</StatusMessage>

      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <StatusMessage>{t('myProfiles.loading')}</StatusMessage>
      ) : profiles.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('myProfiles.empty')}</p>
          <p>
            <Link to="/my/profiles/new">{t('myProfiles.add')}</Link>
          </p>
        </div>
      ) : (
        <>
          <ul className="own-profile-list" aria-label={t('myProfiles.listLabel')}>
            {live.map((profile) => (
              <li key={profile.id}>
                <OwnProfileCard profile={profile} onArchived={handleArchived} />
              </li>
            ))}
          </ul>
          {archived.length > 0 && (
            <section aria-labelledby="archived-heading" className="archived-profiles">
              <h2 id="archived-heading">{t('myProfiles.archivedHeading')}</h2>
              <ul className="own-profile-list">
                {archived.map((profile) => (
                  <li key={profile.id}>
                    <OwnProfileCard profile={profile} onArchived={handleArchived} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
