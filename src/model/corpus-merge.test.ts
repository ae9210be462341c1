import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import { buildCorpus, mergeEntityLists } from './build-corpus.ts';
import { findEvent, notesFor, readerArticle, spanArticle, withoutText } from './corpus.ts';
import { validateArticle } from './validate-article.ts';

const load = (value: unknown) => {
  const result = validateArticle(value);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
};
const seed = load(seedJson());
const invented = load(
  JSON.parse(readFileSync(new URL('../../e2e/fixtures/invented-test-wire.json', import.meta.url), 'utf8')),
);

describe('merging two articles', () => {
  const corpus = buildCorpus([seed, invented]);

  it('keeps one entity per id, with every spelling from both articles', () => {
    const lavrov = corpus.entities.get('lavrov');
    expect(lavrov?.name.en).toBe('Sergey Lavrov');
    expect(lavrov?.variants).toEqual([
      'سيرغى لافروف',
      'سيرغي لافروف',
      'لافروف',
      'وزير الخارجية الروسي',
      'الوزير الروسي',
      'Sergey Lavrov',
      'Lavrov',
    ]);
    expect(corpus.entities.size).toBe(24);
  });

  it('shows an event linked by sameAs once, with the evidence of both articles', () => {
    expect(corpus.events).toHaveLength(22);
    const call = findEvent(corpus, 'lavrov-kerry-call-3');
    expect(call?.articles).toEqual(['sana-2015-10-27-lavrov-makei', 'invented-test-wire-2015-10-27']);
    // Its own id is its record's; the invented article's event merged into it is an alias.
    expect(call?.aliases).toEqual(['lavrov-kerry-call']);
    expect(call?.evidence.map((e) => [e.article, e.paragraph])).toEqual([
      ['sana-2015-10-27-lavrov-makei', 15],
      ['sana-2015-10-27-lavrov-makei', 16],
      ['sana-2015-10-27-lavrov-makei', 17],
      ['sana-2015-10-27-lavrov-makei', 18],
      ['invented-test-wire-2015-10-27', 1],
    ]);
    expect(findEvent(corpus, 'lavrov-kerry-call')).toBe(call);
    expect(notesFor(corpus, 'lavrov-kerry-call').map((n) => n.id)).toEqual(['lavrov-kerry-calls']);
    expect(corpus.problems).toEqual([]);
  });

  it('keeps the record’s own spans for an event one article reports, naming the article only when merged', () => {
    const talks = findEvent(corpus, 'lavrov-makei-talks');
    const record = seed.events.find((e) => e.id === 'lavrov-makei-talks');
    expect(talks?.evidence).toBe(record?.evidence);
    expect(talks?.evidence.map((span) => (talks ? spanArticle(span, talks) : null))).toEqual(
      talks?.evidence.map(() => 'sana-2015-10-27-lavrov-makei'),
    );
    // Merging gave the call new spans; the seed record's own were left as they were.
    const spansOf = (record: typeof seed) =>
      record.events.find((e) => e.id === 'lavrov-kerry-call-3')?.evidence;
    expect(spansOf(seed)).toEqual(spansOf(load(seedJson())));
    expect(spansOf(seed)).toHaveLength(4);
    expect(findEvent(corpus, 'lavrov-kerry-call-3')?.evidence).toHaveLength(5);
  });

  it('merges the same way whichever article comes first: the earliest report names the event', () => {
    const reversed = buildCorpus([invented, seed]);
    expect(reversed.events).toHaveLength(22);
    const call = findEvent(reversed, 'lavrov-kerry-call');
    // SANA's record has no time of day: it counts from 00:00 Moscow time, before the wire's 18:30.
    expect(call?.id).toBe('lavrov-kerry-call-3');
    expect(call?.articles).toEqual(['sana-2015-10-27-lavrov-makei', 'invented-test-wire-2015-10-27']);
    expect(call?.evidence).toHaveLength(5);
    expect(reversed.events).toEqual(corpus.events);
    expect(reversed.articles.map((a) => a.id)).toEqual([invented.id, seed.id]);
  });

  it('keeps apart an unlinked event whose id another article already uses, and says so', () => {
    const clash = structuredClone(invented);
    clash.events[1] = { ...clash.events[1], id: 'vienna-quartet' } as (typeof clash.events)[number];
    const corpus2 = buildCorpus([seed, clash]);
    expect(corpus2.events.map((e) => e.id)).toContain('invented-test-wire-2015-10-27:vienna-quartet');
    // The renamed event keeps its record's id as an alias; the seed's, unrenamed, has none.
    expect(findEvent(corpus2, 'invented-test-wire-2015-10-27:vienna-quartet')?.aliases).toEqual([
      'vienna-quartet',
    ]);
    expect(findEvent(corpus2, 'vienna-quartet')?.articles).toEqual(['sana-2015-10-27-lavrov-makei']);
    expect(findEvent(corpus2, 'vienna-quartet')?.aliases).toEqual([]);
    expect(corpus2.problems).toEqual([
      {
        article: 'invented-test-wire-2015-10-27',
        path: 'events.1.id',
        message:
          'event id "vienna-quartet" is also used by another article; shown as "invented-test-wire-2015-10-27:vienna-quartet"',
      },
    ]);
  });

  it('reports a sameAs link to an event the other article does not have', () => {
    const dangling = structuredClone(invented);
    dangling.events[0] = {
      ...dangling.events[0],
      sameAs: [{ article: seed.id, event: 'no-such-call' }],
    } as (typeof dangling.events)[number];
    expect(buildCorpus([seed, dangling]).problems).toEqual([
      {
        article: 'invented-test-wire-2015-10-27',
        path: 'events.0.sameAs.0',
        message: 'article "sana-2015-10-27-lavrov-makei" has no event "no-such-call"',
      },
    ]);
  });

  it('keeps an entity repeated unchanged as the very same object, and adds only roles not yet known', () => {
    const again = structuredClone(seed);
    again.id = 'sana-again';
    again.events = [];
    again.notes = [];
    const twice = buildCorpus([seed, again]);
    expect(twice.entities.get('makei')).toBe(seed.entities.find((e) => e.id === 'makei'));

    const lavrov = again.entities.find((e) => e.id === 'lavrov');
    const envoy = { title: { ar: 'مبعوث', en: 'Envoy' } };
    lavrov?.roles.push(envoy, structuredClone(envoy), structuredClone(lavrov.roles[0] ?? envoy));
    const merged = buildCorpus([seed, again]).entities.get('lavrov');
    expect(merged?.roles.map((r) => r.title.en)).toEqual(['Foreign Minister of Russia', 'Envoy']);
  });
});

