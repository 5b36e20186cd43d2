import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FUNDING_ROUTE_LABELS,
  FundingRoute,
  REQUEST_FORMAT_LABELS,
  REQUEST_LIMITS,
  RequestFormat,
  STEP_HELP,
  STEP_LABELS,
  SUPPORT_PHASE_HELP,
  SUPPORT_PHASE_LABELS,
  Step,
  SupportPhase,
  enumValues,
  labelOf,
} from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import type { FieldErrors } from '../../../components/form-errors';
import { CheckboxGroup, FieldError, RadioGroup, RequiredMark, SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import type { RmosQuery as RmosQueryResult } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { RmosQuery } from '../../rmos/graphql/rmos.operations';
import { toRequestInput, type RequestFormValues, type RequestScope } from '../request-form';
import { RequestFacts } from './RequestFacts';
import { SupportTypePriority } from './SupportTypePriority';

export interface StepFieldsProps {
  values: RequestFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<RequestFormValues>) => void;
  /** The RMO record a request written by an RMO must concern: the scope is then fixed and this RMO stays chosen. */
  lockedRmoId: string | null;
}

type RmoOption = RmosQueryResult['rmos'][number];

/** The RMOs of the viewer's municipality, for the form's choice and its summary. */
export function useMunicipalityRmos() {
  const { data, loading, error, refetch } = useQuery(RmosQuery);
  return { rmos: data?.rmos ?? [], isLoading: loading && !data, error, retry: () => void refetch() };
}

/**
 * ① 概要: title, background, and whom it concerns (the whole municipality or chosen RMOs). A request
 * written by an RMO always concerns that RMO, so it is not offered 「市区町村全体」 at all.
 */
export function OverviewFields({ values, errors, onChange, lockedRmoId }: StepFieldsProps) {
  const { t } = useTranslation();
  const { rmos, isLoading, error, retry } = useMunicipalityRmos();

  return (
    <>
      <TextField
        id="request-title"
        label={t('requestForm.title')}
        hint={t('requestForm.titleHint', { max: REQUEST_LIMITS.titleMaxLength })}
        required
        maxChars={REQUEST_LIMITS.titleMaxLength}
        value={values.title}
        error={errors.title}
        onChange={(event) => onChange({ title: event.target.value })}
      />
      <TextAreaField
        id="request-background"
        label={t('requestForm.background')}
        hint={t('requestForm.backgroundHint', { max: REQUEST_LIMITS.backgroundMaxLength })}
        rows={6}
        maxChars={REQUEST_LIMITS.backgroundMaxLength}
        value={values.background}
        error={errors.background}
        onChange={(event) => onChange({ background: event.target.value })}
      />
      {!lockedRmoId && (
        <RadioGroup<RequestScope>
          id="request-scope"
          name="scope"
          legend={t('requestForm.scope')}
          hint={t('requestForm.scopeHint')}
          // A refusal of the RMOs while none can be chosen is shown here, where it can be corrected.
          error={values.scope === 'RMOS' ? undefined : errors.rmoIds}
          options={[
            { value: 'WHOLE', label: t('requests.wholeMunicipality') },
            { value: 'RMOS', label: t('requestForm.scopeRmos') },
          ]}
          value={values.scope}
          onChange={(scope) => onChange({ scope })}
        />
      )}
      {values.scope === 'RMOS' &&
        (error ? (
          <ErrorMessage error={error} onRetry={retry} />
        ) : isLoading ? (
          <StatusMessage>{t('rmos.loading')}</StatusMessage>
        ) : rmos.length === 0 ? (
          <div className="notice">
            <p>{t('requestForm.noRmos')}</p>
            <p>
              <Link to="/rmos/new">{t('rmos.add')}</Link>
            </p>
          </div>
        ) : (
          <CheckboxGroup
            id="request-rmoIds"
            name="rmoIds"
            legend={t('requestForm.rmos')}
            required
            error={errors.rmoIds}
            hint={lockedRmoId ? t('requestForm.ownRmoHint') : undefined}
            options={rmos.map((rmo: RmoOption) => ({
              value: rmo.id,
              label: rmo.name,
              description: rmo.areaUnit ?? undefined,
              disabled: rmo.id === lockedRmoId,
            }))}
            selected={values.rmoIds}
            // The locked RMO stays chosen whatever else is ticked.
            onChange={(rmoIds) => onChange({ rmoIds: lockedRmoId && !rmoIds.includes(lockedRmoId) ? [lockedRmoId, ...rmoIds] : rmoIds })}
          />
        ))}
    </>
  );
}

/** ② 支援内容: wanted types in priority order, the step of flexible optimization, the phase. */
export function SupportFields({ values, errors, onChange }: StepFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <SupportTypePriority id="request-supportTypes" value={values.supportTypes} error={errors.supportTypes} onChange={(supportTypes) => onChange({ supportTypes })} />
      <RadioGroup<Step | ''>
        id="request-step"
        name="step"
        legend={t('requestForm.step')}
        hint={t('requestForm.stepHint')}
        required
        error={errors.step}
        options={enumValues(Step).map((step, index) => ({
          value: step,
          label: `${index + 1}. ${labelOf(STEP_LABELS, step, locale)}`,
          description: labelOf(STEP_HELP, step, locale),
        }))}
        value={values.step}
        onChange={(step) => onChange({ step })}
      />
      <RadioGroup<SupportPhase | ''>
        id="request-phase"
        name="phase"
        legend={t('requestForm.phase')}
        hint={t('requestForm.phaseHint')}
        error={errors.phase}
        options={[
          ...enumValues(SupportPhase).map((phase) => ({
            value: phase,
            label: labelOf(SUPPORT_PHASE_LABELS, phase, locale),
            description: labelOf(SUPPORT_PHASE_HELP, phase, locale),
          })),
          { value: '' as const, label: t('requestForm.undecided') },
        ]}
        value={values.phase}
        onChange={(phase) => onChange({ phase })}
      />
    </>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** This year and the next three, and a saved year outside them. */
function yearOptions(saved: string): string[] {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 4 }, (_, index) => String(thisYear + index));
  return saved && !years.includes(saved) ? [saved, ...years].sort() : years;
}

