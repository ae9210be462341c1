/// <reference lib="webworker" />
import { validateArticle } from '../model/validate-article.ts';
import { readRecordBytes } from './read-record.ts';

/**
 * Work for this worker, off the page's main thread: a record's bytes to read (decoded, parsed,
 * validated), or an already parsed record to validate again (one kept in IndexedDB).
 */
export type ReadRequest =
  | { id: number; kind: 'bytes'; file: string; bytes: Uint8Array<ArrayBuffer>; limit: number }
  | { id: number; kind: 'value'; value: unknown };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage({
    id: data.id,
    result:
      data.kind === 'value'
        ? validateArticle(data.value)
        : readRecordBytes(data.file, data.bytes, validateArticle, data.limit),
  });
};
