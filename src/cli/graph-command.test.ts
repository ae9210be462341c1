// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../test/seed-record.ts';
import { graphCommand } from './graph-command.ts';
import { main } from './main.ts';

function run(args: string[], now?: Date) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  };
  const status = now ? graphCommand(args, io, now) : null;
  return { status, stdout, stderr, io };
}

describe('rasd graph', () => {
  it('writes the seed graph as GraphML by default: 13 participants, parsed back', async () => {
    let stdout = '';
    const status = await main(['graph', SEED_FILE], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => undefined },
    });
    expect(status).toBe(0);
    const doc = new DOMParser().parseFromString(stdout, 'application/xml');
    expect(doc.documentElement.tagName).toBe('graphml');
    expect(doc.getElementsByTagName('node')).toHaveLength(13);
  });

  it('writes GEXF dated by the day it runs, describing what it holds', () => {
    const { status, stdout } = run([SEED_FILE, '--format=gexf'], new Date('2026-12-01T02:15:00Z'));
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <meta lastmodifieddate="2026-12-01">',
      '    <creator>Rasd</creator>',
      '    <description>Participants of 21 events in sana-2015-10-27-lavrov-makei</description>',
    ]);
    const doc = new DOMParser().parseFromString(stdout, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('node')).toHaveLength(13);
  });

  it('refuses an unknown format with status 2', () => {
    const { status, stderr, stdout } = run(['--format', 'dot'], new Date(0));
    expect([status, stdout, stderr]).toEqual([2, '', 'rasd graph: --format takes graphml, gexf; got dot\n']);
  });
});
