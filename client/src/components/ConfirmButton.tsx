import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button that opens the question. */
  label: string;
  /** The question, said in full (what happens, and that it cannot be undone). */
  question: string;
  confirmLabel: string;
  busy?: boolean;
  /** A quiet link-like opener (beside other actions of a card) or an outlined button. */
  variant?: 'secondary' | 'tertiary';
  describedBy?: string;
  onConfirm: () => void;
  /** Shown under the question (a failure of the action). */
  children?: ReactNode;
}

/** A button that asks once more in place, for actions that cannot be undone; focus follows the question. */
export function ConfirmButton({ label, question, confirmLabel, busy = false, variant = 'secondary', describedBy, onConfirm, children }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  if (!confirming) {
    return (
      <button
        ref={openRef}
        type="button"
        className={`button button--${variant} button--danger-text`}
        aria-describedby={describedBy}
        onClick={() => {
          setConfirming(true);
          // Move to the question so it is read; the buttons follow it.
          requestAnimationFrame(() => boxRef.current?.focus());
        }}
      >
        {label}
      </button>
    );
  }

  return (
    <div ref={boxRef} tabIndex={-1} className="confirm-box" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('form.cancel')}
        </button>
      </div>
      {children}
    </div>
  );
}
