import { foldWithOffsets } from '../fold-text.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';

/** What a run of words in the text can name, as far as the drafter knows. */
export type LexRef =
  | { kind: 'person'; id: string }
  | { kind: 'state'; iso: string; capital: boolean }
  | { kind: 'adjective'; of: string }
  | { kind: 'organisation'; id: string }
  | { kind: 'office'; id: string; plural: boolean; of?: string }
  | { kind: 'counterpart' }
  | { kind: 'anaphor' };

/** Folded phrases (one to `maxWords` words) and what they name. */
export interface Lexicon {
  phrases: Map<string, LexRef>;
  maxWords: number;
}

/** Folds a phrase for the lexicon exactly as the drafter folds article text. */
export function foldPhrase(phrase: string): string {
  return foldWithOffsets(phrase)
    .folded.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words for "his/her/their counterpart(s)": the office of the sentence's subject, in another state.
const COUNTERPARTS = [
  'نظيره',
  'نظيرته',
  'نظيريه',
  'نظيرها',
  'نظيرتها',
  'نظيرهما',
  'نظرائه',
  'نظراءه',
  'نظرائها',
  'نظيريها',
];
// "The two ministers", "the two sides": the people of the event just reported.
const ANAPHORS = [
  'الوزيران',
  'الوزيرين',
  'الجانبان',
  'الجانبين',
  'الطرفان',
  'الطرفين',
  'الزعيمان',
  'الزعيمين',
  'الرئيسان',
  'الرئيسين',
];
// Plural offices that take a list of states: «وزراء خارجية الولايات المتحدة والسعودية وتركيا».
const PLURAL_OFFICES = new Map([
  ['foreign-minister', ['وزراء خارجية', 'وزيرا خارجية', 'وزيري خارجية', 'وزراء الخارجية', 'وزيرا الخارجية']],
  ['president', ['رؤساء', 'رئيسا', 'رئيسي']],
  ['prime-minister', ['رؤساء وزراء', 'رئيسا وزراء', 'رؤساء حكومات']],
]);

// Titles that name one state's office by themselves: «خادم الحرمين الشريفين» is whoever is King of
// Saudi Arabia on the day (Abdullah until January 2015, Salman after), not one man.
const STATE_TITLES: [string, string, string][] = [['خادم الحرمين الشريفين', 'king', 'SA']];

// When one phrase could name two things, the more specific wins.
const RANK: Record<LexRef['kind'], number> = {
  person: 6,
  organisation: 5,
  office: 4,
  counterpart: 4,
  anaphor: 4,
  state: 3,
  adjective: 2,
};

const cache = new WeakMap<Gazetteer, Lexicon>();

/** The lexicon of a gazetteer, built once per gazetteer object. */
export function lexiconOf(g: Gazetteer): Lexicon {
  const known = cache.get(g);
  if (known) return known;
  const phrases = new Map<string, LexRef>();
  let maxWords = 1;
  const add = (phrase: string, ref: LexRef) => {
    const key = foldPhrase(phrase);
    // One-letter words and bare articles are never names.
    if (key.replace(/ /g, '').length < 3) return;
    const current = phrases.get(key);
    if (current && RANK[current.kind] >= RANK[ref.kind]) return;
    phrases.set(key, ref);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const s of g.states) {
    for (const name of [s.name.ar, s.name.en, s.short?.ar, s.short?.en, ...s.variants])
      if (name) add(name, { kind: 'state', iso: s.iso, capital: false });
    for (const name of [s.capital?.ar, s.capital?.en])
      if (name) add(name, { kind: 'state', iso: s.iso, capital: true });
    for (const adjective of s.adjectives) add(adjective, { kind: 'adjective', of: s.iso });
  }
  for (const o of g.organisations) {
    for (const name of [o.name.ar, o.name.en, o.short?.ar, o.short?.en, ...o.variants])
      if (name) add(name, { kind: 'organisation', id: o.id });
    for (const adjective of o.adjectives) add(adjective, { kind: 'adjective', of: o.id });
  }
  for (const office of g.offices) {
    for (const phrase of office.phrases) add(phrase, { kind: 'office', id: office.id, plural: false });
  }
  for (const [id, list] of PLURAL_OFFICES) {
    if (g.offices.some((o) => o.id === id))
      for (const p of list) add(p, { kind: 'office', id, plural: true });
  }
  for (const p of g.people) {
    for (const name of [p.name.ar, p.name.en, p.short?.ar, p.short?.en, ...p.variants])
      if (name) add(name, { kind: 'person', id: p.id });
  }
  for (const [phrase, id, of] of STATE_TITLES) add(phrase, { kind: 'office', id, plural: false, of });
  for (const word of COUNTERPARTS) add(word, { kind: 'counterpart' });
  for (const word of ANAPHORS) add(word, { kind: 'anaphor' });
  const lexicon = { phrases, maxWords };
  cache.set(g, lexicon);
  return lexicon;
}
