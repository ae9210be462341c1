import { foldWithOffsets, originalSpan } from '../fold-text.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import type { Gazetteer } from '../gazetteer-schema.ts';
import type { EventType } from '../vocabulary.ts';
import { type Actor, findActors } from './find-actors.ts';
import { type DateMention, findDateExpressions } from './find-dates.ts';
import { foldPhrase } from './lexicon.ts';
import { cliticForms, matchAt, type Token, tokenise } from './tokens.ts';
import { PRIORITY, type Trigger, triggerTable } from './triggers.ts';

/** A trigger found in a clause, with its place (offsets into the clause as written). */
export type TriggerHit = Trigger & { start: number; end: number; word: string };

/** What one clause says, as the drafter reads it. */
export interface SentenceReading {
  /** The clause as written. */
  text: string;
  /** The strongest trigger: the event the clause reports. */
  trigger: TriggerHit | null;
  /** The first verb of saying, when there is one: its speaker may be the event's source. */
  speech: TriggerHit | null;
  /** The trigger refers back to an event already reported («هذا الاتصال», «خلال الاتصال»). */
  backRef: 'demonstrative' | 'definite' | null;
  actors: Actor[];
  dates: DateMention[];
  /** The clause marks the event as to come (سيزور، من المقرر) or still going on (ما زال). */
  future: boolean;
  ongoing: boolean;
  /** «قد يلتقي», «لم يلتقِ», «نفى أن يكون التقى»: a possibility or a denial, not an event. */
  hedged: boolean;
  /** The clause is what someone said («إن الزيارة …»): its verbs' subject is not the last person. */
  reported: boolean;
  /** The clause says هاتفيًا / اتصال هاتفي somewhere: generic talks are a call. */
  byPhone: boolean;
  /** Offsets of words that place the participants: «مع», «بين», «أن/إن» (a reported clause). */
  withAt: number[];
  betweenAt: number[];
  thatAt: number[];
  /** Offsets of «أنه», «بأنه»: a reported clause about the speaker himself («أعلن أنه سيزور»). */
  thatSelfAt: number[];
  /** Where the clause names its source («وفق ما أعلنه …»): actors after it are not in the event. */
  sourceAt: number | null;
  /** «بمبادرة من الجانب الإيراني»: the actors after it started the event. */
  initiativeAt: number | null;
  /** Where «من» follows a received call («تلقى اتصالًا من»): the caller comes after it. */
  fromAt: number | null;
  /** «في أعقاب هذا اللقاء»: the date is that of the event just reported. */
  afterPrevious: EventType | null;
}

const FUTURE = [
  'من المقرر',
  'من المنتظر',
  'من المتوقع',
  'المرتقبة',
  'المرتقب',
  'يعتزم',
  'تعتزم',
  'توقع',
  'يتوقع',
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة',
  'غدا',
  'سوف',
].map(foldPhrase);
const ONGOING = [
  'ما زال',
  'مازال',
  'ما زالت',
  'مازالت',
  'لا يزال',
  'لا تزال',
  'مستمرة',
  'متواصلة',
  'في الآونة الأخيرة',
].map(foldPhrase);
const INITIATIVE = foldPhrase('بمبادرة من');
const AFTER = /(?:^| )(?:في اعقاب|عقب|بعد|اثر|على هامش|خلال) (?:هذا|هذه|ذلك|تلك) (\S+)/;
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك'].map(foldPhrase));
const RECEIVE = new Set(['تلقى', 'تلقت', 'يتلقى', 'تتلقى', 'تلقيا'].map(foldPhrase));
// «وفق ما أعلنه المتحدث …», «نقلًا عن …»: who comes after these is the source, not in the event.
const ATTRIBUTION = /(?:^| )(?:وفق ما|وفقا ل\S*|حسب ما|بحسب|نقلا عن|على لسان|حسبما|كما افاد|وفقا لما)(?= |$)/;
const THAT = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'لان'].map(foldPhrase));
const THAT_SELF = new Set(['انه', 'انها', 'بانه', 'بانها'].map(foldPhrase));
const FUTURE_VERB = /(?:^| )(?:و|ف)?س[يتن](?:زور|لتقي|جري|عقد|قوم|توجه|صل|جتمع|ستقبل|بحث)/;

