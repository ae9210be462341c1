import { describe, expect, it, vi } from 'vitest';
import { readOpened } from './use-local-files.ts';

// The reading workers' code is fetched on first use: here its fetch fails, as offline or after a new
// version replaced the chunk.
vi.mock('./read-record-in-worker.ts', () => {
  throw new Error('Failed to fetch dynamically imported module: read-record-in-worker.js');
});

describe('readOpened without the reading code', () => {
  it('says the file was not checked, and why, rather than throwing', async () => {
    const result = await readOpened(new File(['{}'], 'wire.json'));
    expect(result.ok ? null : result.failure).toEqual({
      kind: 'not-checked',
      file: 'wire.json',
      // Vitest words the failed import its own way; a browser names the chunk it could not fetch.
      detail: expect.stringMatching(/mocking a module/),
    });
  });
});
