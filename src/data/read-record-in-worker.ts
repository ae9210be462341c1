import { loadRecordReader, loadValueChecker } from './load-validator.ts';
import type { ReadRequest } from './read-record.worker.ts';
import { answerCollector, type ReadAnswer, type ReadMessage } from './read-reply.ts';
import { MAX_RECORD_BYTES, type ReadResult } from './read-result.ts';

/** A request before it is numbered (Omit over each member of the union). */
type Request = ReadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A request sent to a worker and not answered yet, kept so it can be read here if the worker fails. */
interface Pending {
  request: Request;
  resolve: (answer: ReadAnswer) => void;
}

/** A reading worker and the requests it has not answered yet. */
interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Up to two workers (one on a single-core machine): two files are read at once, each validation
 * taking a few hundred milliseconds a file of 4 MB, while the page only waits.
 */
const MAX_READERS = Math.min(2, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 2));
const readers: Reader[] = [];
let nextId = 0;
/**
 * Set once a worker has failed (its code did not load, a policy stopped it, it threw): from then on
 * records are read on the main thread, as where there are no workers, rather than sent to another
 * worker that would most likely fail the same way.
 */
let workersFailed = false;

/**
 * The request read on the main thread: what a page without workers does. Never throws: the reading
 * reports every problem of the record as a value, and the code that reads it failing to arrive
 * (offline, or replaced by a new version) is said as that file not being checked.
 */
async function readHere(request: Request): Promise<ReadResult> {
  try {
    if (request.kind === 'value') return (await loadValueChecker())(request.file, request.value);
    return (await loadRecordReader())(request.file, request.bytes, request.limit);
  } catch (error) {
    const detail = String((error as Error)?.message ?? error);
    return { ok: false, failure: { kind: 'not-checked', file: request.file, detail } };
  }
}

/**
 * Ends a worker that failed and reads what it was asked here, so no file waits for an answer that
 * will never come (before, a worker whose code failed to load left the dropped files "reading" for
 * good).
 */
function retire(r: Reader) {
  workersFailed = true;
  r.worker.terminate();
  // An error and a messageerror may both come: the second finds it gone and nothing left to read.
  const at = readers.indexOf(r);
  if (at >= 0) readers.splice(at, 1);
  const pending = [...r.pending.values()];
  r.pending.clear();
  for (const { request, resolve } of pending) void readHere(request).then(resolve);
}

/** An idle reader, a new one while there may be more, else the least busy; null without workers. */
function reader(): Reader | null {
  if (typeof Worker === 'undefined' || workersFailed) return null;
  const idle = readers.find((r) => r.pending.size === 0);
  if (idle) return idle;
  if (readers.length < MAX_READERS) {
    try {
      const worker = new Worker(new URL('./read-record.worker.ts', import.meta.url), { type: 'module' });
      const made: Reader = { worker, pending: new Map() };
      const collect = answerCollector();
      worker.onmessage = ({ data }: MessageEvent<ReadMessage>) => {
        const answer = collect(data);
        if (!answer) return;
        const asked = made.pending.get(data.id);
        made.pending.delete(data.id);
        asked?.resolve(answer);
      };
      worker.onerror = (event) => {
        // Handled here: the reads go on without it, so it is no error of the page's.
        event.preventDefault();
        retire(made);
      };
      worker.onmessageerror = () => retire(made);
      readers.push(made);
      return made;
    } catch {
      // A page whose policy forbids workers: the readers there are (none: the main thread) do it.
    }
  }
  return readers.reduce<Reader | null>(
    (least, r) => (least === null || r.pending.size < least.pending.size ? r : least),
    null,
  );
}

function ask(r: Reader, request: Request): Promise<ReadAnswer> {
  const id = nextId++;
  return new Promise<ReadAnswer>((resolve) => {
    r.pending.set(id, { request, resolve });
    // Copied, not transferred: the bytes stay here until the answer comes, to be read here if the
    // worker fails (a copy of a 5 MB file takes a millisecond or two).
    r.worker.postMessage({ ...request, id } as ReadRequest);
  });
}

/**
 * readRecordBytes in a worker: parsing and validating a record of 5 MB took half a second, which on
 * the main thread froze the page. Where workers are missing (tests) or have failed, it reads on the
 * main thread.
 */
export async function readRecordBytesInWorker(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  limit = MAX_RECORD_BYTES,
): Promise<ReadResult> {
  const request: Request = { kind: 'bytes', file, bytes, limit };
  const r = reader();
  return (await (r ? ask(r, request) : readHere(request))) as ReadResult;
}

/**
 * A parsed record (one the editor kept, or a file kept by an earlier version) validated again in the
 * same worker, its problems said as `file`'s: the validator and zod stay out of the page's first load,
 * and its main thread stays free.
 */
export async function checkKeptInWorker(file: string, value: unknown): Promise<ReadResult> {
  const request: Request = { kind: 'value', file, value };
  const r = reader();
  return (await (r ? ask(r, request) : readHere(request))) as ReadResult;
}
