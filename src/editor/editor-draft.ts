import type { ArticleRecord } from '../model/article-schema.ts';
import { browserZone, type MetaFields, todayIn } from './meta-fields.ts';

/** A drafter's remark on the text it read (e.g. no events found), shown above the result. */
export interface DraftWarning {
  code: string;
  detail?: string;
}

/** One article in the editor, as kept in IndexedDB after every change. */
export interface EditorDraft {
  id: string;
  /** The text as pasted or opened: kept as typed, even when it is too long to draft. */
  text: string;
  meta: MetaFields;
  /** The record being reviewed; null until the text is drafted. */
  record: ArticleRecord | null;
  warnings: DraftWarning[];
  createdAt: number;
  updatedAt: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Whether a value read from the browser's store has the shape of a draft the editor can open. Drafts
 * come back from IndexedDB as they were written, by whichever version wrote them: one of another
 * shape took the whole editor down, its list of drafts included, on every visit.
 */
export function isEditorDraft(value: unknown): value is EditorDraft {
  if (!isObject(value) || !isObject(value.meta)) return false;
  const { meta, record } = value;
  return (
    typeof value.id === 'string' &&
    typeof value.text === 'string' &&
    ['source', 'url', 'date', 'time', 'timeZone'].every((field) => typeof meta[field] === 'string') &&
    (record === null ||
      (isObject(record) && typeof record.headline === 'string' && Array.isArray(record.events))) &&
    Array.isArray(value.warnings) &&
    Number.isFinite(value.createdAt) &&
    Number.isFinite(value.updatedAt)
  );
}

/**
 * The drafts read from the browser's store split into those the editor can open and the ids of the
 * damaged ones (those without an id cannot be opened or deleted by it, and are left out).
 */
export function sortDrafts(stored: readonly unknown[]): { drafts: EditorDraft[]; damaged: string[] } {
  const drafts: EditorDraft[] = [];
  const damaged: string[] = [];
  for (const value of stored) {
    if (isEditorDraft(value)) drafts.push(value);
    else if (isObject(value) && typeof value.id === 'string') damaged.push(value.id);
  }
  return { drafts, damaged };
}

/** A new, empty draft: dated today in the browser's zone. */
export function newDraft(now: number, id: string, zone = browserZone()): EditorDraft {
  return {
    id,
    text: '',
    meta: { source: '', url: '', date: todayIn(zone, now), time: '', timeZone: zone },
    record: null,
    warnings: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** What the drafts list calls a draft: the record's headline, else the text's first line. */
export function draftTitle(draft: EditorDraft): string {
  if (draft.record) return draft.record.headline;
  const first = draft.text.trimStart().split('\n', 1)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 120)}…` : first;
}
