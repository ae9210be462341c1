import { seedJson } from './seed-record.ts';

// Invented records that are hostile but valid (under every limit), or just over a limit: the cases
// issue 17 found freezing, crashing or spoofing the app, built from the seed so they stay valid.

type Json = ReturnType<typeof seedJson>;
// biome-ignore lint/suspicious/noExplicitAny: records are bent on purpose, as raw JSON
type Raw = any;

/** The seed under another id, marked invented. */
export function inventedCopy(id: string): Json {
  const record = seedJson();
  record.id = id;
  (record.source as Raw).invented = true;
  return record;
}

/** A word of `length` characters, Arabic and Latin letters interleaved, with no break opportunity. */
export function mixedWord(length: number): string {
  return 'سabcلxyzم'.repeat(Math.ceil(length / 9)).slice(0, length);
}

/** The seed with a paragraph of one unbreakable mixed word (200,000 characters froze layout for 129 s). */
export function hugeWordRecord(length = 200_000): Json {
  const record = inventedCopy('invented-huge-word');
  const paragraphs = record.paragraphs as string[];
  paragraphs.push(mixedWord(length));
  (record.events as Raw[])[0].title.en = `Title ${mixedWord(380)}`;
  return record;
}

/**
 * `events` events of `participants` participants each (50 is the limit; 5,000 in one event made
 * 12.5 million pairs), every entity with a name at the length limit.
 */
export function crowdedRecord(events: number, participants: number, id = 'invented-crowded'): Json {
  const record = inventedCopy(id);
  const base = (record.events as Raw[])[0];
  const entities = Array.from({ length: participants }, (_, i) => ({
    id: `delegate-${i}`,
    kind: 'person',
    name: { ar: `مندوب ${i} ${mixedWord(180)}`, en: `Delegate ${i} ${mixedWord(180)}` },
    variants: [],
    country: 'RU',
    roles: [],
  }));
  (record.entities as Raw[]).push(...entities);
  record.events = Array.from({ length: events }, (_, e) => ({
    ...structuredClone(base),
    id: `crowded-${e}`,
    title: { ar: `اجتماع ${e}`, en: `Meeting ${e}` },
    participants: entities.map((entity, i) => ({ entity: entity.id, role: i === 0 ? 'host' : 'guest' })),
  }));
  // Notes about events that are gone would be problems of their own.
  record.notes = [];
  return record;
}

/** The seed with names and a title carrying a right-to-left override that is never closed. */
export function overrideRecord(): Json {
  const record = inventedCopy('invented-override');
  const entities = record.entities as Raw[];
  const lavrov = entities.find((e) => e.id === 'lavrov');
  lavrov.name.en = '\u202eLavrov';
  lavrov.name.ar = '\u202eلافروف';
  (record.events as Raw[])[0].title.en = '\u202eReversed title';
  return record;
}
