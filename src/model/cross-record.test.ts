import { describe, expect, it } from 'vitest';
import { CLAIMS_FIXTURES, fixtureRecord } from '../test/claims-records.ts';
import { SEED_FILE, seedRecord } from '../test/seed-record.ts';
import { crossRecordProblems, identityDifferences, type RecordFile } from './cross-record.ts';
import { validateArticle } from './validate-article.ts';

const seed = { file: SEED_FILE, record: seedRecord() };
const digest: RecordFile = { file: CLAIMS_FIXTURES.digest, record: fixtureRecord(CLAIMS_FIXTURES.digest) };
const wire: RecordFile = { file: CLAIMS_FIXTURES.wire, record: fixtureRecord(CLAIMS_FIXTURES.wire) };

describe('crossRecordProblems', () => {
  it('finds nothing wrong between the seed and records that link to it and spell its people their own way', () => {
    expect(crossRecordProblems([seed, digest, wire])).toEqual({ problems: [], unchecked: [] });
  });

  it('reports a sameAs to an event the given article does not have, naming both files', () => {
    const dangling = structuredClone(digest);
    dangling.file = 'other/digest.json';
    const event = dangling.record.events[1];
    if (event?.sameAs?.[0]) event.sameAs[0].event = 'lavrov-zarif-meeting';
    expect(crossRecordProblems([seed, dangling]).problems).toEqual([
      {
        file: 'other/digest.json',
        path: 'events.1.sameAs.0',
        message: `article "sana-2015-10-27-lavrov-makei" (${SEED_FILE}) has no event "lavrov-zarif-meeting"`,
      },
    ]);
  });

  it('lists a link to an article not given as unchecked, not as a problem', () => {
    expect(crossRecordProblems([digest])).toEqual({
      problems: [],
      unchecked: [0, 1, 2].map((index) => ({
        file: CLAIMS_FIXTURES.digest,
        path: `events.${index}.sameAs.0`,
        message: 'article "sana-2015-10-27-lavrov-makei" is not among the files given',
      })),
    });
  });

  it('reports one entity id defined as two different entities, and one article id in two files', () => {
    const clash = structuredClone(wire);
    clash.file = 'b.json';
    const kerry = clash.record.entities.find((e) => e.id === 'kerry');
    if (kerry)
      Object.assign(kerry, {
        kind: 'office',
        name: { ar: 'وزير الخارجية الأمريكي', en: 'US Secretary of State' },
      });
    const twice = { ...structuredClone(seed), file: 'copy.json' };
    expect(crossRecordProblems([seed, clash, twice]).problems).toEqual([
      {
        file: 'copy.json',
        path: 'id',
        message: `article id "sana-2015-10-27-lavrov-makei" is also the id of ${SEED_FILE}`,
      },
      {
        file: 'b.json',
        path: 'entities.1',
        message: `entity "kerry" is defined differently in ${SEED_FILE}: kind "person" ≠ "office"; name.ar "جون كيري" ≠ "وزير الخارجية الأمريكي"; name.en "John Kerry" ≠ "US Secretary of State"`,
      },
    ]);
  });
});

describe('identityDifferences', () => {
  it('takes two spellings of one gazetteer entry as one entity', () => {
    const lavrov = seed.record.entities.find((e) => e.id === 'lavrov');
    if (!lavrov) throw new Error('seed changed');
    const spelt = { ...lavrov, name: { ar: 'سيرغى لافروف', en: 'Sergei Lavrov' } };
    expect(identityDifferences(lavrov, spelt)).toEqual([]);
    expect(identityDifferences(lavrov, { ...spelt, gazetteer: undefined })).toEqual([
      'name.ar "سيرغي لافروف" ≠ "سيرغى لافروف"',
      'name.en "Sergey Lavrov" ≠ "Sergei Lavrov"',
    ]);
  });
});

describe('entity sameAs across records', () => {
  it('reports a link to an entity the given article lacks, and one to its own article', () => {
    const linking = structuredClone(wire);
    linking.file = 'w.json';
    const kerry = linking.record.entities.find((e) => e.id === 'kerry');
    if (!kerry) throw new Error('fixture changed');
    kerry.sameAs = [{ article: 'sana-2015-10-27-lavrov-makei', entity: 'kery' }];
    expect(crossRecordProblems([seed, linking]).problems).toEqual([
      {
        file: 'w.json',
        path: 'entities.1.sameAs.0',
        message: `article "sana-2015-10-27-lavrov-makei" (${SEED_FILE}) has no entity "kery"`,
      },
    ]);
    kerry.sameAs = [{ article: linking.record.id, entity: 'lavrov' }];
    const result = validateArticle(linking.record);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'entities.1.sameAs.0.article', message: 'sameAs must name another article' },
    ]);
  });
});
