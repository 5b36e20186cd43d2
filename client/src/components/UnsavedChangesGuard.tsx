import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationBlocker } from '../app/history';

/**
 * Warns before unsaved edits are lost: a question inside the app when a link or the back button
 * would leave the page, and the browser's own question when the tab is closed or reloaded.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Staying on the same address (a form's own query changes) loses nothing.
  const blocker = useNavigationBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers still need a return value to ask.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (blocker.state === 'blocked' && !dialog.open) dialog.showModal();
    if (blocker.state !== 'blocked' && dialog.open) dialog.close();
  }, [blocker.state]);

  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId} onCancel={stay}>
      <h2 id={headingId} className="dialog__heading">
        {t('form.unsavedHeading')}
      </h2>
      <p>{t('form.unsavedBody')}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" autoFocus onClick={stay}>
          {t('form.unsavedStay')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
          {t('form.unsavedLeave')}
        </button>
      </div>
    </dialog>
  );
}
