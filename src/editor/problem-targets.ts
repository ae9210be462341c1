/** The parts of an event card a problem can be shown beside. */
export type EventField =
  | 'title'
  | 'type'
  | 'status'
  | 'place'
  | 'participants'
  | 'when'
  | 'evidence'
  | 'other';

/** The metadata fields a problem can be shown beside. */
export type MetaField = 'source' | 'url' | 'date' | 'time' | 'timeZone' | 'text' | 'other';

/** Where in the editor a validator problem belongs. */
export type ProblemTarget =
  | { at: 'event'; event: number; field: EventField }
  | { at: 'meta'; field: MetaField }
  | { at: 'record' };

const EVENT_FIELDS = new Map<string, EventField>([
  ['title', 'title'],
  ['type', 'type'],
  ['status', 'status'],
  ['place', 'place'],
  ['participants', 'participants'],
  ['mentions', 'participants'],
  ['attribution', 'participants'],
  ['when', 'when'],
  ['evidence', 'evidence'],
]);

const META_FIELDS = new Map<string, MetaField>([
  ['source.name', 'source'],
  ['source.url', 'url'],
  ['published.date', 'date'],
  ['published.time', 'time'],
  ['published.timeZone', 'timeZone'],
  ['published.utcOffset', 'timeZone'],
  ['headline', 'text'],
  ['paragraphs', 'text'],
]);

/** Where a validator path such as "events.3.when.end" is shown: event 3's date. */
export function targetOf(path: string): ProblemTarget {
  const parts = path.split('.');
  if (parts[0] === 'events' && parts.length >= 2 && /^\d+$/.test(parts[1] as string)) {
    return { at: 'event', event: Number(parts[1]), field: EVENT_FIELDS.get(parts[2] ?? '') ?? 'other' };
  }
  const meta = META_FIELDS.get(parts.slice(0, 2).join('.')) ?? META_FIELDS.get(parts[0] as string);
  return meta ? { at: 'meta', field: meta } : { at: 'record' };
}
