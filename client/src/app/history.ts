import { useEffect, useRef, useState } from 'react';
import { UNSAFE_createBrowserHistory, type Location, type To } from 'react-router';

/**
 * The browser history the app's router runs on, with one thing the small declarative router lacks:
 * a page can hold a navigation back (unsaved edits) and let it go on when the user agrees. (The
 * data router has useBlocker, but costs about 19 KB gzip more on the first load.)
 */
const browserHistory = UNSAFE_createBrowserHistory({ v5Compat: true });
type History = typeof browserHistory;
type Update = Parameters<Parameters<History['listen']>[0]>[0];

interface ActiveBlocker {
  shouldBlock: (current: Location, next: Location) => boolean;
  /** Holds a navigation; `proceed` carries it out. */
  block: (proceed: () => void) => void;
}

let activeBlocker: ActiveBlocker | null = null;
let routerListener: ((update: Update) => void) | null = null;
/** The Back or Forward that undid a held one: the router never saw the first, so it must not see this. */
let undoingPop = false;
/** The navigation the user chose to carry out anyway. */
let letThrough = false;

/** The location the router shows (the browser's may be a held Back away from it for a moment). */
let shown: Location = browserHistory.location;

browserHistory.listen((update) => {
  if (undoingPop) {
    undoingPop = false;
    return;
  }
  if (update.action === 'POP' && update.delta !== null && !letThrough && activeBlocker?.shouldBlock(shown, update.location)) {
    const delta = update.delta;
    undoingPop = true;
    browserHistory.go(-delta);
    activeBlocker.block(() => {
      letThrough = true;
      browserHistory.go(delta);
    });
    return;
  }
  letThrough = false;
  shown = update.location;
  routerListener?.(update);
});

function held(to: To, go: () => void): boolean {
  if (letThrough || !activeBlocker) return false;
  const url = new URL(browserHistory.createHref(to), window.location.href);
  const next: Location = { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key: 'pending' };
  if (!activeBlocker.shouldBlock(shown, next)) return false;
  activeBlocker.block(() => {
    letThrough = true;
    go();
    letThrough = false;
  });
  return true;
}

/** What the router is given: the browser history, with pushes, replaces and Back/Forward that a blocker may hold. */
export const appHistory: History = {
  get action() {
    return browserHistory.action;
  },
  get location() {
    return browserHistory.location;
  },
  createHref: (to) => browserHistory.createHref(to),
  createURL: (to) => browserHistory.createURL(to),
  encodeLocation: (to) => browserHistory.encodeLocation(to),
  push(to, state) {
    if (!held(to, () => browserHistory.push(to, state))) browserHistory.push(to, state);
  },
  replace(to, state) {
    if (!held(to, () => browserHistory.replace(to, state))) browserHistory.replace(to, state);
  },
  go: (delta) => browserHistory.go(delta),
  listen(listener) {
    routerListener = listener;
    return () => {
      if (routerListener === listener) routerListener = null;
    };
  },
};

export type NavigationBlocker = { state: 'unblocked' } | { state: 'blocked'; proceed: () => void; reset: () => void };

/**
 * Holds navigations for which `shouldBlock` says so (links, redirects, Back and Forward) until the
 * page calls `proceed` (go on) or `reset` (stay). The shape of react-router's useBlocker.
 */
export function useNavigationBlocker(shouldBlock: (args: { currentLocation: Location; nextLocation: Location }) => boolean): NavigationBlocker {
  const [pending, setPending] = useState<{ proceed: () => void } | null>(null);
  const shouldBlockRef = useRef(shouldBlock);
  shouldBlockRef.current = shouldBlock;

  useEffect(() => {
    const blocker: ActiveBlocker = {
      shouldBlock: (currentLocation, nextLocation) => shouldBlockRef.current({ currentLocation, nextLocation }),
      block: (proceed) => setPending({ proceed }),
    };
    activeBlocker = blocker;
    return () => {
      if (activeBlocker === blocker) activeBlocker = null;
    };
  }, []);

  if (!pending) return { state: 'unblocked' };
  return {
    state: 'blocked',
    proceed: () => {
      setPending(null);
      pending.proceed();
    },
    reset: () => setPending(null),
  };
}
