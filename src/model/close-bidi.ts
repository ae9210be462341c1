import type { ArticleRecord, EntityRecord, EventRecord } from './article-schema.ts';

// Embeddings and overrides (LRE, RLE, LRO, RLO) end at PDF; isolates (LRI, RLI, FSI) at PDI.
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const OPENERS_EMBED = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const OPENERS_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * The text with every bidi embedding, override or isolate it opens closed at its end, so that when it
 * is set inside a sentence (a name in "Zarif and X", a title in a list) an RLO in it cannot reverse
 * the words that follow. Text without such controls is returned as it is.
 */
export function closeBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  // The stack as the Unicode bidi algorithm keeps it: a PDI also closes embeddings opened after its isolate.
  const open: ('embed' | 'isolate')[] = [];
  for (const ch of text) {
    if (OPENERS_EMBED.has(ch)) open.push('embed');
    else if (OPENERS_ISOLATE.has(ch)) open.push('isolate');
    else if (ch === '\u202c') {
      if (open.at(-1) === 'embed') open.pop();
    } else if (ch === '\u2069') {
      const at = open.lastIndexOf('isolate');
      if (at >= 0) open.length = at;
    }
  }
  return (
    text +
    open
      .reverse()
      .map((kind) => (kind === 'embed' ? '\u202c' : '\u2069'))
      .join('')
  );
}

const pair = <T extends { ar: string; en: string }>(value: T): T => ({
  ...value,
  ar: closeBidi(value.ar),
  en: closeBidi(value.en),
});

function entity(e: EntityRecord): EntityRecord {
  return {
    ...e,
    name: pair(e.name),
    ...(e.short ? { short: pair(e.short) } : {}),
    roles: e.roles.map((r) => ({ ...r, title: pair(r.title) })),
  };
}

function event(e: EventRecord): EventRecord {
  return { ...e, title: pair(e.title), place: e.place ? pair(e.place) : null };
}

const hasControls = (value: { ar: string; en: string }) => CONTROLS.test(value.ar) || CONTROLS.test(value.en);

/**
 * Whether any text closeRecordBidi would close holds a bidi control. Read field by field: the test
 * over the whole record's JSON took 40 ms of a 10,000-event file's check, most of it in text the
 * closing leaves alone (evidence, claims).
 */
function namesWithControls(record: ArticleRecord): boolean {
  return (
    CONTROLS.test(record.headline) ||
    hasControls(record.dateline) ||
    hasControls(record.source.name) ||
    record.entities.some(
      (e) =>
        hasControls(e.name) ||
        (e.short !== undefined && hasControls(e.short)) ||
        e.roles.some((r) => hasControls(r.title)),
    ) ||
    record.events.some((e) => hasControls(e.title) || (e.place !== null && hasControls(e.place)))
  );
}

/**
 * The record with the bidi controls of every name and title that the interface sets inside a
 * sentence closed (see closeBidi). Paragraphs and quotes are left untouched: each is drawn as a
 * block of its own, and quotes must stay the exact characters of their paragraph.
 */
export function closeRecordBidi(record: ArticleRecord): ArticleRecord {
  if (!namesWithControls(record)) return record;
  return {
    ...record,
    headline: closeBidi(record.headline),
    dateline: pair(record.dateline),
    source: { ...record.source, name: pair(record.source.name) },
    entities: record.entities.map(entity),
    events: record.events.map(event),
  };
}
