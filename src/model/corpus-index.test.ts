import { describe, expect, it } from 'vitest';
import { SHARD_EVENTS, shardGroups } from './corpus-index.ts';

const article = (id: string, events: number) => ({ id, events: Array.from({ length: events }) });
const ids = (groups: { id: string }[][]) => groups.map((group) => group.map((a) => a.id));

describe('shardGroups', () => {
  it('keeps whole articles in order, at most SHARD_EVENTS events a shard', () => {
    expect(SHARD_EVENTS).toBe(5000);
    const records = [article('a', 3000), article('b', 2000), article('c', 1), article('d', 4999)];
    expect(ids(shardGroups(records))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives an article larger than a shard a shard of its own, and no shard for no articles', () => {
    expect(ids(shardGroups([article('a', 10), article('big', 7000), article('c', 0)]))).toEqual([
      ['a'],
      ['big'],
      ['c'],
    ]);
    expect(shardGroups([])).toEqual([]);
  });
});
