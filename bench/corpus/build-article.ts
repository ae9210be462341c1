import type {
  ArticleInput,
  EntityRecord,
  EventRecord,
  EventType,
  NoteRecord,
  Role,
  Status,
} from '../../src/model/article-schema.ts';
import { addDays, type IsoDate } from '../../src/model/calendar-date.ts';
import { zoneOffsetsOn } from '../../src/model/zone-offset.ts';
import { type EventWords, eventSentence, eventTitle, initiativeSentence } from './event-text.ts';
import type { Participant, ParticipantPool } from './participants.ts';
import type { Random } from './prng.ts';
import { type Anchor, type Lang, planWhen } from './when.ts';
import { AGENCIES, COUNTRIES, type Country, OUTSIDE_PUBLISHERS, TOPICS } from './world.ts';

// A realistic mix: calls and meetings dominate diplomatic reporting.
const TYPE_WEIGHTS: Record<EventType, number> = {
  'phone-call': 30,
  meeting: 28,
  'press-conference': 8,
  statement: 12,
  decision: 4,
  agreement: 5,
  communique: 3,
  'planned-visit': 6,
  'ongoing-contacts': 4,
};

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

function rolesFor(type: EventType, random: Random): { roles: Role[]; initiated: boolean } {
  const pair = (a: Role, b: Role) => ({ roles: [a, b], initiated: a === 'initiator' });
  const many = (n: number) => ({
    roles: Array.from({ length: n }, (): Role => 'participant'),
    initiated: false,
  });
  switch (type) {
    case 'phone-call':
      return random.chance(0.6) ? pair('initiator', 'participant') : pair('participant', 'participant');
    case 'meeting':
      return random.chance(0.75) ? pair('host', 'guest') : many(random.between(3, 4));
    case 'press-conference':
      return pair('host', 'guest');
    case 'statement':
    case 'decision':
      return many(1);
    case 'communique':
      return many(random.between(3, 5));
    case 'planned-visit':
      return pair('guest', 'host');
    default:
      return many(2);
  }
}

// Distinct people, preferring other countries for the second and later ones, as bilateral contacts are.
function drawParticipants(pool: ParticipantPool, count: number, random: Random): Participant[] {
  const chosen: Participant[] = [];
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const p = pool.draw(random);
    if (chosen.some((c) => c.entity.id === p.entity.id)) continue;
    if (tries < 10 && chosen.some((c) => c.country.code === p.country.code)) continue;
    chosen.push(p);
  }
  return chosen;
}

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

/** What one article is made of: its drawn days and where its event ids start. */
export interface ArticlePlan {
  index: number;
  /** One drawn day per event. */
  days: IsoDate[];
  firstEvent: number;
}

/**
 * Builds one valid article record: an agency's digest of diplomatic contacts, newest first, each
 * event reported by its own sentence, with entities, attribution and outside notes as needed.
 */
export function buildArticle(plan: ArticlePlan, pool: ParticipantPool, random: Random): ArticleInput {
  const lang: Lang = random.chance(0.85) ? 'ar' : 'en';
  const days = [...plan.days].sort().reverse();
  const published = random.chance(0.3) ? addDays(days[0] as IsoDate, 1) : (days[0] as IsoDate);
  const agency = random.pick(AGENCIES);
  const datelineCode = random.pick(Object.keys(ZONES));
  const dateline = (COUNTRIES.find((c) => c.code === datelineCode) as Country).capital;
  const [timeZone, utcOffset] = ZONES[datelineCode] as [string, string];

  const entities = new Map<string, EntityRecord>();
  entities.set(agency.id, {
    id: agency.id,
    kind: 'organisation',
    name: { ar: agency.ar, en: agency.en },
    short: agency.short,
    variants: [],
    roles: [],
  });
  const text = new Paragraphs(
    lang === 'ar' ? `${dateline.ar} – ${agency.short.ar}` : `${dateline.en}, ${agency.short.en}`,
  );
  const events: EventRecord[] = [];
  const notes: NoteRecord[] = [];
  let anchor: Anchor | null = null;

  days.forEach((day, i) => {
    const id = `e${String(plan.firstEvent + i).padStart(6, '0')}`;
    const type = random.weighted(TYPE_WEIGHTS);
    const status: Status =
      type === 'planned-visit'
        ? 'planned'
        : type === 'ongoing-contacts'
          ? 'ongoing'
          : type === 'meeting' && random.chance(0.05)
            ? 'planned'
            : 'occurred';
    const { roles, initiated } = rolesFor(type, random);
    const people = drawParticipants(pool, roles.length, random);
    for (const p of people) entities.set(p.entity.id, p.entity);
    const host = type === 'planned-visit' ? (people[1] ?? people[0]) : people[0];
    const place = ['phone-call', 'statement', 'decision', 'ongoing-contacts'].includes(type)
      ? null
      : (host?.country.capital ?? null);
    const planned = planWhen(lang, status, day, published, anchor, random);
    const words: EventWords = {
      type,
      actors: people.map((p) => p.actor),
      initiated,
      topic: random.pick(TOPICS),
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
    const attribution = [agency.id];
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
    });
    if (when.precision === 'day' && when.start && when.text) anchor = { id, day: when.start, title };
  });

  const first = events[0];
  return {
    schemaVersion: 1,
    id: `bench-${published}-${String(plan.index).padStart(4, '0')}`,
    source: { name: { ar: agency.ar, en: agency.en }, invented: true },
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
    headline: first ? first.title[lang] : agency[lang],
    paragraphs: text.list,
    entities: [...entities.values()],
    events,
    notes,
  };
}
