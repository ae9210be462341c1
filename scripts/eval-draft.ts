/**
 * `npm run eval:draft [-- --json] [-- --verbose] [-- --verbose-held-out]`: drafts every gold article with
 * the bundled gazetteer and scores each draft against its gold record, in two groups reported apart: the
 * tuning set (the seed and src/model/draft/fixtures/, which the drafter's rules were written against) and
 * the held-out set (src/model/draft/held-out/, written without looking at the rules, so its scores are the
 * honest ones). --verbose lists the tuning set's misses; the held-out set's only with --verbose-held-out.
 * A report, not a test: it exits 0 whatever the scores.
 */
import { performance } from 'node:perf_hooks';
import { readGazetteer } from '../src/cli/read-gazetteer.ts';
import { expandFiles, readRecord } from '../src/cli/read-records.ts';
import type { ArticleRecord } from '../src/model/article-schema.ts';
import { draftArticle } from '../src/model/draft/draft-article.ts';
import { combineScores, scoreDraft } from '../src/model/draft/score-draft.ts';
import type { Gazetteer } from '../src/model/gazetteer-schema.ts';
import { validateArticle } from '../src/model/validate-article.ts';
import { type ArticleOutcome, groupedTable, type OutcomeGroup, verboseReport } from './eval-draft-report.ts';

const TUNING = ['data/articles/sana-2015-10-27-lavrov-makei.json', 'src/model/draft/fixtures'];
const HELD_OUT = ['src/model/draft/held-out'];

/** The article as a person would paste it: headline, then paragraphs, blank lines between. */
function articleText(record: ArticleRecord): string {
  return `${record.headline}\n\n${record.paragraphs.join('\n\n')}`;
}

function emptyDraft(gold: ArticleRecord): ArticleRecord {
  return { ...gold, entities: [], events: [], notes: [] };
}

function textMismatch(gold: ArticleRecord, draft: ArticleRecord): string | undefined {
  if (draft.headline !== gold.headline) return 'headline';
  if (draft.paragraphs.length !== gold.paragraphs.length) {
    return `${draft.paragraphs.length} paragraphs, gold ${gold.paragraphs.length}`;
  }
  const index = draft.paragraphs.findIndex((p, i) => p !== gold.paragraphs[i]);
  return index >= 0 ? `paragraph ${index}` : undefined;
}

function evaluate(gold: ArticleRecord, gazetteer: Gazetteer): ArticleOutcome {
  const meta = {
    published: {
      date: gold.published.date,
      time: gold.published.time,
      timeZone: gold.published.timeZone,
    },
    source: gold.source.name.ar,
    id: gold.id,
  };
  const began = performance.now();
  try {
    const { record, warnings } = draftArticle(articleText(gold), meta, gazetteer);
    const ms = performance.now() - began;
    const validation = validateArticle(record);
    return {
      id: gold.id,
      score: scoreDraft(gold, record),
      invalid: validation.ok ? 0 : validation.problems.length,
      textMismatch: textMismatch(gold, record),
      warnings: warnings.length,
      ms,
      gold,
      draft: record,
    };
  } catch (error) {
    return {
      id: gold.id,
      score: scoreDraft(gold, emptyDraft(gold)),
      invalid: 0,
      crash: error instanceof Error ? error.message : String(error),
      warnings: 0,
      ms: performance.now() - began,
      gold,
      draft: null,
    };
  }
}

function readGolds(paths: string[]): ArticleRecord[] {
  const golds: ArticleRecord[] = [];
  for (const file of expandFiles(paths)) {
    const result = readRecord(file);
    if ('record' in result) golds.push(result.record);
    else console.error(result.problems.join('\n'));
  }
  return golds;
}

function scoreGroup(label: string, paths: string[], gazetteer: Gazetteer): OutcomeGroup {
  const outcomes = readGolds(paths).map((gold) => evaluate(gold, gazetteer));
  return { label, outcomes, overall: combineScores(outcomes.map((o) => o.score)) };
}

/**
 * Drafting time of a 2,000-word article (the gold paragraphs in turn, after one untimed run that builds
 * the lexicon and warms the code): the median of five runs, in this process, on this machine.
 */
function timeLongArticle(golds: ArticleRecord[], gazetteer: Gazetteer): { words: number; medianMs: number } {
  const paragraphs = golds.flatMap((g) => g.paragraphs);
  let words = 0;
  const chosen: string[] = [];
  for (const p of paragraphs) {
    if (words >= 2000) break;
    chosen.push(p);
    words += p.split(/\s+/).length;
  }
  const text = ['2,000 words', ...chosen].join('\n\n');
  const meta = { published: { date: '2020-01-01', timeZone: 'UTC' } };
  draftArticle(text, meta, gazetteer);
  const times = Array.from({ length: 5 }, () => {
    const began = performance.now();
    draftArticle(text, meta, gazetteer);
    return performance.now() - began;
  }).sort((a, b) => a - b);
  return { words, medianMs: Math.round(times[2] as number) };
}

function main(args: string[]): void {
  const { gazetteer, problems } = readGazetteer();
  if (problems.length > 0)
    console.error(`gazetteer: ${problems.length} problem(s); drafting with what loaded`);
  // The first draft builds the lexicon and the gazetteer's index: done once here, so no article's time
  // includes it.
  draftArticle('—', { published: { date: '2020-01-01', timeZone: 'UTC' } }, gazetteer);
  const tuning = scoreGroup('overall (tuning set: seed + fixtures)', TUNING, gazetteer);
  const heldOut = scoreGroup('overall (held-out set)', HELD_OUT, gazetteer);
  if (args.includes('--json')) {
    const plain = (g: OutcomeGroup) => ({
      overall: g.overall,
      articles: g.outcomes.map(({ gold: _g, draft: _d, ...rest }) => rest),
    });
    console.log(JSON.stringify({ tuning: plain(tuning), heldOut: plain(heldOut) }, null, 2));
    return;
  }
  console.log(groupedTable([tuning, heldOut]));
  const long = timeLongArticle(
    [...tuning.outcomes, ...heldOut.outcomes].map((o) => o.gold),
    gazetteer,
  );
  console.log(
    `\nA ${long.words.toLocaleString('en')}-word article drafted in ${long.medianMs} ms (median of 5 runs).`,
  );
  // Held-out misses are shown only on request: read while writing rules, they would stop being held out.
  const detailed = [
    ...(args.includes('--verbose') ? tuning.outcomes : []),
    ...(args.includes('--verbose-held-out') ? heldOut.outcomes : []),
  ];
  for (const outcome of detailed) console.log(`\n${verboseReport(outcome)}`);
}

main(process.argv.slice(2));
