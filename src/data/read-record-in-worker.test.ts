import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateArticle } from '../model/validate-article.ts';
import { SEED_FILE, seedRecord } from '../test/seed-record.ts';
import { checkRecordValue, readRecordBytes } from './read-record.ts';
import type { ReadRequest } from './read-record.worker.ts';
import { type ReadMessage, replyMessages } from './read-reply.ts';

/**
 * A stand-in for the reading worker. `answers` false: it takes requests and never answers, until the
 * test makes it fail with `fail()` (its code did not load; it threw).
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  static answers = true;
  onmessage: ((event: MessageEvent<ReadMessage>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  received: ReadRequest[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(request: ReadRequest) {
    this.received.push(request);
    if (!FakeWorker.answers) return;
    // As the real worker does, in a task of its own.
    setTimeout(() => {
      const answer =
        request.kind === 'value'
          ? checkRecordValue(request.file, request.value, validateArticle)
          : readRecordBytes(request.file, request.bytes, validateArticle, request.limit);
      for (const message of replyMessages(request.id, answer)) {
        this.onmessage?.({ data: message } as MessageEvent<ReadMessage>);
      }
    }, 0);
  }

  fail() {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(event);
    return event;
  }

  terminate() {
    this.terminated = true;
  }
}

const seedBytes = () => new Uint8Array(readFileSync(SEED_FILE));

/** The module anew, so the workers it made and whether one failed do not carry over from a test. */
const freshModule = () => import('./read-record-in-worker.ts');

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  FakeWorker.answers = true;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading records in a worker', () => {
  it('reads a record in the worker, and leaves the bytes readable here', async () => {
    const { readRecordBytesInWorker } = await freshModule();
    const bytes = seedBytes();
    const result = await readRecordBytesInWorker('seed.json', bytes);
    expect(result.ok && result.record).toEqual(seedRecord());
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.received.map((r) => r.kind)).toEqual(['bytes']);
    // Copied to the worker, not transferred: still here to be read if the worker fails.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('answers every request a failing worker held by reading it here, and sends no more to workers', async () => {
    const { readRecordBytesInWorker, checkKeptInWorker } = await freshModule();
    FakeWorker.answers = false;
    const first = readRecordBytesInWorker('seed.json', seedBytes());
    const broken = readRecordBytesInWorker('broken.json', new TextEncoder().encode('{"id": '));
    const value = checkKeptInWorker('kept-record', { id: 'not a record' });
    // Two workers at most: the third request went to the less busy one.
    expect(FakeWorker.made).toHaveLength(2);
    const [one, two] = FakeWorker.made as [FakeWorker, FakeWorker];
    expect(one.received.map((r) => r.kind)).toEqual(['bytes', 'value']);
    expect(two.received.map((r) => r.kind)).toEqual(['bytes']);

    // The first worker's code fails to load: its two requests are read here.
    const event = one.fail();
    expect(event.defaultPrevented).toBe(true);
    expect(one.terminated).toBe(true);
    const firstResult = await first;
    expect(firstResult.ok && firstResult.record.id).toBe(seedRecord().id);
    const valueResult = await value;
    expect(!valueResult.ok && valueResult.failure.kind).toBe('schema');
    expect(!valueResult.ok && valueResult.failure.file).toBe('kept-record');
    expect(
      !valueResult.ok && valueResult.failure.kind === 'schema'
        ? valueResult.failure.problems.map((p) => p.path)
        : null,
    ).toEqual(expect.arrayContaining(['id', 'source', 'dateline']));

    // The second still owes its answer, and gives it when it fails too.
    two.fail();
    const brokenResult = await broken;
    expect(!brokenResult.ok && brokenResult.failure).toMatchObject({ kind: 'json', file: 'broken.json' });

    // After a failure no worker is made or asked again: the next file is read here.
    FakeWorker.answers = true;
    const later = await readRecordBytesInWorker('later.json', seedBytes());
    expect(later.ok).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    expect(two.received).toHaveLength(1);
  });

  it('says a file was not checked when the worker fails and the checking code cannot be fetched either', async () => {
    vi.doMock('./load-validator.ts', () => {
      const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return { loadRecordReader: offline, loadValueChecker: offline };
    });
    try {
      const { readRecordBytesInWorker, checkKeptInWorker } = await freshModule();
      FakeWorker.answers = false;
      const file = readRecordBytesInWorker('seed.json', seedBytes());
      const kept = checkKeptInWorker('kept-record', {});
      for (const worker of FakeWorker.made) worker.fail();
      const detail = 'Failed to fetch dynamically imported module';
      expect(await file).toEqual({ ok: false, failure: { kind: 'not-checked', file: 'seed.json', detail } });
      expect(await kept).toEqual({
        ok: false,
        failure: { kind: 'not-checked', file: 'kept-record', detail },
      });
    } finally {
      vi.doUnmock('./load-validator.ts');
    }
  });
});
