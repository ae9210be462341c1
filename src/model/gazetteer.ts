import type { z } from 'zod';
import {
  crossCheck,
  type GazetteerProblem,
  type LocatedGazetteer,
  stateWordsOf,
} from './gazetteer-checks.ts';
import {
  type Gazetteer,
  type GazetteerOffice,
  type GazetteerOrganisation,
  type GazetteerPerson,
  type GazetteerState,
  gazetteerFileSchema,
  type Term,
} from './gazetteer-schema.ts';
import { makeGazetteerSearch } from './gazetteer-search.ts';
import { foldForSearch } from './search-text.ts';

export type { GazetteerProblem } from './gazetteer-checks.ts';

/** Anything the gazetteer holds, tagged by kind, with its id. */
export type GazetteerEntry =
  | { kind: 'state'; id: string; state: GazetteerState }
  | { kind: 'organisation'; id: string; organisation: GazetteerOrganisation }
  | { kind: 'office'; id: string; office: GazetteerOffice }
  | { kind: 'person'; id: string; person: GazetteerPerson };

const LISTS = ['states', 'organisations', 'offices', 'people'] as const;

function schemaProblems(file: string, error: z.ZodError): GazetteerProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: issue.path.length === 0 ? '(file)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * Validates each file (any of the four lists), merges them in the order given and checks what spans
 * entries: ids unique, terms' offices and holders known, no overlapping holders, no name shared by two
 * people. The gazetteer holds every file that passed its own schema, even when cross-checks fail.
 */
export function parseGazetteerFiles(files: { name: string; value: unknown }[]): {
  gazetteer: Gazetteer;
  problems: GazetteerProblem[];
} {
  const located: LocatedGazetteer = { states: [], organisations: [], offices: [], people: [] };
  const problems: GazetteerProblem[] = [];
  for (const { name, value } of files) {
    const parsed = gazetteerFileSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...schemaProblems(name, parsed.error));
      continue;
    }
    for (const list of LISTS) {
      const entries: { id: string }[] = parsed.data[list] ?? [];
      entries.forEach((entry, i) => {
        (located[list] as { value: unknown; file: string; path: string }[]).push({
          value: entry,
          file: name,
          path: `${list}.${i}`,
        });
      });
    }
  }
  problems.push(...crossCheck(located));
  const gazetteer: Gazetteer = {
    states: located.states.map((e) => e.value),
    organisations: located.organisations.map((e) => e.value),
    offices: located.offices.map((e) => e.value),
    people: located.people.map((e) => e.value),
  };
  return { gazetteer, problems };
}

/** Look-ups over one gazetteer, built once. Dates are 'YYYY-MM-DD'; a term's `from` and `to` both count. */
export interface GazetteerIndex {
  state(iso: string): GazetteerState | undefined;
  byId(id: string): GazetteerEntry | undefined;
  /** Who held `officeId` of `of` (ISO code or organisation id) on `date`; a rival claimant only if alone. */
  holderOn(officeId: string, of: string, date: string): GazetteerPerson | undefined;
  /** The terms `personId` was serving on `date`, in the order the gazetteer lists them. */
  officesOn(personId: string, date: string): Term[];
  /** The state a folded word names: its name, short name, a spelling, an adjective or its capital. */
  stateByWord(foldedWord: string): GazetteerState | undefined;
  /** The organisation a folded word names: its name, short name, a spelling or an adjective (الأممي). */
  organisationByWord(foldedWord: string): GazetteerOrganisation | undefined;
  /** Every office a folded phrase names, in gazetteer order («الأمين العام» names several). */
  officesByPhrase(foldedPhrase: string): GazetteerOffice[];
  /** The participant picker's search; see makeGazetteerSearch. `limit` defaults to 20. */
  search(query: string, limit?: number): GazetteerEntry[];
}

interface Holding {
  term: Term;
  person: GazetteerPerson;
}

function setFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const covers = (term: Term, date: string) => term.from <= date && (term.to === null || date <= term.to);

/** Builds the look-ups over `g`; a later duplicate of an id or of a state's or organisation's word loses to the first. */
export function buildGazetteerIndex(g: Gazetteer): GazetteerIndex {
  const entries = new Map<string, GazetteerEntry>();
  const add = (entry: GazetteerEntry) => setFirst(entries, entry.id, entry);
  for (const state of g.states) add({ kind: 'state', id: state.id, state });
  for (const organisation of g.organisations)
    add({ kind: 'organisation', id: organisation.id, organisation });
  for (const office of g.offices) add({ kind: 'office', id: office.id, office });
  for (const person of g.people) add({ kind: 'person', id: person.id, person });

  const byIso = new Map<string, GazetteerState>();
  const byWord = new Map<string, GazetteerState>();
  for (const state of g.states) {
    if (!byIso.has(state.iso)) byIso.set(state.iso, state);
    for (const word of stateWordsOf({ ...state, capital: undefined }))
      setFirst(byWord, foldForSearch(word), state);
  }
  // Capitals after every name: «عمان» is Oman's name before it is Amman, Jordan's capital.
  for (const state of g.states) {
    for (const word of state.capital ? [state.capital.ar, state.capital.en] : [])
      setFirst(byWord, foldForSearch(word), state);
  }
  const orgByWord = new Map<string, GazetteerOrganisation>();
  for (const org of g.organisations) {
    const { name, short, variants, adjectives } = org;
    const words = [name.ar, name.en, ...(short ? [short.ar, short.en] : []), ...variants, ...adjectives];
    for (const word of words) setFirst(orgByWord, foldForSearch(word), org);
  }
  const officesByPhrase = new Map<string, GazetteerOffice[]>();
  for (const office of g.offices) {
    for (const phrase of new Set([office.name.ar, ...office.phrases].map(foldForSearch))) {
      pushTo(officesByPhrase, phrase, office);
    }
  }
  const holdings = new Map<string, Holding[]>();
  for (const person of g.people) {
    for (const term of person.terms) pushTo(holdings, `${term.office}|${term.of}`, { term, person });
  }

  return {
    state: (iso) => byIso.get(iso),
    byId: (id) => entries.get(id),
    holderOn(officeId, of, date) {
      const serving = (holdings.get(`${officeId}|${of}`) ?? []).filter((h) => covers(h.term, date));
      return (serving.find((h) => !h.term.rival) ?? serving[0])?.person;
    },
    officesOn(personId, date) {
      const entry = entries.get(personId);
      return entry?.kind === 'person' ? entry.person.terms.filter((t) => covers(t, date)) : [];
    },
    stateByWord: (foldedWord) => byWord.get(foldForSearch(foldedWord)),
    organisationByWord: (foldedWord) => orgByWord.get(foldForSearch(foldedWord)),
    officesByPhrase: (foldedPhrase) => [...(officesByPhrase.get(foldForSearch(foldedPhrase)) ?? [])],
    search: makeGazetteerSearch(entries.values()),
  };
}
