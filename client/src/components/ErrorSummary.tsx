import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryEntry } from './form-errors';

interface ErrorSummaryProps {
  summaryRef: Ref<HTMLDivElement>;
  /** Field problems, each linking to its control. */
  entries: readonly ErrorSummaryEntry[];
  /** Problems of the whole form (wrong password, expired link, network). */
  messages?: readonly string[];
}

/**
 * The box at the top of a form after a failed attempt. It takes focus (see useFormFeedback) and is
 * an alert, so its text is read out; each field problem links to the control to correct.
 */
export function ErrorSummary({ summaryRef, entries, messages = [] }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const hasContent = entries.length > 0 || messages.length > 0;
  const [heading, ...paragraphs] = entries.length > 0 ? [t('form.errorSummaryHeading', { count: entries.length }), ...messages] : messages;
  return (
    <div ref={summaryRef} tabIndex={-1} className={hasContent ? 'error-summary' : undefined}>
      <div role="alert">
        {hasContent && (
          <>
            <h2 className="error-summary__heading">{heading}</h2>
            {paragraphs.map((message) => (
              <p key={message}>{message}</p>
            ))}
            {entries.length > 0 && (
              <ul className="error-summary__list">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <a
                      href={`#${entry.id}`}
                      onClick={(event) => {
                        // Focus the control itself; a fragment link alone only scrolls in some browsers.
                        const control = document.getElementById(entry.id);
                        if (!control) return;
                        event.preventDefault();
                        control.focus();
                        control.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {entry.label}: {entry.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
