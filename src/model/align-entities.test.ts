import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignEntityIds } from './align-entities.ts';
import type { EntityRecord } from './article-schema.ts';

const person = (id: string, gazetteer?: string): EntityRecord => ({
  id,
  kind: 'person',
  name: { ar: id, en: id },
  variants: [],
  roles: [],
  ...(gazetteer ? { gazetteer } : {}),
});

const article = (entities: EntityRecord[], people: string[]) => ({
  entities,
  events: [
    {
      participants: people.map((entity) => ({ entity, role: 'participant' as const })),
      mentions: people.slice(1),
      attribution: [],
    },
  ],
  notes: [{ id: 'n', about: { events: [], entities: people }, text: { ar: 'x', en: 'x' }, sources: [] }],
});

describe('alignEntityIds', () => {
  it('gives one gazetteer person one id in every article, the smallest, with every reference renamed', () => {
    const seed = article(
      [person('lavrov', 'sergey-lavrov'), person('kerry', 'john-kerry')],
      ['lavrov', 'kerry'],
    );
    const drafted = article(
      [person('sergey-lavrov', 'sergey-lavrov'), person('person-1')],
      ['sergey-lavrov', 'person-1'],
    );
    const [a, b] = alignEntityIds([seed, drafted]);
    expect(a).toBe(seed);
    expect(b?.entities.map((e) => e.id)).toEqual(['lavrov', 'person-1']);
    expect(b?.events[0]?.participants.map((p) => p.entity)).toEqual(['lavrov', 'person-1']);
    expect(b?.events[0]?.mentions).toEqual(['person-1']);
    expect(b?.notes[0]?.about.entities).toEqual(['lavrov', 'person-1']);
  });

  it('keeps an article’s ids when the kept id already names another entity there', () => {
    const a = article([person('lavrov', 'sergey-lavrov')], ['lavrov']);
    const b = article(
      [person('sergey-lavrov', 'sergey-lavrov'), person('lavrov')],
      ['sergey-lavrov', 'lavrov'],
    );
    expect(alignEntityIds([a, b])[1]).toBe(b);
  });

  it('does not depend on the order the articles come in', () => {
    const pool = [
      article([person('lavrov', 'sergey-lavrov')], ['lavrov']),
      article([person('sergey-lavrov', 'sergey-lavrov')], ['sergey-lavrov']),
      article(
        [person('s-lavrov', 'sergey-lavrov'), person('zarif', 'mohammad-javad-zarif')],
        ['s-lavrov', 'zarif'],
      ),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 1 }), (order) => {
        const aligned = alignEntityIds(order.map((i) => pool[i] as (typeof pool)[number]));
        const ids = new Set(
          aligned.flatMap((a) => a.entities.filter((e) => e.gazetteer === 'sergey-lavrov').map((e) => e.id)),
        );
        const expected = order.includes(0) ? 'lavrov' : order.includes(2) ? 's-lavrov' : 'sergey-lavrov';
        expect([...ids]).toEqual([expected]);
      }),
    );
  });
});

describe('alignEntityIds with entity sameAs', () => {
  const linked = (id: string, entities: EntityRecord[], people: string[]) => ({
    id,
    ...article(entities, people),
  });

  it('gives entities linked by sameAs across records one id, the smallest, through one another, in any order', () => {
    const a = linked('a', [person('envoy-x')], ['envoy-x']);
    const b = linked(
      'b',
      [{ ...person('x-envoy'), sameAs: [{ article: 'a', entity: 'envoy-x' }] }],
      ['x-envoy'],
    );
    const c = linked(
      'c',
      [{ ...person('an-envoy'), sameAs: [{ article: 'b', entity: 'x-envoy' }] }],
      ['an-envoy'],
    );
    const unlinked = linked('d', [person('x-envoy')], ['x-envoy']);
    const pool = [a, b, c, unlinked];
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }), (order) => {
        const aligned = alignEntityIds(order.map((i) => pool[i] as (typeof pool)[number]));
        const idOf = (articleId: string) => aligned.find((x) => x.id === articleId)?.entities[0]?.id;
        expect([idOf('a'), idOf('b'), idOf('c'), idOf('d')]).toEqual([
          'an-envoy',
          'an-envoy',
          'an-envoy',
          'x-envoy',
        ]);
        expect(aligned.find((x) => x.id === 'b')?.events[0]?.participants[0]?.entity).toBe('an-envoy');
      }),
    );
    // A link to an article not loaded joins nothing.
    expect(alignEntityIds([b])[0]).toBe(b);
  });
});
