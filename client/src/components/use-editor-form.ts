import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldErrors } from './form-errors';
import { useFormFeedback } from './use-form-feedback';

interface EditorFormOptions<Values, Input> {
  initialValues: Values;
  /** The client's own checks, all of them at once; the server checks everything again. */
  check: (values: Values, t: TFunction) => FieldErrors;
  toInput: (values: Values) => Input;
  /**
   * Saves; a rejection is shown next to the fields it names (or as a failure of the whole form).
   * It may return changes to the values to make after success (e.g. empty the email for the next invitation).
   */
  onSubmit: (input: Input) => Promise<Partial<Values> | void>;
  /** Changes to the values after a failed attempt (e.g. empty the password). */
  afterFailure?: (values: Values) => Partial<Values>;
}

/**
 * State of a form saved with one button — the editors, sign-in, registration and invitations:
 * its values, whether they differ from the saved ones, the saving flag and the feedback of a failed attempt.
 */
export function useEditorForm<Values extends object, Input>({ initialValues, check, toInput, onSubmit, afterFailure }: EditorFormOptions<Values, Input>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  // What the form was last loaded or saved with, to tell unsaved changes.
  const [savedValues, setSavedValues] = useState(initialValues);
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
      const changes = await onSubmit(toInput(values));
      const next = changes ? { ...values, ...changes } : values;
      setValues(next);
      setSavedValues(next);
    } catch (error) {
      feedback.failRequest(error);
      if (afterFailure) setValues((current) => ({ ...current, ...afterFailure(current) }));
    } finally {
      setSaving(false);
    }
  };

  return {
    values,
    saving,
    feedback,
    /** The values differ from those last loaded or saved. */
    isDirty: JSON.stringify(values) !== JSON.stringify(savedValues),
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
