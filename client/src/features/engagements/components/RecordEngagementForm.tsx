import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { STEP_LABELS, SUPPORT_TYPE_LABELS, Step, SupportType, enumValues, japanDate, labelOf } from '@tsunagu/shared';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CheckboxGroup, SelectField, TextField } from '../../../components/form-fields';
import { useLocale } from '../../../i18n';
import { RmosQuery } from '../../rmos/graphql/rmos.operations';
import { RecordEngagementMutation } from '../graphql/engagements.operations';

/** The municipality records a past or ongoing engagement begun outside Tsunagu, with a registered supporter. */
export function RecordEngagementForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const rmos = useQuery(RmosQuery);
  const [record, recording] = useMutation(RecordEngagementMutation);
  const [title, setTitle] = useState('');
  const [supporter, setSupporter] = useState('');
  const [rmoIds, setRmoIds] = useState<string[]>([]);
  const [supportTypes, setSupportTypes] = useState<SupportType[]>([]);
  const [step, setStep] = useState<Step>(Step.REFLECTION);
  const [startedOn, setStartedOn] = useState(japanDate(new Date()));
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // A profile address (…/supporters/<id>) or the bare id.
    const supporterId = supporter.trim().split('/').filter(Boolean).at(-1) ?? '';
    record({ variables: { input: { supporterId, rmoIds, title, supportTypes, step, startedOn } } }).then(
      (result) => {
        const id = result.data?.recordEngagement.id;
        if (id) void navigate(`/engagements/${id}`);
      },
      (caught: unknown) => setError(caught),
    );
  };
  return (
    <details className="offer-respond-inline record-engagement">
      <summary>{t('engagements.record.open')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="field-hint">{t('engagements.record.lead')}</p>
        <TextField id="record-title" label={t('engagements.record.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxChars={100} />
        <TextField id="record-supporter" label={t('engagements.record.supporter')} hint={t('engagements.record.supporterHint')} value={supporter} onChange={(e) => setSupporter(e.target.value)} required />
        <CheckboxGroup<string>
          id="record-rmos"
          name="recordRmoIds"
          legend={t('engagements.fromOffer.rmos')}
          required
          compact
          options={(rmos.data?.rmos ?? []).map((rmo) => ({ value: rmo.id, label: rmo.name }))}
          selected={rmoIds}
          onChange={setRmoIds}
        />
        <CheckboxGroup<SupportType>
          id="record-types"
          name="recordSupportTypes"
          legend={t('engagements.record.supportTypes')}
          required
          compact
          options={enumValues(SupportType).map((value) => ({ value, label: labelOf(SUPPORT_TYPE_LABELS, value, locale) }))}
          selected={supportTypes}
          onChange={setSupportTypes}
        />
        <SelectField id="record-step" label={t('engagements.currentStep')} value={step} onChange={(e) => setStep(e.target.value as Step)}>
          {enumValues(Step).map((value, index) => (
            <option key={value} value={value}>
              {index + 1}. {labelOf(STEP_LABELS, value, locale)}
            </option>
          ))}
        </SelectField>
        <TextField id="record-started" type="date" label={t('engagements.record.startedOn')} value={startedOn} onChange={(e) => setStartedOn(e.target.value)} required />
        <button type="submit" className="button" disabled={recording.loading}>
          {t('engagements.record.save')}
        </button>
        {error !== null && <ErrorMessage error={error} />}
      </form>
    </details>
  );
}
