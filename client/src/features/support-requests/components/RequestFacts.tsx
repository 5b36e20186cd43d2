import { useTranslation } from 'react-i18next';
import {
  FUNDING_ROUTE_LABELS,
  REQUEST_FORMAT_LABELS,
  STEP_LABELS,
  SUPPORT_PHASE_LABELS,
  SUPPORT_TYPE_LABELS,
  enumValues,
  labelOf,
  Step,
  type FundingRoute,
  type RequestFormat,
  type SupportPhase,
  type SupportType,
} from '@tsunagu/shared';
import { Fact } from '../../../components/Fact';
import { useLocale } from '../../../i18n';
import { formatBudget, formatYearMonth } from '../request-format';

/** The request as both the form's summary and the detail page show it. */
export interface RequestFactsData {
  title?: string;
  background?: string | null;
  /** Names of the RMOs concerned; empty means municipality-wide. */
  rmoNames: readonly string[];
  supportTypes?: readonly SupportType[] | null;
  step?: Step | null;
  phase?: SupportPhase | null;
  desiredStart?: string | null;
  durationMonths?: number | null;
  format?: RequestFormat | null;
  fundingRoute?: FundingRoute | null;
  budgetMinYen?: number | null;
  budgetMaxYen?: number | null;
  rmoAgreementConfirmed?: boolean | null;
  published?: boolean | null;
}

interface RequestFactsProps {
  request: RequestFactsData;
  /**
   * The form's last step: what submission still needs is marked, and the intake answers are
   * left out (their checkboxes follow the summary).
   */
  forReview?: boolean;
}

/** Every field of a request with its Japanese label; what is not decided yet says so. */
export function RequestFacts({ request, forReview = false }: RequestFactsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notSet = <span className="fact__empty">{t('requests.notSet')}</span>;
  // Fields a submission needs: in the review, a gap is pointed out rather than just noted.
  const needed = forReview ? <span className="fact__missing">{t('requests.notSetRequired')}</span> : notSet;
  const budget = formatBudget(request.budgetMinYen, request.budgetMaxYen, locale, t);
  const stepNumber = request.step ? enumValues(Step).indexOf(request.step) + 1 : 0;

  return (
    <dl className="facts">
      {request.title !== undefined && <Fact label={t('requestForm.title')}>{request.title || notSet}</Fact>}
      <Fact label={t('requestForm.background')}>
        {request.background ? <span className="preserve-lines">{request.background}</span> : notSet}
      </Fact>
      <Fact label={t('requests.target')}>
        {request.rmoNames.length > 0 ? (
          <ul className="plain-list">
            {request.rmoNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          t('requests.wholeMunicipality')
        )}
      </Fact>
      <Fact label={t('requests.supportTypes')}>
        {request.supportTypes?.length ? (
          <ol className="step-list">
            {request.supportTypes.map((supportType) => (
              <li key={supportType}>{labelOf(SUPPORT_TYPE_LABELS, supportType, locale)}</li>
            ))}
          </ol>
        ) : (
          needed
        )}
      </Fact>
      <Fact label={t('requestForm.step')}>{request.step ? `${stepNumber}. ${labelOf(STEP_LABELS, request.step, locale)}` : needed}</Fact>
      <Fact label={t('requestForm.phase')}>{request.phase ? labelOf(SUPPORT_PHASE_LABELS, request.phase, locale) : t('requestForm.undecided')}</Fact>
      <Fact label={t('requestForm.desiredStart')}>{request.desiredStart ? formatYearMonth(request.desiredStart, locale) : needed}</Fact>
      <Fact label={t('requestForm.durationMonths')}>
        {request.durationMonths ? t('requests.months', { count: request.durationMonths }) : needed}
      </Fact>
      <Fact label={t('requestForm.format')}>{request.format ? labelOf(REQUEST_FORMAT_LABELS, request.format, locale) : needed}</Fact>
      <Fact label={t('requestForm.fundingRoute')}>
        {request.fundingRoute ? labelOf(FUNDING_ROUTE_LABELS, request.fundingRoute, locale) : needed}
      </Fact>
      <Fact label={t('requests.budget')}>{budget ?? notSet}</Fact>
      {!forReview && (
        <>
          <Fact label={t('requests.agreement')}>{request.rmoAgreementConfirmed ? t('requests.agreementYes') : t('requests.agreementNo')}</Fact>
          <Fact label={t('requests.publication')}>{request.published ? t('requests.publishedYes') : t('requests.publishedNo')}</Fact>
        </>
      )}
    </dl>
  );
}
