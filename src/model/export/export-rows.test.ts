import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../test/seed-record.ts';
import { buildCorpus } from '../build-corpus.ts';
import type { CorpusArticle } from '../corpus.ts';
import { eventsJson } from './events-json.ts';
import { exportRows } from './export-rows.ts';

const SEED = 'sana-2015-10-27-lavrov-makei';
const SANA = { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' };

describe('exportRows', () => {
  it('gives every seed event in time order with names, place, article and evidence', () => {
    const corpus = seedCorpus();
    const rows = exportRows(corpus.events, corpus);
    expect(rows.map((r) => r.id)).toEqual(corpus.events.map((e) => e.id));
    expect(rows).toHaveLength(21);
    expect(rows.find((r) => r.id === 'vienna-quartet')).toEqual({
      id: 'vienna-quartet',
      recordId: 'vienna-quartet',
      title: { ar: 'الاجتماع الرباعي في فيينا', en: 'Quartet meeting in Vienna' },
      type: 'meeting',
      start: '2015-10-23',
      end: '2015-10-23',
      precision: 'day',
      certainty: 'stated',
      status: 'occurred',
      asWritten: 'الجمعة الماضية',
      participants: [
        { id: 'lavrov', name: { ar: 'سيرغي لافروف', en: 'Sergey Lavrov' }, role: 'participant' },
        { id: 'kerry', name: { ar: 'جون كيري', en: 'John Kerry' }, role: 'participant' },
        {
          id: 'saudi-fm',
          name: { ar: 'وزير الخارجية السعودي', en: 'Saudi foreign minister' },
          role: 'participant',
        },
        {
          id: 'turkish-fm',
          name: { ar: 'وزير الخارجية التركي', en: 'Turkish foreign minister' },
          role: 'participant',
        },
      ],
      place: { ar: 'فيينا', en: 'Vienna' },
      articles: [{ id: SEED, outlet: SANA, published: '2015-10-27', url: null }],
      evidence: [
        {
          article: SEED,
          quote:
            'الاجتماع الرباعي في فيينا الجمعة الماضية الذي جمعه مع وزراء خارجية الولايات المتحدة والسعودية وتركيا',
        },
        {
          article: SEED,
          quote:
            'اللقاء الرباعي الذي انعقد الجمعة في فيينا بين لافروف ونظيره الأمريكي كيري وكذلك وزيرا خارجية نظامي أردوغان وآل سعود',
        },
      ],
    });
  });

  it('reads a quote a shard left out from the article text, and leaves it empty when the text is not loaded', () => {
    const corpus = seedCorpus();
    const event = corpus.events.find((e) => e.id === 'lavrov-kerry-call-2');
    if (!event) throw new Error('seed event missing');
    const bare = { ...event, evidence: event.evidence.map(({ quote: _q, ...span }) => span) };
    const [withText] = exportRows([bare], corpus);
    expect(withText?.evidence).toEqual([
      { article: SEED, quote: 'حيث بحث الوزيران أمس آفاق حل الأزمة في سورية بمشاركة الدول الإقليمية' },
    ]);
    const textless = corpus.articles.map((a) => ({ ...a, paragraphs: null }) as unknown as CorpusArticle);
    const [without] = exportRows([bare], { entities: corpus.entities, articles: textless });
    expect(without?.evidence).toEqual([{ article: SEED, quote: '' }]);
  });

  it('keeps the record id of an event the corpus renamed, for stable calendar ids', () => {
    const corpus = seedCorpus();
    const [article] = corpus.articles as [CorpusArticle];
    // Published later than the seed, so the copy is the one kept apart (the corpus's order is by publication).
    const copy = { ...article, id: 'copy', published: { ...article.published, time: '23:00' } };
    const twice = buildCorpus([article, copy]);
    const renamed = twice.events.find((e) => e.id.endsWith(':vienna-quartet'));
    if (!renamed) throw new Error('expected one of the two copies renamed');
    expect(exportRows([renamed], twice)[0]).toMatchObject({ id: renamed.id, recordId: 'vienna-quartet' });
  });
});

describe('eventsJson', () => {
  it('writes the rows as an indented array that parses back to the same rows', () => {
    const corpus = seedCorpus();
    const rows = exportRows(corpus.events.slice(0, 1), corpus);
    const text = eventsJson(rows);
    expect(JSON.parse(text)).toEqual(rows);
    expect(text.startsWith('[\n  {\n    "id": "geneva-communique",\n')).toBe(true);
    expect(text.endsWith('\n]\n')).toBe(true);
  });
});
