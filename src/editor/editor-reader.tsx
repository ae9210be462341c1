import { type KeyboardEvent, type MouseEvent, useEffect, useId, useMemo, useRef } from 'react';
import type { ArticleRecord } from '../model/article-schema.ts';
import { segmentsOf, spansByParagraph } from '../model/evidence-segments.ts';
import { domPointAt, rangeOfSelection, textOffset } from './dom-offsets.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { moveSelection } from './keyboard-selection.ts';
import type { TextRange } from './text-spans.ts';
import { wordsOf } from './text-spans.ts';

/** Props of EditorReader. */
export interface EditorReaderProps {
  record: ArticleRecord;
  selectedEvent: string | null;
  /** The selection the actions apply to (kept when focus moves to the buttons). */
  pending: TextRange | null;
  onPending: (range: TextRange | null) => void;
  /** A selection over two paragraphs, which evidence cannot be. */
  onTwoParagraphs: () => void;
  /** A click on highlighted text chooses its event. */
  onChoose: (event: string) => void;
  /** Enter on a paragraph with a selection: go to the actions. */
  onActions: () => void;
}

/**
 * The article as text (never markup), every event's evidence highlighted, the chosen event's more
 * strongly. Text is selected with the mouse, by touch, or from the keyboard: each paragraph takes
 * focus, and arrows select word by word (see moveSelection); both end in the browser's own selection,
 * read back as UTF-16 offsets into the paragraph.
 */
export function EditorReader({
  record,
  selectedEvent,
  pending,
  onPending,
  onTwoParagraphs,
  onChoose,
  onActions,
}: EditorReaderProps) {
  const { m, lang } = useEditorLocale();
  const helpId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const dir = record.language === 'ar' ? 'rtl' : 'ltr';
  const live = useMemo(() => record.events.filter((e) => e.review !== 'rejected'), [record.events]);
  const spans = useMemo(() => spansByParagraph(live), [live]);
  const words = useMemo(() => record.paragraphs.map((p) => wordsOf(p, record.language)), [record]);
  const chosen = useMemo(
    () =>
      new Set(record.events.find((e) => e.id === selectedEvent)?.evidence.map((s) => `${s.paragraph}`) ?? []),
    [record.events, selectedEvent],
  );

  useEffect(() => {
    const onChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !rootRef.current?.contains(selection.anchorNode)) return;
      const range = rangeOfSelection(selection);
      if (range) onPending(range);
      else if (selection.anchorNode && rootRef.current.contains(selection.focusNode)) onTwoParagraphs();
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onPending, onTwoParagraphs]);

  // The kept selection stays visible after focus leaves the text, where the browser's own would fade.
  useEffect(() => {
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!highlights || !Highlight) return;
    const paragraph = pending && rootRef.current?.querySelector(`[data-paragraph="${pending.paragraph}"]`);
    if (!pending || !paragraph) {
      highlights.delete('rasd-pending');
      return;
    }
    const range = document.createRange();
    const start = domPointAt(paragraph, pending.start);
    const end = domPointAt(paragraph, pending.end);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    highlights.set('rasd-pending', new Highlight(range));
    return () => {
      highlights.delete('rasd-pending');
    };
  }, [pending]);

  const onKey = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const element = event.currentTarget;
    const text = record.paragraphs[index] as string;
    if (event.key === 'Escape') {
      window.getSelection()?.removeAllRanges();
      onPending(null);
      return;
    }
    if (event.key === 'Enter' && pending) {
      event.preventDefault();
      onActions();
      return;
    }
    const selection = window.getSelection();
    // The browser's selection in this paragraph (a caret too, as Home or End leave it), else the kept one.
    const inHere =
      selection?.anchorNode &&
      element.contains(selection.anchorNode) &&
      element.contains(selection.focusNode);
    const current =
      inHere && selection.anchorNode && selection.focusNode
        ? {
            paragraph: index,
            anchor: textOffset(element, selection.anchorNode, selection.anchorOffset),
            focus: textOffset(element, selection.focusNode, selection.focusOffset),
          }
        : pending?.paragraph === index
          ? { paragraph: index, anchor: pending.start, focus: pending.end }
          : { paragraph: index, anchor: 0, focus: 0 };
    const next = moveSelection(
      current,
      text,
      words[index] ?? [],
      { key: event.key, shift: event.shiftKey },
      dir,
    );
    if (!next) return;
    event.preventDefault();
    const anchor = domPointAt(element, next.anchor);
    const focus = domPointAt(element, next.focus);
    selection?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
    if (next.anchor === next.focus) onPending(null);
  };

  // A click (not a drag) on highlighted text chooses its event, the next one on each click where
  // several share the words; keyboard users choose from the cards.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const mark = (event.target as Element).closest('mark[data-events]');
    if (!mark || window.getSelection()?.isCollapsed === false) return;
    const ids = (mark.getAttribute('data-events') ?? '').split(' ');
    const at = ids.indexOf(selectedEvent ?? '');
    onChoose(ids[(at + 1) % ids.length] as string);
  };

  return (
    <article
      className="editor-reader"
      ref={rootRef}
      lang={record.language}
      dir={dir}
      aria-labelledby={`${helpId}-h`}
    >
      <h3 id={`${helpId}-h`} className="headline">
        {record.headline}
      </h3>
      <p id={helpId} className="muted reader-help" lang={lang} dir={m.dir}>
        {m.reader.help}
      </p>
      {record.paragraphs.map((text, index) => (
        <p
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed once drafted; the index is their identity
          key={index}
          className={`editor-paragraph${chosen.has(`${index}`) ? ' has-chosen' : ''}`}
          data-paragraph={index}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard user selects text here, word by word
          tabIndex={0}
          aria-describedby={helpId}
          onKeyDown={(e) => onKey(e, index)}
          onClick={onClick}
        >
          {segmentsOf(text, spans.get(index) ?? []).map((segment) =>
            segment.eventIds.length === 0 ? (
              segment.text
            ) : (
              <mark
                key={segment.start}
                className={segment.eventIds.includes(selectedEvent ?? '') ? 'evidence chosen' : 'evidence'}
                data-events={segment.eventIds.join(' ')}
              >
                {segment.text}
              </mark>
            ),
          )}
        </p>
      ))}
    </article>
  );
}
