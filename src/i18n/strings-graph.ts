import { formatNumber, type Lang } from '../model/format-date.ts';
import type { EdgeKind } from '../model/participant-graph.ts';
import { type PluralForms, plural } from './plural.ts';
import { AR_EVENTS } from './strings.ts';

/** The participant graph's part of the strings table (see strings.ts), once per language. */
export interface GraphStrings {
  heading: string;
  /** Accessible name of the drawing: how many people and connections it holds. */
  graphLabel: (nodes: number, edges: number) => string;
  layingOut: string;
  layingOutProgress: (percent: number) => string;
  fit: string;
  fitLabel: string;
  zoomIn: string;
  zoomOut: string;
  zoomHint: string;
  /** The hint where a plain wheel scrolls the page (an embed): Ctrl or ⌘ with the wheel zooms. */
  zoomHintWithKey: string;
  empty: string;
  events: (count: number) => string;
  nodeLabel: (name: string, count: number) => string;
  edgeLabel: (a: string, b: string, count: number, kinds: string) => string;
  /** Counted edge kinds, e.g. "3 phone calls". */
  kindCounts: Record<EdgeKind, (count: number) => string>;
  /** Edge kinds as legend entries. */
  kindNames: Record<EdgeKind, string>;
  initiatedBy: (name: string) => string;
  /** The last line of a shortened event list. */
  moreEvents: (count: number) => string;
  listSeparator: string;
  pair: (a: string, b: string) => string;
  legendCountries: string;
  legendKinds: string;
  legendArrow: string;
  legendSize: string;
  noCountry: string;
  tableSummary: string;
  tableCaption: string;
  columnPair: string;
  columnEvents: string;
  columnKinds: string;
  showPair: (a: string, b: string) => string;
  noConnections: string;
  edgesShown: (shown: string, total: string) => string;
  nodesShown: (shown: string, total: string) => string;
}

// Arabic has six plural forms, and the noun's case changes with the number (٣ أحداث, ١١ حدثًا, ١٠٠ حدث).
// Each phrase is kept by its count: every node's and edge's label asks for one at every drawing of the
// graph, and choosing the form and writing the digits afresh each time was 8 ms of a person filter's
// main-thread time at 100,000 events. Counts repeat (most are small), so few are ever kept.
const KEPT_COUNTS = 2_000;
function counted(lang: Lang, forms: PluralForms): (count: number) => string {
  const kept = new Map<number, string>();
  return (count) => {
    let phrase = kept.get(count);
    if (phrase === undefined) {
      phrase = plural(lang, count, forms);
      if (kept.size >= KEPT_COUNTS) kept.clear();
      kept.set(count, phrase);
    }
    return phrase;
  };
}

const arParticipants = counted('ar', {
  zero: 'لا مشاركين',
  one: 'مشارك واحد',
  two: 'مشاركان',
  few: '# مشاركين',
  many: '# مشاركًا',
  other: '# مشارك',
});

const arConnections = counted('ar', {
  zero: 'لا صلات',
  one: 'صلة واحدة',
  two: 'صلتان',
  few: '# صلات',
  many: '# صلةً',
  other: '# صلة',
});

