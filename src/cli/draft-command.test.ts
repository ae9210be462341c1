import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../model/validate-article.ts';
import { runCli as run } from '../test/run-cli.ts';
import { scratchDir } from '../test/scratch-dir.ts';

function file(name: string, content: string | Uint8Array): string {
  const path = join(scratchDir('rasd-draft-'), name);
  writeFileSync(path, content);
  return path;
}

// An invented wire story, written for this test.
const ARTICLE = [
  'الصفدي ولافروف يبحثان الأوضاع في المنطقة',
  '',
  'عمان - بترا',
  '',
  'بحث نائب رئيس الوزراء وزير الخارجية أيمن الصفدي هاتفيًا اليوم مع وزير الخارجية الروسي سيرغي لافروف التطورات الإقليمية.',
].join('\n');

describe('rasd draft', () => {
  it('prints a record that rasd validate accepts, and says what it drafted', async () => {
    const { status, stdout, stderr } = await run(
      'draft',
      file('a.txt', ARTICLE),
      '--published',
      '2018-07-04',
      '--tz',
      'Asia/Amman',
      '--source',
      'بترا',
    );
    expect(status).toBe(0);
    const record = JSON.parse(stdout);
    expect(validateArticle(record).ok).toBe(true);
    expect(record.published).toEqual({
      date: '2018-07-04',
      time: null,
      timeZone: 'Asia/Amman',
      utcOffset: '+03:00',
    });
    expect(record.source.name).toEqual({
      ar: 'وكالة الأنباء الأردنية (بترا)',
      en: 'Jordan News Agency (Petra)',
    });
    expect(
      record.events.map(
        (e: { type: string; when: { start: string }; participants: { entity: string }[] }) => [
          e.type,
          e.when.start,
          e.participants.map((p) => p.entity),
        ],
      ),
    ).toEqual([['phone-call', '2018-07-04', ['ayman-safadi', 'sergey-lavrov']]]);
    expect(stderr).toContain('drafted 1 events');
  });

  it('reads the paragraphs of a saved web page, never its markup', async () => {
    const html = `<html><body><h1>عنوان</h1><script>alert(1)</script><p>${ARTICLE.split('\n').at(-1)}</p></body></html>`;
    const { status, stdout } = await run('draft', file('a.html', html), '--published', '2018-07-04');
    expect(status).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.headline).toBe('عنوان');
    expect(record.paragraphs).toHaveLength(1);
    expect(stdout).not.toContain('alert');
  });

  it('prints a summary line per event with --format summary', async () => {
    const { stdout } = await run(
      'draft',
      file('a.txt', ARTICLE),
      '--published=2018-07-04',
      '--format',
      'summary',
    );
    expect(stdout).toBe(
      '2018-07-04  phone-call  occurred  ayman-safadi, sergey-lavrov  بحث نائب رئيس الوزراء وزير الخارجية أيمن الصفدي هاتفيًا اليوم مع وزير الخارجية ا…\n',
    );
  });

  it('says what is wrong with the command line, the date or the file', async () => {
    expect((await run('draft', file('a.txt', ARTICLE))).stderr).toContain(
      '--published takes a date written YYYY-MM-DD; got nothing',
    );
    expect((await run('draft', file('a.txt', ARTICLE), '--published', '2015-02-30')).stderr).toContain(
      'got 2015-02-30',
    );
    expect(
      (await run('draft', file('a.txt', ARTICLE), '--published', '2015-02-03', '--time', '25:00')).stderr,
    ).toContain('--time takes HH:MM (00:00 to 23:59); got 25:00');
    expect((await run('draft', '--published', '2015-02-03')).stderr).toContain('name the article file');
    expect((await run('draft', 'a', 'b', '--published', '2015-02-03')).stderr).toContain(
      'one article at a time',
    );
    const utf16 = file('u.txt', new Uint8Array([0xff, 0xfe, 0x27, 0x06]));
    const result = await run('draft', utf16, '--published', '2015-02-03');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`rasd draft: ${utf16}: not UTF-8 text (it looks like UTF-16)\n`);
  });

  it('drafts an empty text to a valid record with a note that it is empty', async () => {
    const { status, stdout, stderr } = await run('draft', file('e.txt', '\n'), '--published', '2015-02-03');
    expect(status).toBe(0);
    expect(validateArticle(JSON.parse(stdout)).ok).toBe(true);
    expect(stderr).toContain('note: empty-text');
  });
});
