// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftMeta } from '../model/draft/draft-article.ts';
import { mountEachTest } from '../test/mount.ts';
import type { DraftRequest } from './draft-protocol.ts';
import { type Drafter, useDrafter } from './use-drafter.ts';

/** A drafting worker whose code did not load: it takes requests, then fires its error event. */
class UnloadedWorker {
  static made: UnloadedWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: DraftRequest[] = [];
  terminated = false;
  constructor() {
    UnloadedWorker.made.push(this);
  }
  postMessage(request: DraftRequest) {
    this.received.push(request);
    // A module worker that fails to load fires a plain error event: no message.
    setTimeout(() => this.onerror?.(new Event('error', { cancelable: true }) as ErrorEvent), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const mount = mountEachTest();
let drafter: Drafter;
function Probe() {
  drafter = useDrafter();
  return null;
}
const meta = {} as DraftMeta;

/** Drafts a text with the mounted drafter, as the Draft button does; what the draft gave back. */
async function draftNow(): Promise<unknown> {
  let outcome: unknown = 'unanswered';
  await act(async () => {
    outcome = await drafter.draft('نص', meta);
  });
  return outcome;
}

beforeEach(() => {
  UnloadedWorker.made = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('useDrafter', () => {
  it('answers a draft whose worker did not load, says so, and makes a new worker for the next', async () => {
    vi.stubGlobal('Worker', UnloadedWorker);
    act(() => mount.root.render(<Probe />));
    expect(await draftNow()).toBeNull();
    // An empty message: the input stage says the drafter could not be loaded, not "failed: undefined".
    expect(drafter.status).toEqual({ state: 'failed', message: '' });
    const [first] = UnloadedWorker.made as [UnloadedWorker];
    expect(first.terminated).toBe(true);

    // A search meanwhile is answered too (no candidates), by a new worker.
    let found: unknown = 'unanswered';
    await act(async () => {
      found = await drafter.search('لافروف', '2015-10-27');
    });
    expect(found).toEqual([]);
    expect(UnloadedWorker.made).toHaveLength(2);
  });

  it('answers a draft when making the worker throws (a policy that forbids workers)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused to create a worker', 'SecurityError');
        }
      },
    );
    act(() => mount.root.render(<Probe />));
    expect(await draftNow()).toBeNull();
    expect(drafter.status).toEqual({ state: 'failed', message: '' });
  });
});
