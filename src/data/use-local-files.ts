import { useCallback, useEffect, useState } from 'react';
import type { ArticleRecord } from '../model/article-schema.ts';
import type { LoadFailure } from './load-error.ts';
import { localStore, type StoredRecord } from './local-store.ts';
import { MAX_RECORD_BYTES, type ReadResult } from './read-result.ts';
import { retryableImport } from './retryable-import.ts';

/** A record kept in this browser, as the list of kept files shows it. */
export type KeptRecord = Pick<StoredRecord, 'id' | 'origin' | 'file'>;

/** Records the reader opened from disk or finished in the editor: read in the browser, sent nowhere. */
export interface LocalFiles {
  records: ArticleRecord[];
  failures: LoadFailure[];
  reading: boolean;
  /** True until the records kept from earlier visits are read back. */
  restoring: boolean;
  /** Every record kept in this browser, so each can be removed. */
  kept: KeptRecord[];
  /** Reads the files and adds the good records; a record with an id already open replaces it. */
  add: (files: Iterable<File>) => Promise<void>;
  /** Forgets one kept record, here and in the browser's storage. */
  remove: (id: string) => Promise<void>;
  clear: () => void;
}

const keptOf = ({ id, origin, file }: StoredRecord): KeptRecord => ({ id, origin, file });

// The reading workers' code is fetched when a file is opened or a kept one read back, not in the first
// load: most visits open none (and the explorer's first load is within a few hundred bytes of its
// budget).
const readerCode = retryableImport(() => import('./read-record-in-worker.ts'));

/** What `read` gives with the reading code, or that `file` was not checked when that code cannot be fetched. */
async function withReader(
  file: string,
  read: (code: Awaited<ReturnType<typeof readerCode>>) => Promise<ReadResult>,
): Promise<ReadResult> {
  let code: Awaited<ReturnType<typeof readerCode>>;
  try {
    code = await readerCode();
  } catch (error) {
    return { ok: false, failure: { kind: 'not-checked', file, detail: detailOf(error) } };
  }
  return read(code);
}

const isBlob = (value: unknown): value is Blob =>
  typeof (value as Blob | null)?.arrayBuffer === 'function' && typeof (value as Blob).size === 'number';

/**
 * A kept record read back and checked again, in the reading worker: from the bytes of the file as it
 * was opened, or from its parsed JSON (the editor's records, and files kept by earlier versions).
 */
export async function readKept(entry: StoredRecord): Promise<ReadResult> {
  const file = entry.file ?? entry.id;
  if (isBlob(entry.record)) {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await entry.record.arrayBuffer());
    } catch (error) {
      // The browser lost the stored bytes: said, and the other kept records still load.
      return {
        ok: false,
        failure: { kind: 'internal', file, detail: detailOf(error) },
      };
    }
    return withReader(file, (code) => code.readRecordBytesInWorker(file, bytes));
  }
  const record = entry.record;
  return withReader(file, (code) => code.checkKeptInWorker(file, record));
}

const detailOf = (error: unknown) => String((error as Error)?.message ?? error);

/**
 * One file the reader opened, read: refused unread when too large; said when the browser cannot read
 * it (a dropped folder is a File whose bytes cannot be read; so is a file moved or changed after it
 * was chosen). Never throws, so one such file never holds back the others.
 */
export async function readOpened(file: File): Promise<ReadResult & { file?: string }> {
  // The size is known before reading: an oversized file is never parsed.
  if (file.size > MAX_RECORD_BYTES) {
    return {
      ok: false,
      failure: { kind: 'too-large', file: file.name, size: file.size, limit: MAX_RECORD_BYTES },
    };
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, failure: { kind: 'unreadable', file: file.name, detail: detailOf(error) } };
  }
  const result = await withReader(file.name, (code) => code.readRecordBytesInWorker(file.name, bytes));
  return result.ok ? { ...result, file: file.name } : result;
}

/** The reader's own files, kept in IndexedDB across reloads until removed. */
export function useLocalFiles(): LocalFiles {
  const [records, setRecords] = useState<ArticleRecord[]>([]);
  const [failures, setFailures] = useState<LoadFailure[]>([]);
  const [reading, setReading] = useState(false);
  const [restoring, setRestoring] = useState(true);
  const [kept, setKept] = useState<KeptRecord[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const stored = await localStore()
        .listRecords()
        .catch(() => []);
      // Checked again, in the reading worker: a record kept under an older schema must not reach the
      // views unchecked. With nothing kept, nothing (neither the worker nor the validator) is loaded.
      const read = await Promise.all(stored.map(readKept));
      if (!live) return;
      // Merged under whatever was opened meanwhile: a file added while these were read stays.
      const restored = read.flatMap((result) => (result.ok ? [result.record] : []));
      setKept((current) => [
        ...stored.map(keptOf).filter((k) => !current.some((c) => c.id === k.id)),
        ...current,
      ]);
      setRecords((current) => [...restored.filter((r) => !current.some((c) => c.id === r.id)), ...current]);
      setFailures((current) => [
        ...read.flatMap((result) => (result.ok ? [] : [result.failure])),
        ...current,
      ]);
      setRestoring(false);
    })();
    return () => {
      live = false;
    };
  }, []);

  const add = useCallback(async (files: Iterable<File>) => {
    // Copy first: a FileList empties when its input is reset, and a drop's list when the event ends.
    const list = [...files];
    setReading(true);
    const read = await Promise.all(list.map(readOpened));
    const good = read.flatMap((r) => (r.ok ? [r.record] : []));
    // Kept as the file itself, read again on the next visit (see StoredRecord).
    const entries = read.flatMap((r, i) =>
      r.ok
        ? [{ id: r.record.id, record: list[i], origin: 'file' as const, file: r.file, savedAt: Date.now() }]
        : [],
    );
    await Promise.all(
      entries.map((entry) =>
        localStore()
          .putRecord(entry)
          .catch(() => undefined),
      ),
    );
    setKept((current) => [
      ...current.filter((k) => !good.some((g) => g.id === k.id)),
      ...entries.map(keptOf),
    ]);
    setRecords((current) => [...current.filter((r) => !good.some((g) => g.id === r.id)), ...good]);
    setFailures((current) => [
      ...current.filter((f) => !read.some((r) => !r.ok && r.failure.file === f.file)),
      ...read.flatMap((r) => (r.ok ? [] : [r.failure])),
    ]);
    setReading(false);
  }, []);

  const remove = useCallback(async (id: string) => {
    await localStore()
      .deleteRecord(id)
      .catch(() => undefined);
    setKept((current) => current.filter((k) => k.id !== id));
    setRecords((current) => current.filter((r) => r.id !== id));
  }, []);

  const clear = useCallback(() => {
    setRecords([]);
    setFailures([]);
  }, []);

  return { records, failures, reading, restoring, kept, add, remove, clear };
}