/** ③ 時期と方法: the month support should start, for how many months, and in what format. */
export function ScheduleFields({ values, errors, onChange }: StepFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const startError = errors.desiredStart;
  return (
    <>
      <fieldset className={`form-group${startError ? ' field--error' : ''}`} aria-describedby={startError ? 'request-desiredStart-error' : 'request-desiredStart-hint'}>
        <legend className="field-label">
          {t('requestForm.desiredStart')}
          <RequiredMark />
        </legend>
        <p id="request-desiredStart-hint" className="field-hint">
          {t('requestForm.desiredStartHint')}
        </p>
        <FieldError id="request-desiredStart-error" message={startError} />
        <div className="field-row field-row--narrow">
          <SelectField
            id="request-desiredStart"
            label={t('requestForm.year')}
            value={values.startYear}
            aria-invalid={startError ? true : undefined}
            onChange={(event) => onChange({ startYear: event.target.value })}
          >
            <option value="">{t('form.choose')}</option>
            {yearOptions(values.startYear).map((year) => (
              <option key={year} value={year}>
                {t('requestForm.yearOption', { year })}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="request-desiredStart-month"
            label={t('requestForm.month')}
            value={values.startMonth}
            aria-invalid={startError ? true : undefined}
            onChange={(event) => onChange({ startMonth: event.target.value })}
          >
            <option value="">{t('form.choose')}</option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {t('requestForm.monthOption', { month: Number(month) })}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <TextField
        id="request-durationMonths"
        label={t('requestForm.durationMonths')}
        hint={t('requestForm.durationMonthsHint', { min: REQUEST_LIMITS.durationMonthsMin, max: REQUEST_LIMITS.durationMonthsMax })}
        required
        inputMode="numeric"
        value={values.durationMonths}
        error={errors.durationMonths}
        onChange={(event) => onChange({ durationMonths: event.target.value })}
      />
      <RadioGroup<RequestFormat | ''>
        id="request-format"
        name="format"
        legend={t('requestForm.format')}
        required
        compact
        error={errors.format}
        options={enumValues(RequestFormat).map((format) => ({ value: format, label: labelOf(REQUEST_FORMAT_LABELS, format, locale) }))}
        value={values.format}
        onChange={(format) => onChange({ format })}
      />
    </>
  );
}

/** ④ 財源: how the support is paid for and the budget. */
export function FundingFields({ values, errors, onChange }: StepFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <RadioGroup<FundingRoute | ''>
        id="request-fundingRoute"
        name="fundingRoute"
        legend={t('requestForm.fundingRoute')}
        hint={t('requestForm.fundingRouteHint')}
        required
        error={errors.fundingRoute}
        options={enumValues(FundingRoute).map((route) => ({ value: route, label: labelOf(FUNDING_ROUTE_LABELS, route, locale) }))}
        value={values.fundingRoute}
        onChange={(fundingRoute) => onChange({ fundingRoute })}
      />
      <div className="field-row">
        <TextField
          id="request-budgetMinYen"
          label={t('requestForm.budgetMinYen')}
          hint={t('requestForm.budgetHint')}
          inputMode="numeric"
          value={values.budgetMinYen}
          error={errors.budgetMinYen}
          onChange={(event) => onChange({ budgetMinYen: event.target.value })}
        />
        <TextField
          id="request-budgetMaxYen"
          label={t('requestForm.budgetMaxYen')}
          hint={t('requestForm.budgetHint')}
          inputMode="numeric"
          value={values.budgetMaxYen}
          error={errors.budgetMaxYen}
          onChange={(event) => onChange({ budgetMaxYen: event.target.value })}
        />
      </div>
    </>
  );
}

/** ⑤ 確認と提出: the intake question, the publication choice, and a summary of everything entered. */
export function ReviewFields({ values, errors, onChange }: StepFieldsProps) {
  const { t } = useTranslation();
  const { rmos } = useMunicipalityRmos();
  const rmoNames = values.scope === 'RMOS' ? values.rmoIds.map((id) => rmos.find((rmo) => rmo.id === id)?.name ?? id) : [];

  return (
    <>
      <section className="review-summary" aria-labelledby="request-summary-heading">
        <h3 id="request-summary-heading">{t('requestForm.summaryHeading')}</h3>
        <RequestFacts request={{ ...toRequestInput(values, ''), rmoNames }} forReview />
      </section>
      <CheckboxGroup<'yes'>
        id="request-rmoAgreementConfirmed"
        name="rmoAgreementConfirmed"
        legend={t('requestForm.agreementQuestion')}
        hint={t('requestForm.agreementHint')}
        required
        error={errors.rmoAgreementConfirmed}
        options={[{ value: 'yes', label: t('requestForm.agreementAnswer') }]}
        selected={values.rmoAgreementConfirmed ? ['yes'] : []}
        onChange={(selected) => onChange({ rmoAgreementConfirmed: selected.includes('yes') })}
      />
      <CheckboxGroup<'yes'>
        id="request-published"
        name="published"
        legend={t('requestForm.publication')}
        error={errors.published}
        options={[{ value: 'yes', label: t('requestForm.publishAnonymously'), description: t('requestForm.publishAnonymouslyHint') }]}
        selected={values.published ? ['yes'] : []}
        onChange={(selected) => onChange({ published: selected.includes('yes') })}
      />
    </>
  );
}
