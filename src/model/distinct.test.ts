import { describe, expect, it } from 'vitest';
import { distinct } from './distinct.ts';

describe('distinct', () => {
  it('keeps each item once, in the order first met, across the lists', () => {
    expect(distinct([['sana', 'tass'], [], ['tass', 'irna', 'sana']])).toEqual(['sana', 'tass', 'irna']);
    expect(distinct([])).toEqual([]);
  });

  it('gives the same above the size it joins in a list', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i % 25}`);
    expect(distinct([many, ['w3', 'new']])).toEqual([
      ...Array.from({ length: 25 }, (_, i) => `w${i}`),
      'new',
    ]);
  });
});
