import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from './local-store.ts';
import { readKept, readOpened } from './use-local-files.ts';

const text = readFileSync(new URL('../../e2e/fixtures/invented-test-wire.json', import.meta.url), 'utf8');
const kept = (record: unknown, file?: string): StoredRecord => ({
  id: 'invented-test-wire-2015-10-27',
  record,
  origin: 'file',
  ...(file ? { file } : {}),
  savedAt: 1,
});

// Without a Worker (Vitest runs in Node) the reading runs on this thread, with the same code.
describe('readKept', () => {
  it('reads a file kept as its bytes, as when it was opened', async () => {
    const result = await readKept(kept(new Blob([text]), 'wire.json'));
    expect(result.ok && result.record.id).toBe('invented-test-wire-2015-10-27');
    expect(result.ok && result.record.events.map((event) => event.id)).toEqual(
      (JSON.parse(text) as { events: { id: string }[] }).events.map((event) => event.id),
    );
  });

  it('reads a record kept as parsed JSON (the editor’s, or an earlier version’s file)', async () => {
    const result = await readKept(kept(JSON.parse(text)));
    expect(result.ok && result.record.id).toBe('invented-test-wire-2015-10-27');
  });

  it('names the file when kept bytes are no longer JSON', async () => {
    const result = await readKept(kept(new Blob([text.slice(0, 200)]), 'wire.json'));
    expect(result.ok ? null : [result.failure.kind, result.failure.file]).toEqual(['json', 'wire.json']);
  });

  it('names the record and the field when a kept record no longer passes the schema', async () => {
    const result = await readKept(kept({ ...JSON.parse(text), schemaVersion: 99 }));
    expect(result.ok ? null : result.failure.kind).toBe('schema');
    expect(result.ok ? null : result.failure.file).toBe('invented-test-wire-2015-10-27');
    expect(
      !result.ok && result.failure.kind === 'schema' ? result.failure.problems.map((p) => p.path) : null,
    ).toContainEqual('schemaVersion');
  });

  it('says so when the browser lost the kept bytes', async () => {
    const lost = { size: 10, arrayBuffer: () => Promise.reject(new Error('The file could not be read.')) };
    const result = await readKept(kept(lost, 'wire.json'));
    expect(result.ok ? null : result.failure).toEqual({
      kind: 'internal',
      file: 'wire.json',
      detail: 'The file could not be read.',
    });
  });
});

describe('readOpened', () => {
  it('reads an opened file and names it', async () => {
    const result = await readOpened(new File([text], 'wire.json'));
    expect(result.ok && [result.record.id, result.file]).toEqual([
      'invented-test-wire-2015-10-27',
      'wire.json',
    ]);
  });

  it('says the browser could not read a file whose bytes cannot be read (a dropped folder)', async () => {
    // A dropped folder reaches the page as a File whose bytes cannot be read.
    const folder = new File([], 'my-records');
    folder.arrayBuffer = () =>
      Promise.reject(new DOMException('A requested file or directory could not be found.', 'NotFoundError'));
    expect(await readOpened(folder)).toEqual({
      ok: false,
      failure: {
        kind: 'unreadable',
        file: 'my-records',
        detail: 'A requested file or directory could not be found.',
      },
    });
  });

  it('refuses a file over the limit unread', async () => {
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.json');
    huge.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    const result = await readOpened(huge);
    expect(result.ok ? null : result.failure).toEqual({
      kind: 'too-large',
      file: 'huge.json',
      size: 5 * 1024 * 1024 + 1,
      limit: 5 * 1024 * 1024,
    });
  });
});
