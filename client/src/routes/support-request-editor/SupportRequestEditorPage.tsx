import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { SupportRequestAction, UserRole } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { Viewer } from '../../features/auth/hooks/use-viewer';
import { RequestWizard, type RequestFormOutcome } from '../../features/support-requests/components/RequestWizard';
import { useMunicipalityRmos } from '../../features/support-requests/components/RequestStepFields';
import { SupportRequestQuery } from '../../features/support-requests/graphql/support-requests.operations';
import { EMPTY_REQUEST, REQUEST_FORM_STEPS, valuesOfRequest } from '../../features/support-requests/request-form';
import type { SupportRequestFieldsFragment } from '../../gql/graphql';
import type { RequestLinkState } from '../support-request-detail/SupportRequestDetailPage';

/** What the form passes to its own page after the first save, to show when it was saved. */
interface EditorLinkState {
  savedAt: string;
}

function isEditorLinkState(state: unknown): state is EditorLinkState {
  return typeof state === 'object' && state !== null && 'savedAt' in state && typeof state.savedAt === 'string';
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <nav aria-label={label} className="back-nav">
      <Link to={to} className="back-link">
        <span aria-hidden="true">←</span> {label}
      </Link>
    </nav>
  );
}

/** The page title names the step, so a screen reader's tab list and the history tell where the user was. */
function StepTitle({ stepIndex, page }: { stepIndex: number; page: string }) {
  const { t } = useTranslation();
  const step = t(`requestForm.steps.${REQUEST_FORM_STEPS[stepIndex]}`);
  return <DocumentTitle page={t('requestForm.documentTitle', { step, number: stepIndex + 1, total: REQUEST_FORM_STEPS.length, page })} />;
}

/** Where the form ends: the request's page, with a notice of what happened. */
function useFinish() {
  const navigate = useNavigate();
  return (request: SupportRequestFieldsFragment, outcome: RequestFormOutcome) => {
    const state: RequestLinkState = { notice: outcome };
    void navigate(`/requests/${request.id}`, { state });
  };
}

/** `/requests/new`: the first step of a new request; the first save moves to the draft's own address. */
export function NewSupportRequestPage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = useFinish();
  const isRmoStaff = viewer.role === UserRole.RMO_STAFF;
  const { rmos, isLoading, error, retry } = useMunicipalityRmos();
  const ownRmo = rmos.find((rmo) => rmo.viewerCanEdit);

  let content;
  if (isRmoStaff && error) content = <ErrorMessage error={error} onRetry={retry} />;
  else if (isRmoStaff && isLoading) content = <StatusMessage>{t('rmos.loading')}</StatusMessage>;
  else if (isRmoStaff && !ownRmo) {
    // The server asks RMO staff to record their RMO before writing a request.
    content = (
      <div className="notice">
        <p>{t('requestForm.recordOwnRmoFirst')}</p>
        <p>
          <Link to="/rmos/new">{t('rmos.add')}</Link>
        </p>
      </div>
    );
  } else {
    content = (
      <RequestWizard
        request={null}
        initialValues={ownRmo && isRmoStaff ? { ...EMPTY_REQUEST, scope: 'RMOS', rmoIds: [ownRmo.id] } : EMPTY_REQUEST}
        lockedRmoId={isRmoStaff ? (ownRmo?.id ?? null) : null}
        municipalityCode={viewer.organization.municipalityCode ?? ''}
        stepIndex={0}
        onStepChange={() => undefined}
        onCreated={(request, nextStepIndex) => {
          const state: EditorLinkState = { savedAt: new Date().toISOString() };
          void navigate(`/requests/${request.id}/edit?step=${nextStepIndex + 1}`, { replace: true, state });
        }}
        onFinished={finish}
      />
    );
  }

  return (
    <div className="page page--narrow">
      <StepTitle stepIndex={0} page={t('requestForm.newTitle')} />
      <BackLink to="/requests" label={t('requests.backToList')} />
      <h1>{t('requestForm.newTitle')}</h1>
      <p className="lead">{t('requestForm.lead')}</p>
      {content}
    </div>
  );
}

/** The step in the URL (`?step=1` to `5`), so a reload or a shared link opens the same step. */
function stepIndexOf(raw: string | null): number {
  const number = Number(raw);
  return Number.isInteger(number) && number >= 1 && number <= REQUEST_FORM_STEPS.length ? number - 1 : 0;
}

/** `/requests/:id/edit?step=N`: a saved request, continued at its step. */
export function EditSupportRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const finish = useFinish();
  const stepIndex = stepIndexOf(searchParams.get('step'));
  const { data, loading, error, refetch } = useQuery(SupportRequestQuery, { variables: { id } });
  const request = data?.supportRequest;
  const savedAt = isEditorLinkState(location.state) ? location.state.savedAt : undefined;

  let content;
  if (request && !request.allowedActions.includes(SupportRequestAction.UPDATE)) {
    content = (
      <>
        <h1>{request.title}</h1>
        <p className="notice">{t('requestForm.notEditable')}</p>
      </>
    );
  } else if (request) {
    content = (
      <>
        <h1>{t('requestForm.editTitle', { title: request.title })}</h1>
        <RequestWizard
          // Another request (or its data arriving) starts a fresh form.
          key={request.id}
          request={request}
          initialValues={valuesOfRequest(request)}
          municipalityCode={request.municipalityCode}
          stepIndex={stepIndex}
          onStepChange={(index) => setSearchParams({ step: String(index + 1) })}
          onCreated={() => undefined}
          onFinished={finish}
          savedAt={savedAt}
          lockedRmoId={request.authorRmoId ?? null}
        />
      </>
    );
  } else if (error) {
    content = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  } else if (loading) {
    content = <StatusMessage>{t('requests.loadingOne')}</StatusMessage>;
  }

  return (
    <div className="page page--narrow">
      <StepTitle stepIndex={stepIndex} page={request ? t('requestForm.editTitle', { title: request.title }) : t('requestForm.editTitleShort')} />
      <BackLink to={`/requests/${id}`} label={t('requestForm.backToRequest')} />
      {content}
    </div>
  );
}
