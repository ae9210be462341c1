import { EXPORT_STRINGS } from '../i18n/export-strings.ts';
import type { Corpus } from '../model/corpus.ts';
import type { Lang } from '../model/format-date.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../model/url-state.ts';
import type { VocabularyNames } from './describe-filters.ts';
import { pictureText } from './picture-text.ts';

/** Vocabulary names that show the value itself: tests read which value was named. */
export const PLAIN_NAMES: VocabularyNames = {
  type: (v) => `type:${v}`,
  status: (v) => `status:${v}`,
  certainty: (v) => `certainty:${v}`,
  country: (v) => `country:${v}`,
};

/** A state with the given filters, the rest as a bare link has them. */
export const stateWith = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

/** The picture words for the events the person filter keeps, exported on 1 December 2026. */
export function kerryText(corpus: Corpus, lang: Lang, title: string) {
  const events = corpus.events.filter((e) => e.participants.some((p) => p.entity === 'kerry'));
  const text = pictureText(title, corpus, events, stateWith({ person: ['kerry'] }), {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    strings: EXPORT_STRINGS[lang],
    names: PLAIN_NAMES,
    now: new Date('2026-12-01T02:15:00Z'),
  });
  return { events, text };
}
