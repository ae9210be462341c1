import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../model/export/export-rows.ts';
import { runCli as run } from '../test/run-cli.ts';
import { scratchDir } from '../test/scratch-dir.ts';
import { SEED_FILE, seedJson } from '../test/seed-record.ts';
import { type EventRow, formatTable } from './list-events.ts';

function brokenCopy(): string {
  const record = seedJson();
  // biome-ignore lint/suspicious/noExplicitAny: breaking the raw JSON on purpose
  const events = record.events as any[];
  events[0].participants[1].entity = 'makey';
  events[5].evidence[0].end = 9999;
  events[6].when.start = '2015-10-25';
  delete (record as Record<string, unknown>).headline;
  const file = join(scratchDir('rasd-'), 'broken.json');
  writeFileSync(file, JSON.stringify(record));
  return file;
}

describe('rasd validate', () => {
  it('passes the bundled corpus', async () => {
    const { status, stdout, stderr } = await run('validate');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`ok ${SEED_FILE} (21 events)\n1 files checked, 0 with problems\n`);
  });

  it('names the schema problem first, then, once the schema holds, each cross-reference problem', async () => {
    const file = brokenCopy();
    const first = await run('validate', file);
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(`${file}: headline: Invalid input: expected string, received undefined\n`);

    const record = JSON.parse(JSON.stringify(seedJson()));
    record.events[0].participants[1].entity = 'makey';
    record.events[5].evidence[0].end = 9999;
    record.events[6].when.start = '2015-10-25';
    writeFileSync(file, JSON.stringify(record));
    const second = await run('validate', file);
    expect(second.status).toBe(1);
    expect(second.stdout.split('\n')).toEqual([
      `${file}: events.0.participants.1.entity: no entity with id "makey"`,
      `${file}: events.5.evidence.0.end: span 0–9999 is outside paragraph 15 (0–53)`,
      `${file}: events.6.when.end: precision "day" needs start and end on the same day`,
      `${file}: events.6.when: "أمس" written on 2015-10-27 means 2015-10-26 to 2015-10-26 (day), not 2015-10-25 to 2015-10-26 (day)`,
      '',
    ]);
  });

  it('passes the minimal example record of the README', async () => {
    const { status, stderr } = await run('validate', 'docs/examples/minimal-article.json');
    expect(stderr).toBe(
      'ok docs/examples/minimal-article.json (1 events)\n1 files checked, 0 with problems\n',
    );
    expect(status).toBe(0);
  });

  it('reports files that cannot be read or parsed', async () => {
    const dir = scratchDir('rasd-');
    writeFileSync(join(dir, 'bad.json'), '{"id": ');
    const { status, stdout } = await run('validate', join(dir, 'bad.json'), join(dir, 'missing.json'));
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${join(dir, 'bad.json')}: \\(record\\): not valid JSON: `));
    expect(stdout).toContain(`${join(dir, 'missing.json')}: (file): cannot be read: ENOENT\n`);
  });

  it('exits 1 through the real bin', () => {
    const file = brokenCopy();
    expect(() => execFileSync('node', ['bin/rasd.mjs', 'validate', file], { stdio: 'pipe' })).toThrow(
      expect.objectContaining({ status: 1 }),
    );
  });
});

describe('rasd events', () => {
  it("lists every seed event in time order as JSON rows of the app's export, with both names", async () => {
    const { status, stdout } = await run('events', SEED_FILE, '--format', 'json');
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as ExportRow[];
    expect(rows).toHaveLength(21);
    expect(rows[0]).toEqual({
      id: 'geneva-communique',
      recordId: 'geneva-communique',
      title: { ar: 'بيان جنيف', en: 'Geneva communiqué' },
      type: 'communique',
      start: null,
      end: '2012-10-26',
      precision: 'range',
      certainty: 'stated',
      status: 'occurred',
      asWritten: 'قبل أكثر من 3 سنوات',
      participants: [],
      place: { ar: 'جنيف', en: 'Geneva' },
      articles: [
        {
          id: 'sana-2015-10-27-lavrov-makei',
          outlet: { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
          published: '2015-10-27',
          url: null,
        },
      ],
      evidence: [
        {
          article: 'sana-2015-10-27-lavrov-makei',
          quote: 'بالحوار الذى جرى الحديث عنه قبل أكثر من 3 سنوات في بيان جنيف',
        },
      ],
    });
    const zarif = rows.find((r) => r.id === 'lavrov-zarif-call-today');
    expect(zarif?.participants).toEqual([
      { id: 'zarif', name: { ar: 'محمد جواد ظريف', en: 'Mohammad Javad Zarif' }, role: 'initiator' },
      { id: 'lavrov', name: { ar: 'سيرغي لافروف', en: 'Sergey Lavrov' }, role: 'participant' },
    ]);
  });

  it('writes CSV with a BOM, one line per event, and a table with aligned columns', async () => {
    const csv = (await run('events', SEED_FILE, '--format', 'csv')).stdout;
    expect(csv.startsWith('\uFEFFid,title,type,start,end,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(23);
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
      participants: [{ id: 'lavrov', name: 'Sergey Lavrov', role: 'host' }],
      evidence: ['قال "نعم", ثم'],
    };
    expect(formatTable([row])).toBe(
      'id  type     start       end         precision  certainty  status    participants                  articles  evidence\n' +
        'x   meeting  2015-10-23  2015-10-23  day        stated     occurred  lavrov (Sergey Lavrov, host)  a         قال "نعم", ثم\n',
    );
    const table = (await run('events', SEED_FILE)).stdout.split('\n');
    expect(table[0]).toMatch(
      /^id {29}type {14}start {7}end {9}precision {2}certainty {2}status {4}participants/,
    );
    expect(table).toHaveLength(23);
  });

  it('writes a calendar of the 17 dated events and says on stderr that 4 were left out', async () => {
    const { status, stdout, stderr } = await run('events', SEED_FILE, '--format', 'ics');
    expect(status).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(stdout.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(17);
    expect(stderr).toBe('4 events without a whole date were left out of the calendar.\n');
  });

  it('refuses an unknown format', async () => {
    const { status, stderr } = await run('events', '--format', 'xml');
    expect(status).toBe(2);
    expect(stderr).toBe('rasd events: --format takes table, json, csv, ics; got xml\n');
  });
});
