import { describe, expect, it } from 'vitest';
import { seedCorpus, seedRecord } from '../test/seed-record.ts';
import type { Corpus, CorpusEvent } from './corpus.ts';
import {
  createFilterIndex,
  EAGER_WORDS,
  filterIndexOf,
  postingsBuilder,
  quoteWordsOf,
  wordsHolding,
} from './filter-index.ts';

describe('filterIndexOf', () => {
  it('builds the index of a corpus once, words included for a small corpus', () => {
    const corpus = seedCorpus();
    const index = filterIndexOf(corpus);
    expect(filterIndexOf(corpus)).toBe(index);
    expect(index).toEqual(createFilterIndex(corpus));
    expect(index.words).not.toBeNull();
    // Another corpus object of the same records gets its own index.
    expect(filterIndexOf(seedCorpus())).not.toBe(index);
  });

  it('leaves the word index to be built in slices above EAGER_WORDS events', () => {
    const seed = seedCorpus();
    const events = Array.from({ length: EAGER_WORDS + 1 }, (_, i) => ({
      ...(seed.events[i % seed.events.length] as CorpusEvent),
      id: `e${i}`,
    }));
    const large: Corpus = { ...seed, events };
    const index = filterIndexOf(large);
    expect(index.words).toBeNull();
    expect(index.starts).toHaveLength(EAGER_WORDS + 1);
    expect(index.byEntity.get('lavrov')?.length).toBe(
      createFilterIndex(large).byEntity.get('lavrov')?.length,
    );
  });

  it('lists each event’s distinct participant countries in one flat list', () => {
    const corpus = seedCorpus();
    const index = createFilterIndex(corpus);
    const countriesOf = (id: string) => {
      const i = corpus.events.findIndex((e) => e.id === id);
      return [...index.eventCountries.slice(index.countryStarts[i], index.countryStarts[i + 1])].map(
        (number) => index.countries[number],
      );
    };
    expect(countriesOf('lavrov-makei-talks')).toEqual(['RU', 'BY']);
    expect(countriesOf('vienna-quartet')).toEqual(['RU', 'US', 'SA', 'TR']);
    expect(index.countryStarts[0]).toBe(0);
    expect(index.countryStarts.at(-1)).toBe(index.eventCountries.length);
    expect([...(index.byCountry.get('BY') ?? [])].map((i) => corpus.events[i]?.id)).toEqual([
      'lavrov-makei-press-conference',
      'lavrov-makei-talks',
      'russia-belarus-agreements',
    ]);
  });
});

describe('postingsBuilder', () => {
  it('sorts pairs added in event order into one ascending list per key, each event once', () => {
    const pairs = postingsBuilder();
    const added = [
      pairs.add('lavrov', 0),
      pairs.add('kerry', 0),
      pairs.add('lavrov', 0),
      pairs.add('zarif', 2),
      pairs.add('lavrov', 2),
      pairs.add('kerry', 5),
    ];
    // Each key's number is its place in the order first met, given at every add.
    expect(added).toEqual([0, 1, 0, 2, 0, 1]);
    const { keys, starts, events } = pairs.finish();
    expect(keys).toEqual(['lavrov', 'kerry', 'zarif']);
    expect([...starts]).toEqual([0, 2, 4, 5]);
    expect([...events]).toEqual([0, 2, 0, 5, 2]);
  });

  it('grows past its first room', () => {
    const pairs = postingsBuilder();
    for (let event = 0; event < 70_000; event++) pairs.add(event % 2 ? 'odd' : 'even', event);
    const { starts, events } = pairs.finish();
    expect([...starts]).toEqual([0, 35_000, 70_000]);
    expect(events[34_999]).toBe(69_998);
    expect(events[69_999]).toBe(69_999);
  });
});

describe('quoteWordsOf', () => {
  it('keeps the quote’s words that neither the event’s fields nor its participants’ names hold', () => {
    const record = seedRecord();
    const press = record.events.find((e) => e.id === 'lavrov-makei-press-conference');
    if (!press) throw new Error('no lavrov-makei-press-conference');
    const entities = new Map(record.entities.map((e) => [e.id, e]));
    // «وقال لافروف خلال مؤتمر صحفي مع وزير خارجية بيلاروس فلاديمير ماكي في موسكو اليوم»: «مؤتمر صحفي
    // … في موسكو» is in the title, «اليوم» the date as written, the rest but three words the
    // participants' names («لافروف», «وزير خارجية بيلاروس», «فلاديمير ماكي»).
    expect(quoteWordsOf(press, entities)).toEqual(['وقال', 'خلال', 'مع']);
    expect(quoteWordsOf(press)).toEqual([
      'وقال',
      'لافروف',
      'خلال',
      'مع',
      'وزير',
      'خارجيه',
      'بيلاروس',
      'فلاديمير',
      'ماكي',
    ]);
  });
});

describe('wordsHolding', () => {
  it('finds every word that holds the query, by number, in one text', () => {
    // "كيري\nوكيري\nلافروف\nكير\n": words start at 0, 5, 11, 18; the end is 22.
    const starts = Int32Array.from([0, 5, 11, 18, 22]);
    const vocabulary = 'كيري\nوكيري\nلافروف\nكير\n';
    expect(wordsHolding(vocabulary, starts, 'كير')).toEqual([0, 1, 3]);
    expect(wordsHolding(vocabulary, starts, 'كيري')).toEqual([0, 1]);
    expect(wordsHolding(vocabulary, starts, 'لافروف')).toEqual([2]);
    expect(wordsHolding(vocabulary, starts, 'زريف')).toEqual([]);
  });

  it('holds the name words of the seed’s participants with their entities', () => {
    const { words } = createFilterIndex(seedCorpus());
    const names = words?.names;
    if (!names) throw new Error('a small corpus gets its words at once');
    const found = wordsHolding(names.vocabulary, names.wordStarts, 'لافروف');
    expect(found.map((w) => names.entities[w])).toEqual([['lavrov']]);
  });
});
