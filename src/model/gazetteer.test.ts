import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex, type GazetteerEntry, parseGazetteerFiles } from './gazetteer.ts';

const place = {
  states: [
    {
      id: 'state-ru',
      iso: 'RU',
      name: { ar: 'روسيا الاتحادية', en: 'Russia' },
      short: { ar: 'روسيا', en: 'Russia' },
      variants: ['الاتحاد الروسي'],
      adjectives: ['الروسي', 'الروسية'],
      capital: { ar: 'موسكو', en: 'Moscow' },
    },
    {
      id: 'state-us',
      iso: 'US',
      name: { ar: 'الولايات المتحدة', en: 'United States' },
      adjectives: ['الأمريكي'],
    },
  ],
  organisations: [
    { id: 'org-un', name: { ar: 'الأمم المتحدة', en: 'United Nations' }, adjectives: ['الأممي'] },
  ],
  offices: [
    {
      id: 'foreign-minister',
      name: { ar: 'وزير الخارجية', en: 'Foreign Minister' },
      scope: 'state',
      phrases: ['وزير الخارجية'],
    },
    {
      id: 'un-envoy-syria',
      name: { ar: 'المبعوث الأممي', en: 'UN envoy' },
      scope: 'organisation',
      phrases: ['المبعوث'],
    },
  ],
};

const person = (id: string, ar: string, en: string, terms: unknown[], variants: string[] = []) => ({
  id,
  name: { ar, en },
  variants,
  terms,
});

const people = {
  people: [
    person('john-kerry', 'جون كيري', 'John Kerry', [
      { office: 'foreign-minister', of: 'US', from: '2013-02-01', to: '2017-01-19' },
    ]),
    person(
      'antony-blinken',
      'أنتوني بلينكن',
      'Antony Blinken',
      [{ office: 'foreign-minister', of: 'US', from: '2021-01-26', to: null }],
      ['بلنكن', 'أنتوني بلنكن'],
    ),
    person('sergey-lavrov', 'سيرغي لافروف', 'Sergey Lavrov', [
      { office: 'foreign-minister', of: 'RU', from: '2004-03-09', to: null },
    ]),
    person('recognised', 'المعترف به', 'Recognised', [
      { office: 'foreign-minister', of: 'US', from: '2019-01-01', to: '2019-12-31' },
    ]),
    person('rival', 'المنافس', 'Rival', [
      { office: 'foreign-minister', of: 'US', from: '2019-06-01', to: '2020-06-30', rival: true },
    ]),
  ],
};

function parse(extra: { name: string; value: unknown }[] = []) {
  return parseGazetteerFiles([
    { name: 'place.json', value: place },
    { name: 'people.json', value: people },
    ...extra,
  ]);
}

const idOf = (entry: GazetteerEntry | undefined) => entry?.id;

