// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountEachTest } from '../test/mount.ts';
import type { useRemoteRecords } from './get-remote-records.ts';

const mount = mountEachTest();
const seen: unknown[][] = [];
/** The hook from a fresh copy of its module, imported once the test has mocked what it loads. */
let useRemote: typeof useRemoteRecords;

function Probe({ sources }: { sources: string[] }) {
  seen.push(useRemote(sources).map((q) => q.data));
  return null;
}

afterEach(() => {
  seen.length = 0;
  vi.doUnmock('./fetch-remote-record.ts');
  vi.resetModules();
});

describe('useRemoteRecords', () => {
  it('lists an address as not read when the code that fetches records cannot be loaded', async () => {
    vi.resetModules();
    // The chunk fails to arrive: importing it throws, as a failed dynamic import rejects.
    vi.doMock('./fetch-remote-record.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    useRemote = (await import('./get-remote-records.ts')).useRemoteRecords;
    await act(async () =>
      mount.root.render(
        <QueryClientProvider client={new QueryClient()}>
          <Probe sources={['https://records.example/a.json']} />
        </QueryClientProvider>,
      ),
    );
    await vi.waitFor(() => expect(seen.at(-1)?.[0]).toBeDefined());
    // Before, the query failed with no data: the address was neither shown nor said to have failed.
    expect(seen.at(-1)).toEqual([
      {
        ok: false,
        failure: { kind: 'not-checked', file: 'https://records.example/a.json', detail: expect.any(String) },
      },
    ]);
  });
});