const has = (folded: string, phrase: string) => ` ${folded} `.includes(` ${phrase} `);
const DENIALS = new Set(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي'].map(foldPhrase));
const AFTERWARDS = new Set(['عقب', 'بعد', 'اثر', 'اعقاب', 'ختام'].map(foldPhrase));
const CONTEXT = new Set(['خلال', 'اثناء', 'هامش', 'ختام', 'عقب', 'بعد', 'قبيل'].map(foldPhrase));

/**
 * «قد يلتقي» (may meet), «لم يلتقِ» (did not meet), «نفى … أن يكون قد التقى» (denied meeting): the
 * clause does not report the event as one that happened or is planned.
 */
function hedgedOrDenied(tokens: Token[], trigger: { index: number; word: string }): boolean {
  // Short particles keep their «و/ف» (cliticForms leaves words of three letters whole).
  const before = (tokens[trigger.index - 1]?.text ?? '').replace(/^[وف](?=..$)/, '');
  // «قد يلتقي» (may meet) but «قد توصلت» (had reached): only the ي- present is a possibility.
  const present = /^ي/.test(foldPhrase(trigger.word));
  if (before === 'قد' && present) return true;
  if (before === 'لم' || before === 'لن') return true;
  return tokens.slice(0, trigger.index).some((t) => cliticForms(t.text).some((f) => DENIALS.has(f.form)));
}

/** The [start, end) ranges of the clause inside quotation marks (“…”, «…», "…"). */
function quoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”?|«[^»]*»?|"[^"]*"?|”[^“”]*“?/g))
    ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Reads a clause: its triggers, the actors it names, its dates, tense marks and linking words. */
