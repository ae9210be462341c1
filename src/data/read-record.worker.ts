/// <reference lib="webworker" />
import { type Problem, validateArticle } from '../model/validate-article.ts';
import type { LoadFailure } from './load-error.ts';
import { readRecordBytes } from './read-record.ts';

/**
 * Work for this worker, off the page's main thread: a record's bytes to read (decoded, parsed,
 * validated), or an already parsed record to validate again (one kept by an earlier version).
 */
export type ReadRequest =
  | { id: number; kind: 'bytes'; file: string; bytes: Uint8Array<ArrayBuffer>; limit: number }
  | { id: number; kind: 'value'; value: unknown };

/**
 * The worker's answer. A good record comes as its JSON text, which the page parses: rebuilding a
 * record of 4 MB from a structured clone took the page 60–120 ms in one task, JSON.parse of its
 * text 20–35 ms (the stringify happens here, off the main thread). A record is plain JSON data (the
 * schema has no transforms), so the parsed text is the same record.
 */
export type ReadReply =
  | { ok: true; json: string }
  | { ok: false; failure: LoadFailure }
  | { ok: false; problems: Problem[] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: { id: number; result: ReadReply }) => void;
};

scope.onmessage = ({ data }) => {
  const result =
    data.kind === 'value'
      ? validateArticle(data.value)
      : readRecordBytes(data.file, data.bytes, validateArticle, data.limit);
  scope.postMessage({
    id: data.id,
    result: result.ok ? { ok: true, json: JSON.stringify(result.record) } : result,
  });
};
