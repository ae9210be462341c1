import { type FoldedText, originalSpan } from '../fold-text.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';
import { foldPhrase, type LexRef, lexiconOf } from './lexicon.ts';
import { cliticForms, matchAt, type Token } from './tokens.ts';
import { triggerTable } from './triggers.ts';

/** Someone or something a sentence names, with where (offsets into the sentence as written). */
export type Actor =
  | {
      kind: 'person';
      /** A gazetteer person's id, or null for a name the gazetteer does not know. */
      id: string | null;
      /** The name as written (for an unknown person, their name; for an office, its phrase). */
      surface: string;
      start: number;
      end: number;
      /** When the text names an office or a counterpart, not the person: the words and how. */
      inferred?: { from: string; office: string; of: string };
      /** The office the text gives this person (or names instead of them). */
      office?: { id: string; of: string };
      /** The text names only the office and the gazetteer knows no holder: an office entity. */
      officeOnly?: boolean;
    }
  | { kind: 'state'; iso: string; capital: boolean; surface: string; start: number; end: number }
  | { kind: 'organisation'; id: string; surface: string; start: number; end: number }
  | { kind: 'anaphor'; surface: string; start: number; end: number };

export interface ActorContext {
  gazetteer: Gazetteer;
  index: GazetteerIndex;
  /** The day offices are resolved on: the article's publication. */
  date: string;
  /** The person whose counterpart «نظيره» means when the sentence names none before it. */
  subject: string | null;
}

// Words that end a name: prepositions, conjunctions, verbs of saying, time words.
const NAME_STOPS = new Set(
  'في مع على الى الي من عن خلال ان انه بان الذي التي حول بشان امس اليوم غدا قبل بعد منذ حيث كما لدى عند وقال قال اكد الثلاثاء الاربعاء الخميس الجمعه السبت الاحد الاثنين يوم هاتفيا والوفد بحضور وصوله وصولها تلقى تلقت يتلقى عقب اثر وذلك ضمن برئاسه بمشاركه نحو رفيع صباح مساء ظهر فجر حفظه اول ثاني حضره سمو صاحب السيد السيده فخامه معالي'
    .split(' ')
    .map(foldPhrase),
);

interface Found {
  ref: LexRef;
  /** Word indices [from, to) and folded offsets of the phrase without its clitics. */
  from: number;
  to: number;
  a: number;
  b: number;
}

/** Every lexicon phrase in the sentence, longest first at each word, left to right. */
function lexiconHits(tokens: Token[], g: Gazetteer): Found[] {
  const { phrases, maxWords } = lexiconOf(g);
  const hits: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = matchAt(tokens, i, phrases, maxWords);
    if (!hit) {
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + hit.words - 1] as Token;
    hits.push({ ref: hit.value, from: i, to: i + hit.words, a: first.start + hit.dropped, b: last.end });
    i += hit.words;
  }
  return hits;
}

// Titles written before a name: what follows is a person even when the gazetteer does not know them.
const TITLES = new Set(
  [
    'الدكتور',
    'الدكتوره',
    'السيد',
    'السيده',
    'الشيخ',
    'الشيخه',
    'الامير',
    'الاميره',
    'المستشار',
    'السفير',
    'السفيره',
    'الجنرال',
    'الفريق',
    'اللواء',
    'العقيد',
    'المبعوث',
    'المبعوثه',
  ].map(foldPhrase),
);
// Words that follow a verb of saying without being anyone's name.
const NOT_NAMES = new Set(
  [
    'مصدر',
    'مصادر',
    'مسؤول',
    'مسؤولون',
    'مسوول',
    'وزاره',
    'بيان',
    'وكاله',
    'موقع',
    'صحيفه',
    'تقرير',
    'متحدث',
    'ناطق',
    'دبلوماسي',
    'دبلوماسيون',
    'مراقبون',
    'محللون',
    'شهود',
    'عدد',
    'كل',
    'بعض',
    'فيه',
    'فيها',
    'انه',
    'انها',
    'ان',
    'بان',
    'للصحفيين',
    'للصحافيين',
    'لوكاله',
    'لقناه',
    'لصحيفه',
  ].map(foldPhrase),
);

const HONORIFICS = new Set(
  ['سعادة', 'فخامة', 'معالي', 'سمو', 'دولة', 'حضرة', 'جلالة', 'سماحة', 'نيافة'].map(foldPhrase),
);

// Names that are both a state and another state's capital once diacritics are gone: «عُمان» (Oman)
// and «عمّان» (Amman). The marks decide when written; else after «في/إلى/من» it is the city.
const HOMOGRAPHS = new Map([['عمان', { city: 'JO', cityMark: '\u0651', stateMark: '\u064F' }]]);

