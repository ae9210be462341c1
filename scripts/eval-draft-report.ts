import type { ArticleRecord, EventRecord } from '../src/model/article-schema.ts';
import type { ArticleScore, Score } from '../src/model/draft/score-draft.ts';

/** One gold article's outcome: its score, or why the drafter produced nothing to score. */
export interface ArticleOutcome {
  id: string;
  score: ArticleScore;
  /** Problems validateArticle found in the draft (0 = valid). */
  invalid: number;
  /** Set when draftArticle threw; the article is then scored as an empty draft. */
  crash?: string;
  /** Set when the draft's paragraphs are not the gold ones, which makes evidence incomparable. */
  textMismatch?: string;
  warnings: number;
  ms: number;
  gold: ArticleRecord;
  draft: ArticleRecord | null;
}

const pct = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

function row(name: string, s: Score, invalid: string, ms: string): string {
  const cells = [
    name,
    String(s.gold),
    String(s.drafted),
    String(s.matched),
    pct(s.recall),
    pct(s.precision),
    pct(s.typeAccuracy),
    pct(s.dateAccuracy),
    pct(s.participantF1),
    invalid,
    ms,
  ];
  return `| ${cells.join(' | ')} |`;
}

const HEADER = [
  '| article | gold | drafted | matched | recall | precision | type acc. | date acc. | participant F1 | invalid | ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** One group's rows: one per article, then its overall (micro-averaged) row under `label`. */
function groupRows(outcomes: ArticleOutcome[], overall: Score, label: string): string[] {
  const rows = outcomes.map((o) => {
    const flag = o.crash ? ' (crashed)' : o.textMismatch ? ' (text differs)' : '';
    return row(`${o.id}${flag}`, o.score, String(o.invalid), String(Math.round(o.ms)));
  });
  const invalid = outcomes.filter((o) => o.invalid > 0 || o.crash).length;
  const ms = outcomes.reduce((sum, o) => sum + o.ms, 0);
  return [...rows, row(`**${label}**`, overall, String(invalid), String(Math.round(ms)))];
}

/** The Markdown table: one row per article and an overall (micro-averaged) row labelled "overall". */
export function markdownTable(outcomes: ArticleOutcome[], overall: Score): string {
  return [...HEADER, ...groupRows(outcomes, overall, 'overall')].join('\n');
}

/** A set of gold articles scored together, e.g. the tuning set or the held-out set. */
export interface OutcomeGroup {
  /** The overall row's label, e.g. "overall (held-out set)". */
  label: string;
  outcomes: ArticleOutcome[];
  overall: Score;
}

/**
 * One table with each group's articles followed by that group's own overall row, so a set the rules
 * were tuned on is never averaged together with one they were not.
 */
export function groupedTable(groups: OutcomeGroup[]): string {
  return [...HEADER, ...groups.flatMap((g) => groupRows(g.outcomes, g.overall, g.label))].join('\n');
}

function quotes(event: EventRecord): string {
  return event.evidence.map((e) => `[${e.paragraph}:${e.start}–${e.end}] «${e.quote}»`).join(' … ');
}

function names(record: ArticleRecord, event: EventRecord): string {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const list = event.participants.map((p) => {
    const entity = byId.get(p.entity);
    return `${entity?.name.en ?? p.entity}${entity?.gazetteer ? `#${entity.gazetteer}` : ''} (${p.role})`;
  });
  return list.length > 0 ? list.join(', ') : 'none';
}

const interval = (e: EventRecord) =>
  `${e.when.start ?? 'open'}..${e.when.end ?? 'open'} (${e.when.precision})`;

/** What a rule-writer needs per article: missed and extra events with their evidence, and each mismatch. */
export function verboseReport(outcome: ArticleOutcome): string {
  const { gold, draft, score } = outcome;
  const lines = [`## ${outcome.id}`];
  if (outcome.crash) lines.push(`- crashed: ${outcome.crash}`);
  if (outcome.textMismatch) lines.push(`- text differs: ${outcome.textMismatch}`);
  const goldById = new Map(gold.events.map((e) => [e.id, e]));
  const draftById = new Map((draft?.events ?? []).map((e) => [e.id, e]));
  for (const id of score.missed) {
    const e = goldById.get(id) as EventRecord;
    lines.push(`- MISSED ${id} (${e.type}, ${interval(e)}): ${quotes(e)}`);
  }
  for (const id of score.extra) {
    const e = draftById.get(id) as EventRecord;
    lines.push(`- EXTRA ${id} (${e.type}, ${interval(e)}): ${quotes(e)}`);
  }
  for (const pair of score.pairs) {
    const g = goldById.get(pair.gold) as EventRecord;
    const d = draftById.get(pair.draft) as EventRecord;
    const diffs: string[] = [];
    if (g.type !== d.type) diffs.push(`type ${d.type}, gold ${g.type}`);
    if (g.when.start !== d.when.start || g.when.end !== d.when.end) {
      diffs.push(
        `date ${interval(d)} from «${d.when.text ?? ''}», gold ${interval(g)} from «${g.when.text ?? ''}»`,
      );
    }
    const gp = names(gold, g);
    const dp = draft ? names(draft, d) : 'none';
    if (gp !== dp) diffs.push(`participants ${dp}; gold ${gp}`);
    if (diffs.length > 0) lines.push(`- MATCHED ${pair.gold} ~ ${pair.draft}: ${diffs.join('; ')}`);
  }
  return lines.join('\n');
}
