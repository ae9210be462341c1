import { retryableImport } from '../data/retryable-import.ts';
import type { ExportFormat, ExportStrings } from '../i18n/export-strings.ts';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import type { ExportKind } from '../model/export/file-name.ts';
import type { Lang } from '../model/format-date.ts';
import type { Direction } from '../model/time-scale.ts';
import type { Lane } from '../model/timeline-layout.ts';
import type { UrlState } from '../model/url-state.ts';
import { loadGraphModel } from '../state/use-participant-graph.ts';
import { describeFilters, type VocabularyNames } from './describe-filters.ts';
import { fullRecords } from './full-records.ts';
import { pictureText } from './picture-text.ts';

// Each format's code, fetched when first used; a failed fetch is fetched again when the format is chosen again.
const code = {
  articleRecords: retryableImport(() => import('../model/export/article-records.ts')),
  eventsCsv: retryableImport(() => import('../model/export/events-csv.ts')),
  eventsIcs: retryableImport(() => import('../model/export/events-ics.ts')),
  eventsJson: retryableImport(() => import('../model/export/events-json.ts')),
  exportRows: retryableImport(() => import('../model/export/export-rows.ts')),
  fileName: retryableImport(() => import('../model/export/file-name.ts')),
  graphGexf: retryableImport(() => import('../model/export/graph-gexf.ts')),
  graphGraphml: retryableImport(() => import('../model/export/graph-graphml.ts')),
  graphPicture: retryableImport(() => import('./graph-picture.ts')),
  svgToPng: retryableImport(() => import('./svg-to-png.ts')),
  timelinePicture: retryableImport(() => import('./timeline-picture.ts')),
};

/** Everything an export reads: the events the filters keep and how the interface names things. */
export interface ExportContext {
  corpus: Corpus;
  /** The events the filters keep, in time order. */
  events: CorpusEvent[];
  state: UrlState;
  lang: Lang;
  dir: Direction;
  strings: ExportStrings;
  names: VocabularyNames;
  laneLabel: (lane: Lane) => string;
  markLabel: (event: CorpusEvent) => string;
  now: Date;
}

/** A file ready to save, and what to announce about it. */
export interface ExportFile {
  blob: Blob;
  name: string;
  count: number;
  /** Something the reader should know (events a calendar left out), or null. */
  note: string | null;
}

const TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  svg: 'image/svg+xml',
};

async function file(kind: ExportKind, extension: string, text: string, context: ExportContext) {
  const { exportFileName } = await code.fileName();
  return {
    blob: new Blob([text], { type: TYPES[extension] }),
    name: exportFileName(kind, context.now, extension),
  };
}

async function rowsOf(context: ExportContext) {
  const [{ exportRows }, records] = await Promise.all([
    code.exportRows(),
    fullRecords(context.corpus, context.events),
  ]);
  return exportRows(context.events, { entities: context.corpus.entities, articles: records });
}

async function graphOf(context: ExportContext) {
  const { buildParticipantGraph } = await loadGraphModel();
  return buildParticipantGraph(context.events, context.corpus.entities, context.corpus.events);
}

async function picture(which: 'timeline' | 'graph', context: ExportContext, fontFace = ''): Promise<string> {
  const words = context.strings.picture;
  const title = which === 'timeline' ? words.timelineTitle : words.graphTitle;
  const text = pictureText(title, context.corpus, context.events, context.state, context);
  if (which === 'timeline') {
    const { timelinePicture } = await code.timelinePicture();
    const { from, to } = context.state;
    // The date filter is the timeline's window; `to` is a whole day, included.
    const window =
      from && to
        ? ([new Date(`${from}T00:00:00Z`), new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000)] as const)
        : null;
    return timelinePicture({ ...context, lanes: context.state.lanes, window, text, fontFace });
  }
  const { graphPicture } = await code.graphPicture();
  return graphPicture({
    graph: await graphOf(context),
    chosen: new Set(context.state.person),
    ...context,
    text,
    fontFace,
  });
}

/** Builds one export of the filtered events; each format's code is fetched when first used. */
export async function runExport(format: ExportFormat, context: ExportContext): Promise<ExportFile> {
  const count = context.events.length;
  switch (format) {
    case 'csv': {
      const { eventsCsv } = await code.eventsCsv();
      return {
        ...(await file('events', 'csv', eventsCsv(await rowsOf(context), context.lang), context)),
        count,
        note: null,
      };
    }
    case 'json': {
      const { eventsJson } = await code.eventsJson();
      return {
        ...(await file('events', 'json', eventsJson(await rowsOf(context)), context)),
        count,
        note: null,
      };
    }
    case 'records': {
      const { recordsJson, recordsOf } = await code.articleRecords();
      const records = recordsOf(await fullRecords(context.corpus, context.events), context.events);
      return { ...(await file('records', 'json', recordsJson(records), context)), count, note: null };
    }
    case 'ics': {
      const { eventsIcs } = await code.eventsIcs();
      const { lang, strings, now } = context;
      const calendar = eventsIcs(await rowsOf(context), { now, lang, labels: strings.ics });
      const note = calendar.leftOut > 0 ? strings.leftOut(calendar.leftOut) : null;
      return { ...(await file('calendar', 'ics', calendar.text, context)), count: calendar.included, note };
    }
    case 'graphml': {
      const { graphGraphml } = await code.graphGraphml();
      return {
        ...(await file('graph', 'graphml', graphGraphml(await graphOf(context)), context)),
        count,
        note: null,
      };
    }
    case 'gexf': {
      const { graphGexf } = await code.graphGexf();
      const { corpus, state, names, strings, lang, now } = context;
      const description = describeFilters(state, corpus.entities, names, strings.picture, lang);
      const text = graphGexf(await graphOf(context), { date: now.toISOString().slice(0, 10), description });
      return { ...(await file('graph', 'gexf', text, context)), count, note: null };
    }
    case 'timeline-svg':
    case 'graph-svg': {
      const which = format === 'timeline-svg' ? 'timeline' : 'graph';
      return { ...(await file(which, 'svg', await picture(which, context), context)), count, note: null };
    }
    default: {
      const which = format === 'timeline-png' ? 'timeline' : 'graph';
      const { embeddedFontFace, svgToPng } = await code.svgToPng();
      const svg = await picture(which, context, await embeddedFontFace());
      const { exportFileName } = await code.fileName();
      return {
        blob: await svgToPng(svg),
        name: exportFileName(which, context.now, 'png'),
        count,
        note: null,
      };
    }
  }
}
