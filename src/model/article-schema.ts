import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import {
  CERTAINTIES,
  ENTITY_KINDS,
  EVENT_TYPES,
  PRECISIONS,
  REVIEW_STATES,
  ROLES,
  STATUSES,
} from './vocabulary.ts';
import { zoneFormatter } from './zone-offset.ts';

/**
 * Version of the article record format; bumped on any incompatible change. Version 2 added time of
 * day, quotes, the article's own sources and groups of participants, all optional, so a version 1
 * record is read as it is and migrateArticle only renumbers it.
 */
export const SCHEMA_VERSION = 2;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case Latin letters, digits and hyphens, e.g. "lavrov"');

/** A calendar date, YYYY-MM-DD, read as a whole day (no zone). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'a date that exists in the calendar');

const text = z.string().min(1, 'non-empty text');

/**
 * Limits that keep any record the app accepts quick to draw (issue 17): a name or title is read at a
 * glance, and an event's participants are paired in the graph. Longer text belongs in paragraphs.
 */
export const LIMITS = {
  /** Characters of a name, short name, spelling variant, dateline, place or office title. */
  name: 200,
  /** Characters of an event title, headline or related article's title. */
  title: 400,
  /** Participants of one event (also mentions and attribution). */
  participants: 50,
} as const;

const capped = (max: number) => text.max(max, `at most ${max} characters`);
const nameText = capped(LIMITS.name);
const titleText = capped(LIMITS.title);
const entityIds = (what: string) =>
  z.array(id).max(LIMITS.participants, `at most ${LIMITS.participants} ${what}`);

/** A name or label in both interface languages. */
export const bilingual = z.object({ ar: text, en: text }).strict();
const bilingualName = z.object({ ar: nameText, en: nameText }).strict();
const bilingualTitle = z.object({ ar: titleText, en: titleText }).strict();

/** An address a link may point to: the web's own schemes only (never javascript: or data:). */
const webUrl = z.url({ protocol: /^https?$/, error: 'an https:// or http:// address' });

function isTimeZone(zone: string): boolean {
  // Intl also takes offsets such as "+03:00" as zones; the record's zone must be a named IANA one.
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone) && zoneFormatter(zone) !== null;
}

// Offsets in use run from -12:00 to +14:00, in whole, half and three-quarter hours.
const isOffset = (offset: string) => {
  const m = /^([+-])(\d{2}):(00|15|30|45)$/.exec(offset);
  if (!m) return false;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60;
};

const reviewState = z
  .enum(REVIEW_STATES)
  .optional()
  .describe('Set by the drafter ("drafted") and the editor; absent means written or checked by a person');

const role = z
  .object({
    title: bilingualName,
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const entitySchema = z
  .object({
    id,
    kind: z.enum(ENTITY_KINDS),
    name: bilingualName,
    short: bilingualName
      .optional()
      .describe('A short form for crowded places such as axis labels, e.g. "Lavrov"'),
    variants: z
      .array(nameText)
      .default([])
      .describe('Spellings the article text uses for this entity, verbatim'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "RU"')
      .optional(),
    roles: z.array(role).default([]),
    gazetteer: id
      .optional()
      .describe('The id of this entity in data/gazetteer, so that every record names one person alike'),
    review: reviewState,
    members: entityIds('members')
      .optional()
      .describe('For a delegation or list: the states, organisations or people it is made of'),
    approximateCount: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('How many it is said to count, when unnamed or not all named («نحو عشرين طرفًا»: 20)'),
    unnamed: z
      .boolean()
      .optional()
      .describe('True for a group the text does not name, e.g. «دبلوماسيين إقليميين وأوروبيين»'),
    heldBy: z
      .array(z.object({ entity: id, from: isoDate.optional(), to: isoDate.optional() }).strict())
      .optional()
      .describe('For an office: who held it, and when'),
    sameAs: z
      .array(z.object({ article: id, entity: id }).strict())
      .optional()
      .describe('The same entity in other records, when no gazetteer entry names it: it then has one id'),
  })
  .strict();

export const evidenceSchema = z
  .object({
    paragraph: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: text.describe(
      'The exact characters paragraphs[paragraph].slice(start, end); checked by the validator',
    ),
  })
  .strict();

export const relativeToSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('publication') }).strict(),
  z.object({ kind: z.literal('event'), event: id }).strict(),
  z.object({ kind: z.literal('absolute') }).strict(),
]);

