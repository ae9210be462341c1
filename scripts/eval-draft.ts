/**
 * `npm run eval:draft [-- --json] [-- --verbose]`: drafts every gold article (the seed and
 * src/model/draft/fixtures/) with the bundled gazetteer and scores each draft against its gold record.
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
import { type ArticleOutcome, markdownTable, verboseReport } from './eval-draft-report.ts';

const GOLD = ['data/articles/sana-2015-10-27-lavrov-makei.json', 'src/model/draft/fixtures'];

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

function main(args: string[]): void {
  const { gazetteer, problems } = readGazetteer();
  if (problems.length > 0)
    console.error(`gazetteer: ${problems.length} problem(s); drafting with what loaded`);
  const golds: ArticleRecord[] = [];
  for (const file of expandFiles(GOLD)) {
    const result = readRecord(file);
    if ('record' in result) golds.push(result.record);
    else console.error(result.problems.join('\n'));
  }
  const outcomes = golds.map((gold) => evaluate(gold, gazetteer));
  const overall = combineScores(outcomes.map((o) => o.score));
  if (args.includes('--json')) {
    const articles = outcomes.map(({ gold: _g, draft: _d, ...rest }) => rest);
    console.log(JSON.stringify({ overall, articles }, null, 2));
    return;
  }
  console.log(markdownTable(outcomes, overall));
  if (args.includes('--verbose')) {
    for (const outcome of outcomes) console.log(`\n${verboseReport(outcome)}`);
  }
}

main(process.argv.slice(2));
