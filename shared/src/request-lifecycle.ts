/**
 * The support request's lifecycle, declared once: the server enforces it (with the domain error of
 * each refusal) and reports `allowedActions`, which the client offers as buttons.
 *
 * DRAFT → OPEN (written by the municipality) or DRAFT → AWAITING_ENDORSEMENT → OPEN (written by an
 * RMO, endorsed by its municipality); OPEN → CLOSED; WITHDRAWN from any live state.
 */
import { ForbiddenReason, InputReason, inputRefusal, type Refusal } from './errors';
import { defineLifecycle, type Guard } from './lifecycle';
import { SupportRequestAction, SupportRequestStatus } from './requests';
import { UserRole } from './roles';
import type { FundingRoute, Step, SupportType } from './enums';
import type { RequestFormat } from './requests';

/** What the lifecycle reads of a request. */
export interface RequestLifecycleSubject {
  status: SupportRequestStatus;
  municipalityCode: string;
  authorOrganizationId: string;
  supportTypes: readonly SupportType[];
  step: Step | null;
  desiredStart: string | null;
  durationMonths: number | null;
  format: RequestFormat | null;
  fundingRoute: FundingRoute | null;
  rmoAgreementConfirmed: boolean;
}

/** What it reads of the person acting. */
export interface RequestActor {
  organizationId: string;
  role: UserRole;
  municipalityCode: string | null;
}

/** A member of the organization that wrote the request. */
export function isRequestAuthor(actor: RequestActor, request: Pick<RequestLifecycleSubject, 'authorOrganizationId'>): boolean {
  return actor.organizationId === request.authorOrganizationId;
}

/** Staff of the requesting municipality: co-owners of every request of their municipality once submitted, and its endorsers. */
export function isRequestMunicipality(actor: RequestActor, request: Pick<RequestLifecycleSubject, 'municipalityCode'>): boolean {
  return actor.role === UserRole.MUNICIPALITY_STAFF && actor.municipalityCode === request.municipalityCode;
}

/** The author, and the municipality once the request left DRAFT (an RMO's draft is the RMO's own), change, close or withdraw it. */
function managesRequest(actor: RequestActor, request: RequestLifecycleSubject): boolean {
  return isRequestAuthor(actor, request) || (isRequestMunicipality(actor, request) && request.status !== SupportRequestStatus.DRAFT);
}

/** The fields a request must have before it leaves DRAFT, in form order (the first missing one is reported). */
export const REQUIRED_TO_SUBMIT = ['supportTypes', 'step', 'desiredStart', 'durationMonths', 'format', 'fundingRoute'] as const;

/** Refuses a request that lacks a field submission needs (the first in form order), or the RMO's agreement. */
export function incompleteRequest(request: RequestLifecycleSubject): Refusal | null {
  for (const field of REQUIRED_TO_SUBMIT) {
    const value = request[field];
    if (value === null || (Array.isArray(value) && value.length === 0)) return inputRefusal(field, InputReason.REQUIRED_TO_SUBMIT);
  }
  if (!request.rmoAgreementConfirmed) return inputRefusal('rmoAgreementConfirmed', InputReason.RMO_AGREEMENT_REQUIRED);
  return null;
}

/** A submitted request must stay complete through every edit (a draft may be saved half-written). */
const staysCompleteAfterSubmission: Guard<RequestLifecycleSubject, RequestActor> = (request) =>
  request.status === SupportRequestStatus.DRAFT ? null : incompleteRequest(request);

const { DRAFT, AWAITING_ENDORSEMENT, OPEN, CLOSED, WITHDRAWN } = SupportRequestStatus;
const LIVE = [DRAFT, AWAITING_ENDORSEMENT, OPEN];

/** The support request lifecycle (see the file comment); UPDATE keeps the state and checks the edited request. */
export const SUPPORT_REQUEST_LIFECYCLE = defineLifecycle<SupportRequestStatus, SupportRequestAction, RequestLifecycleSubject, RequestActor>({
  name: 'support request',
  states: [DRAFT, AWAITING_ENDORSEMENT, OPEN, CLOSED, WITHDRAWN],
  stateOf: (request) => request.status,
  transitions: {
    UPDATE: { from: LIVE, to: (request) => request.status, may: managesRequest, forbidden: ForbiddenReason.NOT_REQUEST_MANAGER, guards: [staysCompleteAfterSubmission] },
    SUBMIT: {
      from: [DRAFT],
      // A municipality's request opens at once; an RMO's waits for its municipality's endorsement.
      to: (_request, actor) => (actor.role === UserRole.MUNICIPALITY_STAFF ? OPEN : AWAITING_ENDORSEMENT),
      may: isRequestAuthor,
      forbidden: ForbiddenReason.NOT_AUTHOR,
      guards: [incompleteRequest],
    },
    ENDORSE: { from: [AWAITING_ENDORSEMENT], to: OPEN, may: isRequestMunicipality, forbidden: ForbiddenReason.NOT_REQUEST_MUNICIPALITY },
    CLOSE: { from: [OPEN], to: CLOSED, may: managesRequest, forbidden: ForbiddenReason.NOT_REQUEST_MANAGER },
    WITHDRAW: { from: LIVE, to: WITHDRAWN, may: managesRequest, forbidden: ForbiddenReason.NOT_REQUEST_MANAGER },
  },
});
