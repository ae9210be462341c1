import { useCallback, useState } from 'react';
import type { ArticleRecord, EvidenceRecord } from '../model/article-schema.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { freeId, type RecordEdit } from './record-edits.ts';
import { selectSpanInText } from './select-span.ts';
import { evidenceOf, type TextRange } from './text-spans.ts';

/** The text selected in the article and what can be done with it. */
export interface TextSelection {
  pending: TextRange | null;
  /** The selection as an evidence span (exact slice, spaces trimmed), or null. */
  selection: EvidenceRecord | null;
  note: string | null;
  /** The evidence span being moved (chosen with "adjust"), or null. */
  adjusting: { event: string; index: number } | null;
  onPending: (range: TextRange | null) => void;
  onTwoParagraphs: () => void;
  clear: () => void;
  add: () => void;
  create: () => void;
  adjust: (event: string, index: number) => void;
  move: () => void;
}

/**
 * The selection kept while focus goes to the buttons, and the edits it makes: evidence for the chosen
 * event, a new event (chosen and focused), or an existing span moved to it.
 */
export function useTextSelection(
  record: ArticleRecord,
  chosenId: string | null,
  choose: (id: string) => void,
  apply: (edit: RecordEdit) => void,
): TextSelection {
  const { m, lang } = useEditorLocale();
  const [pending, setPending] = useState<TextRange | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState<{ event: string; index: number } | null>(null);
  const selection = pending ? evidenceOf(record.paragraphs, pending) : null;

  const onPending = useCallback((range: TextRange | null) => {
    setPending(range);
    setNote(null);
    if (!range) setAdjusting(null);
  }, []);
  const onTwoParagraphs = useCallback(() => setNote(m.selection.twoParagraphs), [m]);
  const clear = () => {
    window.getSelection()?.removeAllRanges();
    setPending(null);
    setAdjusting(null);
  };
  const chosen = record.events.find((e) => e.id === chosenId);

  return {
    pending,
    selection,
    note,
    adjusting,
    onPending,
    onTwoParagraphs,
    clear,
    add() {
      if (!selection || !chosen) return;
      apply({ kind: 'add-evidence', event: chosen.id, span: selection });
      clear();
      setNote(m.selection.added(chosen.title[lang]));
    },
    create() {
      if (!selection) return;
      const id = freeId(
        'event',
        record.events.map((e) => e.id),
      );
      apply({ kind: 'new-event', id, span: selection, title: m.selection.newEventTitle });
      clear();
      choose(id);
      setNote(m.selection.created);
      // The new card exists after this render; take the reader to it.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-event="${id}"] .card-choose`)?.focus(),
      );
    },
    adjust(event, index) {
      const span = record.events.find((e) => e.id === event)?.evidence[index];
      const reader = document.querySelector('.editor-reader');
      if (!span || !reader || !selectSpanInText(reader, span)) return;
      setAdjusting({ event, index });
      setPending({ paragraph: span.paragraph, start: span.start, end: span.end });
    },
    move() {
      if (!selection || !adjusting) return;
      apply({ kind: 'set-evidence', event: adjusting.event, index: adjusting.index, span: selection });
      clear();
    },
  };
}
