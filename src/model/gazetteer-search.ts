import type { GazetteerEntry } from './gazetteer.ts';
import { namesOf, stateWordsOf } from './gazetteer-checks.ts';
import { queryWords, searchWords } from './search-text.ts';

interface Key {
  folded: string;
  words: string[];
}

interface Candidate {
  entry: GazetteerEntry;
  keys: Key[];
  kindRank: number;
  // The last day the person held any office ("9999-12-31" while in office), so current holders lead.
  lastInOffice: string;
}

// The picker is for participants: people first, then the states and organisations they speak for,
// then offices (when the text names no one).
const KIND_RANK = { person: 0, state: 1, organisation: 2, office: 3 } as const;

function namesOfEntry(entry: GazetteerEntry): string[] {
  switch (entry.kind) {
    case 'person':
      return namesOf(entry.person);
    case 'state':
      return stateWordsOf(entry.state);
    case 'organisation': {
      const { name, short, variants, adjectives } = entry.organisation;
      return [name.ar, name.en, ...(short ? [short.ar, short.en] : []), ...variants, ...adjectives];
    }
    case 'office':
      return [entry.office.name.ar, entry.office.name.en, ...entry.office.phrases];
  }
}

// Code-unit order, the same in every locale, so results never depend on the machine.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function candidateOf(entry: GazetteerEntry): Candidate {
  const names = [...new Set(namesOfEntry(entry))];
  // Punctuation goes as the query's does, so "Jean-Marc" and "jean marc" are one name.
  const keys = names.map((n) => {
    const words = searchWords(n);
    return { folded: words.join(' '), words };
  });
  const ends = entry.kind === 'person' ? entry.person.terms.map((t) => t.to ?? '9999-12-31') : [];
  const lastInOffice = ends.sort().at(-1) ?? '';
  return { entry, keys, kindRank: KIND_RANK[entry.kind], lastInOffice };
}

// 0: the whole name; 1: the name starts with the query; 2: every query word is a whole word of the
// name; 3: every query word starts a word of the name; otherwise no match.
function scoreKey(key: Key, folded: string, words: string[]): number {
  if (key.folded === folded) return 0;
  if (key.folded.startsWith(folded)) return 1;
  if (words.every((w) => key.words.includes(w))) return 2;
  if (words.every((w) => key.words.some((k) => k.startsWith(w)))) return 3;
  return Number.POSITIVE_INFINITY;
}

/** Builds the participant picker's search over the given entries. */
export function makeGazetteerSearch(
  entries: Iterable<GazetteerEntry>,
): (query: string, limit?: number) => GazetteerEntry[] {
  const candidates = [...entries].map(candidateOf);
  /**
   * Entries any of whose names, spellings or short forms match every word of the query at a word's
   * start, folded: people first, then states, organisations, offices; within a kind the closer match,
   * then the more recent office holder, then the id. At most `limit` (default 20); none for a blank query.
   */
  return (query: string, limit = 20) => {
    const words = queryWords(query);
    if (words.length === 0 || limit <= 0) return [];
    const folded = words.join(' ');
    const hits: { candidate: Candidate; score: number }[] = [];
    for (const candidate of candidates) {
      let score = Number.POSITIVE_INFINITY;
      for (const key of candidate.keys) score = Math.min(score, scoreKey(key, folded, words));
      if (score !== Number.POSITIVE_INFINITY) hits.push({ candidate, score });
    }
    hits.sort(
      (a, b) =>
        a.candidate.kindRank - b.candidate.kindRank ||
        a.score - b.score ||
        compareText(b.candidate.lastInOffice, a.candidate.lastInOffice) ||
        compareText(a.candidate.entry.id, b.candidate.entry.id),
    );
    return hits.slice(0, limit).map((h) => h.candidate.entry);
  };
}
