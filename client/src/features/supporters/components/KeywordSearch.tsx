import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@tsunagu/shared';

// Long enough to skip intermediate keystrokes, short enough to feel live.
const TYPING_DEBOUNCE_MS = 350;

interface KeywordSearchProps {
  /** The keyword currently in the URL. */
  value: string;
  /** Commits a keyword; `replace` while typing so Back does not step through every keystroke. */
  onCommit: (text: string, options: { replace: boolean }) => void;
}

/** Free-text search that follows typing (debounced, not mid-IME-composition) and also submits on Enter. */
export function KeywordSearch({ value, onCommit }: KeywordSearchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const composing = useRef(false);
  // Bumped when an IME composition ends, so the debounce restarts even if the text did not change.
  const [compositionsEnded, setCompositionsEnded] = useState(0);
  const lastCommitted = useRef(value);

  // The URL changed from outside (Back, a link, clear filters): show its keyword.
  useEffect(() => {
    if (value !== lastCommitted.current) {
      lastCommitted.current = value;
      setDraft(value);
    }
  }, [value]);

  const commit = (text: string, replace: boolean) => {
    if (text === lastCommitted.current) return;
    lastCommitted.current = text;
    onCommit(text, { replace });
  };

  const commitTyped = useEffectEvent((text: string) => commit(text, true));
  useEffect(() => {
    if (composing.current || draft === lastCommitted.current) return;
    const timer = window.setTimeout(() => commitTyped(draft), TYPING_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, compositionsEnded]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit(draft, false);
  };

  return (
    <form role="search" className="keyword-search" onSubmit={handleSubmit}>
      <label htmlFor="keyword" className="field-label">
        {t('search.keywordLabel')}
      </label>
      <p id="keyword-hint" className="field-hint">
        {t('search.keywordHint')}
      </p>
      <div className="keyword-search__row">
        <input
          id="keyword"
          name="q"
          type="search"
          className="text-input"
          value={draft}
          maxLength={LIMITS.searchTextMaxLength}
          aria-describedby="keyword-hint"
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => setDraft(event.target.value)}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            setDraft(event.currentTarget.value);
            setCompositionsEnded((count) => count + 1);
          }}
        />
        <button type="submit" className="button button--primary">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
