import { describe, expect, it } from 'vitest';
import { GRAPH_STRINGS } from './strings-graph.ts';

const { ar, en } = GRAPH_STRINGS;

describe('graph strings', () => {
  it('count events in each of the six Arabic forms, the same when a count comes back', () => {
    // Counts other than plural.test.ts's, each form reached twice (the second from the kept phrases).
    const counts = [7, 45, 2, 1, 0, 300, 45, 7, 0, 1, 2, 300];
    expect(counts.map((n) => ar.events(n))).toEqual([
      '٧ أحداث',
      '٤٥ حدثًا',
      'حدثان',
      'حدث واحد',
      'لا أحداث',
      '٣٠٠ حدث',
      '٤٥ حدثًا',
      '٧ أحداث',
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '٣٠٠ حدث',
    ]);
  });

  it('keep Arabic and English phrases apart although both ask for the same counts', () => {
    expect([1, 2, 1].map((n) => en.events(n))).toEqual(['1 event', '2 events', '1 event']);
    expect([1, 2, 1].map((n) => ar.kindCounts.call(n))).toEqual([
      'اتصال هاتفي واحد',
      'اتصالان هاتفيان',
      'اتصال هاتفي واحد',
    ]);
  });

  it('label a node and an edge with the count in words', () => {
    expect(ar.nodeLabel('لافروف', 12)).toBe('لافروف — ١٢ حدثًا');
    expect(en.edgeLabel('Lavrov', 'Kerry', 2, '2 phone calls')).toBe(
      'Lavrov and Kerry: 2 events (2 phone calls)',
    );
  });

  it('still give the right form after many distinct counts have been asked for', () => {
    for (let n = 0; n < 5_000; n++) ar.events(n);
    expect([3, 11, 102].map((n) => ar.events(n))).toEqual(['٣ أحداث', '١١ حدثًا', '١٠٢ حدث']);
  });
});
