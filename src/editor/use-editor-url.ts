import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../model/format-date.ts';

/** What the editor's address holds: the language and the open draft. */
export interface EditorUrl {
  lang: Lang;
  draft: string | null;
}

const DRAFT_ID = /^[a-z0-9-]{1,64}$/;

function read(): EditorUrl {
  const params = new URLSearchParams(window.location.search);
  const draft = params.get('draft');
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'ar',
    draft: draft && DRAFT_ID.test(draft) ? draft : null,
  };
}

/** The editor's URL state: opening a draft is a new history entry (Back returns to the list). */
export function useEditorUrl(): EditorUrl & { go: (patch: Partial<EditorUrl>, replace?: boolean) => void } {
  const [state, setState] = useState(read);
  useEffect(() => {
    const onPop = () => setState(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((patch: Partial<EditorUrl>, replace = false) => {
    const next = { ...read(), ...patch };
    const params = new URLSearchParams();
    if (next.lang !== 'ar') params.set('lang', next.lang);
    if (next.draft) params.set('draft', next.draft);
    const url = `${window.location.pathname}${params.size ? `?${params}` : ''}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setState(next);
  }, []);
  return { ...state, go };
}
