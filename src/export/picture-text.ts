import type { ExportStrings } from '../i18n/export-strings.ts';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import { formatDayLong, type Lang } from '../model/format-date.ts';
import type { Direction } from '../model/time-scale.ts';
import type { UrlState } from '../model/url-state.ts';
import { describeFilters, type VocabularyNames } from './describe-filters.ts';
import { isolate, type PictureText } from './picture-frame.ts';

/** The title, filters, date and sources a picture of these events carries. */
export function pictureText(
  title: string,
  corpus: Corpus,
  events: readonly CorpusEvent[],
  state: UrlState,
  context: { lang: Lang; dir: Direction; strings: ExportStrings; names: VocabularyNames; now: Date },
): PictureText {
  const { lang, dir, strings, names, now } = context;
  const words = strings.picture;
  const wanted = new Set(events.flatMap((e) => e.articles));
  const outlets = [
    ...new Set(corpus.articles.filter((a) => wanted.has(a.id)).map((a) => a.source.name[lang])),
  ];
  const undated = events.filter((e) => e.startMs === null && e.endMs === null).length;
  const count = words.events(events.length - undated) + (undated > 0 ? ` ${words.undated(undated)}` : '');
  return {
    title,
    filters: words.filters(describeFilters(state, corpus.entities, names, words, lang)),
    exported: `${words.exported(formatDayLong(now.toISOString().slice(0, 10), lang))}${words.separator}${count}`,
    source: words.source(outlets.map(isolate).join(lang === 'ar' ? '، ' : ', ') || '—'),
    lang,
    dir,
  };
}
