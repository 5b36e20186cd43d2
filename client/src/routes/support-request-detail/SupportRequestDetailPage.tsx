import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SupportRequestStatus, UserRole, type SupportRequestAction } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Fact } from '../../components/Fact';
import { StatusMessage } from '../../components/StatusMessage';
import { errorCodeOf } from '../../components/describe-error';
import { RequestActions } from '../../features/support-requests/components/RequestActions';
import { RequestFacts } from '../../features/support-requests/components/RequestFacts';
import { RequestMatches } from '../../features/support-requests/components/RequestMatches';
import { RequestStatusBadge } from '../../features/support-requests/components/RequestStatusBadge';
import type { RequestFormOutcome } from '../../features/support-requests/components/RequestWizard';
import { SupportRequestQuery } from '../../features/support-requests/graphql/support-requests.operations';
import { formatDate } from '../../i18n/format';
import type { SupportRequestFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useViewer } from '../../features/auth/hooks/use-viewer';

/** What brought the user here, for a notice at the top. */
export interface RequestLinkState {
  notice: RequestFormOutcome;
}

function isRequestLinkState(state: unknown): state is RequestLinkState {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string';
}

/** The form's outcome in words; a submission says whether the request opened or awaits endorsement. */
function arrivalNotice(notice: RequestFormOutcome, status: SupportRequestStatus): 'saved' | 'updated' | 'submittedOpen' | 'submittedAwaiting' {
  if (notice !== 'submitted') return notice;
  return status === SupportRequestStatus.AWAITING_ENDORSEMENT ? 'submittedAwaiting' : 'submittedOpen';
}

/** When each step of the lifecycle happened. */
function Timeline({ request }: { request: SupportRequestFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dates = [
    ['createdAt', request.createdAt],
    ['submittedAt', request.submittedAt],
    ['endorsedAt', request.endorsedAt],
    ['openedAt', request.openedAt],
    ['closedAt', request.closedAt],
    ['withdrawnAt', request.withdrawnAt],
  ] as const;
  return (
    <>
      {dates.map(([key, value]) =>
        value ? (
          <Fact key={key} label={t(`requestDetail.${key}`)}>
            <time dateTime={value}>{formatDate(value, locale)}</time>
          </Fact>
        ) : null,
      )}
    </>
  );
}

/** `/requests/:id`: the whole request, what the viewer may do with it, and the ranked supporters. */
export function SupportRequestDetailPage() {
  const { t } = useTranslation();
  // Operators may follow a request's whole history in the audit log.
  const isOperator = useViewer().viewer?.role === UserRole.OPERATOR;
  const { id = '' } = useParams();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [actionDone, setActionDone] = useState<SupportRequestAction | null>(null);
  const { data, error, refetch } = useQuery(SupportRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const request = data?.supportRequest;
  const arrival = isRequestLinkState(location.state) && !actionDone ? location.state.notice : null;

  const handleDone = (action: SupportRequestAction) => {
    setActionDone(action);
    // The buttons just used may be gone: continue from the heading, with the result announced.
    headingRef.current?.focus();
  };

  let content;
  if (request) {
    const title = request.title || t('requests.untitled');
    content = (
      <>
        <DocumentTitle page={title} />
        <header className="request-header">
          <RequestStatusBadge status={request.status} />
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          <p className="request-header__meta">
            {request.prefecture.name} {request.municipality.name}
            {request.authorOrganization && <> ・ {t('requestDetail.writtenBy', { name: request.authorOrganization.name })}</>}
          </p>
        </header>
        {arrival && <p className="notice notice--success">{t(`requestDetail.arrival.${arrivalNotice(arrival, request.status)}`)}</p>}
        <StatusMessage visuallyHidden={!actionDone}>{actionDone ? t(`requestDetail.done.${actionDone}`) : ''}</StatusMessage>
        <RequestActions request={request} onDone={handleDone} />
        <p>
          {/* The ranking is what an officer comes back for; it sits below the long request text. */}
          <a href="#matches-heading">{t('requestDetail.jumpToMatches')}</a>
          {isOperator && (
            <>
              {' ・ '}
              <Link to={`/admin/audit?${new URLSearchParams({ entity: 'SupportRequest', id: request.id }).toString()}`}>{t('requestDetail.auditHistory')}</Link>
            </>
          )}
        </p>

        <section className="profile__section" aria-labelledby="request-content-heading">
          <h2 id="request-content-heading">{t('requestDetail.contentHeading')}</h2>
          <RequestFacts request={{ ...request, title: undefined, rmoNames: request.rmos.map((rmo) => rmo.name) }} />
        </section>

        <section className="profile__section" aria-labelledby="request-status-heading">
          <h2 id="request-status-heading">{t('requestDetail.statusHeading')}</h2>
          <dl className="facts">
            <Fact label={t('requestDetail.status')}>
              <RequestStatusBadge status={request.status} />
            </Fact>
            <Fact label={t('requestDetail.interest')}>{t('requestDetail.interestCount', { count: request.interestCount })}</Fact>
            <Timeline request={request} />
          </dl>
        </section>

        <RequestMatches requestId={request.id} />
      </>
    );
  } else if (error) {
    const code = errorCodeOf(error);
    content =
      code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
        <>
          <DocumentTitle page={t('requestDetail.notFoundTitle')} />
          <h1>{t('requestDetail.notFoundTitle')}</h1>
          <p>{t('requestDetail.notFoundBody')}</p>
        </>
      ) : (
        <>
          <DocumentTitle page={t('errors.internal')} />
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </>
      );
  } else {
    content = (
      <>
        <DocumentTitle page={t('requests.loadingOne')} />
        <StatusMessage>{t('requests.loadingOne')}</StatusMessage>
      </>
    );
  }

  return (
    <div className="page">
      <nav aria-label={t('requests.backToList')} className="back-nav">
        <Link to="/requests" className="back-link">
          <span aria-hidden="true">←</span> {t('requests.backToList')}
        </Link>
      </nav>
      {content}
    </div>
  );
}
