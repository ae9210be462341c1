import type { ArticleRecord } from '../model/article-schema.ts';

/**
 * The record as downloaded or opened in the explorer: rejected events are removed (not kept as
 * rejected), a date relative to a removed event becomes absolute (its interval stays), and entities
 * nothing refers to any more (the drafter's, or someone added and removed again) are dropped. Events
 * not yet reviewed stay "drafted".
 */
export function finishRecord(record: ArticleRecord): ArticleRecord {
  const kept = record.events.filter((e) => e.review !== 'rejected');
  const keptIds = new Set(kept.map((e) => e.id));
  const events = kept.map((e) =>
    e.when.relativeTo.kind === 'event' && !keptIds.has(e.when.relativeTo.event)
      ? { ...e, when: { ...e.when, relativeTo: { kind: 'absolute' as const } } }
      : e,
  );
  const notes = record.notes.map((n) => ({
    ...n,
    about: { ...n.about, events: n.about.events.filter((id) => keptIds.has(id)) },
  }));
  const used = new Set([
    ...events.flatMap((e) => [...e.participants.map((p) => p.entity), ...e.mentions, ...e.attribution]),
    ...notes.flatMap((n) => n.about.entities),
  ]);
  const entities = record.entities.filter((e) => used.has(e.id));
  return { ...record, events, entities, notes };
}
