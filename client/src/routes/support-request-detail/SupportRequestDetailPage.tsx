import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { IntroductionAction, SupportRequestStatus, UserRole, type SupportRequestAction } from '@tsunagu/shared';
import { DocumentTitle } from '../../components/DocumentTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Fact } from '../../components/Fact';
import { StatusMessage } from '../../components/StatusMessage';
import { PrintButton } from '../../components/page-tools';
import { errorCodeOf } from '../../components/describe-error';
import { RequestActions } from '../../features/support-requests/components/RequestActions';
import { RequestFacts } from '../../features/support-requests/components/RequestFacts';
import { RequestMatches } from '../../features/support-requests/components/RequestMatches';
import { RequestStatusBadge } from '../../features/support-requests/components/RequestStatusBadge';
import type { RequestFormOutcome } from '../../features/support-requests/components/RequestWizard';
import { SupportRequestQuery } from '../../features/support-requests/graphql/support-requests.operations';
import type { OfferMode } from '../../features/offers/components/MatchOfferControl';
import { RequestOffers } from '../../features/offers/components/RequestOffers';
import { RequestOffersQuery as RequestOffersDocument } from '../../features/offers/graphql/offers.operations';
import { formatDate } from '../../i18n/format';
import type { RequestOffersQuery, SupportRequestFieldsFragment } from '../../gql/graphql';
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

/** What the viewer may do from the ranking: the municipality approaches, the prefecture brokering an introduction proposes. */
function offerModeOf(
  role: UserRole | undefined,
  request: SupportRequestFieldsFragment,
  offers: RequestOffersQuery | undefined,
): OfferMode | null {
  if (!offers || request.status !== SupportRequestStatus.OPEN || offers.supportRequest.chosenSupporter) return null;
  if (role === UserRole.MUNICIPALITY_STAFF) return { kind: 'approach', requestId: request.id };
  const introduction = offers.supportRequest.openIntroduction;
  if (role === UserRole.PREFECTURE_STAFF && introduction?.allowedActions.includes(IntroductionAction.PROPOSE) && introduction.proposalsLeft > 0) {
    return { kind: 'propose', requestId: request.id, introductionId: introduction.id };
  }
  return null;
}

/** `/requests/:id`: the whole request, what the viewer may do with it, its offers and the ranked supporters. */
export function SupportRequestDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useViewer();
  // Operators may follow a request's whole history in the audit log.
  const isOperator = viewer?.role === UserRole.OPERATOR;
  const { id = '' } = useParams();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [actionDone, setActionDone] = useState<SupportRequestAction | null>(null);
  const { data, error, refetch } = useQuery(SupportRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const request = data?.supportRequest;
  // Its offers, chosen supporter, introduction request and interest: refetched on every visit, as answers arrive.
  const offers = useQuery(RequestOffersDocument, { variables: { requestId: id }, skip: !request, fetchPolicy: 'cache-and-network' });
  const offersData = offers.data?.supportRequest.id === id ? offers.data : undefined;
  const arrival = isRequestLinkState(location.state) && !actionDone ? location.state.notice : null;

  const handleDone = (action: SupportRequestAction) => {
    setActionDone(action);
    void offers.refetch();
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
        {request.status === SupportRequestStatus.RETURNED && offersData?.supportRequest.returnComment && (
          <div className="notice notice--warning">
            <p>
              {t(viewer?.role === UserRole.MUNICIPALITY_STAFF ? 'requestReturn.returnedNoticeMunicipality' : 'requestReturn.returnedNotice', {
                date: offersData.supportRequest.returnedAt ? formatDate(offersData.supportRequest.returnedAt, locale) : '',
              })}
            </p>
            <p>
              <strong>{t('requestReturn.comment_label')}:</strong> <span className="preserve-lines">{offersData.supportRequest.returnComment}</span>
            </p>
          </div>
        )}
        <PrintButton />
        <StatusMessage visuallyHidden={!actionDone}>{actionDone ? t(`requestDetail.done.${actionDone}`) : ''}</StatusMessage>
        <RequestActions request={request} onDone={handleDone} />
        <p className="no-print">
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

        {offersData && viewer && (
          <RequestOffers data={offersData} role={viewer.role} municipalityName={request.municipality.name} prefectureName={request.prefecture.name} />
        )}

        <RequestMatches
          requestId={request.id}
          offerMode={offerModeOf(viewer?.role, request, offersData)}
          offeredSupporterIds={offersData?.supportRequest.offeredSupporterIds ?? []}
        />
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
