import type { ArticleInput, EntityRecord, EventRecord, NoteRecord } from '../../src/model/article-schema.ts';
import { addDays } from '../../src/model/calendar-date.ts';
import { zoneOffsetsOn } from '../../src/model/zone-offset.ts';
import { type EventWords, eventSentence, eventTitle, initiativeSentence } from './event-text.ts';
import type { ArticlePlan } from './plan-articles.ts';
import type { Random } from './prng.ts';
import { type Anchor, type Lang, planWhen } from './when.ts';
import { COUNTRIES, type Country, OUTSIDE_PUBLISHERS } from './world.ts';

const ZONES: Record<string, [string, string]> = {
  SY: ['Asia/Damascus', '+03:00'],
  RU: ['Europe/Moscow', '+03:00'],
  US: ['America/New_York', '-05:00'],
  IR: ['Asia/Tehran', '+03:30'],
  SA: ['Asia/Riyadh', '+03:00'],
  TR: ['Europe/Istanbul', '+03:00'],
  EG: ['Africa/Cairo', '+02:00'],
  FR: ['Europe/Paris', '+01:00'],
  CN: ['Asia/Shanghai', '+08:00'],
  LB: ['Asia/Beirut', '+02:00'],
};

const stateEntity = (c: Country): EntityRecord => ({
  id: `state-${c.code.toLowerCase()}`,
  kind: 'state',
  name: c.name,
  variants: [],
  country: c.code,
  roles: [],
});
const ministryEntity = (c: Country): EntityRecord => ({
  id: `mfa-${c.code.toLowerCase()}`,
  kind: 'organisation',
  name: { ar: `وزارة الخارجية ${c.adjective.ar}ة`, en: `${c.adjective.en} foreign ministry` },
  variants: [],
  country: c.code,
  roles: [],
});

/** Where the article's words go, so evidence spans are computed from the text as assembled. */
class Paragraphs {
  readonly list: string[] = [];
  private open = false;
  constructor(first: string) {
    this.list.push(first);
  }
  /** Appends a sentence (adding its full stop) and returns its span without the full stop. */
  add(sentence: string): EventRecord['evidence'][number] {
    if (!this.open) {
      this.list.push('');
      this.open = true;
    }
    const paragraph = this.list.length - 1;
    const before = this.list[paragraph] as string;
    const start = before.length === 0 ? 0 : before.length + 1;
    this.list[paragraph] = `${before}${before.length === 0 ? '' : ' '}${sentence}.`;
    return { paragraph, start, end: start + sentence.length, quote: sentence };
  }
  close() {
    this.open = false;
  }
}

/**
 * Builds one valid article record: an outlet's report of one to a few diplomatic contacts (or a digest
 * of many), newest first, each event reported by its own sentence, with entities, attribution, outside
 * notes as needed, and a sameAs link on an event another outlet reported first.
 */
export function buildArticle(plan: ArticlePlan, random: Random): ArticleInput {
  const { outlet } = plan;
  const lang: Lang = outlet.language;
  const reports = [...plan.reports].sort((a, b) =>
    a.fact.day < b.fact.day ? 1 : a.fact.day > b.fact.day ? -1 : 0,
  );
  const newest = (reports[0] as ArticlePlan['reports'][number]).fact.day;
  const published = random.chance(0.3) ? addDays(newest, 1) : newest;
  const datelineCode = random.pick(Object.keys(ZONES));
  const dateline = (COUNTRIES.find((c) => c.code === datelineCode) as Country).capital;
  const [timeZone, utcOffset] = ZONES[datelineCode] as [string, string];

  const entities = new Map<string, EntityRecord>();
  entities.set(outlet.id, {
    id: outlet.id,
    kind: 'organisation',
    name: { ar: outlet.ar, en: outlet.en },
    short: outlet.short,
    variants: [],
    roles: [],
  });
  const text = new Paragraphs(
    lang === 'ar' ? `${dateline.ar} – ${outlet.short.ar}` : `${dateline.en}, ${outlet.short.en}`,
  );
  const events: EventRecord[] = [];
  const notes: NoteRecord[] = [];
  let anchor: Anchor | null = null;

  for (const { fact, id, sameAs } of reports) {
    const { day, type, status, people, roles, initiated, place } = fact;
    for (const p of people) entities.set(p.entity.id, p.entity);
    const planned = planWhen(lang, status, day, published, anchor, random);
    const words: EventWords = {
      type,
      actors: people.map((p) => p.actor),
      initiated,
      topic: fact.topic,
      place,
      when: planned.when.text,
    };
    const title = eventTitle(words);
    const evidence = [text.add(eventSentence(lang, words))];
    const initiator = people[0];
    if (initiated && initiator && random.chance(0.2))
      evidence.push(text.add(initiativeSentence(lang, initiator.actor)));
    if (random.chance(0.45)) text.close();

    const mentions: string[] = [];
    if (random.chance(0.25)) {
      const state = random.pick(COUNTRIES);
      entities.set(stateEntity(state).id, stateEntity(state));
      mentions.push(stateEntity(state).id);
    }
    const attribution = [outlet.id];
    const first = people[0];
    if (first && random.chance(0.5)) {
      const ministry = ministryEntity(first.country);
      entities.set(ministry.id, ministry);
      attribution.unshift(ministry.id);
    }

    const when = { ...planned.when };
    if (planned.note) {
      const noteId = `note-${id}`;
      const shifted = addDays(day, -1);
      if (planned.note === 'finer')
        when.outside = { start: shifted, end: shifted, precision: 'day', note: noteId };
      const on = planned.note === 'finer' ? shifted : day;
      notes.push({
        id: noteId,
        about: { events: [id], entities: [] },
        text: { ar: `تذكر مصادر أخرى أن الحدث جرى يوم ${on}.`, en: `Other reports date the event to ${on}.` },
        sources: [{ publisher: random.pick(OUTSIDE_PUBLISHERS), reference: `ref-${id}` }],
      });
    }
    events.push({
      id,
      type,
      title,
      participants: people.map((p, j) => ({ entity: p.entity.id, role: roles[j] ?? 'participant' })),
      mentions,
      place,
      status,
      attribution,
      when,
      evidence,
      ...(sameAs ? { sameAs: [sameAs] } : {}),
    });
    if (when.precision === 'day' && when.start && when.text) anchor = { id, day: when.start, title };
  }

  const first = events[0];
  return {
    schemaVersion: 1,
    id: plan.id,
    source: { name: { ar: outlet.ar, en: outlet.en }, invented: true },
    dateline,
    published: {
      date: published,
      time: random.chance(0.6)
        ? `${String(random.between(6, 22)).padStart(2, '0')}:${String(random.int(60)).padStart(2, '0')}`
        : null,
      timeZone,
      // The zone's own offset on the day (summer time included), as the validator checks.
      utcOffset: zoneOffsetsOn(timeZone, published)[0] ?? utcOffset,
    },
    language: lang,
    headline: first ? first.title[lang] : outlet[lang],
    paragraphs: text.list,
    entities: [...entities.values()],
    events,
    notes,
  };
}
