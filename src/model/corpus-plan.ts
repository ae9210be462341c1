import type { EntityRecord, WhenRecord } from './article-schema.ts';
import { claimOf, publicationMs } from './claims.ts';
import { summaryByChoice } from './claims-summary.ts';
import {
  type Corpus,
  type CorpusArticle,
  type CorpusEvent,
  type CorpusProblem,
  dayStartReader,
  type EventInput,
  toCorpusEvent,
} from './corpus.ts';
import { type Group, settle } from './corpus-settle.ts';

/**
 * How the build's corpus places the events of one shard's articles, so that a visitor's browser does
 * not link, sort and scope a hundred thousand events again (half a second at that size): it makes each
 * event from its record as buildCorpus does and puts it where the build's corpus has it. Each list
 * names an event by its index in `ranks`.
 */
export interface ShardPlan {
  /**
   * For each event of the shard's articles, in article then record order, its index in the corpus's
   * event list; −1 for an event merged into one that an earlier report stands for.
   */
  ranks: number[];
  /** Events kept apart under another id than their record's ("article:id"), with that id. */
  renamed: [number, string][];
  /**
   * Events several records report (linked by sameAs), by the first report's index, with the other
   * reports as [article id, event id] in the order the corpus reads them: their claims are made here.
   */
  merged: [number, [string, string][]][];
  /**
   * For each merged event, by the same index, which of its claims (the first report's is 0, then
   * `merged`'s in order) its summary takes: [dated, titled, ...every claim in reading order] (see
   * ClaimChoice). Absent from a plan, the choice is made here.
   */
  chosen?: [number, number[]][];
  /** Events whose date the corpus points at another event's corpus id, with the date as it has it. */
  redated: [number, WhenRecord][];
  /** Each article's place in the order the corpus reads articles (earliest publication first). */
  order: number[];
}

/** What the whole corpus holds beside its shards: how many events and articles, and its problems. */
export interface CorpusSummary {
  events: number;
  articles: number;
  problems: CorpusProblem[];
}

/** The articles of one shard as the corpus reads them, with their plan. */
export interface PlannedShard {
  articles: readonly CorpusArticle[];
  plan: ShardPlan;
}

/**
 * The corpus of every shard, made by following their plans: the same corpus buildCorpus makes of their
 * articles with `entities` merged. Null when the plans do not fit the articles (an event placed twice
 * or not at all, a count that differs), so the caller builds the corpus itself.
 */
export function corpusFromPlans(
  shards: readonly PlannedShard[],
  entities: readonly EntityRecord[],
  summary: CorpusSummary,
): Corpus | null {
  const events = new Array<CorpusEvent | undefined>(summary.events);
  const byOrder = new Array<CorpusArticle | undefined>(summary.articles);
  const byId = new Map<string, CorpusArticle>();
  for (const { articles } of shards) for (const article of articles) byId.set(article.id, article);
  const dayMs = dayStartReader();
  const published = new Map<CorpusArticle, number>();
  const claim = (article: CorpusArticle, event: EventInput) => {
    let ms = published.get(article);
    if (ms === undefined) {
      ms = publicationMs(article.published);
      published.set(article, ms);
    }
    return claimOf(article, event, ms);
  };
  let articleCount = 0;
  for (const { articles, plan } of shards) {
    if (plan.order.length !== articles.length) return null;
    const renamed = new Map(plan.renamed);
    const merged = new Map(plan.merged);
    const chosen = new Map(plan.chosen);
    const redated = new Map(plan.redated);
    let flat = 0;
    for (let a = 0; a < articles.length; a++) {
      const article = articles[a] as CorpusArticle;
      const at = plan.order[a] as number;
      if (!(at >= 0 && at < byOrder.length) || byOrder[at] !== undefined) return null;
      byOrder[at] = article;
      articleCount++;
      const only = Object.freeze([article.id]);
      for (const record of article.events) {
        const rank = plan.ranks[flat] as number;
        const here = flat++;
        if (rank === -1) continue;
        if (!(rank >= 0 && rank < events.length) || events[rank] !== undefined) return null;
        const event = toCorpusEvent(article, only, record, renamed.get(here) ?? record.id, dayMs);
        const others = merged.get(here);
        if (others) {
          // As buildCorpus joins them: each report's claim, and the words of every report's quotes.
          const group: Group = {
            event,
            claims: [claim(article, record)],
            quoteWords: record.quoteWords ? [record.quoteWords] : undefined,
          };
          for (const [articleId, eventId] of others) {
            const other = byId.get(articleId);
            const reported = other?.events.find((e) => e.id === eventId);
            if (!other || !reported) return null;
            group.claims.push(claim(other, reported));
            if (reported.quoteWords) group.quoteWords = [...(group.quoteWords ?? []), reported.quoteWords];
          }
          const choice = chosen.get(here);
          if (choice) {
            const [dated = -1, titled = -1, ...order] = choice;
            const summary = summaryByChoice(group.claims, { dated, titled, order });
            if (!summary) return null;
            settle(group, dayMs, summary);
          } else settle(group, dayMs);
        }
        const when = redated.get(here);
        if (when) event.when = when;
        events[rank] = event;
      }
    }
    if (flat !== plan.ranks.length) return null;
  }
  if (articleCount !== summary.articles) return null;
  for (const event of events) if (event === undefined) return null;
  return {
    articles: shards.flatMap((shard) => shard.articles),
    entities: new Map(entities.map((entity) => [entity.id, entity])),
    events: events as CorpusEvent[],
    notes: (byOrder as CorpusArticle[]).flatMap((article) =>
      article.notes.map((note) => ({ ...note, article: article.id })),
    ),
    problems: summary.problems,
  };
}
