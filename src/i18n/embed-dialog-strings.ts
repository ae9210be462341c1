import type { Lang } from '../model/format-date.ts';
import { plural } from './plural.ts';
import { AR_EVENTS } from './strings.ts';

/**
 * The Embed dialog's words, apart from the main catalogue: they load with the dialog, so neither the
 * explorer's first load nor the embed page carries them. The button that opens the dialog, its
 * failure message and the embed page's own words stay in `Strings.embed`.
 */
export interface EmbedDialogStrings {
  dialogTitle: string;
  intro: string;
  view: string;
  viewTimeline: string;
  viewGraph: string;
  viewBoth: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  height: string;
  heightAuto: string;
  snippet: string;
  copy: string;
  copied: string;
  copyFailed: string;
  preview: string;
  close: string;
  /** The iframe's title in the snippet, with the number of events it shows. */
  iframeTitle: (count: number) => string;
}

/** Arabic first, English second. */
export const EMBED_DIALOG_STRINGS: Record<Lang, EmbedDialogStrings> = {
  ar: {
    dialogTitle: 'ضمّن هذا العرض في صفحتك',
    intro:
      'انسخ هذا المقتطف إلى صفحتك: يعرض المرشحات الحالية نفسها، ويضبط ارتفاعه تلقائيًا مع سكربت الاستضافة.',
    view: 'العرض',
    viewTimeline: 'الخط الزمني',
    viewGraph: 'شبكة المشاركين',
    viewBoth: 'كلاهما',
    theme: 'المظهر',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    height: 'الارتفاع',
    heightAuto: 'تلقائي (مع السكربت)',
    snippet: 'المقتطف',
    copy: 'انسخ المقتطف',
    copied: 'نُسخ المقتطف.',
    copyFailed: 'تعذّر النسخ تلقائيًا؛ حدّد النص وانسخه.',
    preview: 'معاينة',
    close: 'إغلاق',
    iframeTitle: (count) => `رصد: خط زمني للأحداث الدبلوماسية (${plural('ar', count, AR_EVENTS)})`,
  },
  en: {
    dialogTitle: 'Embed this view in your page',
    intro:
      'Copy this snippet into your page: it shows the same filters as now, and sizes itself with the host script.',
    view: 'View',
    viewTimeline: 'Timeline',
    viewGraph: 'Participant graph',
    viewBoth: 'Both',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    height: 'Height',
    heightAuto: 'Automatic (with the script)',
    snippet: 'Snippet',
    copy: 'Copy the snippet',
    copied: 'The snippet is copied.',
    copyFailed: 'Could not copy automatically; select the text and copy it.',
    preview: 'Preview',
    close: 'Close',
    iframeTitle: (count) =>
      `Rasd: a timeline of ${plural('en', count, { one: '# diplomatic event', other: '# diplomatic events' })}`,
  },
};