describe('mergeEntityLists', () => {
  it('gives the same entities, in the same order, from lists merged in runs (a shard’s) as from each list', () => {
    const lists = [seed.entities, invented.entities, seed.entities.slice(3), invented.entities.slice(0, 2)];
    const once = mergeEntityLists(lists);
    const inRuns = mergeEntityLists([
      [...mergeEntityLists(lists.slice(0, 1)).values()],
      [...mergeEntityLists(lists.slice(1, 3)).values()],
      [...mergeEntityLists(lists.slice(3)).values()],
    ]);
    expect([...inRuns.keys()]).toEqual([...once.keys()]);
    expect([...inRuns.values()]).toEqual([...once.values()]);
    expect(inRuns.get('lavrov')?.variants).toHaveLength(7);
    // The corpus built with the runs' lists is the corpus built from each article.
    expect(
      buildCorpus([seed, invented], [[...mergeEntityLists([seed.entities, invented.entities]).values()]]),
    ).toEqual(buildCorpus([seed, invented]));
  });
});

describe('withoutText', () => {
  it('keeps an article without its paragraphs, pointing at its file, with the corpus’s merged entities', () => {
    const corpus = buildCorpus([seed, invented]);
    const lean = withoutText(seed, { file: 'data/articles/x.json', sha256: 'ab' }, corpus);
    expect(lean.paragraphs).toBeNull();
    expect(lean.text).toEqual({ file: 'data/articles/x.json', sha256: 'ab' });
    // The same record as the corpus's is shared; one this article words differently stays its own.
    expect(lean.entities.find((e) => e.id === 'makei')).toBe(corpus.entities.get('makei'));
    const twin = structuredClone(seed.entities.find((e) => e.id === 'makei'));
    const shared = withoutText({ ...seed, entities: twin ? [twin] : [] }, { file: 'z.json' }, corpus);
    expect(shared.entities[0]).toBe(corpus.entities.get('makei'));
    expect(lean.entities.find((e) => e.id === 'lavrov')).toBe(seed.entities.find((e) => e.id === 'lavrov'));
    expect(corpus.entities.get('lavrov')?.variants).toContain('Sergey Lavrov');
    // Without the other article, Lavrov is again as this one has him.
    expect(buildCorpus([lean]).entities.get('lavrov')?.variants).not.toContain('Sergey Lavrov');
    expect(lean.events).toBe(seed.events);
    // A corpus built again from kept articles is the same corpus.
    const again = buildCorpus([lean, withoutText(invented, { file: 'y.json' }, corpus)]);
    expect([...again.entities.values()]).toEqual([...corpus.entities.values()]);
    expect(again.events.map((e) => [e.id, e.articles, e.evidence.length])).toEqual(
      corpus.events.map((e) => [e.id, e.articles, e.evidence.length]),
    );
    // Already kept so (as a bundled shard's articles come): the same object back, not a copy.
    expect(withoutText(shared, shared.text ?? { file: '' }, corpus)).toBe(shared);
    // Its file changed, or its paragraphs still there: a new one.
    expect(withoutText(shared, { file: 'other.json' }, corpus)).not.toBe(shared);
    expect(withoutText(seed, { file: 'seed.json' }, corpus)).not.toBe(seed);
  });
});

describe('readerArticle', () => {
  const corpus = buildCorpus([seed, invented]);
  const call = findEvent(corpus, 'lavrov-kerry-call-3');
  const makei = findEvent(corpus, 'lavrov-makei-talks');
  const [SANA, WIRE] = ['sana-2015-10-27-lavrov-makei', 'invented-test-wire-2015-10-27'];

  it('shows the one article the filter names, whatever is selected', () => {
    expect(readerArticle(corpus, [WIRE], makei ?? null)?.id).toBe(WIRE);
  });

  it('else the selected event’s first article the filter allows', () => {
    expect(call?.articles).toEqual([SANA, WIRE]);
    expect(readerArticle(corpus, [], call ?? null)?.id).toBe(SANA);
    expect(readerArticle(corpus, ['other-article', WIRE], call ?? null)?.id).toBe(WIRE);
  });

  it('else the filter’s first article, else the corpus’s first', () => {
    expect(readerArticle(corpus, [WIRE, SANA], null)?.id).toBe(WIRE);
    expect(readerArticle(corpus, ['gone', 'also-gone'], null)?.id).toBe(SANA);
    expect(readerArticle(corpus, [], null)?.id).toBe(SANA);
    expect(readerArticle(buildCorpus([]), [], null)).toBeUndefined();
  });
});
