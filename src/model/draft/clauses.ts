import { foldWithOffsets, originalSpan } from './fold-text.ts';
import { tokenise } from './tokens.ts';

/** A clause of a sentence: its [start, end) within the sentence. */
export interface Clause {
  start: number;
  end: number;
}

// Words that open a new report inside one long Arabic sentence: «… حيث أجرى الوزيران اتصالين …
// كما التقيا يوم السبت …», and the participles that chain a speaker's further points («مشيرًا إلى
// أن …»). A clause starts at the word itself.
const OPENERS = new Set([
  'حيث',
  'كما',
  'فيما',
  'بينما',
  'وكذلك',
  'وكما',
  'مشيرا',
  'مؤكدا',
  'موضحا',
  'مضيفا',
  'لافتا',
  'معربا',
  'مشددا',
  'داعيا',
  'منوها',
  'معتبرا',
]);

/** Cuts a sentence at the words that open a new report; a sentence without them is one clause. */
export function splitClauses(sentence: string): Clause[] {
  const text = foldWithOffsets(sentence);
  const cuts = tokenise(text)
    .filter((t, i) => i > 2 && OPENERS.has(t.text))
    .map((t) => originalSpan(text, t.start, t.end).start);
  const bounds = [0, ...cuts, sentence.length];
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const raw = sentence.slice(bounds[i], bounds[i + 1]);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[،,]$/, '');
    if (text !== '')
      clauses.push({ start: (bounds[i] as number) + lead, end: (bounds[i] as number) + lead + text.length });
  }
  return clauses;
}