export function readSentence(
  sentence: string,
  ctx: { gazetteer: Gazetteer; index: GazetteerIndex; date: string; subject: string | null },
): SentenceReading {
  const text = foldWithOffsets(sentence);
  const tokens = tokenise(text);
  const words = tokens.map((t) => t.text).join(' ');
  const at = (t: Token) => text.start[t.start] as number;
  const { table, maxWords } = triggerTable();
  const hits: (TriggerHit & { index: number })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchAt(tokens, i, table, maxWords);
    if (!hit) continue;
    const first = tokens[i] as Token;
    const last = tokens[i + hit.words - 1] as Token;
    const span = originalSpan(text, first.start + hit.dropped, last.end);
    hits.push({ ...hit.value, ...span, word: sentence.slice(span.start, span.end), index: i });
    i += hit.words - 1;
  }
  // «بيسكوف: روسيا تبذل …»: a name and a colon open a statement, as subheadings write it.
  const colon = /^[^:،.]{2,40}:/.exec(sentence);
  if (hits.length === 0 && colon && tokens.length > 0) {
    const end = colon[0].length;
    hits.push({ type: 'statement', role: 'speech', start: end - 1, end, word: ':', index: 0 });
  }
  let trigger: (TriggerHit & { index: number }) | null = null;
  // «والتقى خلال زيارته الرئيس الشرع»: an event after «خلال» is the setting, not what is reported,
  // when the clause reports something else.
  // Verbs of saying and generic «بحث» do not count as that something else: «قال … خلال مؤتمر صحفي»
  // is the press conference, «بحث … خلال اتصالين هاتفيين» the calls.
  const setting = (h: { index: number }) => CONTEXT.has(tokens[h.index - 1]?.text ?? '');
  const substantive = (h: Trigger) => h.type !== 'statement' && !h.generic;
  const reported = hits.some((h) => substantive(h) && !setting(h)) ? hits.filter((h) => !setting(h)) : hits;
  for (const hit of reported.length > 0 ? reported : hits) {
    if (
      !trigger ||
      PRIORITY[hit.type] > PRIORITY[trigger.type] ||
      (PRIORITY[hit.type] === PRIORITY[trigger.type] && hit.role === 'receive')
    )
      trigger = hit;
  }
  let backRef: SentenceReading['backRef'] = null;
  if (trigger && trigger.type !== 'statement') {
    const before = tokens[trigger.index - 1]?.text;
    const folded = foldPhrase(trigger.word);
    const next = tokens[trigger.index + folded.split(' ').length]?.text ?? '';
    if (before && DEMONSTRATIVES.has(before)) backRef = 'demonstrative';
    // «الاجتماع الرباعي», «القمة العربية الصينية»: an adjective makes it a named event, not a reference.
    else if (folded.startsWith('ال') && !next.startsWith('ال') && !trigger.role && !trigger.generic)
      backRef = 'definite';
  }
  // «وقال مزوار في تصريح عقب هذه المباحثات»: a speaker talking after an event already reported makes
  // a statement; what was said during it («وأكد الأسد خلال اللقاء») is more words about that event.
  const speechHit = hits.find((h) => h.type === 'statement') ?? null;
  const afterIt = trigger
    ? AFTERWARDS.has(tokens[trigger.index - 1]?.text ?? '') ||
      AFTERWARDS.has(tokens[trigger.index - 2]?.text ?? '')
    : false;
  if (backRef && speechHit && afterIt) {
    trigger = speechHit;
    backRef = null;
  }
  const positions = (set: Set<string>) =>
    tokens.filter((t) => cliticForms(t.text).some((f) => set.has(f.form))).map(at);
  const initiative = words.indexOf(INITIATIVE);
  let fromAt: number | null = null;
  // «تلقى اليوم اتصالًا هاتفيًا من …»: a date may stand between the verb and the call.
  const received =
    trigger?.type === 'phone-call' &&
    tokens.slice(0, trigger.index + 1).some((t) => cliticForms(t.text).some((f) => RECEIVE.has(f.form)));
  if (trigger?.role === 'receive' || received) {
    const from = tokens.find((t) => t.text === 'من' && at(t) >= (trigger?.end ?? 0));
    if (from) fromAt = at(from);
  }
  // «وقال لافروف خلال مؤتمر صحفي: “سنتخذ … وسنقوم …”»: the future inside a quote is the speaker's,
  // not the event's; only an event reported inside the quote takes its tense from there.
  const quoted = quoteRanges(sentence);
  const inQuote = (at: number) => quoted.some(([a, b]) => at >= a && at < b);
  const tenseWords =
    trigger && !inQuote(trigger.start)
      ? tokens
          .filter((t) => !inQuote(text.start[t.start] as number))
          .map((t) => t.text)
          .join(' ')
      : words;
  const after = AFTER.exec(words);
  const speech = speechHit;
  return {
    text: sentence,
    trigger,
    speech,
    backRef,
    actors: findActors(sentence, text, tokens, ctx),
    dates: findDateExpressions(sentence),
    future: FUTURE.some((p) => has(tenseWords, p)) || FUTURE_VERB.test(tenseWords),
    ongoing: ONGOING.some((p) => has(tenseWords, p)),
    byPhone: /هاتفي|هاتف/.test(words),
    hedged: trigger !== null && hedgedOrDenied(tokens, trigger),
    reported: tokens[0] !== undefined && cliticForms(tokens[0].text).some((f) => THAT.has(f.form)),
    withAt: positions(new Set(['مع'])),
    betweenAt: positions(new Set(['بين'])),
    thatAt: positions(THAT),
    thatSelfAt: positions(THAT_SELF),
    sourceAt: (() => {
      const m = ATTRIBUTION.exec(words);
      return m ? originalSpan(text, m.index, m.index + m[0].length).start : null;
    })(),
    initiativeAt: initiative >= 0 ? originalSpan(text, initiative, initiative + INITIATIVE.length).end : null,
    fromAt,
    afterPrevious: after ? (table.get(after[1] as string)?.type ?? null) : null,
  };
}
