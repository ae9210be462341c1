import { type ArticleRecord, type EventRecord, SCHEMA_VERSION } from '../article-schema.ts';
import { buildGazetteerIndex, type GazetteerIndex } from '../gazetteer.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';
import type { EventType } from '../vocabulary.ts';
import { buildEvents } from './build-events.ts';
import { DraftEntities } from './draft-entities.ts';
import type { DraftMeta, DraftWarning } from './draft-types.ts';
import { mergeEvents } from './merge-events.ts';
import { outletName } from './outlets.ts';
import { publicationZone } from './publication-zone.ts';
import { splitArticle } from './split-article.ts';

export { articleTextFromHtml } from './article-text-from-html.ts';
export type { DraftMeta, DraftWarning } from './draft-types.ts';

/** A draft record and what its reviewer should know first. */
export interface DraftOutcome {
  record: ArticleRecord;
  warnings: DraftWarning[];
}

// Words of the record itself (its titles), not of the interface: a title is data the reviewer edits.
const TITLE_WORDS: Record<EventType, { ar: string; en: string }> = {
  'phone-call': { ar: 'اتصال هاتفي', en: 'Phone call' },
  meeting: { ar: 'لقاء', en: 'Meeting' },
  'press-conference': { ar: 'مؤتمر صحفي', en: 'Press conference' },
  statement: { ar: 'تصريح', en: 'Statement' },
  decision: { ar: 'قرار', en: 'Decision' },
  agreement: { ar: 'اتفاق', en: 'Agreement' },
  communique: { ar: 'بيان', en: 'Communiqué' },
  'planned-visit': { ar: 'زيارة مرتقبة', en: 'Planned visit' },
  'ongoing-contacts': { ar: 'اتصالات مستمرة', en: 'Ongoing contacts' },
};

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

/** A short stable hash of the text, so one article drafted twice gets one id. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
}

/**
 * Drafts a record from an article's text (first line the headline, then paragraphs) published on
 * `meta.published.date`: the events it reports, who took part, when, and the words that say so. Every
 * event and entity is marked `review: "drafted"`. Deterministic: the same input gives the same record.
 */
export function draftArticle(text: string, meta: DraftMeta, gazetteer: Gazetteer): DraftOutcome {
  let index = indexes.get(gazetteer);
  if (!index) {
    index = buildGazetteerIndex(gazetteer);
    indexes.set(gazetteer, index);
  }
  const warnings: DraftWarning[] = [];
  const split = splitArticle(text);
  const date = meta.published.date;
  const zone = publicationZone(meta.published.timeZone, date, meta.published.time ?? null);
  if (zone.warning) warnings.push(zone.warning);

  // No headline and no paragraph: the record still needs one of each, said plainly.
  const headline = split.headline || '—';
  const paragraphs = split.paragraphs.length > 0 ? split.paragraphs : [split.headline || '—'];
  if (split.headline === '') warnings.push({ code: 'empty-text' });
  else if (split.paragraphs.length === 0) warnings.push({ code: 'no-paragraphs' });

  const entities = new DraftEntities(gazetteer, index, date);
  const source = outletName(meta.source ?? '');
  const outlet = source ? entities.outlet(source) : null;
  const drafted =
    split.paragraphs.length > 0
      ? mergeEvents(buildEvents(paragraphs, { gazetteer, index, published: date, entities }))
      : [];
  const used = new Set<string>(outlet ? [outlet] : []);
  const counts = new Map<string, number>();
  const events: EventRecord[] = drafted.map((e) => {
    const n = (counts.get(e.type) ?? 0) + 1;
    counts.set(e.type, n);
    for (const p of e.participants) used.add(p.entity);
    for (const m of e.mentions) used.add(m);
    const names = e.participants.map((p) => entities.get(p.entity));
    const short = (lang: 'ar' | 'en') =>
      names.map((x) => x?.short?.[lang] ?? x?.name[lang] ?? '').filter(Boolean);
    const words = TITLE_WORDS[e.type];
    return {
      id: `${e.type}-${n}`,
      type: e.type,
      title: {
        ar: short('ar').length ? `${words.ar}: ${short('ar').join(' و')}` : words.ar,
        en: short('en').length ? `${words.en}: ${short('en').join(' and ')}` : words.en,
      },
      participants: e.participants,
      mentions: e.mentions,
      place: e.place,
      status: e.status,
      attribution: outlet ? [outlet] : [],
      when: e.when,
      evidence: e.evidence.map((span) => ({
        ...span,
        quote: paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '',
      })),
      review: 'drafted',
    };
  });
  if (events.length === 0 && split.paragraphs.length > 0) warnings.push({ code: 'no-events' });
  for (const name of entities.untranslated) warnings.push({ code: 'english-name-missing', detail: name });
  if (date > new Date().toISOString().slice(0, 10))
    warnings.push({ code: 'future-publication', detail: date });

  const id = meta.id ?? [slug(source?.en ?? '') || 'draft', date, hashOf(text)].join('-');
  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    id,
    source: {
      name: source ?? { ar: 'غير معروف', en: 'Unknown' },
      ...(meta.url ? { url: meta.url } : {}),
      invented: meta.invented ?? false,
    },
    dateline: { ar: '—', en: '—' },
    published: {
      date,
      time: meta.published.time ?? null,
      timeZone: zone.timeZone,
      utcOffset: zone.utcOffset,
    },
    language: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en',
    headline,
    paragraphs,
    related: split.related.map((title) => ({ title })),
    entities: entities.list().filter((e) => used.has(e.id)),
    events,
    notes: [],
  };
  return { record, warnings };
}
