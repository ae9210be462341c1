import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_FIXTURES } from '../test/claims-records.ts';
import { runCli as run } from '../test/run-cli.ts';
import { scratchDir } from '../test/scratch-dir.ts';
import { SEED_FILE } from '../test/seed-record.ts';

describe('rasd validate, several records', () => {
  it('passes the seed with records that link to it', async () => {
    const { status, stdout, stderr } = await run(
      'validate',
      SEED_FILE,
      CLAIMS_FIXTURES.courier,
      CLAIMS_FIXTURES.digest,
    );
    expect([status, stdout]).toEqual([0, '']);
    expect(stderr.endsWith('3 files checked, 0 with problems\n')).toBe(true);
  });

  it('notes links to articles not given, and fails a link to a missing event naming both files', async () => {
    const alone = await run('validate', CLAIMS_FIXTURES.courier);
    expect(alone.status).toBe(0);
    expect(alone.stderr).toContain(
      `note: ${CLAIMS_FIXTURES.courier}: events.0.sameAs.0: article "sana-2015-10-27-lavrov-makei" is not among the files given\n`,
    );
    // The courier's link, misspelt.
    const record = JSON.parse(readFileSync(CLAIMS_FIXTURES.courier, 'utf8'));
    record.events[0].sameAs[0].event = 'vienna-quartets';
    const file = join(scratchDir('rasd-'), 'courier.json');
    writeFileSync(file, JSON.stringify(record));
    const { status, stdout, stderr } = await run('validate', SEED_FILE, file);
    expect(status).toBe(1);
    expect(stdout).toBe(
      `${file}: events.0.sameAs.0: article "sana-2015-10-27-lavrov-makei" (${SEED_FILE}) has no event "vienna-quartets"\n`,
    );
    expect(stderr.endsWith('2 files checked, 1 with problems\n')).toBe(true);
  });
});

describe('rasd events, several records', () => {
  const files = [SEED_FILE, CLAIMS_FIXTURES.courier, CLAIMS_FIXTURES.digest, CLAIMS_FIXTURES.wire];

  it('prints the same events in any order, each naming every article that reports it', async () => {
    const forward = await run('events', ...files, '--format', 'json');
    const backward = await run('events', ...[...files].reverse(), '--format', 'json');
    expect(backward.stdout).toBe(forward.stdout);
    const rows = JSON.parse(forward.stdout) as {
      id: string;
      articles: { id: string }[];
      disagreements?: string[];
    }[];
    const meeting = rows.find((r) => r.id === 'lavrov-zarif-saturday');
    expect(meeting?.articles.map((a) => a.id)).toEqual([
      'invented-claims-courier-2015-10-23',
      'sana-2015-10-27-lavrov-makei',
      'invented-claims-digest-2015-10-28',
    ]);
    expect(meeting?.disagreements).toEqual(['type', 'status']);
    const table = await run('events', ...files);
    const backTable = await run('events', ...[...files].reverse());
    expect(backTable.stdout).toBe(table.stdout);
    const line = table.stdout.split('\n').find((l) => l.startsWith('lavrov-zarif-saturday '));
    expect(line).toContain(
      ' invented-claims-courier-2015-10-23, sana-2015-10-27-lavrov-makei, invented-claims-digest-2015-10-28 ',
    );
  });
});
