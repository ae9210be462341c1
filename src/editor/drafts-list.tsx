import { useEffect, useState } from 'react';
import { localStore } from '../data/local-store.ts';
import { draftTitle, type EditorDraft, sortDrafts } from './editor-draft.ts';
import { useEditorLocale } from './editor-locale.tsx';

/** The drafts saved in this browser, most recently edited first, each to open or delete. */
export function DraftsList({ onOpen }: { onOpen: (id: string) => void }) {
  const { m, day, moment } = useEditorLocale();
  const [drafts, setDrafts] = useState<EditorDraft[] | null>(null);
  // Drafts of a shape the editor cannot open: listed, to be removed, and never drawn as drafts.
  const [damaged, setDamaged] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    localStore()
      .listDrafts<EditorDraft>()
      .then(
        (list) => {
          if (!live) return;
          const sorted = sortDrafts(list);
          setDrafts(sorted.drafts);
          setDamaged(sorted.damaged);
        },
        () => live && setDrafts([]),
      );
    return () => {
      live = false;
    };
  }, []);

  const remove = async (id: string, title: string) => {
    if (!window.confirm(m.drafts.confirmRemove(title))) return;
    await localStore().deleteDraft(id);
    setDrafts((list) => list?.filter((d) => d.id !== id) ?? null);
    setDamaged((ids) => ids.filter((other) => other !== id));
  };

  return (
    <section className="editor-panel drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{m.drafts.heading}</h2>
      <p className="muted">{m.drafts.help}</p>
      {drafts?.length === 0 && damaged.length === 0 ? <p>{m.drafts.none}</p> : null}
      <ul className="drafts-list">
        {(drafts ?? []).map((draft) => {
          const title = draftTitle(draft) || m.drafts.untitled;
          return (
            <li key={draft.id} className="draft-item">
              <p className="draft-title" dir="auto">
                <bdi>{title}</bdi>
              </p>
              <p className="muted draft-facts">
                <span>{m.drafts.published(day(draft.meta.date))}</span>
                {draft.record ? <span>{m.drafts.events(draft.record.events.length)}</span> : null}
                <span>{m.drafts.edited(moment(draft.updatedAt))}</span>
              </p>
              <div className="draft-actions">
                <button type="button" aria-label={m.drafts.openLabel(title)} onClick={() => onOpen(draft.id)}>
                  {m.drafts.open}
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={m.drafts.removeLabel(title)}
                  onClick={() => void remove(draft.id, title)}
                >
                  {m.drafts.remove}
                </button>
              </div>
            </li>
          );
        })}
        {damaged.map((id) => (
          <li key={id} className="draft-item">
            <p className="draft-title">{m.drafts.damaged}</p>
            <div className="draft-actions">
              <button
                type="button"
                className="quiet"
                aria-label={m.drafts.removeLabel(m.drafts.damaged)}
                onClick={() => void remove(id, m.drafts.damaged)}
              >
                {m.drafts.remove}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