export const intervalFields = {
  start: isoDate.nullable().describe('First day, inclusive; null when the range is open towards the past'),
  end: isoDate.nullable().describe('Last day, inclusive; null when the range is open towards the future'),
  precision: z.enum(PRECISIONS),
};

export const whenSchema = z
  .object({
    text: text
      .nullable()
      .describe('The date expression exactly as written, or null when the text gives none'),
    relativeTo: relativeToSchema,
    ...intervalFields,
    certainty: z.enum(CERTAINTIES),
    rule: bilingual.optional().describe('How an inferred date was worked out'),
    outside: z
      .object({ ...intervalFields, note: id })
      .strict()
      .optional()
      .describe('A different or finer date known only from an outside source, shown beside the stated one'),
  })
  .strict();

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM, from 00:00 to 23:59');
const zoneName = text.refine(isTimeZone, 'an IANA time zone name such as "Europe/Moscow"');
const zoneOffset = z
  .string()
  .refine(isOffset, 'an offset written +HH:MM, from -12:00 to +14:00 in quarter hours');

/** The time of day of an event: «بعد ظهر اليوم», «مساء الخميس», "18:00 GMT", «بتوقيت موسكو». */
export const timeOfDaySchema = z
  .object({
    text: text.nullable().describe('The words as written, e.g. «مساء الخميس», or null when none are'),
    start: clock.nullable().describe('Earliest clock time, HH:MM, in timeZone; null when unknown'),
    end: clock.nullable().describe('Latest clock time, HH:MM, in timeZone; null when unknown'),
    part: z
      .enum(['morning', 'afternoon', 'evening', 'night'])
      .optional()
      .describe('The part of the day when only that is said («صباحًا», «بعد الظهر», «مساءً», «ليلًا»)'),
    timeZone: zoneName.optional().describe('The zone the clock times are in (GMT is "Etc/GMT")'),
    utcOffset: zoneOffset.optional(),
    certainty: z.enum(CERTAINTIES),
  })
  .strict();

/** A quoted statement: who speaks, the quote's own span, and whether it is direct or reported speech. */
export const quoteSchema = z
  .object({
    speaker: id.describe('The entity quoted (a person, office or organisation)'),
    span: evidenceSchema.describe('The quoted words themselves, without the sentence that attributes them'),
    speech: z.enum(['direct', 'reported']).describe('«لقد حان الوقت …» is direct; «قال إن …» reported'),
    source: id.optional().describe('The article source (sources[].id) that carries the quote'),
  })
  .strict();

/** A source inside the article: the wire agency behind it, an anonymous source, a ministry's statement. */
export const articleSourceSchema = z
  .object({
    id,
    kind: z.enum(['wire', 'outlet', 'official', 'anonymous']),
    name: bilingualName.optional().describe('For a named source, e.g. AFP, Reuters, SANA'),
    text: nameText.optional().describe('The words the article uses, verbatim, e.g. «مصدر دبلوماسي»'),
    entity: id.optional().describe('The entity the source is, when the record has one'),
    via: id.optional().describe('The source this one reached the article through (the chain of attribution)'),
  })
  .strict();

export const participantSchema = z
  .object({
    entity: id,
    role: z.enum(ROLES),
    inferred: z
      .object({
        from: text.describe('The words of the text that point to this participant, e.g. "نظيره الأمريكي"'),
        rule: bilingual.describe('How they were resolved, e.g. who held that office on the day'),
      })
      .strict()
      .optional()
      .describe('Present when the text does not name this participant but an office or counterpart'),
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    type: z.enum(EVENT_TYPES),
    title: bilingualTitle,
    participants: z
      .array(participantSchema)
      .max(LIMITS.participants, `at most ${LIMITS.participants} participants`),
    mentions: entityIds('mentioned entities').default([]),
    place: bilingualName.nullable().default(null),
    status: z.enum(STATUSES),
    attribution: entityIds('attributions').describe(
      'Who reports it, from the original speaker to the outlet that published it',
    ),
    when: whenSchema,
    evidence: z.array(evidenceSchema).min(1, 'at least one evidence span'),
    sameAs: z
      .array(z.object({ article: id, event: id }).strict())
      .optional()
      .describe('The same event as reported by other articles: it is then shown once, with every evidence'),
    review: reviewState,
    time: timeOfDaySchema.optional().describe('The time of day, when the article gives it'),
    order: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Place among the events of the same day, 0 first, when the article orders them'),
    quotes: z
      .array(quoteSchema)
      .optional()
      .describe('Statements quoted in the evidence, with their speakers'),
    sources: z
      .array(id)
      .optional()
      .describe('The article sources (sources[].id) that report it, from the first to the outlet'),
  })
  .strict();