const ar: GraphStrings = {
  heading: 'شبكة المشاركين',
  graphLabel: (nodes, edges) =>
    `شبكة المشاركين: ${arParticipants(nodes)} و${arConnections(edges)}. الجدول التالي يعرض البيانات نفسها.`,
  layingOut: 'جارٍ ترتيب الشبكة…',
  layingOutProgress: (percent) => `جارٍ ترتيب الشبكة… ${formatNumber(percent, 'ar')}٪`,
  fit: 'ملاءمة',
  fitLabel: 'اعرض الشبكة كاملة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomHint: 'اسحب للتنقل، واستعمل عجلة الفأرة أو إصبعين للتكبير.',
  zoomHintWithKey: 'اسحب للتنقل، وللتكبير أدر عجلة الفأرة مع الضغط على مفتاح التحكّم أو ⌘، أو استعمل إصبعين.',
  empty: 'لا مشاركين في الأحداث المعروضة.',
  events: counted('ar', AR_EVENTS),
  nodeLabel: (name, count) => `${name} — ${ar.events(count)}`,
  edgeLabel: (a, b, count, kinds) => `${a} و${b}: ${ar.events(count)} (${kinds})`,
  kindCounts: {
    call: counted('ar', {
      one: 'اتصال هاتفي واحد',
      two: 'اتصالان هاتفيان',
      few: '# اتصالات هاتفية',
      many: '# اتصالًا هاتفيًا',
      other: '# اتصال هاتفي',
    }),
    meeting: counted('ar', {
      one: 'لقاء واحد',
      two: 'لقاءان',
      few: '# لقاءات',
      many: '# لقاءً',
      other: '# لقاء',
    }),
    other: counted('ar', {
      one: 'حدث آخر',
      two: 'حدثان آخران',
      few: '# أحداث أخرى',
      many: '# حدثًا آخر',
      other: '# حدث آخر',
    }),
  },
  kindNames: { call: 'اتصال هاتفي', meeting: 'لقاء أو مؤتمر صحفي', other: 'حدث آخر' },
  initiatedBy: (name) => `بمبادرة من ${name}`,
  moreEvents: (count) => `و${ar.kindCounts.other(count)}`,
  listSeparator: '، ',
  pair: (a, b) => `${a} – ${b}`,
  legendCountries: 'الألوان: الدولة',
  legendKinds: 'الخطوط: نوع الصلة',
  legendArrow: 'السهم: من المبادر إلى من تلقّى الاتصال',
  legendSize: 'حجم الدائرة: عدد الأحداث',
  noCountry: 'بلا دولة',
  tableSummary: 'جدول الصلات',
  tableCaption: 'الصلات بين المشاركين، الأكثر أحداثًا مشتركة أولًا',
  columnPair: 'الطرفان',
  columnEvents: 'الأحداث المشتركة',
  columnKinds: 'أنواعها',
  showPair: (a, b) => `اعرض أحداث ${a} و${b}`,
  noConnections: 'لا يشترك مشاركان في أي من الأحداث المعروضة.',
  edgesShown: (shown, total) =>
    `رُسمت ${shown} صلة من ${total}: الأقوى، وأقوى صلة لكل من الأكثر حضورًا؛ الجدول يضمها كلها.`,
  nodesShown: (shown, total) => `رُسم ${shown} مشاركًا من ${total}، كلٌّ بصلة واحدة على الأقل.`,
};

const enCount = (singular: string, pluralForm: string) =>
  counted('en', { one: `# ${singular}`, other: `# ${pluralForm}` });
const enParticipants = enCount('participant', 'participants');
const enConnections = enCount('connection', 'connections');

const en: GraphStrings = {
  heading: 'Participant graph',
  graphLabel: (nodes, edges) =>
    `Participant graph: ${enParticipants(nodes)} and ${enConnections(edges)}. The table that follows holds the same data.`,
  layingOut: 'Laying out the graph…',
  layingOutProgress: (percent) => `Laying out the graph… ${formatNumber(percent, 'en')}%`,
  fit: 'Fit',
  fitLabel: 'Show the whole graph',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomHint: 'Drag to pan; use the mouse wheel or two fingers to zoom.',
  zoomHintWithKey: 'Drag to pan; to zoom, turn the mouse wheel while holding Ctrl or ⌘, or use two fingers.',
  empty: 'No participants in the events shown.',
  events: enCount('event', 'events'),
  nodeLabel: (name, count) => `${name} — ${en.events(count)}`,
  edgeLabel: (a, b, count, kinds) => `${a} and ${b}: ${en.events(count)} (${kinds})`,
  kindCounts: {
    call: enCount('phone call', 'phone calls'),
    meeting: enCount('meeting', 'meetings'),
    other: enCount('other event', 'other events'),
  },
  kindNames: { call: 'Phone call', meeting: 'Meeting or press conference', other: 'Other event' },
  initiatedBy: (name) => `initiated by ${name}`,
  moreEvents: (count) => `and ${formatNumber(count, 'en')} more`,
  listSeparator: ', ',
  pair: (a, b) => `${a} – ${b}`,
  legendCountries: 'Colours: country',
  legendKinds: 'Lines: kind of connection',
  legendArrow: 'Arrow: from whoever initiated to whoever was contacted',
  legendSize: 'Circle size: number of events',
  noCountry: 'No country',
  tableSummary: 'Table of connections',
  tableCaption: 'Connections between participants, most shared events first',
  columnPair: 'Pair',
  columnEvents: 'Shared events',
  columnKinds: 'Kinds',
  showPair: (a, b) => `Show the events of ${a} and ${b}`,
  noConnections: 'No two participants share any of the events shown.',
  edgesShown: (shown, total) =>
    `${shown} of ${total} connections are drawn: the strongest, and each of the busiest participants’ strongest; the table lists them all.`,
  nodesShown: (shown, total) =>
    `${shown} of ${total} participants are drawn, each with at least one connection.`,
};

/** The graph's strings, Arabic first; to be folded into the app's strings table. */
export const GRAPH_STRINGS: Record<Lang, GraphStrings> = { ar, en };
