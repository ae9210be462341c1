/// <reference lib="webworker" />
import { validateArticle } from '../model/validate-article.ts';
import { checkRecordValue, readRecordBytes } from './read-record.ts';
import { type ReadMessage, replyMessages } from './read-reply.ts';

/**
 * Work for this worker, off the page's main thread: a record's bytes to read (decoded, parsed,
 * validated), or an already parsed record to validate again (one kept by an earlier version), named
 * `file` in what is wrong with it. The answer comes in one message or several (see ReadReply).
 */
export type ReadRequest =
  | { id: number; kind: 'bytes'; file: string; bytes: Uint8Array<ArrayBuffer>; limit: number }
  | { id: number; kind: 'value'; file: string; value: unknown };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: ReadMessage) => void;
};

scope.onmessage = ({ data }) => {
  const result =
    data.kind === 'value'
      ? checkRecordValue(data.file, data.value, validateArticle)
      : readRecordBytes(data.file, data.bytes, validateArticle, data.limit);
  for (const message of replyMessages(data.id, result)) scope.postMessage(message);
};
