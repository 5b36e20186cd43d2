import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterDrawerProps {
  open: boolean;
  /** Results of the search as the filters stand now; the button below shows how many. */
  resultCount: number | null;
  isSearching: boolean;
  onClose: () => void;
  /** Shown beside 「N件を表示」 while some filter is set. */
  clearButton: ReactNode;
  children: ReactNode;
}

/**
 * On a phone the filters take the whole screen as a modal dialog (Esc or 「N件を表示」 closes it,
 * focus returns to the button that opened it); every change already applies, the count says to what.
 */
export function FilterDrawer({ open, resultCount, isSearching, onClose, clearButton, children }: FilterDrawerProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="filter-drawer"
      aria-labelledby="filter-drawer-heading"
      // Esc: the browser closes the dialog; keep React's state in step.
      onClose={onClose}
    >
      <div className="filter-drawer__header">
        <h2 id="filter-drawer-heading" className="filter-panel__heading">
          {t('search.filtersHeading')}
        </h2>
        <button type="button" className="button button--tertiary filter-drawer__close" onClick={onClose}>
          {t('search.closeFilters')}
        </button>
      </div>
      <div className="filter-drawer__body">{children}</div>
      <div className="filter-drawer__footer">
        {clearButton}
        <button type="button" className="button button--primary filter-drawer__show" onClick={onClose} aria-busy={isSearching}>
          {resultCount === null ? t('search.searching') : t('search.showResults', { count: resultCount })}
        </button>
      </div>
    </dialog>
  );
}
