import { foldWithOffsets, originalSpan } from '../fold-text.ts';
import { cliticForms, tokenise } from './tokens.ts';
import { triggerTable } from './triggers.ts';

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

// «قال لافروف في مؤتمر صحفي إن المشاركين اتفقوا …»: after a verb of saying, «إن/أن» opens what was
// said, which may report an event of its own. «أنه» (about the speaker himself) does not cut.
const THAT = new Set(['ان', 'بان']);

/** Cuts a sentence at the words that open a new report; a sentence without them is one clause. */
export function splitClauses(sentence: string): Clause[] {
  const text = foldWithOffsets(sentence);
  const tokens = tokenise(text);
  const { table } = triggerTable();
  let saying = -1;
  const cuts: number[] = [];
  tokens.forEach((t, i) => {
    if (
      table.get(t.text)?.type === 'statement' ||
      cliticForms(t.text).some((f) => table.get(f.form)?.type === 'statement')
    )
      saying = i;
    const opens = i > 2 && OPENERS.has(t.text);
    const said =
      saying >= 0 && i > saying + 1 && cliticForms(t.text).some((f) => THAT.has(f.form) && f.dropped <= 1);
    if (opens || said) {
      cuts.push(originalSpan(text, t.start, t.end).start);
      if (said) saying = -1;
    }
  });
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
