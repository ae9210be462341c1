import type { EventFact } from './event-facts.ts';
import type { Random } from './prng.ts';
import { OUTLETS, type Outlet } from './world.ts';

/** One article's report of one event: the fact, the event's id in the record, and its sameAs link. */
export interface Report {
  fact: EventFact;
  id: string;
  /** The first report of the same event (another outlet's article), for every report but the first. */
  sameAs: { article: string; event: string } | null;
}

/** One article to write: its id, its outlet and the events it reports. */
export interface ArticlePlan {
  id: string;
  outlet: Outlet;
  reports: Report[];
}

/**
 * Events per article as news has them: most articles report one to four (65 %), a few digests up to
 * ten; 3.9 on average.
 */
export const EVENTS_PER_ARTICLE = {
  '1': 20,
  '2': 18,
  '3': 15,
  '4': 12,
  '5': 9,
  '6': 8,
  '7': 6,
  '8': 5,
  '9': 4,
  '10': 3,
} as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The event id of report `k` (0 first) of fact `i`: unique across the corpus, as the app wants. */
export const eventId = (i: number, k: number) => `e${pad(i, 6)}${k === 0 ? '' : `-${k + 1}`}`;

function drawOutlets(count: number, random: Random): Outlet[] {
  const chosen: Outlet[] = [];
  while (chosen.length < count) {
    const weights = Object.fromEntries(
      OUTLETS.filter((o) => !chosen.includes(o)).map((o) => [o.id, o.weight]),
    ) as Record<string, number>;
    const id = random.weighted(weights);
    chosen.push(OUTLETS.find((o) => o.id === id) as Outlet);
  }
  return chosen;
}

/**
 * Gives each report of each fact (in day order) an outlet, every report of one fact another outlet,
 * then cuts each outlet's reports, in day order, into articles of 1 to 10 events. The first report of
 * a fact keeps the plain id; the others link to it with sameAs, as articles of several outlets
 * reporting one event are linked in Rasd.
 */
export function planArticles(facts: readonly EventFact[], random: Random): ArticlePlan[] {
  const queues = new Map<Outlet, { fact: number; k: number }[]>(OUTLETS.map((o) => [o, []]));
  facts.forEach((fact, i) => {
    drawOutlets(fact.reports, random).forEach((o, k) => {
      queues.get(o)?.push({ fact: i, k });
    });
  });
  const firstArticle = new Map<number, string>();
  const pending: { plan: ArticlePlan; refs: { fact: number; k: number }[] }[] = [];
  for (const [o, queue] of queues) {
    let seq = 0;
    for (let at = 0; at < queue.length; seq++) {
      const size = Number(random.weighted(EVENTS_PER_ARTICLE));
      const refs = queue.slice(at, at + size);
      at += size;
      const plan: ArticlePlan = { id: `bench-${o.id}-${pad(seq, 5)}`, outlet: o, reports: [] };
      for (const ref of refs) if (ref.k === 0) firstArticle.set(ref.fact, plan.id);
      pending.push({ plan, refs });
    }
  }
  return pending.map(({ plan, refs }) => {
    plan.reports = refs.map(({ fact, k }) => ({
      fact: facts[fact] as EventFact,
      id: eventId(fact, k),
      sameAs: k === 0 ? null : { article: firstArticle.get(fact) as string, event: eventId(fact, 0) },
    }));
    return plan;
  });
}
