import type { ExportStrings } from '../i18n/export-strings.ts';
import type { EntityRecord } from '../model/article-schema.ts';
import { formatDayLong, type Lang } from '../model/format-date.ts';
import type { UrlState } from '../model/url-state.ts';
import { isolate } from './picture-frame.ts';

/** Words an interface gives for the vocabularies (event types, statuses, certainties). */
export interface VocabularyNames {
  type: (value: string) => string;
  status: (value: string) => string;
  certainty: (value: string) => string;
  country: (code: string) => string;
}

/** The active filters in words, e.g. "people: Lavrov, Kerry (all together); from 23 October 2015". */
export function describeFilters(
  state: UrlState,
  entities: ReadonlyMap<string, EntityRecord>,
  names: VocabularyNames,
  words: ExportStrings['picture'],
  lang: Lang,
): string {
  const list = (values: readonly string[], name: (v: string) => string) =>
    values.map((v) => isolate(name(v))).join(lang === 'ar' ? '، ' : ', ');
  const parts: string[] = [];
  if (state.person.length > 0) {
    const people = list(state.person, (id) => entities.get(id)?.name[lang] ?? id);
    parts.push(
      words.people(
        state.mode === 'all' && state.person.length > 1 ? `${people} (${words.allTogether})` : people,
      ),
    );
  }
  if (state.type.length > 0) parts.push(words.types(list(state.type, names.type)));
  if (state.from) parts.push(words.from(formatDayLong(state.from, lang)));
  if (state.to) parts.push(words.to(formatDayLong(state.to, lang)));
  if (state.q.trim()) parts.push(words.text(isolate(state.q.trim())));
  if (state.country.length > 0) parts.push(words.countries(list(state.country, names.country)));
  if (state.status.length > 0) parts.push(words.statuses(list(state.status, names.status)));
  if (state.certainty.length > 0) parts.push(words.certainties(list(state.certainty, names.certainty)));
  if (state.article.length > 0) parts.push(words.articles(list(state.article, (id) => id)));
  return parts.length > 0 ? parts.join(lang === 'ar' ? '؛ ' : '; ') : words.noFilter;
}