/** The state whose capital a homograph names here, or null when it names the state itself. */
function homographCity(surface: string, before: string): string | null {
  const h = HOMOGRAPHS.get(foldPhrase(surface));
  if (!h) return null;
  if (surface.includes(h.cityMark)) return h.city;
  if (surface.includes(h.stateMark)) return null;
  return /(?:^|\s)(?:في|إلى|الى|من)\s*$/.test(before) ? h.city : null;
}

// Words that join the parts of one name: «سلمان بن عبد العزيز», «عبد الله», «آل ثاني».
const NAME_LINKS = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'ولد'].map(foldPhrase));

/**
 * The words after `at` that read as a person's name: two words (given and family name), more only
 * through a linking word (بن، عبد، آل), never a stop word, a trigger or a known phrase.
 */
function nameAfter(tokens: Token[], at: number, taken: Set<number>, folded: string): [number, number] | null {
  const { table } = triggerTable();
  // «سعادة أنتوني بلينكن», «فخامة الرئيس»: an honorific before the name is not part of it.
  while (at < tokens.length && HONORIFICS.has((tokens[at] as Token).text)) at++;
  let end = at;
  while (end < tokens.length && !taken.has(end)) {
    const word = (tokens[end] as Token).text;
    // A name is Arabic words with only spaces between them: a quote mark or comma ends it.
    if (!/^[\u0600-\u06FF]/.test(word)) break;
    if (end > 0 && folded.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) !== ' ') break;
    const linked = end > at && NAME_LINKS.has((tokens[end - 1] as Token).text);
    if (end - at >= 2 && !linked && !NAME_LINKS.has(word)) break;
    if (NAME_STOPS.has(word) || /^\d/.test(word) || word.length < 2) break;
    if (cliticForms(word).some((f) => table.has(f.form))) break;
    // A given name does not start with the article (a family name may: عادل الجبير), nor with «و»,
    // which is far more often "and" joined to the next word than the first letter of a name.
    if (end === at && (word.startsWith('ال') || word.startsWith('و'))) break;
    end++;
  }
  // A name does not end on a linking word.
  while (end > at && NAME_LINKS.has((tokens[end - 1] as Token).text)) end--;
  return end > at ? [at, end] : null;
}

/**
 * Finds the people, states and organisations a sentence names: gazetteer names and spellings; an office
 * with its state («وزير الخارجية الأمريكي», «وزير خارجية بيلاروس») resolved to whoever held it on the
 * day, or the name written after it; a counterpart («نظيره الإيراني») through the subject's office; and
 * «الوزيران»-like words left for the caller to resolve.
 */
