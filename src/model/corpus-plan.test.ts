import { describe, expect, it } from 'vitest';
import { claimsRecords } from '../test/claims-records.ts';
import type { ArticleRecord, EntityRecord } from './article-schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { type Corpus, type CorpusArticle, findEvent } from './corpus.ts';
import { entitiesContent, type ShardContent, shardContent } from './corpus-index.ts';
import { corpusFromPlans, type PlannedShard } from './corpus-plan.ts';
import { packJson, unpackJson } from './packed-json.ts';
import { planCorpus } from './plan-corpus.ts';
import { shipShard, unshipShard } from './shipped-shard.ts';

const [seed, courier, digest, wire] = claimsRecords() as [
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
];
// A copy of the seed published later: its unlinked events are kept apart as "copy:…" and its dates
// relative to its own events are pointed at those ids.
const copy: ArticleRecord = {
  ...structuredClone(seed),
  id: 'copy',
  published: { ...seed.published, time: '23:00' },
};

/** Records as the build packs them in shards, and back as the browser reads them. */
function shipped(groups: ArticleRecord[][]) {
  const contents = groups.map((group) =>
    shardContent(group, (record) => ({ file: `data/articles/${record.id}.json`, sha256: 'ab' })),
  );
  const asRead = (content: ShardContent): CorpusArticle[] =>
    content.articles.map((article) => ({ ...article, paragraphs: null }));
  const entities = entitiesContent(groups.flat()).entities;
  const { plans, summary } = planCorpus(contents.map(asRead), entities);
  const travel = <T>(value: T) => unpackJson(JSON.parse(JSON.stringify(packJson(value)))) as T;
  // As the build writes them: each shard's plan packed with its articles (entities the entities file
  // has by id), the summary with the entities; and as the browser reads them back.
  const byId = (list: EntityRecord[]) => new Map(list.map((entity) => [entity.id, entity]));
  const arrived = contents.map((content, i) =>
    travel({ ...shipShard(content, byId(entities)), plan: plans[i] }),
  );
  const { entities: merged, corpus } = travel({ entities, corpus: summary });
  return {
    shards: arrived.map(({ plan, ...shipped }): PlannedShard => {
      const content = unshipShard(shipped, byId(merged));
      if (!plan || !content) throw new Error('no plan or an entity not in the entities file');
      return { articles: asRead(content), plan };
    }),
    entities: merged,
    summary: corpus,
  };
}

/** Everything a corpus holds, written out (undefined fields as null, so their presence counts too). */
const written = (c: Corpus) =>
  JSON.stringify(
    {
      articles: c.articles.map((a) => a.id),
      entities: [...c.entities],
      events: c.events,
      notes: c.notes,
      problems: c.problems,
    },
    (_, value) => (value === undefined ? null : value),
  );

