import type { Lang } from '../model/format-date.ts';

/** Keys named in the help, each as the language writes it (arrows and signs are the same in both). */
export type KeyName =
  | 'question'
  | 'escape'
  | 'tab'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'enter'
  | 'space'
  | 'plus'
  | 'minus';

/** One shortcut: the keys (alternatives), where it works and what it does. */
export interface Shortcut {
  keys: readonly KeyName[];
  what: string;
}

/** A group of shortcuts that work in one place. */
export interface ShortcutGroup {
  where: string;
  shortcuts: readonly Shortcut[];
}

/** The text of the help dialog («كيف تقرأ رصد»), loaded with it. */
export interface HelpPageMessages {
  helpTitle: string;
  intro: string;
  shapesHeading: string;
  shapesText: string;
  looksHeading: string;
  looks: {
    stated: string;
    inferred: string;
    outside: string;
    outsideLink: string;
    planned: string;
    open: string;
  };
  evidenceHeading: string;
  evidenceSample: { plain: string; mark: string; selected: string; hit: string };
  evidenceText: readonly string[];
  keysHeading: string;
  keysColumn: string;
  actionColumn: string;
  keyNames: Record<KeyName, string>;
  /** Between alternative keys ("or"). */
  keyOr: string;
  shortcutGroups: readonly ShortcutGroup[];
  dataHeading: string;
  dataText: readonly string[];
  addHeading: string;
  /** The editor link's and the file picker's own labels are passed in, so the help names them exactly. */
  addEditor: (editor: string) => string;
  addFiles: (open: string) => string;
  addCommand: string;
}

