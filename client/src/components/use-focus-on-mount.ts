import { useEffect, type RefObject } from 'react';

/** Moves focus to an element when it appears (a confirmation that replaces the form the user was in). */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    ref.current?.focus();
  }, [ref]);
}
