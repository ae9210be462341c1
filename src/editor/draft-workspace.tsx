import { useState } from 'react';
import { useEditorLocale } from './editor-locale.tsx';
import { InputStage } from './input-stage.tsx';
import { ReviewStage } from './review-stage.tsx';
import { useDrafter } from './use-drafter.ts';
import { useSavedDraft } from './use-saved-draft.ts';

/** One draft, from its text to its reviewed record, saved as it changes. */
export function DraftWorkspace({ id, onClose }: { id: string; onClose: () => void }) {
  const { m } = useEditorLocale();
  const { draft, damaged, update, savedAt } = useSavedDraft(id);
  const drafter = useDrafter();
  const [editingInput, setEditingInput] = useState(false);

  if (draft === undefined) {
    return (
      <p className="status-line" role="status">
        {m.loading}
      </p>
    );
  }
  if (draft === null) {
    return (
      <div className="status-view">
        <p className="status-title">{damaged ? m.damaged : m.notFound}</p>
        <button type="button" onClick={onClose}>
          {m.backToList}
        </button>
      </div>
    );
  }
  return (
    <>
      <nav className="draft-nav" aria-label={m.drafts.heading}>
        <button type="button" className="quiet" onClick={onClose}>
          {m.backToList}
        </button>
      </nav>
      {!draft.record || editingInput ? (
        <InputStage
          draft={draft}
          update={update}
          drafter={drafter}
          onDrafted={() => setEditingInput(false)}
          {...(draft.record ? { onBack: () => setEditingInput(false) } : {})}
        />
      ) : (
        <ReviewStage
          draft={draft}
          record={draft.record}
          update={update}
          drafter={drafter}
          savedAt={savedAt}
          onEditInput={() => setEditingInput(true)}
        />
      )}
    </>
  );
}
