import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { ProfileEditor } from '../../features/my-profiles/components/ProfileEditor';
import {
  CreateSupporterProfileMutation,
  MySupporterProfilesQuery,
  UpdateSupporterProfileMutation,
} from '../../features/my-profiles/graphql/my-profiles.operations';
import { EMPTY_PROFILE, valuesOfProfile } from '../../features/my-profiles/profile-form';
import type { SupporterProfileInput } from '../../gql/graphql';
import type { MyProfilesLinkState } from '../my-profiles/MyProfilesPage';

function BackToList() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('editor.backToList')} className="back-nav">
      <Link to="/my/profiles" className="back-link">
        <span aria-hidden="true">←</span> {t('editor.backToList')}
      </Link>
    </nav>
  );
}

/** `/my/profiles/new`: a new profile of the organization. */
export function NewProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateSupporterProfileMutation, {
    refetchQueries: [MySupporterProfilesQuery],
    awaitRefetchQueries: true,
  });

  const handleSubmit = async (input: SupporterProfileInput) => {
    await create({ variables: { input } });
    const state: MyProfilesLinkState = { notice: 'created' };
    await navigate('/my/profiles', { state });
  };

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('editor.newTitle')} />
      <BackToList />
      <h1>{t('editor.newTitle')}</h1>
      <p className="lead">{t('editor.lead')}</p>
      <ProfileEditor
        initialValues={EMPTY_PROFILE}
        submitLabel={t('editor.create')}
        submittingLabel={t('editor.saving')}
        onSubmit={handleSubmit}
        onCancel={() => void navigate('/my/profiles')}
      />
    </div>
  );
}

/** `/my/profiles/:id/edit`: one of the organization's profiles (saving also confirms availability). */
export function EditProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MySupporterProfilesQuery);
  const [update] = useMutation(UpdateSupporterProfileMutation);
  const profile = data?.mySupporterProfiles.find((candidate) => candidate.id === id);

  const handleSubmit = async (input: SupporterProfileInput) => {
    await update({ variables: { id, input } });
    const state: MyProfilesLinkState = { notice: 'updated' };
    await navigate('/my/profiles', { state });
  };

  let content;
  if (profile && profile.archivedAt) {
    content = (
      <>
        <DocumentTitle page={profile.name} />
        <h1>{profile.name}</h1>
        <p className="notice">{t('editor.archived')}</p>
      </>
    );
  } else if (profile) {
    content = (
      <>
        <DocumentTitle page={t('editor.editTitle', { name: profile.name })} />
        <h1>{t('editor.editTitle', { name: profile.name })}</h1>
        <p className="lead">{t('editor.editLead')}</p>
        <ProfileEditor
          // A different profile (or the data arriving) starts a fresh form.
          key={profile.id}
          initialValues={valuesOfProfile(profile)}
          submitLabel={t('editor.save')}
          submittingLabel={t('editor.saving')}
          onSubmit={handleSubmit}
          onCancel={() => void navigate('/my/profiles')}
        />
      </>
    );
  } else if (error) {
    content = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  } else if (loading) {
    content = <StatusMessage>{t('myProfiles.loading')}</StatusMessage>;
  } else {
    content = (
      <>
        <DocumentTitle page={t('editor.notFoundTitle')} />
        <h1>{t('editor.notFoundTitle')}</h1>
        <p>{t('editor.notFoundBody')}</p>
      </>
    );
  }

  return (
    <div className="page page--narrow">
      <BackToList />
      {content}
    </div>
  );
}
