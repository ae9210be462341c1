import type { z } from 'zod';
import { type ArticleRecord, articleSchema, type EventRecord } from './article-schema.ts';
import { monthBounds, yearBounds } from './calendar-date.ts';
import { WHOLE_RECORD } from './read-problem.ts';
import { resolveRelativeDate } from './resolve-relative-date.ts';
import { v2FieldProblems } from './validate-v2-fields.ts';
import { zoneOffsetsOn } from './zone-offset.ts';

/** One thing wrong with a record: where (a dotted path such as "events.3.when.start") and what. */
export interface Problem {
  path: string;
  message: string;
}

/** The outcome of checking one record: the typed record when there is no problem, else every problem. */
export type Validation = { ok: true; record: ArticleRecord } | { ok: false; problems: Problem[] };

/** Record text quoted in a message, cut to 80 characters: a message says where, it need not repeat a paragraph. */
function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}

export { WHOLE_RECORD };

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.length === 0 ? WHOLE_RECORD : segments.map(String).join('.');
}

// One problem, one message: a field that breaks two rules at once (a date neither written YYYY-MM-DD
// nor in the calendar) is reported by its first.
function schemaProblems(error: z.ZodError): Problem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const path = pathOf(issue.path);
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, message: issue.message }];
  });
}

function duplicateIds(items: { id: string }[], listName: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({ path: `${listName}.${index}.id`, message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return problems;
}

function intervalProblems(
  path: string,
  { start, end, precision }: { start: string | null; end: string | null; precision: string },
): Problem[] {
  const at = (field: string, message: string) => [{ path: `${path}.${field}`, message }];
  if (start && end && start > end) return at('end', `end ${end} is before start ${start}`);
  switch (precision) {
    case 'day':
      if (!start || !end || start !== end) {
        return at('end', 'precision "day" needs start and end on the same day');
      }
      return [];
    case 'month': {
      if (!start || !end) return at('start', 'precision "month" needs both start and end');
      const [first, last] = monthBounds(start);
      if (start !== first || end !== last) {
        return at('end', `precision "month" needs the whole month: ${first} to ${last}`);
      }
      return [];
    }
    case 'year': {
      if (!start || !end) return at('start', 'precision "year" needs both start and end');
      const [first, last] = yearBounds(start);
      if (start !== first || end !== last) {
        return at('end', `precision "year" needs the whole year: ${first} to ${last}`);
      }
      return [];
    }
    case 'range':
      if (!start && !end) return at('precision', 'a range open at both ends is precision "unknown"');
      return [];
    default:
      if (start || end) return at('precision', 'precision "unknown" needs start and end to be null');
      return [];
  }
}

interface Known {
  entityIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  noteIds: ReadonlySet<string>;
  /** Events that some note is about. */
  noted: ReadonlySet<string>;
}

function eventProblems(record: ArticleRecord, event: EventRecord, index: number, known: Known): Problem[] {
  const base = `events.${index}`;
  const problems: Problem[] = [];
  const { entityIds, eventIds, noteIds } = known;
  const refer = (path: string, id: string) => {
    if (!entityIds.has(id)) problems.push({ path, message: `no entity with id "${id}"` });
  };
  event.participants.forEach((p, i) => {
    refer(`${base}.participants.${i}.entity`, p.entity);
  });
  event.mentions.forEach((m, i) => {
    refer(`${base}.mentions.${i}`, m);
  });
  event.attribution.forEach((a, i) => {
    refer(`${base}.attribution.${i}`, a);
  });

  event.evidence.forEach((span, i) => {
    const path = `${base}.evidence.${i}`;
    const paragraph = record.paragraphs[span.paragraph];
    if (paragraph === undefined) {
      problems.push({
        path: `${path}.paragraph`,
        message: `no paragraph ${span.paragraph}: the article has paragraphs 0 to ${record.paragraphs.length - 1}`,
      });
    } else if (span.end <= span.start) {
      problems.push({
        path: `${path}.end`,
        message:
          span.end === span.start
            ? `span ${span.start}–${span.end} is empty: end must be after start`
            : `span ${span.start}–${span.end} is reversed: end must be after start`,
      });
    } else if (span.end > paragraph.length) {
      problems.push({
        path: `${path}.end`,
        message: `span ${span.start}–${span.end} is outside paragraph ${span.paragraph} (0–${paragraph.length})`,
      });
    } else if (paragraph.slice(span.start, span.end) !== span.quote) {
      problems.push({
        path: `${path}.quote`,
        message: `quote differs from the text at ${span.start}–${span.end}: "${clip(paragraph.slice(span.start, span.end))}"`,
      });
    }
  });

  const { when } = event;
  problems.push(...intervalProblems(`${base}.when`, when));
  if (when.outside) {
    problems.push(...intervalProblems(`${base}.when.outside`, when.outside));
    if (!noteIds.has(when.outside.note)) {
      problems.push({ path: `${base}.when.outside.note`, message: `no note with id "${when.outside.note}"` });
    }
  }
  if (when.relativeTo.kind === 'event') {
    const target = when.relativeTo.event;
    if (target === event.id || !eventIds.has(target)) {
      problems.push({ path: `${base}.when.relativeTo.event`, message: `no other event with id "${target}"` });
    }
  }
  const textInEvidence =
    when.text === null || event.evidence.some((span) => span.quote.includes(when.text as string));
  if (!textInEvidence) {
    problems.push({
      path: `${base}.when.text`,
      message: `"${clip(when.text ?? '')}" does not appear in the event's evidence`,
    });
  }
  // Words that are not in the evidence are one problem already: their reading is not checked too.
  if (textInEvidence && when.certainty === 'stated' && when.relativeTo.kind === 'publication' && when.text) {
    const tense = event.status === 'planned' ? 'future' : 'past';
    const expected = resolveRelativeDate(when.text, record.published.date, tense);
    if (
      expected &&
      (expected.start !== when.start || expected.end !== when.end || expected.precision !== when.precision)
    ) {
      problems.push({
        path: `${base}.when`,
        message: `"${when.text}" written on ${record.published.date} means ${expected.start ?? 'open'} to ${expected.end ?? 'open'} (${expected.precision}), not ${when.start ?? 'open'} to ${when.end ?? 'open'} (${when.precision})`,
      });
    }
  }
  (event.sameAs ?? []).forEach((link, i) => {
    if (link.article === record.id) {
      problems.push({ path: `${base}.sameAs.${i}.article`, message: 'sameAs must name another article' });
    }
  });
  if (when.certainty === 'outside' && !known.noted.has(event.id)) {
    problems.push({
      path: `${base}.when.certainty`,
      message: 'a date from an outside source needs a note about this event',
    });
  }
  if (when.certainty === 'inferred' && !when.rule) {
    problems.push({ path: `${base}.when.rule`, message: 'an inferred date needs the rule that inferred it' });
  }
  return problems;
}

function noteProblems(record: ArticleRecord): Problem[] {
  const known = {
    events: new Set(record.events.map((e) => e.id)),
    entities: new Set(record.entities.map((e) => e.id)),
  };
  return record.notes.flatMap((note, index) =>
    (['events', 'entities'] as const).flatMap((list) =>
      note.about[list].flatMap((id, i) =>
        known[list].has(id)
          ? []
          : [
              {
                path: `notes.${index}.about.${list}.${i}`,
                message: `no ${list === 'events' ? 'event' : 'entity'} with id "${id}"`,
              },
            ],
      ),
    ),
  );
}

/** The offset must be the zone's on the day of publication (either side of a change on that day). */
function offsetProblems({ published }: ArticleRecord): Problem[] {
  const { date, timeZone, utcOffset } = published;
  const offsets = zoneOffsetsOn(timeZone, date);
  if (offsets.includes(null) || offsets.includes(utcOffset)) return [];
  return [
    {
      path: 'published.utcOffset',
      message: `${timeZone} was ${[...new Set(offsets)].join(' or ')} on ${date}, not ${utcOffset}`,
    },
  ];
}

/** Checks the cross-references the schema alone cannot: ids, spans, intervals, resolved dates. */
export function crossReferenceProblems(record: ArticleRecord): Problem[] {
  // Built once per record: a per-event lookup would make checking quadratic in the number of events.
  const known: Known = {
    entityIds: new Set(record.entities.map((e) => e.id)),
    eventIds: new Set(record.events.map((e) => e.id)),
    noteIds: new Set(record.notes.map((n) => n.id)),
    noted: new Set(record.notes.flatMap((n) => n.about.events)),
  };
  return [
    ...offsetProblems(record),
    ...duplicateIds(record.entities, 'entities'),
    ...duplicateIds(record.events, 'events'),
    ...duplicateIds(record.notes, 'notes'),
    ...record.events.flatMap((event, index) => eventProblems(record, event, index, known)),
    ...noteProblems(record),
    ...v2FieldProblems(record),
  ];
}

/** Validates parsed JSON against the article schema and every cross-reference rule. */
export function validateArticle(value: unknown): Validation {
  const parsed = articleSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = crossReferenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record: parsed.data };
}
