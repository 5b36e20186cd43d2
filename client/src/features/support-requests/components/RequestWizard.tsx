import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SupportRequestAction, SupportRequestStatus } from '@tsunagu/shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorFieldOf } from '../../../components/describe-error';
import type { FieldErrors, FormFieldRef } from '../../../components/form-errors';
import { useFormFeedback } from '../../../components/use-form-feedback';
import type { SupportRequestFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../i18n';
import { useSaveRequest } from '../hooks/use-save-request';
import { REQUEST_FORM_STEPS, STEP_OF_FIELD, checkRequest, toRequestInput, type RequestFormStep, type RequestFormValues } from '../request-form';
import { intlLocaleOf } from '../../../i18n/format';
import { FundingFields, OverviewFields, ReviewFields, ScheduleFields, SupportFields, type StepFieldsProps } from './RequestStepFields';
import { RequestStepIndicator } from './RequestStepIndicator';

/** How the form ended, for the notice on the request's page. */
export type RequestFormOutcome = 'saved' | 'submitted' | 'updated';

interface RequestWizardProps {
  /** The saved request; null until the first save. */
  request: SupportRequestFieldsFragment | null;
  initialValues: RequestFormValues;
  municipalityCode: string;
  /** 0-based index into REQUEST_FORM_STEPS (the page keeps it in the URL). */
  stepIndex: number;
  onStepChange: (index: number) => void;
  /** After the first save: the page puts the new id in the URL and continues at `nextStepIndex`. */
  onCreated: (request: SupportRequestFieldsFragment, nextStepIndex: number) => void;
  onFinished: (request: SupportRequestFieldsFragment, outcome: RequestFormOutcome) => void;
  /** When the saved time of an earlier save (before a reload of the page) is to be shown. */
  savedAt?: string;
  /** The RMO record a request written by an RMO must concern (see OverviewFields); null for a municipality's. */
  lockedRmoId?: string | null;
}

const STEP_FIELDS: Readonly<Record<RequestFormStep, (props: StepFieldsProps) => React.JSX.Element>> = {
  overview: OverviewFields,
  support: SupportFields,
  schedule: ScheduleFields,
  funding: FundingFields,
  review: ReviewFields,
};

/**
 * The request form in five steps. 「次へ」 saves the draft (created the first time, replaced after),
 * so nothing typed is lost; a field the server refuses is shown in its own step, in Japanese.
 */
export function RequestWizard({
  request,
  initialValues,
  municipalityCode,
  stepIndex,
  onStepChange,
  onCreated,
  onFinished,
  savedAt,
  lockedRmoId = null,
}: RequestWizardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState(initialValues);
  const [saving, setSaving] = useState(false);
  const [savedTime, setSavedTime] = useState(savedAt ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves to the step's heading when the user moves on, not when an error sends them back.
  const focusHeading = useRef(Boolean(savedAt));
  const saver = useSaveRequest();
  const feedback = useFormFeedback();

  const step = REQUEST_FORM_STEPS[stepIndex];
  const isLast = stepIndex === REQUEST_FORM_STEPS.length - 1;
  const isDraft = !request || request.status === SupportRequestStatus.DRAFT;
  const canSubmit = request?.allowedActions.includes(SupportRequestAction.SUBMIT) ?? false;

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    // After the layout's own focus move on a new address.
    requestAnimationFrame(() => headingRef.current?.focus());
  }, [stepIndex]);

  const goTo = (index: number) => {
    focusHeading.current = true;
    onStepChange(index);
  };

  // Every field the server may name, with the control an error summary link focuses.
  const fields: FormFieldRef[] = [
    { path: 'title', id: 'request-title', label: t('requestForm.title') },
    { path: 'background', id: 'request-background', label: t('requestForm.background') },
    // While the whole municipality is chosen, a refusal of the RMOs points at that choice, never at a hidden field.
    { path: 'rmoIds', id: values.scope === 'RMOS' ? 'request-rmoIds' : 'request-scope', label: t('requestForm.rmos') },
    { path: 'supportTypes', id: 'request-supportTypes', label: t('requestForm.supportTypes') },
    { path: 'step', id: 'request-step', label: t('requestForm.step') },
    { path: 'phase', id: 'request-phase', label: t('requestForm.phase') },
    { path: 'desiredStart', id: 'request-desiredStart', label: t('requestForm.desiredStart') },
    { path: 'durationMonths', id: 'request-durationMonths', label: t('requestForm.durationMonths') },
    { path: 'format', id: 'request-format', label: t('requestForm.format') },
    { path: 'fundingRoute', id: 'request-fundingRoute', label: t('requestForm.fundingRoute') },
    { path: 'budgetMinYen', id: 'request-budgetMinYen', label: t('requestForm.budgetMinYen') },
    { path: 'budgetMaxYen', id: 'request-budgetMaxYen', label: t('requestForm.budgetMaxYen') },
    { path: 'rmoAgreementConfirmed', id: 'request-rmoAgreementConfirmed', label: t('requestForm.agreementQuestion') },
    { path: 'published', id: 'request-published', label: t('requestForm.publication') },
  ];
  const summary = feedback.summarize(fields.filter((field) => STEP_OF_FIELD[field.path] === step));

  /** Shows the step of the first refused field, so its message stands next to it. */
  const showStepOf = (field: string | undefined) => {
    const target = field ? STEP_OF_FIELD[field] : undefined;
    if (target && target !== step) onStepChange(REQUEST_FORM_STEPS.indexOf(target));
  };

  const failFields = (problems: FieldErrors) => {
    feedback.failFields(problems);
    showStepOf(Object.keys(problems)[0]);
  };

  const failRequest = (error: unknown) => {
    setSavedTime('');
    feedback.failRequest(error);
    showStepOf(errorFieldOf(error));
  };

  /** Saves everything entered so far; null when it failed (the failure is shown). */
  const save = async (): Promise<SupportRequestFieldsFragment | null> => {
    feedback.clear();
    const problems = checkRequest(values, t);
    if (Object.keys(problems).length > 0) {
      failFields(problems);
      return null;
    }
    setSaving(true);
    try {
      const saved = await saver.save(request?.id ?? null, toRequestInput(values, municipalityCode));
      setSavedTime(new Date().toISOString());
      return saved;
    } catch (error) {
      failRequest(error);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const next = async () => {
    const saved = await save();
    if (!saved) return;
    if (!request) onCreated(saved, stepIndex + 1);
    else goTo(stepIndex + 1);
  };

  const finish = async (outcome: RequestFormOutcome) => {
    const saved = await save();
    if (!saved) return;
    if (outcome !== 'submitted') {
      onFinished(saved, outcome);
      return;
    }
    setSaving(true);
    try {
      onFinished(await saver.submit(saved.id), 'submitted');
    } catch (error) {
      failRequest(error);
    } finally {
      setSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isLast) void next();
    else if (!isDraft) void finish('updated');
    else if (canSubmit) void finish('submitted');
    else void finish('saved');
  };

  const StepFields = STEP_FIELDS[step];
  const savedClock = savedTime
    ? new Date(savedTime).toLocaleTimeString(intlLocaleOf(locale), { hour: '2-digit', minute: '2-digit' })
    : '';

  return (
    <>
      <RequestStepIndicator current={stepIndex} onSelect={request ? goTo : undefined} />
      <ErrorSummary summaryRef={feedback.summaryRef} {...summary} />
      <form className="request-form" noValidate onSubmit={handleSubmit} aria-busy={saving}>
        <section className="form-section" aria-labelledby="request-step-heading">
          <h2 id="request-step-heading" ref={headingRef} tabIndex={-1} className="request-form__heading">
            {t('requestForm.stepHeading', { number: stepIndex + 1, total: REQUEST_FORM_STEPS.length, name: t(`requestForm.steps.${step}`) })}
          </h2>
          <StepFields
            values={values}
            errors={feedback.fieldErrors}
            lockedRmoId={lockedRmoId}
            onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
          />
        </section>

        <p className="field-hint">{isLast ? (isDraft ? t('requestForm.submitHint') : t('requestForm.updateHint')) : isDraft ? t('requestForm.nextHint') : t('requestForm.nextHintUpdate')}</p>
        <div className="form-actions">
          {stepIndex > 0 && (
            <button type="button" className="button button--secondary" disabled={saving} onClick={() => goTo(stepIndex - 1)}>
              {t('requestForm.back')}
            </button>
          )}
          {isLast && isDraft && canSubmit && (
            <button type="button" className="button button--secondary" disabled={saving} onClick={() => void finish('saved')}>
              {t('requestForm.saveDraft')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={saving}>
            {!isLast ? t('requestForm.next') : !isDraft ? t('editor.save') : canSubmit ? t('requestForm.submit') : t('requestForm.saveDraft')}
          </button>
        </div>
        <StatusMessage>
          {saving ? t('editor.saving') : savedClock ? t(isDraft ? 'requestForm.draftSaved' : 'requestForm.changesSaved', { time: savedClock }) : ''}
        </StatusMessage>
      </form>
    </>
  );
}
