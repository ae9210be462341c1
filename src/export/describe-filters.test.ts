import { describe, expect, it } from 'vitest';
import { EXPORT_STRINGS } from '../i18n/export-strings.ts';
import { seedCorpus } from '../test/seed-record.ts';
import { describeFilters } from './describe-filters.ts';
import { kerryText, PLAIN_NAMES, stateWith } from './picture-test-helpers.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('describeFilters', () => {
  const { entities } = seedCorpus();
  it('names every active filter in the interface language, names isolated', () => {
    const state = stateWith({
      person: ['lavrov', 'kerry'],
      mode: 'all',
      type: ['phone-call'],
      from: '2015-10-23',
      to: '2015-10-27',
      q: ' فيينا ',
      status: ['occurred'],
      certainty: ['stated'],
      country: ['RU'],
      article: ['sana-2015-10-27-lavrov-makei'],
    });
    expect(describeFilters(state, entities, PLAIN_NAMES, EXPORT_STRINGS.en.picture, 'en')).toBe(
      `people: ${FSI}Sergey Lavrov${PDI}, ${FSI}John Kerry${PDI} (all together); type: ${FSI}type:phone-call${PDI}; ` +
        `from Friday, 23 October 2015; to Tuesday, 27 October 2015; text: “${FSI}فيينا${PDI}”; country: ${FSI}country:RU${PDI}; ` +
        `status: ${FSI}status:occurred${PDI}; certainty: ${FSI}certainty:stated${PDI}; articles: ${FSI}sana-2015-10-27-lavrov-makei${PDI}`,
    );
    expect(
      describeFilters(
        stateWith({ person: ['lavrov', 'kerry'] }),
        entities,
        PLAIN_NAMES,
        EXPORT_STRINGS.ar.picture,
        'ar',
      ),
    ).toBe(`الأشخاص: ${FSI}سيرغي لافروف${PDI}، ${FSI}جون كيري${PDI}`);
  });

  it('says "all events" when nothing is filtered', () => {
    expect(describeFilters(stateWith({}), entities, PLAIN_NAMES, EXPORT_STRINGS.ar.picture, 'ar')).toBe(
      'كل الأحداث',
    );
  });
});

describe('pictureText', () => {
  it('gives the filter, the export day with the count, and the outlets', () => {
    const corpus = seedCorpus();
    expect(kerryText(corpus, 'ar', 'عنوان').text).toEqual({
      title: 'عنوان',
      filters: `المرشحات: الأشخاص: ${FSI}جون كيري${PDI}`,
      exported: 'صُدِّرت في الثلاثاء، ١ كانون الأول ٢٠٢٦ — ٤ أحداث',
      source: `المصدر: رصد، نقلًا عن ${FSI}الوكالة العربية السورية للأنباء (سانا)${PDI}`,
      lang: 'ar',
      dir: 'rtl',
    });
    expect(kerryText(corpus, 'en', 'Title').text.exported).toBe(
      'Exported Tuesday, 1 December 2026 · 4 events',
    );
  });
});
