import type { EntityRecord } from './article-schema.ts';
import { claimOf } from './claims.ts';
import {
  type Corpus,
  type CorpusArticle,
  type CorpusEvent,
  compareEvents,
  dayStartReader,
  type EventInput,
  toCorpusEvent,
} from './corpus.ts';
import { entityConflicts } from './corpus-entity-conflicts.ts';
import { linkGroups } from './corpus-links.ts';
import { scopeRelativeDates } from './corpus-relative.ts';
import { canonicalOrder, type Group, settle } from './corpus-settle.ts';
import { eventKey } from './event-key.ts';

// Building a corpus from records (linking sameAs, settling claims, scoping dates, sorting) is needed
// by the build, the CLI and records from links and files; the bundled corpus comes planned by the
// build (corpus-plan.ts), so a page loads this module only when it has records of its own to join.

const roleKey = (role: EntityRecord['roles'][number]) => JSON.stringify(role);

/** One entity being merged: the record so far and what it already holds. */
interface Merging {
  entity: EntityRecord;
  roleKeys: Set<string>;
  variants: Set<string>;
  /** Role objects and variant lists already read: shards give one object for equal ones. */
  seen: Set<object>;
}

/**
 * The same entity from several lists (each article's): the first record's names, every spelling and
 * role (each once, in the order first met), the first short name and country given. Merging lists
 * that were each merged already gives the same result, in the same order.
 */
export function mergeEntityLists(lists: Iterable<readonly EntityRecord[]>): Map<string, EntityRecord> {
  const merging = new Map<string, Merging>();
  for (const list of lists) {
    for (const entity of list) {
      const known = merging.get(entity.id);
      if (!known) {
        merging.set(entity.id, {
          entity,
          roleKeys: new Set(entity.roles.map(roleKey)),
          variants: new Set(entity.variants),
          seen: new Set<object>([...entity.roles, entity.variants]),
        });
        continue;
      }
      // Most repeats add nothing: the same person named the same way in article after article.
      if (known.entity === entity) continue;
      const newRoles: EntityRecord['roles'] = [];
      for (const role of entity.roles) {
        if (known.seen.has(role)) continue;
        known.seen.add(role);
        const key = roleKey(role);
        if (!known.roleKeys.has(key)) {
          known.roleKeys.add(key);
          newRoles.push(role);
        }
      }
      const newVariants: string[] = [];
      if (!known.seen.has(entity.variants)) {
        known.seen.add(entity.variants);
        for (const variant of entity.variants) {
          if (!known.variants.has(variant)) {
            known.variants.add(variant);
            newVariants.push(variant);
          }
        }
      }
      const first = known.entity;
      if (
        newRoles.length > 0 ||
        newVariants.length > 0 ||
        (!first.short && entity.short) ||
        (!first.country && entity.country)
      ) {
        known.entity = {
          ...first,
          short: first.short ?? entity.short,
          country: first.country ?? entity.country,
          variants: [...first.variants, ...newVariants],
          roles: [...first.roles, ...newRoles],
        };
      }
    }
  }
  return new Map([...merging].map(([id, { entity }]) => [id, entity]));
}

/**
 * Builds the typed corpus from validated records, as a function of the set of records: the order
 * they come in changes nothing but `articles`, which keeps it. Entities with the same id are one
 * entity; events linked by sameAs (either way round) become one event that keeps each article's claim
 * and shows a summary chosen by claims-summary.ts, under the id of the earliest report. An event id
 * already taken by an earlier-published article's unlinked event is kept apart as "article:id", with
 * a problem. `entityLists`, when given, are the articles' entity lists merged in runs (a shard's).
 */
export function buildCorpus(
  articles: CorpusArticle[],
  entityLists?: Iterable<readonly EntityRecord[]>,
): Corpus {
  const steps = corpusBuildSteps(articles, entityLists);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many events corpusBuildSteps reads between two pauses. */
export const BUILD_STEP_EVENTS = 1000;

/**
 * buildCorpus, pausing (a bare `yield`) between its phases and every BUILD_STEP_EVENTS events, so
 * that a page can spread the work over several tasks: ten thousand events of a reader's files took
 * one task of 220 ms. Its result is buildCorpus's.
 */
export function* corpusBuildSteps(
  articles: CorpusArticle[],
  entityLists?: Iterable<readonly EntityRecord[]>,
): Generator<void, Corpus, void> {
  const order = canonicalOrder(articles);
  yield;
  const entities = mergeEntityLists(entityLists ?? order.map((o) => o.article.entities));
  yield;
  const { groups, problems } = yield* linkGroups(
    order.map((o) => o.article),
    BUILD_STEP_EVENTS,
  );
  yield;
  // Entities merged ahead of time (a build's shards) were checked when they were merged.
  if (!entityLists) problems.push(...entityConflicts(order.map((o) => o.article)));
  yield;
  const merging = new Map<string, Group>();
  const taken = new Set<string>();
  const events: CorpusEvent[] = [];
  const dayMs = dayStartReader();
  let read = 0;
  for (const { article, ms } of order) {
    const only = Object.freeze([article.id]);
    for (let index = 0; index < article.events.length; index++) {
      if (++read % BUILD_STEP_EVENTS === 0) yield;
      const event = article.events[index] as EventInput;
      // Most corpora link few events: the key is made only where a link may need it.
      const group = groups.size > 0 ? groups.get(eventKey(article.id, event.id)) : undefined;
      const joined = group === undefined ? undefined : merging.get(group);
      if (joined) {
        joined.claims.push(claimOf(article, event, ms));
        if (event.quoteWords) joined.quoteWords = [...(joined.quoteWords ?? []), event.quoteWords];
        continue;
      }
      let id = event.id;
      if (taken.has(id)) {
        id = `${article.id}:${event.id}`;
        problems.push({
          article: article.id,
          path: `events.${index}.id`,
          message: `event id "${event.id}" is also used by another article; shown as "${id}"`,
        });
      }
      taken.add(id);
      const corpusEvent = toCorpusEvent(article, only, event, id, dayMs);
      if (group !== undefined) {
        const words = event.quoteWords ? [event.quoteWords] : undefined;
        merging.set(group, { event: corpusEvent, claims: [claimOf(article, event, ms)], quoteWords: words });
      }
      events.push(corpusEvent);
    }
  }
  yield;
  let settled = 0;
  for (const group of merging.values()) {
    settle(group, dayMs);
    if (++settled % BUILD_STEP_EVENTS === 0) yield;
  }
  yield;
  scopeRelativeDates(
    order.map((o) => o.article),
    events,
  );
  yield;
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  problems.sort((a, b) => byText(a.article, b.article) || byText(a.path, b.path));
  return {
    articles,
    entities,
    events: events.sort(compareEvents),
    notes: order.flatMap(({ article }) => article.notes.map((note) => ({ ...note, article: article.id }))),
    problems,
  };
}
