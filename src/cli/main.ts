import { articleJsonSchemaText } from '../model/article-json-schema.ts';
import { crossRecordProblems } from '../model/cross-record.ts';
import { draftCommand } from './draft-command.ts';
import { graphCommand } from './graph-command.ts';
import { FORMATS, type Format, formatEvents } from './list-events.ts';
import { expandFiles, readRecord } from './read-records.ts';
import { escapeControls } from './terminal-text.ts';

/** Where the command writes; injected so tests can read what a person would see. */
export interface Io {
  stdout: { write: (text: string) => unknown };
  stderr: { write: (text: string) => unknown };
}

const USAGE = `Usage:
  rasd validate [files or folders…]                 check article records (default: data/articles)
  rasd events [files or folders…] [--format table|json|csv|ics]
                                                    list the resolved events in time order
  rasd graph [files or folders…] [--format graphml|gexf]
                                                    the participant graph, for Gephi or Cytoscape
  rasd draft FILE.txt|FILE.html --published YYYY-MM-DD [--time HH:MM] [--tz Area/City]
             [--source NAME] [--url URL] [--id ID] [--format json|summary]
                                                    draft a record from an article's text, for review
  rasd schema                                       print the JSON Schema of an article record
`;

/** A line of output whose file names and record text can move no cursor and reorder nothing. */
const line = (text: string) => `${escapeControls(text)}\n`;

function validate(args: string[], io: Io): number {
  const results = expandFiles(args).map(readRecord);
  let bad = 0;
  for (const result of results) {
    if ('problems' in result) {
      bad++;
      for (const problem of result.problems) io.stdout.write(line(problem));
    } else {
      io.stderr.write(line(`ok ${result.file} (${result.record.events.length} events)`));
    }
  }
  // The records that are each valid are then checked together: links and entities between them.
  const cross = crossRecordProblems(results.flatMap((r) => ('record' in r ? [r] : [])));
  for (const p of cross.problems) io.stdout.write(line(`${p.file}: ${p.path}: ${p.message}`));
  for (const p of cross.unchecked) io.stderr.write(line(`note: ${p.file}: ${p.path}: ${p.message}`));
  bad += new Set(cross.problems.map((p) => p.file)).size;
  io.stderr.write(`${results.length} files checked, ${bad} with problems\n`);
  return bad > 0 || results.length === 0 ? 1 : 0;
}

function events(args: string[], io: Io): number {
  let format: Format = 'table';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg.startsWith('--format=') ? arg.slice(9) : arg === '--format' ? args[++i] : undefined;
    if (value === undefined && !arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    if (!FORMATS.includes(value as Format)) {
      io.stderr.write(`rasd events: --format takes ${FORMATS.join(', ')}; got ${value ?? arg}\n`);
      return 2;
    }
    format = value as Format;
  }
  const results = expandFiles(files).map(readRecord);
  const problems = results.flatMap((r) => ('problems' in r ? r.problems : []));
  for (const problem of problems) io.stderr.write(line(problem));
  const records = results.flatMap((r) => ('record' in r ? [r.record] : []));
  const { text, note } = formatEvents(records, format, new Date());
  io.stdout.write(text);
  if (note) io.stderr.write(`${note}\n`);
  return problems.length > 0 ? 1 : 0;
}

/** Runs the rasd command; resolves to the process exit status, never to a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr.write(
      line(`rasd: internal error (a bug, please report it): ${(error as Error)?.message ?? error}`),
    );
    return 70;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args, io);
    case 'events':
      return events(args, io);
    case 'draft':
      return draftCommand(args, io);
    case 'graph':
      return graphCommand(args, io);
    case 'schema':
      io.stdout.write(articleJsonSchemaText());
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`rasd: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
