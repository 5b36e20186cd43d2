import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import { serverFieldErrors, summarizeErrors, type FieldErrors, type FormFieldRef } from './form-errors';

/**
 * Error state of a form: field messages (the client's own checks or the server's BAD_USER_INPUT)
 * or one failure of the whole form. After every failed attempt the summary at the top takes focus,
 * so keyboard and screen-reader users learn what went wrong and can jump to each field.
 */
export function useFormFeedback() {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);

  return {
    fieldErrors,
    formError,
    summaryRef,
    /**
     * What the error summary shows: field problems in the order of `fields`, and problems of the
     * whole form (`describe` words a failed request; problems on fields not shown come last).
     */
    summarize(fields: readonly FormFieldRef[], describe: (error: unknown) => string = (error) => describeError(error, t)) {
      const { entries, unplaced } = summarizeErrors(fieldErrors, fields);
      return { entries, messages: [...(formError ? [describe(formError)] : []), ...unplaced] };
    },
    /** Clears every message, before a new attempt. */
    clear() {
      setFieldErrors({});
      setFormError(null);
    },
    /** Shows the client's own field messages. */
    failFields(errors: FieldErrors) {
      setFieldErrors(errors);
      setFormError(null);
      setFailedAttempts((count) => count + 1);
    },
    /** Shows a failed request: next to the fields it names, else as a failure of the whole form. */
    failRequest(error: unknown) {
      const errors = serverFieldErrors(error, t);
      const hasFieldErrors = Object.keys(errors).length > 0;
      setFieldErrors(errors);
      setFormError(hasFieldErrors ? null : error);
      setFailedAttempts((count) => count + 1);
    },
  };
}

/** Client-side check that the listed fields are filled in; the server checks everything else. */
export function requiredFieldErrors(values: Readonly<Record<string, string>>, required: readonly string[], message: string): FieldErrors {
  return Object.fromEntries(required.filter((path) => !values[path]?.trim()).map((path) => [path, message]));
}