const ar: HelpPageMessages = {
  helpTitle: 'كيف تقرأ رصد',
  intro:
    'يعرض رصد الأحداث الدبلوماسية التي تذكرها المقالات الإخبارية: من اتصل بمن أو التقاه، ومتى، وبأي جملة قيل ذلك. الخط الزمني والشبكة والقائمة والمقالة تتبع المرشِّحات نفسها، وكل ما تراه محفوظ في الرابط.',
  shapesHeading: 'الأشكال: نوع الحدث',
  shapesText: 'لكل نوع شكل ولون، في القائمة والخط الزمني ومفتاح الرموز؛ ويُكتب النوع بالكلمات أيضًا.',
  looksHeading: 'كيف يبدو التاريخ',
  looks: {
    stated: 'مذكور في النص: شكل مصمت. النص يذكر التاريخ أو يدل عليه مباشرة، مثل «أمس».',
    inferred:
      'مستنتج: شكل فاتح بحدّ متقطع. حُسب التاريخ من النص، كأن يكون الاتصال الثالث في ثلاثة أيام؛ وتذكر التفاصيل القاعدة.',
    outside: 'من مصدر خارجي: شكل مفرغ بحدّ منقّط. النص لا يحدد التاريخ، فأُخذ من مصدر آخر تذكره الملاحظات.',
    outsideLink: 'خط منقّط إلى دائرة مفرغة: التاريخ الذي تذكره مصادر خارجية حين يختلف عمّا في المقالة.',
    planned: 'مرتقب: شكل باهت وشريط متقطع. أُعلن عن الحدث ولم يكن قد وقع يوم النشر.',
    open: 'طرف مفتوح: شريط ينتهي بخط متقطع وسهم، لفترة لا تُعرف بدايتها أو نهايتها.',
  },
  evidenceHeading: 'إبراز الأدلة',
  evidenceSample: {
    plain: 'في المقالة:',
    mark: 'جملة تذكر حدثًا',
    selected: 'جملة الحدث المختار',
    hit: 'ما يطابق البحث',
  },
  evidenceText: [
    'كل جملة في المقالة تذكر حدثًا مظلَّلة، والجملة التي تذكر الحدث المختار أغمق. انقر جملة مظلَّلة لتختار حدثها؛ وإن ذكرت أكثر من حدث فكل نقرة تنتقل إلى الحدث التالي.',
    'اختيار حدث في الخط الزمني أو الشبكة أو القائمة يمرّر المقالة إلى جملته. ويُبرز بلون آخر ما يطابق البحث وأسماء الأشخاص المختارين.',
    'في التفاصيل يُقتبس كل دليل كما نُشر، وتظهر الملاحظات من خارج المقالة بجانبه مع مصادرها، لا بدلًا منه.',
  ],
  keysHeading: 'اختصارات لوحة المفاتيح',
  keysColumn: 'المفاتيح',
  actionColumn: 'ما تفعله',
  keyNames: {
    question: '?',
    escape: 'الهروب',
    tab: 'الجدولة',
    left: '←',
    right: '→',
    up: '↑',
    down: '↓',
    home: 'البداية',
    end: 'النهاية',
    enter: 'الإدخال',
    space: 'المسافة',
    plus: '+',
    minus: '−',
  },
  keyOr: 'أو',
  shortcutGroups: [
    {
      where: 'في أي مكان خارج حقول الكتابة',
      shortcuts: [
        { keys: ['question'], what: 'افتح هذه المساعدة' },
        { keys: ['escape'], what: 'أغلق النافذة المفتوحة، أو ألغِ اختيار الحدث' },
        { keys: ['tab'], what: 'انتقل بين الأزرار والحقول والخط الزمني والشبكة' },
      ],
    },
    {
      where: 'في الخط الزمني',
      shortcuts: [
        { keys: ['left', 'right'], what: 'الحدث التالي أو السابق باتجاه القراءة (في العربية اليسار أحدث)' },
        { keys: ['home', 'end'], what: 'أول حدث أو آخر حدث' },
        { keys: ['enter', 'space'], what: 'اختر الحدث النشط' },
        { keys: ['plus'], what: 'كبّر حول الحدث النشط' },
        { keys: ['minus'], what: 'صغّر' },
      ],
    },
    {
      where: 'في قائمة الأحداث',
      shortcuts: [
        { keys: ['up', 'down'], what: 'الحدث السابق أو التالي' },
        { keys: ['home', 'end'], what: 'أول حدث أو آخر حدث' },
      ],
    },
    {
      where: 'في الشبكة',
      shortcuts: [
        {
          keys: ['enter', 'space'],
          what: 'على شخص: أضفه إلى مرشِّح الأشخاص أو أزله؛ على صلة: اعرض أحداث الاثنين',
        },
        { keys: ['escape'], what: 'أخفِ قائمة أحداث الصلة' },
      ],
    },
    {
      where: 'في حقل الشخص',
      shortcuts: [
        { keys: ['up', 'down'], what: 'تنقّل بين الاقتراحات' },
        { keys: ['enter'], what: 'اختر الاقتراح' },
        { keys: ['escape'], what: 'أغلق الاقتراحات' },
      ],
    },
  ],
  dataHeading: 'من أين تأتي البيانات',
  dataText: [
    'كل حدث مأخوذ من سجل مقالة: نص المقالة كما نُشر، والأحداث التي تذكرها، وكل حدث مربوط بالجمل التي تذكره. التواريخ النسبية مثل «أمس» و«الاثنين المقبل» تُحسب من تاريخ النشر، وتقول التفاصيل كيف.',
    'اسم المصدر وتاريخ النشر فوق نص كل مقالة. روابط المصادر تُفتح في لسان جديد؛ والمقالات المختلقة للاختبار معلَّمة بذلك في سجلاتها.',
  ],
  addHeading: 'إضافة مقالات',
  addEditor: (editor) =>
    `«${editor}» في أعلى الصفحة: الصق نص مقالة، وراجع الأحداث والأشخاص والتواريخ المقترحة وأدلتها، ثم احفظها. تُحفظ في هذا المتصفح.`,
  addFiles: (open) =>
    `«${open}»: اعرض سجلات مقالات من جهازك، أو أفلتها على الصفحة. تُقرأ في متصفحك ولا تُرسل إلى أي مكان.`,
  addCommand: 'من سطر الأوامر، يقترح الأمر الأول سجلًا من نص مقالة لتراجعه، ويتحقق الثاني من السجلات:',
};