export function findActors(sentence: string, text: FoldedText, tokens: Token[], ctx: ActorContext): Actor[] {
  const hits = lexiconHits(tokens, ctx.gazetteer);
  const taken = new Set<number>();
  for (const h of hits) for (let i = h.from; i < h.to; i++) taken.add(i);
  const span = (a: number, b: number) => originalSpan(text, a, b);
  const wordsSpan = (from: number, to: number) =>
    span((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
  const actors: Actor[] = [];
  // The clause's own first person is its subject; the one carried from before only stands in.
  let subject: string | null = null;
  let counterpartOffice: string | null = null;

  const officeOf = (personId: string) => {
    const terms = ctx.index.officesOn(personId, ctx.date);
    return terms[0]?.office ?? null;
  };
  const pushPerson = (actor: Extract<Actor, { kind: 'person' }>) => {
    actors.push(actor);
    if (actor.id && !subject) subject = actor.id;
  };
  /** The person an office of `of` names: a name right after it, else its holder on the day. */
  const resolveOffice = (
    office: string,
    of: string,
    phrase: { start: number; end: number },
    next: number,
  ) => {
    const following = hits.find((h) => h.from === next);
    const surface = sentence.slice(phrase.start, phrase.end);
    if (following?.ref.kind === 'person') return null; // the name itself follows and is read next
    const holder = ctx.index.holderOn(office, of, ctx.date);
    // With a known holder, words after the office are taken as a name only when there is no holder:
    // «أمير قطر تلقى اليوم …» is Tamim, and «تلقى» no one's name.
    const name = following || holder ? null : nameAfter(tokens, next, taken, text.folded);
    if (name) {
      const s = wordsSpan(name[0], name[1]);
      for (let i = name[0]; i < name[1]; i++) taken.add(i);
      pushPerson({
        kind: 'person',
        id: null,
        surface: sentence.slice(s.start, s.end),
        ...s,
        office: { id: office, of },
      });
      return name[1];
    }
    if (holder) {
      pushPerson({
        kind: 'person',
        id: holder.id,
        surface,
        ...phrase,
        inferred: { from: surface, office, of },
      });
    } else {
      pushPerson({
        kind: 'person',
        id: null,
        surface,
        ...phrase,
        office: { id: office, of },
        officeOnly: true,
      });
    }
    return next;
  };

  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as Found;
    const where = span(h.a, h.b);
    const surface = sentence.slice(where.start, where.end);
    const next = hits[k + 1];
    const adjacent = next && next.from === h.to ? next : undefined;
    switch (h.ref.kind) {
      case 'person':
        pushPerson({ kind: 'person', id: h.ref.id, surface, ...where });
        counterpartOffice = null;
        break;
      case 'state': {
        const city = homographCity(surface, sentence.slice(Math.max(0, where.start - 6), where.start));
        if (city) actors.push({ kind: 'state', iso: city, capital: true, surface, ...where });
        else actors.push({ kind: 'state', iso: h.ref.iso, capital: h.ref.capital, surface, ...where });
        break;
      }
      case 'organisation':
        actors.push({ kind: 'organisation', id: h.ref.id, surface, ...where });
        break;
      case 'anaphor':
        actors.push({ kind: 'anaphor', surface, ...where });
        break;
      case 'adjective': {
        // «والإيراني محمد جواد ظريف» after «نظيريه الأمريكي …»: another counterpart.
        if (counterpartOffice) {
          if (adjacent?.ref.kind === 'person') break;
          const holder = ctx.index.holderOn(counterpartOffice, h.ref.of, ctx.date);
          if (holder)
            pushPerson({
              kind: 'person',
              id: holder.id,
              surface,
              ...where,
              inferred: { from: surface, office: counterpartOffice, of: h.ref.of },
            });
        }
        break;
      }
      case 'counterpart': {
        const whose = subject ?? ctx.subject;
        counterpartOffice = whose ? officeOf(whose) : null;
        break;
      }
      case 'office': {
        const office = h.ref.id;
        if (h.ref.of) {
          resolveOffice(office, h.ref.of, where, h.to);
          break;
        }
        // The state or organisation the office is of: an adjective or a name right after it.
        const states: { of: string; at: Found }[] = [];
        for (let j = k + 1; j < hits.length; j++) {
          const c = hits[j] as Found;
          const prev = j === k + 1 ? h : (hits[j - 1] as Found);
          if (c.from !== prev.to) break;
          if (c.ref.kind === 'adjective') states.push({ of: c.ref.of, at: c });
          else if (c.ref.kind === 'state' && !c.ref.capital) states.push({ of: c.ref.iso, at: c });
          else if (c.ref.kind === 'organisation') states.push({ of: c.ref.id, at: c });
          else break;
          if (!h.ref.plural) break;
        }
        if (states.length === 0) {
          // «وزير الخارجية أيمن الصفدي» with no state named: the name after the office, if any.
          const after = hits.find((x) => x.from === h.to);
          const name = h.ref.plural || after ? null : nameAfter(tokens, h.to, taken, text.folded);
          if (name) {
            const s = wordsSpan(name[0], name[1]);
            for (let i = name[0]; i < name[1]; i++) taken.add(i);
            pushPerson({
              kind: 'person',
              id: null,
              surface: sentence.slice(s.start, s.end),
              ...s,
              office: { id: office, of: '' },
            });
          }
          break;
        }
        const lastOf = states[states.length - 1] as { at: Found };
        if (!h.ref.plural) {
          const phrase = span(h.a, lastOf.at.b);
          resolveOffice(office, (states[0] as { of: string }).of, phrase, lastOf.at.to);
        } else {
          for (const s of states) {
            const phrase = span(s.at.a, s.at.b);
            const holder = ctx.index.holderOn(office, s.of, ctx.date);
            const from = sentence.slice(phrase.start, phrase.end);
            if (holder)
              pushPerson({
                kind: 'person',
                id: holder.id,
                surface: from,
                ...phrase,
                inferred: { from, office, of: s.of },
              });
            else
              pushPerson({
                kind: 'person',
                id: null,
                surface: from,
                ...phrase,
                office: { id: office, of: s.of },
                officeOnly: true,
              });
          }
        }
        k = hits.indexOf(lastOf.at);
        break;
      }
    }
  }
  // «الدكتور ياسر علي», «وقال هوكشتاين»: a title or a verb of saying before words the gazetteer does
  // not know; those words are a person's name.
  const { table } = triggerTable();
  tokens.forEach((token, i) => {
    if (taken.has(i) || taken.has(i + 1)) return;
    const title = cliticForms(token.text).some((f) => TITLES.has(f.form));
    // A verb of saying comes before its subject: «وقال غروسي».
    const saying = cliticForms(token.text).some((f) => {
      const t = table.get(f.form);
      return t !== undefined && t.role === 'speech';
    });
    if (!title && !saying) return;
    const name = nameAfter(tokens, i + 1, taken, text.folded);
    if (!name) return;
    const first = (tokens[name[0]] as Token).text;
    if (saying && (NOT_NAMES.has(first) || name[1] - name[0] > 2)) return;
    for (let j = name[0]; j < name[1]; j++) taken.add(j);
    const s = wordsSpan(name[0], name[1]);
    actors.push({ kind: 'person', id: null, surface: sentence.slice(s.start, s.end), ...s });
  });
  return actors.sort((a, b) => a.start - b.start);
}
