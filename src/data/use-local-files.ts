import { useCallback, useState } from 'react';
import type { ArticleRecord } from '../model/article-schema.ts';
import type { LoadFailure } from './load-error.ts';
import { loadValidator } from './load-validator.ts';
import { MAX_RECORD_BYTES, readRecordBytes } from './read-record.ts';

/** Records the reader opened from disk: read in the browser, sent nowhere. */
export interface LocalFiles {
  records: ArticleRecord[];
  failures: LoadFailure[];
  reading: boolean;
  /** Reads the files and adds the good records; a record with an id already open replaces it. */
  add: (files: Iterable<File>) => Promise<void>;
  clear: () => void;
}

/** The reader's own files, held in memory for this page only. */
export function useLocalFiles(): LocalFiles {
  const [records, setRecords] = useState<ArticleRecord[]>([]);
  const [failures, setFailures] = useState<LoadFailure[]>([]);
  const [reading, setReading] = useState(false);

  const add = useCallback(async (files: Iterable<File>) => {
    // Copy first: a FileList empties when its input is reset, and a drop's list when the event ends.
    const list = [...files];
    setReading(true);
    const validate = await loadValidator();
    const read = await Promise.all(
      list.map(async (file) => {
        // The size is known before reading: an oversized file is never parsed.
        if (file.size > MAX_RECORD_BYTES) {
          return {
            ok: false as const,
            failure: {
              kind: 'too-large' as const,
              file: file.name,
              size: file.size,
              limit: MAX_RECORD_BYTES,
            },
          };
        }
        return readRecordBytes(file.name, new Uint8Array(await file.arrayBuffer()), validate);
      }),
    );
    const good = read.flatMap((r) => (r.ok ? [r.record] : []));
    setRecords((current) => [...current.filter((r) => !good.some((g) => g.id === r.id)), ...good]);
    setFailures((current) => [
      ...current.filter((f) => !read.some((r) => !r.ok && r.failure.file === f.file)),
      ...read.flatMap((r) => (r.ok ? [] : [r.failure])),
    ]);
    setReading(false);
  }, []);

  const clear = useCallback(() => {
    setRecords([]);
    setFailures([]);
  }, []);

  return { records, failures, reading, add, clear };
}
