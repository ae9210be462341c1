import { readFileSync } from 'node:fs';
import { decodeRecordText, notUtf8Detail } from '../data/decode-record-text.ts';
import { isCalendarDate } from '../model/calendar-date.ts';
import { articleTextFromHtml, draftArticle } from '../model/draft/draft-article.ts';
import { validateArticle } from '../model/validate-article.ts';
import type { Io } from './main.ts';
import { readGazetteer } from './read-gazetteer.ts';
import { escapeControls } from './terminal-text.ts';

/** The first `n` characters of `text`, with an ellipsis when it was longer. */
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

const OPTIONS = new Set(['--published', '--time', '--tz', '--source', '--url', '--format', '--id']);

const DRAFT_USAGE =
  'rasd draft FILE.txt|FILE.html --published YYYY-MM-DD [--time HH:MM] [--tz Area/City] [--source NAME] [--url URL] [--id ID] [--format json|summary]';

function parseArgs(args: string[]): { file?: string; options: Map<string, string>; error?: string } {
  const options = new Map<string, string>();
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const [name, inline] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!name.startsWith('--')) {
      if (file !== undefined) return { options, error: `one article at a time; got "${file}" and "${arg}"` };
      file = arg;
      continue;
    }
    if (!OPTIONS.has(name)) return { options, error: `unknown option ${name}` };
    const value = inline ?? args[++i];
    if (value === undefined) return { options, error: `${name} needs a value` };
    options.set(name, value);
  }
  return { file, options };
}

/** `rasd draft`: drafts a record from an article's text and prints it (JSON) or a summary. */
export function draftCommand(args: string[], io: Io): number {
  const { file, options, error } = parseArgs(args);
  const fail = (message: string) => {
    io.stderr.write(`rasd draft: ${escapeControls(message)}\nUsage: ${DRAFT_USAGE}\n`);
    return 2;
  };
  if (error) return fail(error);
  if (!file) return fail('name the article file');
  const published = options.get('--published');
  if (!published || !isCalendarDate(published))
    return fail(`--published takes a date written YYYY-MM-DD; got ${published ?? 'nothing'}`);
  const time = options.get('--time');
  if (time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    return fail(`--time takes HH:MM (00:00 to 23:59); got ${time}`);
  const format = options.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'summary') return fail(`--format takes json or summary; got ${format}`);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    io.stderr.write(
      `rasd draft: ${escapeControls(file)}: cannot be read: ${(e as NodeJS.ErrnoException).code ?? e}\n`,
    );
    return 1;
  }
  const decoded = decodeRecordText(bytes);
  if (!decoded.ok) {
    io.stderr.write(`rasd draft: ${escapeControls(file)}: ${notUtf8Detail(decoded.guess)}\n`);
    return 1;
  }
  const text =
    /\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(decoded.text)
      ? articleTextFromHtml(decoded.text)
      : decoded.text;
  const { gazetteer, problems } = readGazetteer();
  for (const p of problems) io.stderr.write(`rasd draft: gazetteer ${p.file}: ${p.path}: ${p.message}\n`);
  const { record, warnings } = draftArticle(
    text,
    {
      published: {
        date: published,
        time: time ?? null,
        ...(options.has('--tz') ? { timeZone: options.get('--tz') } : {}),
      },
      source: options.get('--source'),
      url: options.get('--url'),
      id: options.get('--id'),
    },
    gazetteer,
  );
  for (const w of warnings)
    io.stderr.write(`rasd draft: note: ${w.code}${w.detail ? ` (${escapeControls(w.detail)})` : ''}\n`);
  const check = validateArticle(record);
  if (!check.ok) {
    for (const p of check.problems)
      io.stderr.write(
        `rasd draft: internal error, the draft is invalid: ${p.path}: ${escapeControls(p.message)}\n`,
      );
    return 1;
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  else {
    for (const e of record.events) {
      const when =
        e.when.start === e.when.end ? (e.when.start ?? '?') : `${e.when.start ?? '…'}..${e.when.end ?? '…'}`;
      const fields = [
        when,
        e.type,
        e.status,
        e.participants.map((p) => p.entity).join(', '),
        clip(e.evidence[0]?.quote ?? '', 80),
      ];
      io.stdout.write(`${fields.map(escapeControls).join('  ')}\n`);
    }
  }
  io.stderr.write(
    `drafted ${record.events.length} events, ${record.entities.length} entities from ${escapeControls(file)}; every one is marked "drafted" for review\n`,
  );
  return 0;
}
