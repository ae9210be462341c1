import { loadValidator } from './load-validator.ts';
import { MAX_RECORD_BYTES, type ReadResult, readRecordBytes } from './read-record.ts';
import type { ReadRequest } from './read-record.worker.ts';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (result: ReadResult) => void>();

function readWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./read-record.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<{ id: number; result: ReadResult }>) => {
    waiting.get(data.id)?.(data.result);
    waiting.delete(data.id);
  };
  return worker;
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
  const id = nextId++;
  return new Promise<ReadResult>((resolve) => {
    waiting.set(id, resolve);
    const request: ReadRequest = { id, file, bytes, limit };
    w.postMessage(request, [bytes.buffer]);
  });
}