const en: HelpPageMessages = {
  helpTitle: 'How to read Rasd',
  intro:
    'Rasd shows the diplomatic events that news articles report: who called or met whom, when, and in which sentence it is said. The timeline, the graph, the list and the article follow the same filters, and everything you see is kept in the link.',
  shapesHeading: 'Shapes: the type of event',
  shapesText:
    'Each type has a shape and a colour, in the list, the timeline and the legend; the type is always written out too.',
  looksHeading: 'How a date looks',
  looks: {
    stated:
      'Stated in the text: a solid mark. The text gives the date or points straight at it, as in "yesterday".',
    inferred:
      'Inferred: a light mark with a dashed edge. The date was worked out from the text, such as the third call in three days; the details give the rule.',
    outside:
      'From an outside source: a hollow, dotted mark. The text does not fix the date, so it comes from another source named in the notes.',
    outsideLink:
      'A dotted line to a hollow circle: the date outside sources give, where it differs from the article.',
    planned:
      'Planned: a faded mark and a dashed bar. The event was announced and had not happened on the day of publication.',
    open: 'Open end: a bar ending in a dashed line and an arrow, for a period whose start or end is unknown.',
  },
  evidenceHeading: 'Evidence highlighting',
  evidenceSample: {
    plain: 'In the article:',
    mark: 'a sentence that reports an event',
    selected: 'the selected event’s sentence',
    hit: 'a search match',
  },
  evidenceText: [
    'Every sentence of the article that reports an event is highlighted, and the selected event’s sentence more strongly. Click a highlighted sentence to select its event; when it reports several, each click moves to the next.',
    'Selecting an event in the timeline, the graph or the list scrolls the article to its sentence. Search matches and the names of the chosen people are marked in another colour.',
    'The details quote each piece of evidence as published; notes from outside the article are shown beside it with their sources, never instead of it.',
  ],
  keysHeading: 'Keyboard shortcuts',
  keysColumn: 'Keys',
  actionColumn: 'What they do',
  keyNames: {
    question: '?',
    escape: 'Esc',
    tab: 'Tab',
    left: '←',
    right: '→',
    up: '↑',
    down: '↓',
    home: 'Home',
    end: 'End',
    enter: 'Enter',
    space: 'Space',
    plus: '+',
    minus: '−',
  },
  keyOr: 'or',
  shortcutGroups: [
    {
      where: 'Anywhere outside a text field',
      shortcuts: [
        { keys: ['question'], what: 'Open this help' },
        { keys: ['escape'], what: 'Close the open dialog, or clear the selected event' },
        { keys: ['tab'], what: 'Move between buttons, fields, the timeline and the graph' },
      ],
    },
    {
      where: 'In the timeline',
      shortcuts: [
        { keys: ['left', 'right'], what: 'Earlier or later event, following the reading direction' },
        { keys: ['home', 'end'], what: 'First or last event' },
        { keys: ['enter', 'space'], what: 'Select the active event' },
        { keys: ['plus'], what: 'Zoom in around the active event' },
        { keys: ['minus'], what: 'Zoom out' },
      ],
    },
    {
      where: 'In the list of events',
      shortcuts: [
        { keys: ['up', 'down'], what: 'Previous or next event' },
        { keys: ['home', 'end'], what: 'First or last event' },
      ],
    },
    {
      where: 'In the graph',
      shortcuts: [
        {
          keys: ['enter', 'space'],
          what: 'On a person: add them to the person filter or remove them; on a connection: show the pair’s events',
        },
        { keys: ['escape'], what: 'Hide the connection’s list of events' },
      ],
    },
    {
      where: 'In the person field',
      shortcuts: [
        { keys: ['up', 'down'], what: 'Move through the suggestions' },
        { keys: ['enter'], what: 'Choose the suggestion' },
        { keys: ['escape'], what: 'Close the suggestions' },
      ],
    },
  ],
  dataHeading: 'Where the data comes from',
  dataText: [
    'Every event comes from an article record: the article’s text as published, the events it reports, and for each event the sentences that report it. Relative dates such as "yesterday" and "next Monday" are resolved from the publication date, and the details say how.',
    'The source and the publication date are above each article’s text. Source links open in a new tab; articles invented for tests are marked so in their records.',
  ],
  addHeading: 'Adding articles',
  addEditor: (editor) =>
    `"${editor}" at the top of the page: paste an article’s text, review the drafted events, people, dates and their evidence, then save. It is kept in this browser.`,
  addFiles: (open) =>
    `"${open}": show article records from your computer, or drop them on the page. They are read in your browser and sent nowhere.`,
  addCommand:
    'On the command line, the first command drafts a record from an article’s text for you to review, and the second checks records:',
};

/** Arabic first, English second. */
export const HELP_PAGE_MESSAGES: Record<Lang, HelpPageMessages> = { ar, en };
