import type { ArticleInput } from '../../src/model/article-schema.ts';

/** What the filter measurements pick from a corpus: its busiest people. */
export interface CorpusFacts {
  articles: number;
  events: number;
  /** Distinct participants across the corpus. */
  participants: number;
  /** The most active person's id, for the person filter. */
  topPerson: string;
  /** The second most active person's Arabic short name, for the text query. */
  textQuery: string;
}

/** Counts participation per person and picks the filter values; the corpus is assumed non-empty. */
export function corpusFacts(records: readonly ArticleInput[]): CorpusFacts {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  let events = 0;
  for (const record of records) {
    for (const entity of record.entities) {
      if (entity.kind === 'person') names.set(entity.id, entity.short?.ar ?? entity.name.ar);
    }
    for (const event of record.events) {
      events++;
      for (const p of event.participants) counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
    }
  }
  const people = [...counts.entries()]
    .filter(([id]) => names.has(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = [people[0]?.[0], people[1]?.[0] ?? people[0]?.[0]];
  if (!first || !second) throw new Error('the corpus has no people to filter by');
  return {
    articles: records.length,
    events,
    participants: counts.size,
    topPerson: first,
    textQuery: names.get(second) as string,
  };
}
