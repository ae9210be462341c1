import { useEffect, useState } from 'react';
import { localStore } from '../data/local-store.ts';
import { draftTitle, type EditorDraft } from './editor-draft.ts';
import { useEditorLocale } from './editor-locale.tsx';

/** The drafts saved in this browser, most recently edited first, each to open or delete. */
export function DraftsList({ onOpen }: { onOpen: (id: string) => void }) {
  const { m, day, moment } = useEditorLocale();
  const [drafts, setDrafts] = useState<EditorDraft[] | null>(null);

  useEffect(() => {
    let live = true;
    localStore()
      .listDrafts<EditorDraft>()
      .then(
        (list) => live && setDrafts(list),
        () => live && setDrafts([]),
      );
    return () => {
      live = false;
    };
  }, []);

  const remove = async (draft: EditorDraft, title: string) => {
    if (!window.confirm(m.drafts.confirmRemove(title))) return;
    await localStore().deleteDraft(draft.id);
    setDrafts((list) => list?.filter((d) => d.id !== draft.id) ?? null);
  };

  return (
    <section className="editor-panel drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{m.drafts.heading}</h2>
      <p className="muted">{m.drafts.help}</p>
      {drafts?.length === 0 ? <p>{m.drafts.none}</p> : null}
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
                  onClick={() => void remove(draft, title)}
                >
                  {m.drafts.remove}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
