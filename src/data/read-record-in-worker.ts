import type { Validation } from '../model/validate-article.ts';
import { loadRecordReader, loadValidator } from './load-validator.ts';
import type { ReadRequest } from './read-record.worker.ts';
import { answerCollector, type ReadAnswer, type ReadMessage } from './read-reply.ts';
import { MAX_RECORD_BYTES, type ReadResult } from './read-result.ts';

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
const waiting = new Map<number, (answer: ReadAnswer) => void>();

/** An idle reader, a new one while there may be more, else the least busy; null without workers. */
function reader(): Reader | null {
  if (typeof Worker === 'undefined') return null;
  const idle = readers.find((r) => r.asked === 0);
  if (idle) return idle;
  if (readers.length < MAX_READERS) {
    try {
      const worker = new Worker(new URL('./read-record.worker.ts', import.meta.url), { type: 'module' });
      const made: Reader = { worker, asked: 0 };
      const collect = answerCollector();
      worker.onmessage = ({ data }: MessageEvent<ReadMessage>) => {
        const answer = collect(data);
        if (!answer) return;
        made.asked--;
        waiting.get(data.id)?.(answer);
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

function ask(r: Reader, request: Request, transfer: Transferable[] = []): Promise<ReadAnswer> {
  const id = nextId++;
  r.asked++;
  return new Promise<ReadAnswer>((resolve) => {
    waiting.set(id, resolve);
    r.worker.postMessage({ ...request, id } as ReadRequest, transfer);
  });
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
  if (!r) return (await loadRecordReader())(file, bytes, limit);
  return (await ask(r, { kind: 'bytes', file, bytes, limit }, [bytes.buffer])) as ReadResult;
}

/**
 * validateArticle in the same worker, for a record already parsed (one the editor kept, or a file
 * kept by an earlier version): the validator and zod stay out of the page's first load, and its main
 * thread stays free.
 */
export async function validateInWorker(value: unknown): Promise<Validation> {
  const r = reader();
  if (!r) return (await loadValidator())(value);
  return (await ask(r, { kind: 'value', value })) as Validation;
}
