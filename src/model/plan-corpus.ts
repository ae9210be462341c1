import type { EntityRecord } from './article-schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { chooseClaims } from './claims-summary.ts';
import type { CorpusArticle, CorpusEvent } from './corpus.ts';
import { recordKeys } from './corpus.ts';
import type { CorpusSummary, ShardPlan } from './corpus-plan.ts';
import { canonicalOrder } from './corpus-settle.ts';
import { eventKey } from './event-key.ts';

/**
 * The plan of each shard of `shards` (their articles, in order) and the summary, from the corpus of all
 * of them with `entities` as the merged entity list — what the browser would build from the same shards.
 */
export function planCorpus(
  shards: readonly (readonly CorpusArticle[])[],
  entities: readonly EntityRecord[],
): { plans: ShardPlan[]; summary: CorpusSummary } {
  const articles = shards.flat();
  const corpus = buildCorpus(articles, [entities]);
  // Each record's event: the corpus event it makes and its place, or null when merged into another's.
  const placed = new Map<string, { rank: number; event: CorpusEvent } | null>();
  corpus.events.forEach((event, rank) => {
    recordKeys(event).forEach((key, i) => {
      placed.set(key, i === 0 ? { rank, event } : null);
    });
  });
  const order = new Map(canonicalOrder(articles).map(({ article }, i) => [article.id, i]));
  const plans = shards.map((shard): ShardPlan => {
    const plan: ShardPlan = { ranks: [], renamed: [], merged: [], chosen: [], redated: [], order: [] };
    for (const article of shard) {
      plan.order.push(order.get(article.id) ?? -1);
      for (const record of article.events) {
        const at = placed.get(eventKey(article.id, record.id));
        if (at === undefined) throw new Error(`the corpus lost ${article.id}/${record.id}`);
        const flat = plan.ranks.push(at?.rank ?? -1) - 1;
        if (at === null) continue;
        const { event } = at;
        if (event.id !== record.id) plan.renamed.push([flat, event.id]);
        if (event.claims) {
          plan.merged.push([flat, event.claims.slice(1).map((c) => [c.article, c.event])]);
          const { dated, titled, order } = chooseClaims(event.claims);
          plan.chosen?.push([flat, [dated, titled, ...order]]);
        }
        // The date is a record's own unless scoping pointed it at another id.
        const own = event.claims
          ? event.claims.some((c) => c.when === event.when)
          : event.when === record.when;
        if (!own) plan.redated.push([flat, event.when]);
      }
    }
    return plan;
  });
  return {
    plans,
    summary: { events: corpus.events.length, articles: articles.length, problems: corpus.problems },
  };
}
