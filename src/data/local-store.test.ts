import { describe, expect, it } from 'vitest';
import { indexedDbBackend, makeLocalStore, memoryBackend } from './local-store.ts';

interface Draft {
  id: string;
  updatedAt: number;
  text: string;
}

describe('local store', () => {
  it('lists drafts most recently edited first and replaces a draft by id', async () => {
    const store = makeLocalStore(memoryBackend());
    await store.putDraft<Draft>({ id: 'a', updatedAt: 10, text: 'one' });
    await store.putDraft<Draft>({ id: 'b', updatedAt: 30, text: 'two' });
    await store.putDraft<Draft>({ id: 'c', updatedAt: 20, text: 'three' });
    await store.putDraft<Draft>({ id: 'a', updatedAt: 40, text: 'one, edited' });
    expect((await store.listDrafts<Draft>()).map((d) => [d.id, d.text])).toEqual([
      ['a', 'one, edited'],
      ['b', 'two'],
      ['c', 'three'],
    ]);
    await store.deleteDraft('b');
    expect((await store.listDrafts<Draft>()).map((d) => d.id)).toEqual(['a', 'c']);
    expect(await store.getDraft<Draft>('c')).toEqual({ id: 'c', updatedAt: 20, text: 'three' });
    expect(await store.getDraft('b')).toBeUndefined();
  });

  it('keeps copies: changing a value after saving it changes nothing saved', async () => {
    const store = makeLocalStore(memoryBackend());
    const draft = { id: 'a', updatedAt: 1, text: 'kept' };
    await store.putDraft(draft);
    draft.text = 'changed';
    expect((await store.getDraft<Draft>('a'))?.text).toBe('kept');
  });

  it('lists records in the order they were saved and removes one by id', async () => {
    const store = makeLocalStore(memoryBackend());
    await store.putRecord({ id: 'x', record: { id: 'x' }, origin: 'editor', savedAt: 5 });
    await store.putRecord({ id: 'y', record: { id: 'y' }, origin: 'file', file: 'y.json', savedAt: 2 });
    expect((await store.listRecords()).map((r) => [r.id, r.origin])).toEqual([
      ['y', 'file'],
      ['x', 'editor'],
    ]);
    await store.deleteRecord('y');
    expect((await store.listRecords()).map((r) => r.id)).toEqual(['x']);
  });
});

describe('indexedDbBackend', () => {
  /** A request that answers `result` (or fails with `error`) on the next turn, as IndexedDB's do. */
  function answer<T>(result: T, error: DOMException | null = null) {
    const request = { result, error } as unknown as IDBOpenDBRequest & { onsuccess: () => void };
    setTimeout(() => (error ? request.onerror?.(new Event('error')) : request.onsuccess()), 0);
    return request;
  }

  it('opens the database again after an opening failed, instead of failing every later call', async () => {
    const opens: string[] = [];
    const database = {
      objectStoreNames: { contains: () => true },
      transaction: () => ({ objectStore: () => ({ get: (key: string) => answer(`value of ${key}`) }) }),
    };
    const factory = {
      open: (name: string) => {
        opens.push(name);
        return opens.length === 1
          ? answer(null, new DOMException('The disk is full.', 'QuotaExceededError'))
          : answer(database);
      },
    } as unknown as IDBFactory;
    const backend = indexedDbBackend('rasd-test', factory);
    await expect(backend.get('drafts', 'd1')).rejects.toThrow('The disk is full.');
    expect(await backend.get('drafts', 'd1')).toBe('value of d1');
    // Kept once it opened.
    expect(await backend.get('drafts', 'd2')).toBe('value of d2');
    expect(opens).toEqual(['rasd-test', 'rasd-test']);
  });

  it('lets a newer version opened in another tab through, and opens the database again after it', async () => {
    const opened: { closed: boolean; onversionchange?: () => void; onclose?: () => void }[] = [];
    const factory = {
      open: () => {
        const n = opened.length + 1;
        const database = {
          closed: false,
          objectStoreNames: { contains: () => true },
          close() {
            this.closed = true;
          },
          transaction: () => ({ objectStore: () => ({ get: (key: string) => answer(`${key} from ${n}`) }) }),
        };
        opened.push(database);
        return answer(database);
      },
    } as unknown as IDBFactory;
    const backend = indexedDbBackend('rasd-test', factory);
    expect(await backend.get('drafts', 'd1')).toBe('d1 from 1');
    // Another tab asks to upgrade: this connection closes, so the upgrade is not blocked.
    opened[0]?.onversionchange?.();
    expect(opened[0]?.closed).toBe(true);
    expect(await backend.get('drafts', 'd2')).toBe('d2 from 2');
    // The browser closes the second one (site data cleared): a third is opened.
    opened[1]?.onclose?.();
    expect(await backend.get('drafts', 'd3')).toBe('d3 from 3');
    expect(await backend.get('drafts', 'd4')).toBe('d4 from 3');
    // A late event of a connection already let go leaves the one in use alone.
    opened[0]?.onclose?.();
    opened[1]?.onversionchange?.();
    expect(await backend.get('drafts', 'd5')).toBe('d5 from 3');
    expect(opened).toHaveLength(3);
  });
});
