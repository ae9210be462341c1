// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { alignEntityIds } from '../model/align-entities.ts';
import { mountEachTest } from '../test/mount.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { useEntityAligner } from './use-loaded-corpus.ts';

const articles = seedCorpus().articles;
const mount = mountEachTest();
const seen: ReturnType<typeof useEntityAligner>[] = [];

function Probe({ needed }: { needed: boolean }) {
  seen.push(useEntityAligner(needed));
  return null;
}

beforeEach(() => {
  seen.length = 0;
});

describe('useEntityAligner', () => {
  it('joins records as they are while no file or link is on its way', () => {
    act(() => mount.root.render(<Probe needed={false} />));
    const align = seen.at(-1);
    expect(typeof align).toBe('function');
    if (typeof align !== 'function') return;
    expect(align(articles)).toBe(articles);
  });

  it('is null while a file is on its way and the aligner is coming, so no corpus is built without it', async () => {
    await act(async () => mount.root.render(<Probe needed={true} />));
    expect(seen[0]).toBeNull();
    // The module arrives in a later task: wait for it as the page would.
    await act(() => import('../model/align-entities.ts'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const align = seen.at(-1);
    expect(typeof align).toBe('function');
    if (typeof align !== 'function') return;
    expect(align(articles)).toEqual(alignEntityIds(articles));
    // Every render before it arrived said "coming", none "as they are".
    const first = seen.indexOf(align);
    expect(first).toBeGreaterThan(0);
    expect(seen.slice(0, first).every((a) => a === null)).toBe(true);
  });
});
