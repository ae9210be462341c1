import type { Gazetteer } from '../gazetteer-schema.ts';
import type { GazetteerIndex } from '../gazetteer.ts';
import type { EventType } from '../vocabulary.ts';
import { type Actor, findActors } from './find-actors.ts';
import { type DateMention, findDateExpressions } from './find-dates-interim.ts';
import { foldWithOffsets, originalSpan } from './fold-text.ts';
import { foldPhrase } from './lexicon.ts';
import { matchAt, type Token, tokenise } from './tokens.ts';
import { PRIORITY, type Trigger, triggerTable } from './triggers.ts';

/** What one sentence says, as the drafter reads it. */
export interface SentenceReading {
  trigger: (Trigger & { start: number; end: number; word: string }) | null;
  actors: Actor[];
  dates: DateMention[];
  /** The sentence marks the event as to come (سيزور، من المقرر) or still going on (ما زال). */
  future: boolean;
  ongoing: boolean;
  /** «بمبادرة من الجانب الإيراني»: the actors after it started the event. */
  initiativeAt: number | null;
  /** Where «من» follows a received call («تلقى اتصالًا من»): the caller comes after it. */
  fromAt: number | null;
  /** «في أعقاب هذا اللقاء»: the date is that of the event just reported. */
  afterPrevious: EventType | null;
}

const FUTURE = ['من المقرر', 'من المنتظر', 'من المتوقع', 'المرتقبة', 'المرتقب', 'يعتزم', 'تعتزم', 'توقع', 'يتوقع', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'غدا', 'سوف'].map(foldPhrase);
const ONGOING = ['ما زال', 'مازال', 'ما زالت', 'مازالت', 'لا يزال', 'لا تزال', 'مستمرة', 'متواصلة', 'في الآونة الأخيرة'].map(foldPhrase);
const INITIATIVE = foldPhrase('بمبادرة من');
const AFTER = /(?:^| )(?:في اعقاب|عقب|بعد|اثر|على هامش|خلال) (?:هذا|هذه|ذلك|تلك) (\S+)/;

const has = (folded: string, phrase: string) => ` ${folded} `.includes(` ${phrase} `);

/** Reads a sentence: its strongest event trigger, the actors it names, its dates and tense marks. */
export function readSentence(
  sentence: string,
  ctx: { gazetteer: Gazetteer; index: GazetteerIndex; date: string; subject: string | null },
): SentenceReading {
  const text = foldWithOffsets(sentence);
  const tokens = tokenise(text);
  const words = tokens.map((t) => t.text).join(' ');
  const { table, maxWords } = triggerTable();
  let trigger: SentenceReading['trigger'] = null;
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchAt(tokens, i, table, maxWords);
    if (!hit) continue;
    const first = tokens[i] as Token;
    const last = tokens[i + hit.words - 1] as Token;
    const span = originalSpan(text, first.start + hit.dropped, last.end);
    const better =
      !trigger ||
      PRIORITY[hit.value.type] > PRIORITY[trigger.type] ||
      (PRIORITY[hit.value.type] === PRIORITY[trigger.type] && hit.value.role === 'receive');
    if (better) trigger = { ...hit.value, ...span, word: sentence.slice(span.start, span.end) };
    i += hit.words - 1;
  }
  const future = FUTURE.some((p) => has(words, p)) || /(?:^| )(?:و|ف)?س[يتن](?:زور|لتقي|جري|عقد|قوم|توجه|صل|جتمع|ستقبل|بحث)/.test(words);
  const ongoing = ONGOING.some((p) => has(words, p));
  const initiative = words.indexOf(INITIATIVE);
  const initiativeAt = initiative >= 0 ? originalSpan(text, initiative, initiative + INITIATIVE.length).end : null;
  let fromAt: number | null = null;
  if (trigger?.role === 'receive') {
    const after = tokens.find((t) => t.text === 'من' && text.start[t.start] !== undefined && (text.start[t.start] as number) >= (trigger?.end ?? 0));
    if (after) fromAt = text.start[after.start] as number;
  }
  const after = AFTER.exec(words);
  const afterType = after ? triggerTable().table.get(after[1] as string)?.type ?? null : null;
  return {
    trigger,
    actors: findActors(sentence, text, tokens, ctx),
    dates: findDateExpressions(sentence),
    future,
    ongoing,
    initiativeAt,
    fromAt,
    afterPrevious: afterType,
  };
}
