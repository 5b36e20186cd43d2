import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { RmoEditor } from '../../features/rmos/components/RmoEditor';
import { CreateRmoMutation, RmoQuery, RmosQuery, UpdateRmoMutation } from '../../features/rmos/graphql/rmos.operations';
import { EMPTY_RMO, valuesOfRmo } from '../../features/rmos/rmo-form';
import type { RmoInput } from '../../gql/graphql';
import type { RmosLinkState } from '../rmos/RmosPage';

function BackToList() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('rmos.backToList')} className="back-nav">
      <Link to="/rmos" className="back-link">
        <span aria-hidden="true">←</span> {t('rmos.backToList')}
      </Link>
    </nav>
  );
}

/** `/rmos/new`: a new RMO record in the viewer's municipality. */
export function NewRmoPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateRmoMutation, { refetchQueries: [RmosQuery], awaitRefetchQueries: true });

  const handleSubmit = async (input: RmoInput) => {
    await create({ variables: { input } });
    const state: RmosLinkState = { notice: 'created', name: input.name };
    await navigate('/rmos', { state });
  };

  return (
    <div className="page page--narrow">
      <DocumentTitle page={t('rmoForm.newTitle')} />
      <BackToList />
      <h1>{t('rmoForm.newTitle')}</h1>
      <p className="lead">{t('rmoForm.lead')}</p>
      <RmoEditor
        initialValues={EMPTY_RMO}
        municipalityCode={viewer.organization.municipalityCode ?? ''}
        submitLabel={t('editor.create')}
        onSubmit={handleSubmit}
        onCancel={() => void navigate('/rmos')}
      />
    </div>
  );
}

/** `/rmos/:id/edit`: an RMO record the viewer keeps. */
export function EditRmoPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(RmoQuery, { variables: { id } });
  const [update] = useMutation(UpdateRmoMutation);
  const rmo = data?.rmo;

  const handleSubmit = async (input: RmoInput) => {
    await update({ variables: { id, input } });
    const state: RmosLinkState = { notice: 'updated', name: input.name };
    await navigate('/rmos', { state });
  };

  let content;
  if (rmo && !rmo.viewerCanEdit) {
    content = (
      <>
        <DocumentTitle page={rmo.name} />
        <h1>{rmo.name}</h1>
        <p className="notice">{t('rmoForm.notEditable')}</p>
      </>
    );
  } else if (rmo) {
    content = (
      <>
        <DocumentTitle page={t('rmoForm.editTitle', { name: rmo.name })} />
        <h1>{t('rmoForm.editTitle', { name: rmo.name })}</h1>
        <RmoEditor
          key={rmo.id}
          initialValues={valuesOfRmo(rmo)}
          municipalityCode={rmo.municipalityCode}
          submitLabel={t('editor.save')}
          onSubmit={handleSubmit}
          onCancel={() => void navigate('/rmos')}
        />
      </>
    );
  } else if (error) {
    content = (
      <>
        <DocumentTitle page={t('errors.internal')} />
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </>
    );
  } else {
    content = (
      <>
        <DocumentTitle page={t('rmos.loading')} />
        <StatusMessage>{t('rmos.loading')}</StatusMessage>
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
