import { describe, expect, it } from 'vitest';
import { seedJson } from '../test/seed-record.ts';
import type { EntityRecord } from './article-schema.ts';
import { editDistance, searchEntities } from './entity-search.ts';
import type { Lang } from './format-date.ts';
import { validateArticle } from './validate-article.ts';

const result = validateArticle(seedJson());
if (!result.ok) throw new Error('seed invalid');
const entities = result.record.entities;

const search = (query: string, lang: Lang = 'ar') =>
  searchEntities(entities, query, lang).map((m) => [m.entity.id, m.rank, m.matched]);

describe('searchEntities finds Lavrov by any name or spelling', () => {
  it.each([
    ['سيرغي', 'word', 'سيرغي لافروف'],
    ['سيرغى', 'word', 'سيرغي لافروف'],
    ['سِيرْغِي', 'word', 'سيرغي لافروف'],
    ['لافروف', 'exact', 'لافروف'],
    ['سيرغى لافروف', 'exact', 'سيرغي لافروف'],
    ['lavrov', 'word', 'Sergey Lavrov'],
    ['LAVROV', 'word', 'Sergey Lavrov'],
    ['sergey lavrov', 'exact', 'Sergey Lavrov'],
    ['lavr', 'prefix', 'Sergey Lavrov'],
    ['Lavrov Sergey', 'substring', 'Sergey Lavrov'],
    ['avro', 'substring', 'Sergey Lavrov'],
    ['Lavrof', 'fuzzy', 'Sergey Lavrov'],
    ['لافرف', 'fuzzy', 'لافروف'],
    ['لافروفف', 'fuzzy', 'لافروف'],
  ])('%s', (query, rank, matched) => {
    expect(search(query)).toEqual([['lavrov', rank, matched]]);
  });
});

describe('searchEntities ranking', () => {
  it('puts an exact name before a name that merely contains the word', () => {
    expect(search('روسيا')).toEqual([
      ['russia', 'exact', 'روسيا'],
      ['rt', 'word', 'روسيا اليوم'],
    ]);
  });

  it('puts whole words before prefixes', () => {
    expect(search('السعودي')).toEqual([
      ['saudi-fm', 'word', 'وزير الخارجية السعودي'],
      ['saudi-arabia', 'prefix', 'السعودية'],
      ['salman', 'prefix', 'ملك السعودية'],
    ]);
  });

  it('breaks ties by the name in the interface language, then id', () => {
    expect(search('vladimir', 'ar')).toEqual([
      ['putin', 'word', 'Vladimir Putin'],
      ['makei', 'word', 'Vladimir Makei'],
    ]);
    expect(search('vladimir', 'en')).toEqual([
      ['makei', 'word', 'Vladimir Makei'],
      ['putin', 'word', 'Vladimir Putin'],
    ]);
    expect(search('وزير الخارجية', 'ar').map(([id]) => id)).toEqual(['lavrov', 'turkish-fm', 'saudi-fm']);
    expect(search('وزير الخارجية', 'en').map(([id]) => id)).toEqual(['saudi-fm', 'lavrov', 'turkish-fm']);
  });

  it('offers only word starts for a single letter', () => {
    expect(search('ب', 'en')).toEqual([
      ['assad', 'prefix', 'بشار الأسد'],
      ['peskov', 'prefix', 'بيسكوف'],
      ['france', 'prefix', 'باريس'],
      ['salman', 'prefix', 'سلمان بن عبد العزيز'],
      ['makei', 'prefix', 'وزير خارجية بيلاروس'],
      ['putin', 'prefix', 'بوتين'],
    ]);
    expect(search('sa', 'en')).toEqual([
      ['salman', 'prefix', 'King Salman bin Abdulaziz'],
      ['sana', 'prefix', 'SANA'],
      ['saudi-arabia', 'prefix', 'Saudi Arabia'],
      ['saudi-fm', 'prefix', 'Saudi foreign minister'],
      ['assad', 'substring', 'Bashar al-Assad'],
    ]);
  });

  it('folds Latin accents and hamza seats', () => {
    expect(search('erdogan')).toEqual([['erdogan', 'word', 'Recep Tayyip Erdoğan']]);
    expect(search('اردوغان')).toEqual([['erdogan', 'exact', 'أردوغان']]);
  });

  it('forgives one edit only from four letters on', () => {
    expect(search('kery')).toEqual([['kerry', 'fuzzy', 'John Kerry']]);
    expect(search('bsh')).toEqual([]);
    expect(search('lafrof')).toEqual([]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search('')).toEqual([]);
    expect(search('  ، ')).toEqual([]);
  });

  it('keeps repeated words of a name, so the whole name is still exact', () => {
    const ghali: EntityRecord = {
      id: 'boutros-ghali',
      kind: 'person',
      name: { ar: 'بطرس بطرس غالي', en: 'Boutros Boutros-Ghali' },
      variants: [],
      roles: [],
    };
    expect(searchEntities([ghali], 'boutros boutros ghali', 'en').map((m) => m.rank)).toEqual(['exact']);
    expect(searchEntities([ghali], 'ghali boutros', 'en').map((m) => m.rank)).toEqual(['substring']);
  });

  it('reads the names of entities added later, not a stale cache', () => {
    const extra: EntityRecord = {
      id: 'shoigu',
      kind: 'person',
      name: { ar: 'سيرغي شويغو', en: 'Sergei Shoigu' },
      variants: [],
      roles: [],
    };
    // "Sergei Shoigu" sorts before "Sergey Lavrov".
    expect(searchEntities([...entities, extra], 'سيرغي', 'en').map((m) => m.entity.id)).toEqual([
      'shoigu',
      'lavrov',
    ]);
  });
});

describe('editDistance', () => {
  it.each([
    ['lavrov', 'lavrov', 2, false, 0],
    ['lavrof', 'lavrov', 2, false, 1],
    ['lavro', 'lavrov', 2, false, 1],
    ['lavrovv', 'lavrov', 2, false, 1],
    ['kitten', 'sitting', 5, false, 3],
    ['kitten', 'sitting', 2, false, 3],
    ['abc', 'abcdefgh', 1, false, 2],
    ['lavr', 'lavrov', 1, true, 0],
    ['lafr', 'lavrov', 1, true, 1],
    ['lfr', 'lavrov', 1, true, 2],
    ['', 'abc', 5, false, 3],
    ['', 'abc', 5, true, 0],
  ])('%s → %s (max %i, prefix %s) = %i', (a, b, max, prefix, expected) => {
    expect(editDistance(a, b, max, prefix)).toBe(expected);
  });
});