describe('parseGazetteerFiles', () => {
  it('merges files that are each one part of the whole, with no problem', () => {
    const { gazetteer, problems } = parse();
    expect(problems).toEqual([]);
    expect(gazetteer.states.map((s) => s.id)).toEqual(['state-ru', 'state-us']);
    expect(gazetteer.people.map((p) => p.id)).toEqual([
      'john-kerry',
      'antony-blinken',
      'sergey-lavrov',
      'recognised',
      'rival',
    ]);
    // Defaults from the schema are filled in for lists a file leaves out.
    expect(gazetteer.organisations[0]?.variants).toEqual([]);
  });

  it('names the file and path of each problem in a crafted bad file', () => {
    const bad = {
      people: [
        person('john-kerry', 'جون كيري الثاني', 'Another Kerry', []),
        person('overlapper', 'المتداخل', 'Overlapper', [
          { office: 'foreign-minister', of: 'RU', from: '2015-01-01', to: '2015-12-31' },
        ]),
        person('twice', 'مرتان', 'Twice', [
          { office: 'un-envoy-syria', of: 'org-un', from: '2012-01-01', to: '2012-12-31' },
          { office: 'un-envoy-syria', of: 'org-un', from: '2012-06-01', to: '2013-06-30' },
        ]),
        {
          ...person('nowhere', 'لا مكان', 'Nowhere', [
            { office: 'grand-vizier', of: 'US', from: '2010-01-01', to: null },
            { office: 'foreign-minister', of: 'XX', from: '2010-01-01', to: null },
            { office: 'un-envoy-syria', of: 'US', from: '2001-01-01', to: '2000-01-01' },
          ]),
          country: 'XX',
        },
        person('copycat', 'نسخة', 'Copycat', [], ['بلنكن']),
      ],
    };
    expect(parse([{ name: 'bad.json', value: bad }]).problems).toEqual([
      {
        file: 'bad.json',
        path: 'people.0.id',
        message: 'duplicate id "john-kerry", first used in people.json at people.0',
      },
      {
        file: 'bad.json',
        path: 'people.3.country',
        message: 'country "XX" is not the ISO code of a state in the gazetteer',
      },
      { file: 'bad.json', path: 'people.3.terms.0.office', message: 'unknown office "grand-vizier"' },
      {
        file: 'bad.json',
        path: 'people.3.terms.1.of',
        message: '"XX" is not the ISO code of a state in the gazetteer',
      },
      {
        file: 'bad.json',
        path: 'people.3.terms.2.of',
        message: '"US" is not the id of an organisation in the gazetteer',
      },
      {
        file: 'bad.json',
        path: 'people.3.terms.2.to',
        message: 'ends 2000-01-01, before it starts 2001-01-01',
      },
      {
        file: 'bad.json',
        path: 'people.1.terms.0.from',
        message: "foreign-minister of RU 2015-01-01–2015-12-31 overlaps sergey-lavrov's term 2004-03-09–now",
      },
      {
        file: 'bad.json',
        path: 'people.2.terms.1.from',
        message:
          'un-envoy-syria of org-un 2012-06-01–2013-06-30 overlaps another term of the same person 2012-01-01–2012-12-31',
      },
      {
        file: 'bad.json',
        path: 'people.4',
        message: '"بلنكن" would name two people: antony-blinken and copycat',
      },
    ]);
  });

  it('reports a file that fails its schema by file and path, and keeps the others', () => {
    const broken = { people: [{ id: 'Not An Id', name: { ar: 'س', en: 'S' } }], planets: [] };
    const { gazetteer, problems } = parse([{ name: 'broken.json', value: broken }]);
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      'broken.json: people.0.id',
      'broken.json: (file)',
    ]);
    expect(gazetteer.people).toHaveLength(5);
  });

  it('reports two states named by one word', () => {
    const twin = {
      states: [{ id: 'state-zz', iso: 'ZZ', name: { ar: 'زد', en: 'Zed' }, adjectives: ['الروسية'] }],
    };
    expect(parse([{ name: 'twin.json', value: twin }]).problems).toEqual([
      {
        file: 'twin.json',
        path: 'states.0',
        message: '"الروسيه" would name two states: state-ru and state-zz',
      },
    ]);
  });
});

