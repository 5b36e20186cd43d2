import type { ReactNode } from 'react';

interface StatusMessageProps {
  children: ReactNode;
  /** Visually hidden but still announced, for status a sighted user already sees elsewhere. */
  visuallyHidden?: boolean;
}

/** A polite live region: screen readers announce loading and result changes without moving focus. */
export function StatusMessage({ children, visuallyHidden = false }: StatusMessageProps) {
  return (
    <p role="status" aria-live="polite" className={visuallyHidden ? 'visually-hidden' : 'status-message'}>
      {children}
    </p>
  );
}
