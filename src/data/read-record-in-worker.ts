import type { ArticleRecord } from '../model/article-schema.ts';
import type { Validation } from '../model/validate-article.ts';
import { loadValidator } from './load-validator.ts';
import { MAX_RECORD_BYTES, type ReadResult, readRecordBytes } from './read-record.ts';
import type { ReadReply, ReadRequest } from './read-record.worker.ts';

/** A request before it is numbered (Omit over each member of the union). */
type Request = ReadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A reading worker and how many requests it has not answered yet. */
interface Reader {
  worker: Worker;
  asked: number;
}

/**
 * Up to two workers (one on a single-core machine): two files are read at once, each validation
 * taking a few hundred milliseconds a file of 4 MB, while the page only waits.
 */
const MAX_READERS = Math.min(2, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2));
const readers: Reader[] = [];
let nextId = 0;
const waiting = new Map<number, (result: ReadReply) => void>();

/** An idle reader, a new one while there may be more, else the least busy; null without workers. */
function reader(): Reader | null {
  if (typeof Worker === 'undefined') return null;
  const idle = readers.find((r) => r.asked === 0);
  if (idle) return idle;
  if (readers.length < MAX_READERS) {
    try {
      const worker = new Worker(new URL('./read-record.worker.ts', import.meta.url), { type: 'module' });
      const made: Reader = { worker, asked: 0 };
      worker.onmessage = ({ data }: MessageEvent<{ id: number; result: ReadReply }>) => {
        made.asked--;
        waiting.get(data.id)?.(data.result);
        waiting.delete(data.id);
      };
      readers.push(made);
      return made;
    } catch {
      // A page whose policy forbids workers: the readers there are (none: the main thread) do it.
    }
  }
  return readers.reduce<Reader | null>(
    (least, r) => (least === null || r.asked < least.asked ? r : least),
    null,
  );
}

function ask(r: Reader, request: Request, transfer: Transferable[] = []): Promise<ReadReply> {
  const id = nextId++;
  r.asked++;
  return new Promise<ReadReply>((resolve) => {
    waiting.set(id, resolve);
    r.worker.postMessage({ ...request, id } as ReadRequest, transfer);
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
  const r = reader();
  if (!r) return readRecordBytes(file, bytes, await loadValidator(), limit);
  const reply = await ask(r, { kind: 'bytes', file, bytes, limit }, [bytes.buffer]);
  return withRecord(reply as { ok: true; json: string } | Failed<ReadResult>);
}

/**
 * validateArticle in the same worker, for a record already parsed (one the editor kept, or a file
 * kept by an earlier version): the validator and zod stay out of the page's first load, and its main
 * thread stays free.
 */
export async function validateInWorker(value: unknown): Promise<Validation> {
  const r = reader();
  if (!r) return (await loadValidator())(value);
  const reply = await ask(r, { kind: 'value', value });
  return withRecord(reply as { ok: true; json: string } | Failed<Validation>);
}
