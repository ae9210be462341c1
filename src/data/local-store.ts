/**
 * What this browser keeps between visits, in IndexedDB: the editor's drafts and the article records
 * the reader opened or finished (the explorer loads those beside the bundled ones). Nothing leaves
 * the browser.
 */

/** The two object stores: drafts in progress, and finished records for the explorer. */
export type StoreName = 'drafts' | 'records';

/** The few operations the store needs from IndexedDB; a memory version stands in for tests. */
export interface StoreBackend {
  get(store: StoreName, key: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
}

/** Any saved draft: an id and when it was last changed (ms since 1970). */
export interface DraftBase {
  id: string;
  updatedAt: number;
}

/** A record kept for the explorer, with where it came from. */
export interface StoredRecord {
  id: string;
  /**
   * The record, read and validated again when loaded (the schema may have moved on): a file's bytes
   * as they were opened (a Blob: IndexedDB copies it without the page walking a parsed record, which
   * took 80 ms a file of 4 MB), or its parsed JSON (the editor's records, and files kept by earlier
   * versions).
   */
  record: unknown;
  origin: 'file' | 'editor';
  /** The file's name, for a record opened with the picker. */
  file?: string;
  savedAt: number;
}

const DB_VERSION = 1;

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The store over IndexedDB database `name` (default "rasd"). */
export function indexedDbBackend(name = 'rasd', factory: IDBFactory = indexedDB): StoreBackend {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => {
    if (opening) return opening;
    // Forgets this attempt only: a late event of an older connection must not drop a newer one.
    const forget = () => {
      if (opening === attempt) opening = null;
    };
    const attempt = new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, DB_VERSION);
      request.onupgradeneeded = () => {
        for (const store of ['drafts', 'records'] as const) {
          if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        }
      };
      request.onsuccess = () => {
        const database = request.result;
        // A newer Rasd opened in another tab asks for a newer version, and this tab's open connection
        // would hold its upgrade back until this tab closed: it is closed here, and the next read or
        // write opens the database again.
        database.onversionchange = () => {
          database.close();
          forget();
        };
        // Closed by the browser (the site's data cleared, say): opened again at the next call too.
        database.onclose = forget;
        resolve(database);
      };
      request.onerror = () => {
        // Not kept: a later call opens again (the failure may pass, such as a full disk freed).
        forget();
        reject(request.error);
      };
      // Another tab holds an older version open: wait rather than fail.
      request.onblocked = () => undefined;
    });
    opening = attempt;
    return attempt;
  };
  const run = async <T>(
    store: StoreName,
    mode: IDBTransactionMode,
    act: (s: IDBObjectStore) => IDBRequest<T>,
  ) => {
    const tx = (await db()).transaction(store, mode);
    const result = await done(act(tx.objectStore(store)));
    // A write counts once the transaction commits, not when its request succeeds.
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    }
    return result;
  };
  return {
    get: (store, key) => run(store, 'readonly', (s) => s.get(key)),
    getAll: (store) => run(store, 'readonly', (s) => s.getAll()),
    put: async (store, key, value) => {
      await run(store, 'readwrite', (s) => s.put(value, key));
    },
    delete: async (store, key) => {
      await run(store, 'readwrite', (s) => s.delete(key));
    },
  };
}

/** A store held in memory: for tests, and for browsers without IndexedDB (then nothing persists). */
export function memoryBackend(): StoreBackend {
  const stores = new Map<StoreName, Map<string, unknown>>([
    ['drafts', new Map()],
    ['records', new Map()],
  ]);
  const of = (store: StoreName) => stores.get(store) as Map<string, unknown>;
  return {
    get: async (store, key) => structuredClone(of(store).get(key)),
    getAll: async (store) => [...of(store).values()].map((v) => structuredClone(v)),
    put: async (store, key, value) => {
      of(store).set(key, structuredClone(value));
    },
    delete: async (store, key) => {
      of(store).delete(key);
    },
  };
}

/** Typed access to the drafts and records kept in this browser. */
export interface LocalStore {
  /** False when the browser has no IndexedDB: then everything is lost with the tab. */
  persistent: boolean;
  /** Every saved draft, the most recently edited first. */
  listDrafts<T extends DraftBase>(): Promise<T[]>;
  getDraft<T extends DraftBase>(id: string): Promise<T | undefined>;
  putDraft<T extends DraftBase>(draft: T): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  /** Every kept record, in the order they were saved. */
  listRecords(): Promise<StoredRecord[]>;
  putRecord(entry: StoredRecord): Promise<void>;
  deleteRecord(id: string): Promise<void>;
}

/** The store over a backend. */
export function makeLocalStore(backend: StoreBackend, persistent = true): LocalStore {
  return {
    persistent,
    listDrafts: async <T extends DraftBase>() =>
      ((await backend.getAll('drafts')) as T[]).sort((a, b) => b.updatedAt - a.updatedAt),
    getDraft: async <T extends DraftBase>(id: string) => (await backend.get('drafts', id)) as T | undefined,
    putDraft: (draft) => backend.put('drafts', draft.id, draft),
    deleteDraft: (id) => backend.delete('drafts', id),
    listRecords: async () =>
      ((await backend.getAll('records')) as StoredRecord[]).sort((a, b) => a.savedAt - b.savedAt),
    putRecord: (entry) => backend.put('records', entry.id, entry),
    deleteRecord: (id) => backend.delete('records', id),
  };
}

let shared: LocalStore | null = null;

/** This page's store: IndexedDB when the browser has it, else memory. */
export function localStore(): LocalStore {
  shared ??=
    typeof indexedDB === 'undefined'
      ? makeLocalStore(memoryBackend(), false)
      : makeLocalStore(indexedDbBackend());
  return shared;
}
