/// <reference lib="webworker" />
import { validateArticle } from '../model/validate-article.ts';
import { readRecordBytes } from './read-record.ts';

/** A record's bytes to read: decoded, parsed, validated here, off the page's main thread. */
export interface ReadRequest {
  id: number;
  file: string;
  bytes: Uint8Array<ArrayBuffer>;
  limit: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage({
    id: data.id,
    result: readRecordBytes(data.file, data.bytes, validateArticle, data.limit),
  });
};
