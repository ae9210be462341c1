import { describe, expect, it } from 'vitest';
import { seedCorpus, seedRecord } from '../../test/seed-record.ts';
import { buildCorpus } from '../build-corpus.ts';
import { eventsCsv } from './events-csv.ts';
import { type ExportRow, exportRows } from './export-rows.ts';

const SEED = 'sana-2015-10-27-lavrov-makei';
const SANA_EN = `"${SEED} (Syrian Arab News Agency (SANA), 2015-10-27)"`;
const PAIR = '"lavrov (Sergey Lavrov, participant); kerry (John Kerry, participant)"';

function kerryRows(): ExportRow[] {
  const corpus = seedCorpus();
  return exportRows(
    corpus.events.filter((e) => e.participants.some((p) => p.entity === 'kerry')),
    corpus,
  );
}

describe('eventsCsv', () => {
  it('writes the four Lavrov–Kerry contacts and the Vienna meeting exactly, with a BOM and CRLF lines', () => {
    expect(eventsCsv(kerryRows())).toBe(
      '\uFEFFid,title,type,start,end,precision,certainty,status,date_as_written,participants,place,articles,evidence\r\n' +
        'vienna-quartet,Quartet meeting in Vienna,meeting,2015-10-23,2015-10-23,day,stated,occurred,الجمعة الماضية,' +
        '"lavrov (Sergey Lavrov, participant); kerry (John Kerry, participant); saudi-fm (Saudi foreign minister, participant); turkish-fm (Turkish foreign minister, participant)",' +
        `Vienna,${SANA_EN},` +
        'الاجتماع الرباعي في فيينا الجمعة الماضية الذي جمعه مع وزراء خارجية الولايات المتحدة والسعودية وتركيا … ' +
        'اللقاء الرباعي الذي انعقد الجمعة في فيينا بين لافروف ونظيره الأمريكي كيري وكذلك وزيرا خارجية نظامي أردوغان وآل سعود\r\n' +
        'lavrov-kerry-call-1,First of three Lavrov–Kerry phone calls in three days,phone-call,2015-10-25,2015-10-25,day,inferred,occurred,خلال ثلاثة أيام,' +
        `${PAIR},,${SANA_EN},هذا الاتصال بين لافروف وكيري يعد الثالث من نوعه خلال ثلاثة أيام\r\n` +
        'lavrov-kerry-call-2,Lavrov–Kerry phone call (yesterday),phone-call,2015-10-26,2015-10-26,day,stated,occurred,أمس,' +
        `${PAIR},,${SANA_EN},حيث بحث الوزيران أمس آفاق حل الأزمة في سورية بمشاركة الدول الإقليمية\r\n` +
        'lavrov-kerry-call-3,Lavrov–Kerry phone call (the third in three days),phone-call,2015-10-27,2015-10-27,day,stated,occurred,اليوم,' +
        `${PAIR},,${SANA_EN},` +
        'لافروف يبحث وكيري وظريف هاتفيا سبل حل الأزمة في سورية … ' +
        'كما بحث وزير الخارجية الروسي سيرغي لافروف خلال اتصالين هاتفيين مع نظيريه الأمريكي جون كيري والإيراني محمد جواد ظريف تسوية الأزمة في سورية … ' +
        'وأفادت وزارة الخارجية الروسية في بيان اليوم بان لافروف وكيري ناقشا خلال الاتصال الهاتفي بينهما … ' +
        'يشار إلى أن هذا الاتصال بين لافروف وكيري يعد الثالث من نوعه خلال ثلاثة أيام\r\n',
    );
  });

  it('writes names, titles and places in Arabic when asked; open ends as "open"', () => {
    const corpus = seedCorpus();
    const rows = exportRows(
      corpus.events.filter((e) => e.id === 'geneva-communique' || e.id === 'salman-moscow-visit'),
      corpus,
    );
    const lines = eventsCsv(rows, 'ar').split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]?.split(',').slice(0, 9)).toEqual([
      'geneva-communique',
      'بيان جنيف',
      'communique',
      'open',
      '2012-10-26',
      'range',
      'stated',
      'occurred',
      'قبل أكثر من 3 سنوات',
    ]);
    expect(lines[2]).toContain(',"salman (الملك سلمان بن عبد العزيز, guest); russia (روسيا, host)",موسكو,');
    expect(lines[2]).toContain(
      ',"sana-2015-10-27-lavrov-makei (الوكالة العربية السورية للأنباء (سانا), 2015-10-27)",',
    );
    expect(lines[3]).toBe('');
  });

  it('neutralises formulas in every cell and quotes quotes, commas and line breaks', () => {
    const [row] = kerryRows() as [ExportRow];
    const hostile: ExportRow = {
      ...row,
      id: '=1+1',
      title: { ar: 'x', en: '+SUM(A1)' },
      asWritten: '-2',
      place: { ar: 'x', en: '@HYPERLINK("http://evil")' },
      participants: [],
      articles: [
        { id: 'a', outlet: { ar: 'x', en: 'Out, "let"' }, published: '2015-10-27', url: 'https://x.test/a' },
      ],
      evidence: [{ article: 'a', quote: 'line one\nline two' }],
    };
    expect(eventsCsv([hostile]).split('\r\n')[1]).toBe(
      "'=1+1,'+SUM(A1),meeting,2015-10-23,2015-10-23,day,stated,occurred,'-2,," +
        `"'@HYPERLINK(""http://evil"")","a (Out, ""let"", 2015-10-27, https://x.test/a)","line one\nline two"`,
    );
  });
});

describe('eventsCsv of an event two articles report', () => {
  it('names both articles with their URLs and puts each quote after its article', () => {
    const seed = seedRecord();
    const vienna = seed.events.find((e) => e.id === 'vienna-quartet');
    if (!vienna) throw new Error('seed event missing');
    const other = {
      ...seed,
      id: 'other-2015-10-24',
      source: { ...seed.source, url: 'https://example.org/news/1' },
      published: { ...seed.published, date: '2015-10-24' },
      events: [
        {
          ...vienna,
          id: 'vienna',
          evidence: [vienna.evidence[0] as (typeof vienna.evidence)[0]],
          sameAs: [{ article: SEED, event: 'vienna-quartet' }],
        },
      ],
    };
    const corpus = buildCorpus([seed, other]);
    const merged = corpus.events.filter((e) => e.articles.length === 2);
    expect(merged).toHaveLength(1);
    // Which article comes first is the corpus's rule; each is described and quoted under its own id.
    const described = new Map([
      [SEED, `${SEED} (Syrian Arab News Agency (SANA), 2015-10-27)`],
      [
        'other-2015-10-24',
        'other-2015-10-24 (Syrian Arab News Agency (SANA), 2015-10-24, https://example.org/news/1)',
      ],
    ]);
    const order = merged[0]?.articles ?? [];
    expect([...order].sort()).toEqual(['other-2015-10-24', SEED]);
    const cells = eventsCsv(exportRows(merged, corpus)).split('\r\n')[1] as string;
    expect(cells).toContain(`,"${order.map((id) => described.get(id)).join('; ')}",`);
    const quote =
      'الاجتماع الرباعي في فيينا الجمعة الماضية الذي جمعه مع وزراء خارجية الولايات المتحدة والسعودية وتركيا';
    expect(cells).toContain(`[${SEED}] ${quote}`);
    expect(cells).toContain(`[other-2015-10-24] ${quote}`);
    expect(cells.match(/\[[a-z0-9-]+\] /g)).toHaveLength(3);
  });
});