describe('the corpus the build plans', () => {
  const groups = [[wire, copy], [seed], [digest, courier]];
  const { shards, entities, summary } = shipped(groups);
  const planned = corpusFromPlans(shards, entities, summary);
  const built = buildCorpus(
    shards.flatMap((s) => s.articles),
    [entities],
  );

  it('is the corpus the browser would build from the same shards, field for field', () => {
    expect(planned).not.toBeNull();
    if (!planned) return;
    expect(written(planned)).toBe(written(built));
    expect(planned.events.map((e) => e.id)).toEqual(built.events.map((e) => e.id));
  });

  it('keeps merged events with their claims, renamed ones with their alias, and relative dates re-pointed', () => {
    if (!planned) throw new Error('no corpus');
    const call = findEvent(planned, 'lavrov-kerry-call-1');
    expect(call?.claims?.map((c) => c.article)).toEqual(
      built.events.find((e) => e.id === call?.id)?.articles,
    );
    expect(findEvent(planned, 'copy:lavrov-makei-talks')?.when.relativeTo).toEqual({
      kind: 'event',
      event: 'copy:lavrov-makei-press-conference',
    });
    expect(findEvent(planned, 'copy:lavrov-kerry-call-1')?.aliases).toEqual(['lavrov-kerry-call-1']);
    expect(planned.problems).toEqual(built.problems);
    expect(planned.problems.length).toBeGreaterThan(0);
  });

  it('makes every event of one shape, with every field present as buildCorpus does', () => {
    if (!planned) throw new Error('no corpus');
    const shapes = new Set(planned.events.map((e) => Object.keys(e).join()));
    expect([...shapes]).toEqual([Object.keys(built.events[0] ?? {}).join()]);
  });

  it('plans only what differs from the record: merged, renamed or re-dated events', () => {
    const { plans } = planCorpus(
      groups.map((group) =>
        shardContent(group, () => ({ file: 'f', sha256: 'ab' })).articles.map((a) => ({
          ...a,
          paragraphs: null,
        })),
      ),
      entities,
    );
    const ids = (list: [number, unknown][]) => list.length;
    const all = <T>(pick: (plan: (typeof plans)[number]) => T[]) => plans.flatMap(pick);
    // The later copy's unlinked events are kept apart under "copy:…"; nothing else is renamed.
    expect(all((plan) => plan.renamed.map(([, id]) => id)).every((id) => id.startsWith('copy:'))).toBe(true);
    expect(all((plan) => plan.renamed).length).toBe(
      built.events.filter((e) => e.id.startsWith('copy:')).length,
    );
    // Every merged event is planned once, with its other reports in the corpus's order.
    expect(all((plan) => plan.merged).length).toBe(built.events.filter((e) => e.claims).length);
    const kerry = built.events.find((e) => e.id === 'lavrov-kerry-call-3');
    expect(all((plan) => plan.merged.map(([, others]) => others))).toContainEqual(
      kerry?.claims?.slice(1).map((c) => [c.article, c.event]),
    );
    // The copy's talks are dated relative to its own press conference, under its corpus id.
    expect(all((plan) => plan.redated.map(([, when]) => when.relativeTo))).toContainEqual({
      kind: 'event',
      event: 'copy:lavrov-makei-press-conference',
    });
    expect(plans.map((plan) => ids(plan.redated)).reduce((a, b) => a + b)).toBeLessThan(
      built.events.length / 4,
    );
    // Every record's event is placed once or merged (−1), and the places are every index once.
    const ranks = plans.flatMap((plan) => plan.ranks).filter((rank) => rank >= 0);
    expect(ranks.sort((a, b) => a - b)).toEqual([...built.events.keys()]);
  });

  it('ships each merged event’s choice of claims, and gives the same corpus without it', () => {
    const choices = shards.flatMap((shard) => shard.plan.chosen ?? []);
    const merged = shards.flatMap((shard) => shard.plan.merged);
    expect(choices.map(([flat]) => flat)).toEqual(merged.map(([flat]) => flat));
    // [dated, titled, ...order]: every claim of the event once in the order.
    for (const [n, [, others]] of merged.entries()) {
      const [, [dated, titled, ...order] = []] = choices[n] ?? [];
      expect([...order].sort()).toEqual([...Array(others.length + 1).keys()]);
      expect([dated, titled].every((i) => i !== undefined && order.includes(i))).toBe(true);
    }
    const unplanned = shards.map((shard) => ({ ...shard, plan: { ...shard.plan, chosen: undefined } }));
    const settledHere = corpusFromPlans(unplanned, entities, summary);
    expect(settledHere && written(settledHere)).toBe(written(built));
  });

  it('gives null, not a wrong corpus, when a plan does not fit its articles', () => {
    const [first, ...rest] = shards as [PlannedShard, ...PlannedShard[]];
    const twice = { ...first, plan: { ...first.plan, ranks: first.plan.ranks.map(() => 0) } };
    expect(corpusFromPlans([twice, ...rest], entities, summary)).toBeNull();
    expect(corpusFromPlans(rest, entities, summary)).toBeNull();
    expect(corpusFromPlans(shards, entities, { ...summary, events: summary.events + 1 })).toBeNull();
    const shortOrder = { ...first, plan: { ...first.plan, order: [] } };
    expect(corpusFromPlans([shortOrder, ...rest], entities, summary)).toBeNull();
    // A choice of claims naming a claim the event does not have.
    const withChoice = shards.findIndex((shard) => (shard.plan.chosen ?? []).length > 0);
    const chosen = shards[withChoice] as PlannedShard;
    const outOfRange = {
      ...chosen,
      plan: {
        ...chosen.plan,
        chosen: chosen.plan.chosen?.map(([flat]): [number, number[]] => [flat, [9, 0, 0]]),
      },
    };
    expect(corpusFromPlans(shards.with(withChoice, outOfRange), entities, summary)).toBeNull();
  });
});

describe('shards ship the entities the entities file has by id', () => {
  const content = shardContent([courier, digest], () => ({ file: 'f', sha256: 'ab' }));
  const merged = new Map(entitiesContent([courier, digest]).entities.map((entity) => [entity.id, entity]));
  const [first] = content.articles;
  if (!first) throw new Error('no article');

  it('names an entity by id where it says what the merged one says, and keeps one that differs', () => {
    // The Saudi minister's record in the courier, renamed there: it no longer says what the merged one says.
    const at = first.entities.findIndex((entity) => entity.id === 'saudi-fm');
    const saudi = first.entities[at] as EntityRecord;
    const renamed = { ...saudi, name: { ...saudi.name, en: 'The Saudi foreign minister' } };
    const entities = first.entities.with(at, renamed);
    const altered = { ...content, articles: [{ ...first, entities }] };
    const shipped = shipShard(altered, merged);
    const expected = entities.map((entity) =>
      entity !== renamed && JSON.stringify(entity) === JSON.stringify(merged.get(entity.id))
        ? entity.id
        : entity,
    );
    expect(shipped.articles[0]?.entities).toEqual(expected);
    expect(expected.filter((e) => typeof e === 'string')).toEqual(['turkish-fm', 'invented-evening-courier']);
    // Read back, each id is the merged record itself (one object per entity in the corpus).
    const read = unshipShard(shipped, merged);
    expect(read).toEqual(altered);
    const back = read?.articles[0]?.entities ?? [];
    const same = back.map((entity, i) =>
      typeof expected[i] === 'string' ? entity === merged.get(entity.id) : entity === entities[i],
    );
    expect(same).toEqual(entities.map(() => true));
  });

  it('gives null when an id is not in the entities file, or there is none', () => {
    const shipped = shipShard(content, merged);
    const missing = new Map(merged);
    missing.delete('turkish-fm');
    expect(unshipShard(shipped, missing)).toBeNull();
    expect(unshipShard(shipped, null)).toBeNull();
    expect(unshipShard(shipped, merged)).toEqual(content);
  });
});
