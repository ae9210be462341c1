import { describe, expect, it } from 'vitest';
import { validateArticle } from '../model/validate-article.ts';
import { seedRecord } from '../test/seed-record.ts';
import { finishRecord } from './finish-record.ts';
import { editRecord } from './record-edits.ts';

describe('finishRecord', () => {
  it('removes rejected events, makes dates relative to them absolute, and stays valid', () => {
    const seed = seedRecord();
    const target = seed.events.find((e) => e.when.relativeTo.kind === 'event');
    if (target?.when.relativeTo.kind !== 'event') throw new Error('the seed has no relative date');
    const other = target.when.relativeTo.event;
    const r = finishRecord(editRecord(seed, { kind: 'review', event: other, review: 'rejected' }));
    expect(r.events).toHaveLength(seed.events.length - 1);
    expect(r.events.some((e) => e.id === other)).toBe(false);
    expect(r.events.find((e) => e.id === target.id)?.when).toEqual({
      ...target.when,
      relativeTo: { kind: 'absolute' },
    });
    expect(r.notes.every((n) => !n.about.events.includes(other))).toBe(true);
    expect(validateArticle(r)).toMatchObject({ ok: true });
  });

  it('drops the entities nothing refers to, drafted or not, and keeps the drafted events', () => {
    const seed = seedRecord();
    const drafted = {
      ...seed,
      entities: [
        ...seed.entities,
        {
          id: 'unused',
          kind: 'person' as const,
          name: { ar: 'س', en: 'S' },
          variants: [],
          roles: [],
          review: 'drafted' as const,
        },
        { id: 'kept', kind: 'person' as const, name: { ar: 'ص', en: 'K' }, variants: [], roles: [] },
      ],
      events: seed.events.map((e) => ({ ...e, review: 'drafted' as const })),
    };
    const r = finishRecord(drafted);
    expect(r.entities.map((e) => e.id)).toEqual(seed.entities.map((e) => e.id));
    expect(r.events.every((e) => e.review === 'drafted')).toBe(true);
  });
});
