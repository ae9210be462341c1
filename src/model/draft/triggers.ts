import type { EventType } from '../vocabulary.ts';
import { foldPhrase } from './lexicon.ts';

/** A word or phrase by which Arabic news reports a diplomatic event. */
export interface Trigger {
  type: EventType;
  /** The form itself says the event is still to come (سيزور، المرتقبة) or goes on (نواصل). */
  tense?: 'future' | 'ongoing';
  /** Dual or plural forms (اتصالين، اجتماعات): one event per date or per counterpart. */
  several?: boolean;
  /** The subject received the event (تلقى اتصالًا من، استقبل is the host's side). */
  role?: 'receive' | 'host' | 'visit' | 'speech';
  /** A verb in the dual with no subject of its own («التقيا», «بحثا»): the two people just reported. */
  dual?: boolean;
  /** «بحث», «ناقش»: talks of some kind; a call when the sentence says هاتفيًا. */
  generic?: boolean;
}

const FAMILIES: [Trigger, string[]][] = [
  [
    { type: 'phone-call' },
    [
      'اتصالا هاتفيا',
      'اتصال هاتفي',
      'الاتصال الهاتفي',
      'اتصاله الهاتفي',
      'مكالمة هاتفية',
      'المكالمة الهاتفية',
      'مباحثات هاتفية',
      'محادثات هاتفية',
      'محادثة هاتفية',
      'هاتفيا',
      'اتصل',
      'اتصلت',
      'اتصالا',
      'الاتصال',
      'هذا الاتصال',
      'phone call',
      'telephone call',
      'spoke by phone',
    ],
  ],
  [{ type: 'phone-call', several: true }, ['اتصالين هاتفيين', 'اتصالات هاتفية', 'الاتصالين', 'اتصالين']],
  [
    { type: 'phone-call', role: 'receive' },
    [
      'تلقى اتصالا',
      'تلقت اتصالا',
      'يتلقى اتصالا',
      'تلقى اتصالا هاتفيا',
      'تلقت اتصالا هاتفيا',
      'received a call',
      'received a phone call',
    ],
  ],
  [
    { type: 'press-conference' },
    [
      'مؤتمر صحفي',
      'مؤتمر صحافي',
      'مؤتمرا صحفيا',
      'مؤتمرا صحافيا',
      'المؤتمر الصحفي',
      'المؤتمر الصحافي',
      'مؤتمر صحفي مشترك',
      'press conference',
      'news conference',
    ],
  ],
  [
    { type: 'meeting' },
    [
      'التقى',
      'التقت',
      'التقوا',
      'يلتقي',
      'تلتقي',
      'لقاء',
      'اللقاء',
      'لقائه',
      'لقائهما',
      'اجتمع',
      'اجتمعت',
      'اجتماع',
      'الاجتماع',
      'اجتماعا',
      'محادثات',
      'المحادثات',
      'مباحثات',
      'المباحثات',
      'جلسة مباحثات',
      'قمة',
      'القمة',
      'met',
      'meeting',
      'talks',
      'summit',
    ],
  ],
  [
    { type: 'meeting', role: 'host' },
    [
      'استقبل',
      'استقبلت',
      'يستقبل',
      'تستقبل',
      'استضاف',
      'استضافت',
      // «ويستضيف الأردن نحو مليون لاجئ»: a present «يستضيف» hosts people, not talks; the feminine forms
      // host conferences («التي تستضيفها الرياض»).
      'تستضيف',
      'تستضيفه',
      'تستضيفها',
      'received',
      'hosted',
    ],
  ],
  [
    { type: 'meeting' },
    [
      'مؤتمر',
      'المؤتمر',
      'مؤتمرا',
      'جولة محادثات',
      'جولة مباحثات',
      'الجولة',
      'جولة',
      'الدورة',
      'دورة',
      'اجتماعها',
      'اجتماعه',
      'اجتماعهم',
      'conference',
    ],
  ],
  [{ type: 'meeting', tense: 'future' }, ['سيلتقي', 'ستلتقي', 'سيجتمع', 'ستعقد', 'سيعقد', 'سيستقبل']],
  [{ type: 'meeting', dual: true }, ['التقيا', 'اجتمعا', 'تباحثا', 'عقدا']],
  [
    { type: 'meeting', generic: true },
    ['بحث', 'بحثت', 'يبحث', 'تبحث', 'ناقش', 'ناقشت', 'تباحث', 'discussed'],
  ],
  [{ type: 'meeting', generic: true, dual: true }, ['بحثا', 'ناقشا', 'يبحثان', 'يناقشان']],
  [
    { type: 'planned-visit', role: 'visit' },
    ['زار', 'زارت', 'زيارة', 'بزيارة', 'الزيارة', 'وصل', 'وصلت', 'visited', 'arrived'],
  ],
  [
    { type: 'planned-visit', role: 'visit', tense: 'future' },
    [
      'سيزور',
      'ستزور',
      'يزور',
      'تزور',
      'يعتزم زيارة',
      'زيارة مرتقبة',
      'الزيارة المرتقبة',
      'سيصل',
      'ستصل',
      'سيتوجه',
      'will visit',
    ],
  ],
  [
    { type: 'agreement' },
    [
      'وقع',
      'وقعت',
      'وقعوا',
      'توقيع',
      'اتفق',
      'اتفقوا',
      'اتفاق',
      'اتفاقا',
      'اتفاقية',
      'توصل',
      'توصلت',
      'توصلوا',
      'يتوصل',
      'مذكرة تفاهم',
      'signed',
      'agreed',
      'agreement',
    ],
  ],
  [{ type: 'agreement', dual: true }, ['وقعا', 'اتفقا', 'توصلا']],
  [
    { type: 'decision' },
    [
      'قرر',
      'قررت',
      'قرار',
      'القرار',
      'قرارا',
      'اقر',
      'اقرت',
      'صادق',
      'صادقت',
      'قطع',
      'قطعت',
      'يصوت',
      'صوت',
      'صوتت',
      'decided',
    ],
  ],
  [
    { type: 'communique' },
    [
      'بيان مشترك',
      'البيان المشترك',
      'بيانا مشتركا',
      'البيان الختامي',
      'بيان جنيف',
      'بيانا ختاميا',
      'اعلان مشترك',
      'اعلانا مشتركا',
      'الاعلان المشترك',
      'اعلانا سياسيا مشتركا',
      'joint statement',
      'communique',
    ],
  ],
  [
    { type: 'ongoing-contacts', tense: 'ongoing' },
    ['اتصالات مكثفة', 'اتصالاتنا', 'اتصالاتهما', 'نواصل', 'يواصلان', 'مشاورات مستمرة', 'المشاورات المستمرة'],
  ],
  [
    { type: 'statement', role: 'speech' },
    [
      'توقع',
      'توقعت',
      'رجح',
      'ذكر',
      'ذكرت',
      'كشف',
      'كشفت',
      'افاد',
      'افادت',
      'قال',
      'قالت',
      'اكد',
      'اكدت',
      'صرح',
      'صرحت',
      'اعلن',
      'اعلنت',
      'اوضح',
      'اوضحت',
      'شدد',
      'شددت',
      'اعرب',
      'اعربت',
      'اضاف',
      'اضافت',
      'جدد',
      'جددت',
      'دعا',
      'دعت',
      'رحب',
      'رحبت',
      'ادان',
      'ادانت',
      'said',
      'stated',
      'announced',
    ],
  ],
];

/** Which trigger wins when a sentence holds several: the most specific kind of event. */
export const PRIORITY: Record<EventType, number> = {
  'phone-call': 8,
  'press-conference': 7,
  agreement: 6,
  'planned-visit': 5,
  communique: 5,
  // Contacts said to go on («نواصل اتصالاتنا») outrank the talks they mention.
  'ongoing-contacts': 4.5,
  meeting: 4,
  decision: 4,
  statement: 1,
};

let table: Map<string, Trigger> | null = null;
let longest = 1;

/** The trigger phrases, folded, and the most words any of them has. */
export function triggerTable(): { table: Map<string, Trigger>; maxWords: number } {
  if (!table) {
    table = new Map();
    for (const [trigger, phrases] of FAMILIES) {
      for (const phrase of phrases) {
        const key = foldPhrase(phrase);
        table.set(key, trigger);
        longest = Math.max(longest, key.split(' ').length);
      }
    }
  }
  return { table, maxWords: longest };
}
