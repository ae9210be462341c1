import { useCallback, useEffect, useRef, useState } from 'react';
import { localStore } from '../data/local-store.ts';
import { type EditorDraft, isEditorDraft } from './editor-draft.ts';

/** A draft loaded from the browser's store and saved back after every change. */
export interface SavedDraft {
  /** Undefined while loading, null when no draft has that id or it is damaged. */
  draft: EditorDraft | null | undefined;
  /** A draft has that id, but not a shape the editor can open (see isEditorDraft). */
  damaged: boolean;
  /** Changes the draft; it is saved a moment later (and at once when the page is hidden). */
  update: (change: (draft: EditorDraft) => EditorDraft) => void;
  /** When the last save finished, or false when saving failed. */
  savedAt: number | false | null;
}

/** Saving waits this long for more typing, so a paste of megabytes is not written on every key. */
const SAVE_DELAY_MS = 250;

/** The draft `id`, kept in IndexedDB as it changes. */
export function useSavedDraft(id: string): SavedDraft {
  const [draft, setDraft] = useState<EditorDraft | null | undefined>(undefined);
  const [damaged, setDamaged] = useState(false);
  const [savedAt, setSavedAt] = useState<number | false | null>(null);
  const unsaved = useRef<EditorDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    localStore()
      .getDraft<EditorDraft>(id)
      .then(
        (found) => {
          if (!live) return;
          setDamaged(found !== undefined && !isEditorDraft(found));
          setDraft(found && isEditorDraft(found) ? found : null);
        },
        () => live && setDraft(null),
      );
    return () => {
      live = false;
    };
  }, [id]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = unsaved.current;
    if (!pending) return;
    unsaved.current = null;
    localStore()
      .putDraft(pending)
      .then(
        () => setSavedAt(Date.now()),
        () => setSavedAt(false),
      );
  }, []);

  useEffect(() => {
    // A closed tab or a switch to another app may be the last chance to write.
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (draft: EditorDraft) => EditorDraft) => {
      setDraft((current) => {
        if (!current) return current;
        const next = { ...change(current), updatedAt: Date.now() };
        unsaved.current = next;
        return next;
      });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { draft, damaged, update, savedAt };
}
