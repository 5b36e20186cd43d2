import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldErrors } from './form-errors';
import { useFormFeedback } from './use-form-feedback';

interface EditorFormOptions<Values, Input> {
  initialValues: Values;
  /** The client's own checks; the server checks everything again. */
  check: (values: Values, t: TFunction) => FieldErrors;
  toInput: (values: Values) => Input;
  /** Saves; a rejection is shown next to the fields it names (or as a failure of the whole form). */
  onSubmit: (input: Input) => Promise<void>;
}

/** State of a form saved with one button: its values, the saving flag and the feedback of a failed attempt. */
export function useEditorForm<Values extends object, Input>({ initialValues, check, toInput, onSubmit }: EditorFormOptions<Values, Input>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [saving, setSaving] = useState(false);
  const feedback = useFormFeedback();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    feedback.clear();
    const problems = check(values, t);
    if (Object.keys(problems).length > 0) {
      feedback.failFields(problems);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(toInput(values));
    } catch (error) {
      feedback.failRequest(error);
    } finally {
      setSaving(false);
    }
  };

  return {
    values,
    saving,
    feedback,
    /** A setter for one field, for controls that report only their own value. */
    set:
      <K extends keyof Values>(key: K) =>
      (value: Values[K]) =>
        setValues((current) => ({ ...current, [key]: value })),
    /** Changes several fields at once. */
    patch: (changes: Partial<Values>) => setValues((current) => ({ ...current, ...changes })),
    onSubmit: (event: FormEvent) => void handleSubmit(event),
  };
}
