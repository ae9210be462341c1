import type { EventType } from '../../src/model/article-schema.ts';
import type { Bilingual } from './names.ts';
import type { Lang } from './when.ts';

/** One participant as the text names it: long form (title and name) at first mention, short after. */
export interface Actor {
  long: Bilingual;
  short: Bilingual;
}

/** What a sentence about an event needs. */
export interface EventWords {
  type: EventType;
  actors: Actor[];
  /** True when the first actor made the call. */
  initiated: boolean;
  topic: Bilingual;
  place: Bilingual | null;
  /** The date as written, or null when the sentence gives none. */
  when: string | null;
}

const list = (lang: Lang, names: string[]) => {
  if (names.length < 2) return names[0] ?? '';
  const head = names.slice(0, -1);
  return lang === 'ar' ? `${head.join(' و')} و${names.at(-1)}` : `${head.join(', ')} and ${names.at(-1)}`;
};

// Sentences in the register of agency copy; `{W}` is the date as written and may be empty.
function template(lang: Lang, words: EventWords): string {
  const [a, b] = words.actors.map((actor) => actor.long[lang]);
  const all = list(
    lang,
    words.actors.map((actor) => actor.long[lang]),
  );
  const topic = words.topic[lang];
  const place = words.place?.[lang] ?? '';
  const ar = lang === 'ar';
  switch (words.type) {
    case 'phone-call':
      if (words.initiated)
        return ar
          ? `تلقى ${b} اتصالا هاتفيا من ${a} {W} بحثا خلاله ${topic}`
          : `${a} called ${b} {W} to discuss ${topic}`;
      return ar
        ? `بحث ${a} خلال اتصال هاتفي مع ${b} {W} ${topic}`
        : `${a} discussed ${topic} with ${b} in a phone call {W}`;
    case 'meeting':
      if (words.actors.length > 2)
        return ar
          ? `شارك ${all} في اجتماع عقد في ${place} {W} لبحث ${topic}`
          : `${all} met in ${place} {W} to discuss ${topic}`;
      return ar
        ? `التقى ${a} ${b} في ${place} {W} وبحثا ${topic}`
        : `${a} met ${b} in ${place} {W} to discuss ${topic}`;
    case 'press-conference':
      return ar
        ? `عقد ${all} مؤتمرا صحفيا مشتركا في ${place} {W}`
        : `${all} held a joint press conference in ${place} {W}`;
    case 'statement':
      return ar
        ? `أكد ${a} في تصريح {W} أهمية ${topic}`
        : `${a} stressed the importance of ${topic} in a statement {W}`;
    case 'decision':
      return ar ? `أعلن ${a} {W} قرارا بشأن ${topic}` : `${a} announced a decision on ${topic} {W}`;
    case 'agreement':
      return ar ? `وقع ${all} {W} اتفاقية تتعلق بـ${topic}` : `${all} signed an agreement on ${topic} {W}`;
    case 'communique':
      return ar
        ? `أصدر ${all} {W} بيانا مشتركا حول ${topic}`
        : `${all} issued a joint communiqué on ${topic} {W}`;
    case 'planned-visit':
      return ar
        ? `من المقرر أن يزور ${a} ${place} {W} بدعوة من ${b}`
        : `${a} is due to visit ${place} {W} at the invitation of ${b}`;
    case 'ongoing-contacts':
      return ar
        ? `أشار ${a} إلى أن الاتصالات مع ${b} بشأن ${topic} مستمرة {W}`
        : `${a} said contacts with ${b} on ${topic} were continuing {W}`;
  }
}

/** The sentence that reports an event, without its final full stop; it contains `words.when` verbatim. */
export function eventSentence(lang: Lang, words: EventWords): string {
  return template(lang, words)
    .replace('{W}', words.when ?? '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A second, supporting sentence for a call someone initiated, as agency copy often adds. */
export function initiativeSentence(lang: Lang, initiator: Actor): string {
  return lang === 'ar'
    ? `وأشار البيان إلى أن الاتصال تم بمبادرة من ${initiator.short.ar}`
    : `The statement said the call was made at the initiative of ${initiator.short.en}`;
}

/** A short title for lists and tooltips, in both languages. */
export function eventTitle(words: EventWords): Bilingual {
  const names = (lang: Lang) => words.actors.map((actor) => actor.short[lang]);
  const [a, b] = [words.actors[0]?.short, words.actors[1]?.short];
  const place = words.place ?? { ar: '', en: '' };
  const pair = (lang: Lang) => list(lang, names(lang));
  switch (words.type) {
    case 'phone-call':
      return { ar: `اتصال هاتفي بين ${pair('ar')}`, en: `${names('en').join('–')} phone call` };
    case 'meeting':
      return { ar: `لقاء ${pair('ar')} في ${place.ar}`, en: `${pair('en')} meet in ${place.en}` };
    case 'press-conference':
      return { ar: `مؤتمر صحفي مشترك لـ${pair('ar')}`, en: `${pair('en')} press conference` };
    case 'statement':
      return { ar: `تصريح لـ${a?.ar}`, en: `Statement by ${a?.en}` };
    case 'decision':
      return { ar: `قرار أعلنه ${a?.ar}`, en: `Decision announced by ${a?.en}` };
    case 'agreement':
      return { ar: `اتفاقية بين ${pair('ar')}`, en: `${names('en').join('–')} agreement` };
    case 'communique':
      return { ar: `بيان مشترك لـ${pair('ar')}`, en: `Joint communiqué of ${pair('en')}` };
    case 'planned-visit':
      return {
        ar: `زيارة مرتقبة لـ${a?.ar} إلى ${place.ar}`,
        en: `Planned visit by ${a?.en} to ${place.en}`,
      };
    case 'ongoing-contacts':
      return {
        ar: `اتصالات مستمرة بين ${a?.ar} و${b?.ar}`,
        en: `Ongoing contacts between ${a?.en} and ${b?.en}`,
      };
  }
}
