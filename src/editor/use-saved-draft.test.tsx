// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { localStore } from '../data/local-store.ts';
import { mountEachTest } from '../test/mount.ts';
import { type EditorDraft, newDraft } from './editor-draft.ts';
import { type SavedDraft, useSavedDraft } from './use-saved-draft.ts';

const mount = mountEachTest();

function Probe({ id, out }: { id: string; out: { current: SavedDraft | null } }) {
  out.current = useSavedDraft(id);
  return null;
}

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('useSavedDraft', () => {
  it('loads a draft, saves each change after a pause, and at once when the page is hidden', async () => {
    // jsdom has no IndexedDB: the page's store is then the one in memory, which is what is read here.
    const store = localStore();
    await store.putDraft(newDraft(Date.UTC(2026, 0, 1), 'draft-a', 'UTC'));
    const out: { current: SavedDraft | null } = { current: null };
    act(() => mount.root.render(<Probe id="draft-a" out={out} />));
    await settle();
    expect(out.current?.draft?.meta.date).toBe('2026-01-01');

    vi.useFakeTimers();
    act(() => out.current?.update((d) => ({ ...d, text: 'عنوان' })));
    expect((await store.getDraft<EditorDraft>('draft-a'))?.text).toBe('');
    await act(async () => {
      vi.advanceTimersByTime(300);
    });
    vi.useRealTimers();
    await settle();
    expect((await store.getDraft<EditorDraft>('draft-a'))?.text).toBe('عنوان');

    act(() => out.current?.update((d) => ({ ...d, text: 'عنوان\n\nفقرة' })));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await settle();
    expect((await store.getDraft<EditorDraft>('draft-a'))?.text).toBe('عنوان\n\nفقرة');
    expect(typeof out.current?.savedAt).toBe('number');
  });

  it('says when there is no such draft', async () => {
    const out: { current: SavedDraft | null } = { current: null };
    act(() => mount.root.render(<Probe id="draft-none" out={out} />));
    await settle();
    expect(out.current?.draft).toBeNull();
  });
});
