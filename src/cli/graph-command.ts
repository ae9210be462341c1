import { buildCorpus } from '../model/build-corpus.ts';
import { graphGexf } from '../model/export/graph-gexf.ts';
import { graphGraphml } from '../model/export/graph-graphml.ts';
import { buildParticipantGraph } from '../model/participant-graph.ts';
import type { Io } from './main.ts';
import { expandFiles, readRecord } from './read-records.ts';
import { escapeControls } from './terminal-text.ts';

export const GRAPH_FORMATS = ['graphml', 'gexf'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];

/**
 * `rasd graph [files or folders…] --format graphml|gexf`: the participant graph of every event of the
 * records, for Gephi or Cytoscape, written as the app's export writes it. `now` dates the GEXF file.
 */
export function graphCommand(args: string[], io: Io, now = new Date()): number {
  let format: GraphFormat = 'graphml';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg.startsWith('--format=') ? arg.slice(9) : arg === '--format' ? args[++i] : undefined;
    if (value === undefined && !arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    if (!GRAPH_FORMATS.includes(value as GraphFormat)) {
      io.stderr.write(
        `rasd graph: --format takes ${GRAPH_FORMATS.join(', ')}; got ${escapeControls(value ?? arg)}\n`,
      );
      return 2;
    }
    format = value as GraphFormat;
  }
  const results = expandFiles(files).map(readRecord);
  const problems = results.flatMap((r) => ('problems' in r ? r.problems : []));
  for (const problem of problems) io.stderr.write(`${escapeControls(problem)}\n`);
  const records = results.flatMap((r) => ('record' in r ? [r.record] : []));
  const corpus = buildCorpus(records);
  const graph = buildParticipantGraph(corpus.events, corpus.entities);
  io.stdout.write(
    format === 'gexf'
      ? graphGexf(graph, {
          date: now.toISOString().slice(0, 10),
          description: `Participants of ${corpus.events.length} events in ${records.map((r) => r.id).join(', ')}`,
        })
      : graphGraphml(graph),
  );
  return problems.length > 0 ? 1 : 0;
}