export const sourceRefSchema = z
  .object({
    publisher: text,
    reference: text.describe('The citation as given: an address, a story id or a title'),
    url: webUrl.optional(),
  })
  .strict();

export const noteSchema = z
  .object({
    id,
    about: z.object({ events: z.array(id).default([]), entities: z.array(id).default([]) }).strict(),
    text: bilingual,
    sources: z.array(sourceRefSchema).min(1, 'at least one source'),
  })
  .strict();

export const articleSchema = z
  .object({
    $schema: z.string().optional(),
    // A version 1 record is a version 2 record without the new fields: both are read (see migrate-article.ts).
    schemaVersion: z
      .union([z.literal(1), z.literal(SCHEMA_VERSION)])
      .describe('2; version 1 records are still read (every field version 2 added is optional)'),
    id,
    source: z
      .object({
        name: bilingualName,
        url: webUrl.optional(),
        invented: z.boolean().default(false).describe('True for a made-up record used only in tests'),
      })
      .strict(),
    dateline: bilingualName,
    published: z
      .object({
        date: isoDate,
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM, from 00:00 to 23:59')
          .nullable()
          .default(null),
        timeZone: text
          .refine(isTimeZone, 'an IANA time zone name such as "Europe/Moscow"')
          .describe('IANA zone of the publication, e.g. "Europe/Moscow"'),
        utcOffset: z
          .string()
          .refine(isOffset, 'an offset written +HH:MM, from -12:00 to +14:00 in quarter hours'),
        certainty: z
          .enum(['stated', 'inferred'])
          .optional()
          .describe('"inferred" when the copy carries no date and it was worked out; absent means stated'),
      })
      .strict(),
    language: z.enum(['ar', 'en']),
    headline: titleText,
    inCopy: z
      .object({ headline: z.boolean(), dateline: z.boolean() })
      .strict()
      .optional()
      .describe('Whether the copy itself carries a headline and a dateline (false: supplied by the author)'),
    sources: z
      .array(articleSourceSchema)
      .optional()
      .describe('Sources inside the article: the wire agency, anonymous sources, statements'),
    paragraphs: z.array(text).min(1, 'at least one paragraph'),
    related: z
      .array(z.object({ title: titleText, url: webUrl.optional(), note: text.optional() }).strict())
      .default([]),
    entities: z.array(entitySchema),
    events: z.array(eventSchema),
    notes: z.array(noteSchema).default([]),
  })
  .strict();

export type ArticleRecord = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
export type EntityRecord = z.infer<typeof entitySchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type NoteRecord = z.infer<typeof noteSchema>;
export type WhenRecord = z.infer<typeof whenSchema>;
export type EvidenceRecord = z.infer<typeof evidenceSchema>;
export type ParticipantRecord = z.infer<typeof participantSchema>;
export type QuoteRecord = z.infer<typeof quoteSchema>;
export type ArticleSourceRecord = z.infer<typeof articleSourceSchema>;
export type TimeOfDayRecord = z.infer<typeof timeOfDaySchema>;
export type {
  Certainty,
  EntityKind,
  EventType,
  Precision,
  ReviewState,
  Role,
  Status,
} from './vocabulary.ts';
export {
  CERTAINTIES,
  ENTITY_KINDS,
  EVENT_TYPES,
  PRECISIONS,
  REVIEW_STATES,
  ROLES,
  STATUSES,
} from './vocabulary.ts';
