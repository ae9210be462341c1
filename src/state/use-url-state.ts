import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
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

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * `next` with each list that says what `previous`'s says replaced by `previous`'s own array: a zoom
 * writes only `window`, and with new arrays for the same people, types and articles every view
 * memoised on them (the graph's drawing, its edges' names) was worked out again.
 */
export function keepUnchangedLists(previous: UrlState | null, next: UrlState): UrlState {
  if (!previous) return next;
  const kept: Record<string, unknown> = { ...next };
  for (const [key, value] of Object.entries(next)) {
    const before = (previous as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(before) && value !== before && sameList(value, before)) {
      kept[key] = before;
    }
  }
  return kept as unknown as UrlState;
}

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
  const last = useRef<UrlState | null>(null);
  const { state, notices } = useMemo(() => {
    const parsed = parseUrlState(search);
    return { ...parsed, state: keepUnchangedLists(last.current, parsed.state) };
  }, [search]);
  last.current = state;
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
