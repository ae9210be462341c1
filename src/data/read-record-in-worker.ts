import type { ArticleRecord } from '../model/article-schema.ts';
import type { Validation } from '../model/validate-article.ts';
import { loadValidator } from './load-validator.ts';
import { MAX_RECORD_BYTES, type ReadResult, readRecordBytes } from './read-record.ts';
import type { ReadReply, ReadRequest } from './read-record.worker.ts';

/** A request before it is numbered (Omit over each member of the union). */
type Request = ReadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (result: ReadReply) => void>();

function readWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./read-record.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<{ id: number; result: ReadReply }>) => {
    waiting.get(data.id)?.(data.result);
    waiting.delete(data.id);
  };
  return worker;
}

function ask(w: Worker, request: Request, transfer: Transferable[] = []): Promise<ReadReply> {
  const id = nextId++;
  return new Promise<ReadReply>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ ...request, id } as ReadRequest, transfer);
  });
}

type Failed<T> = Extract<T, { ok: false }>;

/** The worker's reply with a good record's JSON text parsed (see ReadReply). */
function withRecord<F extends { ok: false }>(
  reply: { ok: true; json: string } | F,
): { ok: true; record: ArticleRecord } | F {
  return reply.ok ? { ok: true, record: JSON.parse(reply.json) as ArticleRecord } : reply;
}

/**
 * readRecordBytes in a worker: parsing and validating a record of 5 MB took half a second, which on
 * the main thread froze the page. Where workers are missing (tests), it reads on the main thread.
 */
export async function readRecordBytesInWorker(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  limit = MAX_RECORD_BYTES,
): Promise<ReadResult> {
  const w = readWorker();
  if (!w) return readRecordBytes(file, bytes, await loadValidator(), limit);
  const reply = await ask(w, { kind: 'bytes', file, bytes, limit }, [bytes.buffer]);
  return withRecord(reply as { ok: true; json: string } | Failed<ReadResult>);
}

/**
 * validateArticle in the same worker, for a record already parsed (one the editor kept, or a file
 * kept by an earlier version): the validator and zod stay out of the page's first load, and its main
 * thread stays free.
 */
export async function validateInWorker(value: unknown): Promise<Validation> {
  const w = readWorker();
  if (!w) return (await loadValidator())(value);
  const reply = await ask(w, { kind: 'value', value });
  return withRecord(reply as { ok: true; json: string } | Failed<Validation>);
}
