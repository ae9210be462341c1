import { alignEntityIds } from '../../src/model/align-entities.ts';
import type { ArticleInput, ArticleRecord } from '../../src/model/article-schema.ts';
import { buildCorpus } from '../../src/model/build-corpus.ts';
import { type FilterState, filterEvents, NO_FILTER } from '../../src/model/filter-events.ts';
import { createFilterIndex } from '../../src/model/filter-index.ts';

/** A person the interactions pick in the filter, with how many events the list must then show. */
export interface PickedPerson {
  id: string;
  /** The Arabic name the person picker lists. */
  name: string;
  expected: number;
}

/** What the interactions do and the counts the list must show after each, computed in Node. */
export interface InteractionPlan {
  /** Events the list shows with only the base filter (sameAs reports merged into one event). */
  total: number;
  /** The three busiest people. */
  people: PickedPerson[];
  /** A word typed into the text search: the second busiest person's short Arabic name. */
  word: string;
  wordExpected: number;
}

/**
 * Builds the corpus from the records with the app's own model (entity ids aligned, sameAs
 * reports merged, as the CLI reads them) and counts what each interaction must leave in the list. The
 * count on screen is checked against these: a fast view showing the wrong events is not a result.
 * `base` is the filter in force when the interactions begin (the bench's ten years: from and to).
 */
export function interactionPlan(
  records: readonly ArticleInput[],
  base: Partial<FilterState> = {},
): InteractionPlan {
  const start = { ...NO_FILTER, ...base };
  // The build has validated these very records (it fails on any problem); validating again here
  // would only add time.
  const corpus = buildCorpus(alignEntityIds(records as readonly ArticleInput[] as ArticleRecord[]));
  const index = createFilterIndex(corpus);
  const people = [...index.byEntity.entries()]
    .filter(([id]) => corpus.entities.get(id)?.kind === 'person')
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([id]) => {
      const entity = corpus.entities.get(id);
      return {
        id,
        name: entity?.name.ar ?? id,
        expected: filterEvents(index, { ...start, persons: [id] }).length,
      };
    });
  const second = corpus.entities.get(people[1]?.id ?? people[0]?.id ?? '');
  if (!second) throw new Error('the corpus has no people to pick');
  const word = second.short?.ar ?? second.name.ar;
  return {
    total: filterEvents(index, start).length,
    people,
    word,
    wordExpected: filterEvents(index, { ...start, q: word }).length,
  };
}