describe('buildGazetteerIndex', () => {
  const index = buildGazetteerIndex(parse().gazetteer);

  it('finds who held an office on a day, both ends of a term included', () => {
    expect(index.holderOn('foreign-minister', 'US', '2013-01-31')).toBeUndefined();
    expect(index.holderOn('foreign-minister', 'US', '2013-02-01')?.id).toBe('john-kerry');
    expect(index.holderOn('foreign-minister', 'US', '2015-10-27')?.id).toBe('john-kerry');
    expect(index.holderOn('foreign-minister', 'US', '2017-01-19')?.id).toBe('john-kerry');
    expect(index.holderOn('foreign-minister', 'US', '2017-01-20')).toBeUndefined();
    expect(index.holderOn('foreign-minister', 'US', '2021-01-26')?.id).toBe('antony-blinken');
    expect(index.holderOn('foreign-minister', 'US', '2099-12-31')?.id).toBe('antony-blinken');
    expect(index.holderOn('foreign-minister', 'RU', '2015-10-27')?.id).toBe('sergey-lavrov');
    expect(index.holderOn('foreign-minister', 'FR', '2015-10-27')).toBeUndefined();
    expect(index.holderOn('president', 'US', '2015-10-27')).toBeUndefined();
  });

  it('prefers the recognised holder to a rival, and takes the rival when alone', () => {
    expect(index.holderOn('foreign-minister', 'US', '2019-07-01')?.id).toBe('recognised');
    expect(index.holderOn('foreign-minister', 'US', '2020-02-01')?.id).toBe('rival');
  });

  it('lists the offices a person held on a day', () => {
    expect(index.officesOn('john-kerry', '2017-01-19')).toEqual([
      { office: 'foreign-minister', of: 'US', from: '2013-02-01', to: '2017-01-19' },
    ]);
    expect(index.officesOn('john-kerry', '2017-01-20')).toEqual([]);
    expect(index.officesOn('state-us', '2017-01-01')).toEqual([]);
    expect(index.officesOn('nobody', '2017-01-01')).toEqual([]);
  });

  it('looks up entries by id and states by ISO code, tagged by kind', () => {
    expect(index.byId('state-ru')?.kind).toBe('state');
    expect(index.byId('org-un')?.kind).toBe('organisation');
    expect(index.byId('foreign-minister')?.kind).toBe('office');
    expect(index.byId('sergey-lavrov')?.kind).toBe('person');
    expect(index.state('RU')?.id).toBe('state-ru');
    expect(index.state('ru')).toBeUndefined();
  });

  it('finds a state by any word for it, folded', () => {
    for (const word of [
      'روسيا',
      'روسيا الاتحادية',
      'الاتحاد الروسي',
      'الروسي',
      'الروسيه',
      'موسكو',
      'Russia',
    ]) {
      expect(index.stateByWord(word)?.id, word).toBe('state-ru');
    }
    expect(index.stateByWord('الامريكي')?.id).toBe('state-us');
    expect(index.stateByWord('فرنسا')).toBeUndefined();
  });

  it('finds an organisation by any word for it, and every office a phrase names', () => {
    expect(index.organisationByWord('الأممي')?.id).toBe('org-un');
    expect(index.organisationByWord('الامم المتحده')?.id).toBe('org-un');
    expect(index.organisationByWord('الروسي')).toBeUndefined();
    expect(index.officesByPhrase('وزير الخارجية').map((o) => o.id)).toEqual(['foreign-minister']);
    expect(index.officesByPhrase('المبعوث').map((o) => o.id)).toEqual(['un-envoy-syria']);
    expect(index.officesByPhrase('الملك')).toEqual([]);
  });

  it('searches names, spellings and short forms by the start of any word, people first', () => {
    expect(index.search('بلنكن').map((e) => e.id)).toEqual(['antony-blinken']);
    expect(index.search('لافروف').map((e) => e.id)).toEqual(['sergey-lavrov']);
    expect(index.search('لافر').map((e) => e.id)).toEqual(['sergey-lavrov']);
    expect(index.search('blink').map((e) => e.id)).toEqual(['antony-blinken']);
    // People, then states, organisations, offices; among people the later in office first; among
    // offices a name that starts with the query before one that only has a word starting with it.
    expect(index.search('ال').map(idOf)).toEqual([
      'rival',
      'recognised',
      'state-ru',
      'state-us',
      'org-un',
      'un-envoy-syria',
      'foreign-minister',
    ]);
    expect(index.search('ال', 2).map(idOf)).toEqual(['rival', 'recognised']);
    expect(index.search('   ')).toEqual([]);
  });

  it('answers nothing, without throwing, for the names Object.prototype carries', () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
    ]) {
      expect(index.byId(name), name).toBeUndefined();
      expect(index.state(name), name).toBeUndefined();
      expect(index.stateByWord(name), name).toBeUndefined();
      expect(index.organisationByWord(name), name).toBeUndefined();
      expect(index.officesByPhrase(name), name).toEqual([]);
      expect(index.search(name), name).toEqual([]);
      expect(index.holderOn(name, name, '2015-10-27'), name).toBeUndefined();
      expect(index.officesOn(name, '2015-10-27'), name).toEqual([]);
    }
  });
});
