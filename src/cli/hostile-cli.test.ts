import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { eventsCsv } from '../model/export/events-csv.ts';
import type { ExportRow } from '../model/export/export-rows.ts';
import { runCli as run } from '../test/run-cli.ts';
import { scratchDir } from '../test/scratch-dir.ts';
import { seedJson } from '../test/seed-record.ts';
import { type EventRow, formatTable } from './list-events.ts';

// One record id makes the validator throw, standing in for any bug met on one file.
vi.mock('../model/validate-article.ts', async (original) => {
  const real = await original<typeof import('../model/validate-article.ts')>();
  return {
    ...real,
    validateArticle: (value: unknown) => {
      if ((value as { id?: unknown })?.id === 'triggers-a-bug')
        throw new TypeError('fixed is not a function');
      return real.validateArticle(value);
    },
  };
});

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('rasd-hostile-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const record = (id: string) => JSON.stringify({ ...seedJson(), id });
const utf16 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

describe('rasd validate with hostile files', () => {
  it('reports every file, a bug in one as an internal error naming it, and never a stack trace', async () => {
    const dir = folder({
      'a.json': record('first-good'),
      'b.json': record('triggers-a-bug'),
      'c.json': utf16(record('wide')),
      'd.json': Buffer.from([0x7b, 0x22, 0xe3, 0xe6, 0xd3, 0xdf, 0x22, 0x7d]),
      'e.json': `\uFEFF${record('with-bom')}`,
      'notes.txt': 'not a record',
    });
    const { status, stdout, stderr } = await run('validate', dir);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        `${join(dir, 'b.json')}: (internal): Rasd failed while checking this file (a bug, please report it): fixed is not a function`,
        `${join(dir, 'c.json')}: (file): not UTF-8 text (it looks like UTF-16)`,
        `${join(dir, 'd.json')}: (file): not UTF-8 text (it looks like windows-1256)`,
        '',
      ].join('\n'),
    );
    expect(stderr).toBe(
      [
        `ok ${join(dir, 'a.json')} (21 events)`,
        `ok ${join(dir, 'e.json')} (21 events)`,
        '5 files checked, 3 with problems',
        '',
      ].join('\n'),
    );
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });

  it('names a file over the size limit with the size it has', async () => {
    const dir = folder({ 'big.json': ' '.repeat(5 * 1024 * 1024 + 7) });
    const { stdout } = await run('validate', join(dir, 'big.json'));
    expect(stdout).toBe(
      `${join(dir, 'big.json')}: (file): too large: 5242887 bytes (5.0 MiB); the limit is 5242880 bytes (5.0 MiB)\n`,
    );
  });

  it('writes control and bidi characters of names and file names as visible escapes', async () => {
    const dir = folder({});
    mkdirSync(join(dir, 'x'));
    const name = join(dir, 'x', 'evil\u001b[2J\u202e.json');
    writeFileSync(name, '{"id": ');
    const { stdout } = await run('validate', name);
    expect(
      stdout.startsWith(`${join(dir, 'x', 'evil\\u{1B}[2J\\u{202E}.json')}: (record): not valid JSON: `),
    ).toBe(true);
    expect(stdout.includes('\u001b') || stdout.includes('\u202e')).toBe(false);
  });
});

describe('rasd events output is inert', () => {
  const row: EventRow = {
    id: 'x',
    article: 'a',
    type: 'meeting',
    start: '2015-10-23',
    end: '2015-10-23',
    precision: 'day',
    certainty: 'stated',
    status: 'occurred',
    asWritten: null,
    participants: [{ id: 'lavrov', name: '=HYPERLINK("http://evil")', role: 'host' }],
    evidence: ['-2+3', '@SUM(A1)'],
  };

  it('CSV: a cell that starts with =, +, -, @ or a tab gets an apostrophe', () => {
    const exported: ExportRow = {
      id: 'x',
      recordId: 'x',
      title: { ar: 'x', en: 'x' },
      type: 'meeting',
      start: '2015-10-23',
      end: '2015-10-23',
      precision: 'day',
      certainty: 'stated',
      status: 'occurred',
      asWritten: null,
      participants: [],
      place: null,
      articles: [],
      evidence: [{ article: 'a', quote: '=1+1' }],
    };
    const line = (changes: Partial<ExportRow>) => eventsCsv([{ ...exported, ...changes }]).split('\r\n')[1];
    expect(line({})).toBe("x,x,meeting,2015-10-23,2015-10-23,day,stated,occurred,,,,,'=1+1");
    expect(
      line({
        evidence: [
          { article: 'a', quote: '+1' },
          { article: 'a', quote: '\tx' },
        ],
      }),
    ).toBe("x,x,meeting,2015-10-23,2015-10-23,day,stated,occurred,,,,,'+1 … \tx");
    expect(
      line({
        participants: [{ id: 'lavrov', name: { ar: 'x', en: '=HYPERLINK("http://evil")' }, role: 'host' }],
        evidence: [{ article: 'a', quote: '@SUM(A1)' }],
      }),
    ).toBe(
      'x,x,meeting,2015-10-23,2015-10-23,day,stated,occurred,,"lavrov (=HYPERLINK(""http://evil""), host)",,,\'@SUM(A1)',
    );
  });

  it('table: control characters and line breaks become escapes, so one row stays one line', () => {
    const table = formatTable([{ ...row, participants: [], evidence: ['a\nb\u001b[31mc\u202ed'] }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table.split('\n')[1]?.endsWith('a\\u{A}b\\u{1B}[31mc\\u{202E}d')).toBe(true);
  });
});
