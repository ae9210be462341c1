import type {
  GazetteerOffice,
  GazetteerOrganisation,
  GazetteerPerson,
  GazetteerState,
  Term,
} from './gazetteer-schema.ts';
import { foldForSearch } from './search-text.ts';

/** One thing wrong with the gazetteer: the file, a dotted path inside it ("people.3.terms.0.to"), what. */
export interface GazetteerProblem {
  file: string;
  path: string;
  message: string;
}

/** An entry with the file and the path ("people.3") it was read from, so problems can name both. */
export interface Located<T> {
  value: T;
  file: string;
  path: string;
}

/** The merged lists, each entry still knowing where it came from. */
export interface LocatedGazetteer {
  states: Located<GazetteerState>[];
  organisations: Located<GazetteerOrganisation>[];
  offices: Located<GazetteerOffice>[];
  people: Located<GazetteerPerson>[];
}

interface TermAt {
  term: Term;
  person: Located<GazetteerPerson>;
  index: number;
}

const where = (entry: Located<unknown>, field: string) => ({
  file: entry.file,
  path: `${entry.path}.${field}`,
});
const endOf = (term: Term) => term.to ?? '9999-12-31';
const span = (term: Term) => `${term.from}–${term.to ?? 'now'}`;

function duplicateIds(g: LocatedGazetteer): GazetteerProblem[] {
  const seen = new Map<string, Located<{ id: string }>>();
  const problems: GazetteerProblem[] = [];
  for (const entry of [...g.states, ...g.organisations, ...g.offices, ...g.people]) {
    const first = seen.get(entry.value.id);
    if (first) {
      const message = `duplicate id "${entry.value.id}", first used in ${first.file} at ${first.path}`;
      problems.push({ ...where(entry, 'id'), message });
    } else seen.set(entry.value.id, entry);
  }
  return problems;
}

function personProblems(g: LocatedGazetteer): GazetteerProblem[] {
  const offices = new Map(g.offices.map((o) => [o.value.id, o.value]));
  const isoCodes = new Set(g.states.map((s) => s.value.iso));
  const orgIds = new Set(g.organisations.map((o) => o.value.id));
  const problems: GazetteerProblem[] = [];
  for (const person of g.people) {
    const { country } = person.value;
    if (country !== undefined && !isoCodes.has(country)) {
      const message = `country "${country}" is not the ISO code of a state in the gazetteer`;
      problems.push({ ...where(person, 'country'), message });
    }
    person.value.terms.forEach((term, i) => {
      const at = (field: string, message: string) =>
        problems.push({ ...where(person, `terms.${i}.${field}`), message });
      const office = offices.get(term.office);
      if (!office) at('office', `unknown office "${term.office}"`);
      else if (office.scope === 'state' && !isoCodes.has(term.of)) {
        at('of', `"${term.of}" is not the ISO code of a state in the gazetteer`);
      } else if (office.scope === 'organisation' && !orgIds.has(term.of)) {
        at('of', `"${term.of}" is not the id of an organisation in the gazetteer`);
      }
      if (term.to !== null && term.to < term.from) at('to', `ends ${term.to}, before it starts ${term.from}`);
    });
  }
  return problems;
}

// Sorted by start, each term is compared with the one reaching furthest so far, which finds every
// overlap a later term has with any earlier one.
function overlaps(g: LocatedGazetteer): GazetteerProblem[] {
  const byOffice = new Map<string, TermAt[]>();
  for (const person of g.people) {
    person.value.terms.forEach((term, index) => {
      const key = `${term.office}|${term.of}`;
      const list = byOffice.get(key) ?? [];
      list.push({ term, person, index });
      byOffice.set(key, list);
    });
  }
  const problems: GazetteerProblem[] = [];
  for (const list of byOffice.values()) {
    list.sort((a, b) => a.term.from.localeCompare(b.term.from));
    let reach: TermAt | undefined;
    for (const current of list) {
      if (reach && current.term.from <= endOf(reach.term)) {
        const same = reach.person === current.person;
        if (same || !(current.term.rival || reach.term.rival)) {
          const whose = same ? 'another term of the same person' : `${reach.person.value.id}'s term`;
          problems.push({
            ...where(current.person, `terms.${current.index}.from`),
            message: `${current.term.office} of ${current.term.of} ${span(current.term)} overlaps ${whose} ${span(reach.term)}`,
          });
        }
      }
      if (!current.term.rival && (!reach || endOf(current.term) > endOf(reach.term))) reach = current;
    }
  }
  return problems;
}

/** Every name and spelling of a person, as written. */
export function namesOf(person: GazetteerPerson): string[] {
  const { name, short, variants } = person;
  return [name.ar, name.en, ...(short ? [short.ar, short.en] : []), ...variants];
}

/** Every word that names a state: names, spellings, adjectives, capital. */
export function stateWordsOf(state: GazetteerState): string[] {
  const { name, short, variants, adjectives, capital } = state;
  return [name.ar, name.en, ...(short ? [short.ar, short.en] : []), ...variants, ...adjectives].concat(
    capital ? [capital.ar, capital.en] : [],
  );
}

function sharedNames<T extends { id: string }>(
  list: Located<T>[],
  names: (value: T) => string[],
  what: string,
): GazetteerProblem[] {
  const owner = new Map<string, string>();
  const problems: GazetteerProblem[] = [];
  for (const entry of list) {
    for (const name of new Set(names(entry.value).map(foldForSearch))) {
      const other = owner.get(name);
      if (other === undefined) owner.set(name, entry.value.id);
      else if (other !== entry.value.id) {
        const message = `"${name}" would name two ${what}: ${other} and ${entry.value.id}`;
        problems.push({ file: entry.file, path: entry.path, message });
      }
    }
  }
  return problems;
}

/** Checks that span entries and files: ids, offices and their holders' terms, names shared by two. */
export function crossCheck(g: LocatedGazetteer): GazetteerProblem[] {
  return [
    ...duplicateIds(g),
    ...personProblems(g),
    ...overlaps(g),
    ...sharedNames(g.people, namesOf, 'people'),
    // A capital may be written as another state is once diacritics are gone («عمّان» Amman, «عُمان»
    // Oman): names are unique among names and capitals among capitals; the drafter tells the two apart.
    ...sharedNames(g.states, (s) => stateWordsOf({ ...s, capital: undefined }), 'states'),
    ...sharedNames(g.states, (s) => (s.capital ? [s.capital.ar, s.capital.en] : []), 'capitals'),
  ];
}
