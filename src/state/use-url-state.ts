import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatUrlState, parseUrlState, type UrlNotice, type UrlState } from '../model/url-state.ts';

const CHANGE = 'rasd:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

/** How a change is written: a new history entry (default) or in place. */
export interface NavigateOptions {
  replace?: boolean;
}

/**
 * The one door between the URL and the app: the parsed state, what was ignored in it, and a setter
 * that writes a new history entry so back and forward walk through views.
 */
export function useUrlState(): {
  state: UrlState;
  notices: UrlNotice[];
  update: (patch: Partial<UrlState>, options?: NavigateOptions) => void;
} {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const { state, notices } = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback((patch: Partial<UrlState>, options: NavigateOptions = {}) => {
    const current = parseUrlState(window.location.search).state;
    const next = `${window.location.pathname}${formatUrlState({ ...current, ...patch })}${window.location.hash}`;
    if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return { state, notices, update };
}
