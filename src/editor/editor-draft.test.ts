import { describe, expect, it } from 'vitest';
import { seedRecord } from '../test/seed-record.ts';
import { isEditorDraft, newDraft, sortDrafts } from './editor-draft.ts';

const fresh = newDraft(Date.UTC(2026, 11, 3), 'draft-1', 'UTC');

describe('isEditorDraft', () => {
  it('accepts a new draft and one with a record', () => {
    expect(isEditorDraft(fresh)).toBe(true);
    expect(isEditorDraft({ ...fresh, record: seedRecord() })).toBe(true);
  });

  it('refuses what the editor could not open: a missing or mistyped field, a record without events', () => {
    expect(isEditorDraft(null)).toBe(false);
    expect(isEditorDraft('draft-1')).toBe(false);
    expect(isEditorDraft({ id: 'draft-broken', updatedAt: 5, meta: 7 })).toBe(false);
    const { text: _text, ...noText } = fresh;
    expect(isEditorDraft(noText)).toBe(false);
    expect(isEditorDraft({ ...fresh, meta: { ...fresh.meta, date: 20261203 } })).toBe(false);
    expect(isEditorDraft({ ...fresh, record: { headline: 'x' } })).toBe(false);
    expect(isEditorDraft({ ...fresh, warnings: undefined })).toBe(false);
    expect(isEditorDraft({ ...fresh, updatedAt: Number.NaN })).toBe(false);
  });
});

describe('sortDrafts', () => {
  it('keeps the drafts that open, in order, and the ids of the damaged ones', () => {
    const other = { ...fresh, id: 'draft-2' };
    expect(sortDrafts([fresh, { id: 'draft-broken', meta: 7 }, 'junk', { meta: {} }, other])).toEqual({
      drafts: [fresh, other],
      damaged: ['draft-broken'],
    });
  });
});
