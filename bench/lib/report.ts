import type { Figure, SampleFigure, Subject, SubjectResult } from './figures.ts';
import { INTERACTIONS } from './interactions.ts';
import type { Pooled, Summary } from './stats.ts';
import type { Results, TargetCheck } from './targets.ts';

const ROWS: { label: string; figure: Figure; digits: number }[] = [
  { label: 'first draw, from navigation (ms)', figure: 'firstDrawMs', digits: 0 },
  { label: '  the same on a page DevTools observes (ms)', figure: 'observedFirstDrawMs', digits: 0 },
  { label: 'all views ready, from navigation (ms)', figure: 'viewsReadyMs', digits: 0 },
  { label: '  the same on a page DevTools observes (ms)', figure: 'observedViewsReadyMs', digits: 0 },
  { label: '  list presented (ms)', figure: 'listMs', digits: 0 },
  { label: '  article text presented (ms)', figure: 'articleMs', digits: 0 },
  { label: '  text search available (ms)', figure: 'searchMs', digits: 0 },
  { label: '  graph settled (ms)', figure: 'graphSettleMs', digits: 0 },
  { label: 'primitives drawn on the ten years', figure: 'primitives', digits: 0 },
  { label: 'zoom redraw (ms)', figure: 'zoomMs', digits: 1 },
  { label: 'zoom, to commit (ms)', figure: 'zoomCommitMs', digits: 1 },
  { label: 'pan frame, average (ms)', figure: 'panAvgMs', digits: 1 },
  { label: 'pan frame, p95 (ms)', figure: 'panP95Ms', digits: 1 },
  { label: 'renderer memory above blank, at rest (MB)', figure: 'memoryRestMiB', digits: 1 },
  { label: 'renderer memory above blank, load peak (MB)', figure: 'memoryPeakMiB', digits: 1 },
  { label: 'memory growth after 50 filter changes (MB)', figure: 'memoryGrowthMiB', digits: 1 },
  { label: "  of which the main thread's JS heap (MB)", figure: 'heapGrowthMB', digits: 1 },
  { label: 'JS heap after load, main thread (MB)', figure: 'heapMB', digits: 1 },
  { label: 'longest task before first draw (ms)', figure: 'loadLongestTaskMs', digits: 0 },
  { label: 'longest task, first draw to graph settled (ms)', figure: 'graphLongestTaskMs', digits: 0 },
];

const SUBJECTS: Subject[] = ['rasd', 'vis', 'vis-tuned', 'floor'];
const NAMES: Record<Subject, string> = {
  rasd: 'Rasd',
  vis: 'vis-timeline, documented',
  'vis-tuned': 'vis-timeline, tuned',
  floor: 'floor',
};

const num = (v: number, digits: number) =>
  v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cell = (s: Summary | null | undefined, digits: number) =>
  s
    ? s.runs > 1
      ? `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`
      : num(s.median, digits)
    : '';

function text(subject: Subject, result: SubjectResult | undefined, figure: Figure, digits: number): string {
  if (!result) return '';
  const shown = cell(result.summary[figure], digits);
  if (shown) return shown;
  // A page that timed out or was skipped says so in its first-draw cell.
  if (figure === 'firstDrawMs' && result.notes[0]) return result.notes[0];
  if (subject === 'rasd' && figure === 'viewsReadyMs' && result.runs.length > 0) return 'missing';
  return '';
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b ? `${(a / b).toFixed(2)}×` : '';

function pad(columns: string[], widths: number[]): string {
  return columns
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
    .join('  ');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    pad(header, widths),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths)),
  ];
}

const pooled = (p: Pooled | null | undefined) =>
  p ? `${num(p.p50, 0)} / ${num(p.p95, 0)} / ${num(p.max, 0)}` : '';

const SAMPLE_LABELS: Record<SampleFigure, string> = {
  eventTimingMs: 'Event Timing (ms)',
  viewsMs: 'to every view but the graph (ms)',
  graphMs: 'to the graph settled (ms)',
  longestTaskMs: 'longest task (ms)',
};

/** Rasd's interactions at one size: p50 / p95 / max per figure, the sample count and the count checks. */
function interactionLines(result: SubjectResult): string[] {
  const kinds = INTERACTIONS.filter((k) => result.interactions[k]);
  if (kinds.length === 0) return [];
  const rows = (Object.keys(SAMPLE_LABELS) as SampleFigure[]).map((figure) => [
    `  ${SAMPLE_LABELS[figure]}`,
    ...kinds.map((k) => pooled(result.interactions[k]?.figures[figure])),
  ]);
  rows.push([
    '  samples; wrong counts',
    ...kinds.map((k) => {
      const s = result.interactions[k];
      return s ? `${s.samples}; ${s.wrongCounts.length}` : '';
    }),
  ]);
  const lines = table(
    [
      'Rasd interactions, p50 / p95 / max',
      ...kinds.map((k) => ({ person: 'click a person', text: 'type a word', wheel: 'wheel notch' })[k]),
    ],
    rows,
  );
  for (const k of kinds) {
    for (const w of result.interactions[k]?.wrongCounts ?? []) {
      lines.push(
        `  wrong count: ${w.action}: the list showed ${w.shown ?? 'no count'}, expected ${w.expected}`,
      );
    }
  }
  return lines;
}

/** The terminal table: one block per corpus size, Rasd beside vis-timeline and the floor, then Rasd's interactions. */
export function formatTable(results: Results): string {
  const lines: string[] = [];
  for (const n of Object.keys(results).map(Number)) {
    const byPage = results[n] ?? {};
    const present = SUBJECTS.filter((s) => byPage[s]);
    const rows = ROWS.map(({ label, figure, digits }) => {
      const [rasd, , , floor] = SUBJECTS.map((s) => byPage[s]?.summary[figure]?.median);
      return [label, ...present.map((s) => text(s, byPage[s], figure, digits)), ratio(rasd, floor)];
    }).filter((row) => row.slice(1).some((c) => c !== ''));
    lines.push(
      ...table([`${n.toLocaleString('en')} events`, ...present.map((s) => NAMES[s]), 'Rasd÷floor'], rows),
    );
    if (byPage.rasd) lines.push('', ...interactionLines(byPage.rasd));
    const notes = SUBJECTS.flatMap((s) => (byPage[s]?.notes ?? []).map((note) => `  ${s}: ${note}`));
    if (notes.length) lines.push(...notes);
    lines.push('');
  }
  return lines.join('\n');
}

/** The PASS/MISS list. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  const width = Math.max(...checks.map((c) => c.target.length));
  return checks.map((c) => `${c.verdict.padEnd(7)} ${c.target.padEnd(width)}  ${c.value}`).join('\n');
}

const md = (s: string) => s.replace(/\|/g, '\\|');

/** The markdown the README's Performance section takes verbatim: the targets, then Rasd per size. */
export function formatMarkdown(checks: readonly TargetCheck[], results: Results, heading: string[]): string {
  const lines = [...heading.map((h) => `${h}  `), '', '| target | figure | verdict |', '| --- | --- | --- |'];
  for (const c of checks)
    lines.push(
      `| ${md(c.target)} | ${md(c.value)} | ${c.verdict === 'PASS' ? 'PASS' : `**${c.verdict}**`} |`,
    );
  lines.push(
    '',
    '| events | first draw (ms) | all views ready (ms) | click a person, p95 (ms) | type a word, p95 (ms) | wheel notch, p95 (ms) | graph settled after an interaction, p95 (ms) | memory above blank (MB) | zoom ÷ floor | pan p95 ÷ floor |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const n of Object.keys(results).map(Number)) {
    const rasd = results[n]?.rasd;
    const floor = results[n]?.floor;
    const med = (s: Summary | null | undefined, d = 0) => (s ? num(s.median, d) : '—');
    const p95 = (k: (typeof INTERACTIONS)[number], f: SampleFigure = 'viewsMs') => {
      const p = rasd?.interactions[k]?.figures[f];
      return p ? num(p.p95, 0) : '—';
    };
    const graph = INTERACTIONS.map((k) => rasd?.interactions[k]?.figures.graphMs?.p95).filter(
      (v): v is number => typeof v === 'number',
    );
    lines.push(
      `| ${n.toLocaleString('en')} | ${med(rasd?.summary.firstDrawMs)} | ${med(rasd?.summary.viewsReadyMs)} | ${p95('person')} | ${p95('text')} | ${p95('wheel')} | ${graph.length ? num(Math.max(...graph), 0) : '—'} | ${med(rasd?.summary.memoryRestMiB, 1)} | ${ratio(rasd?.summary.zoomMs?.median, floor?.summary.zoomMs?.median) || '—'} | ${ratio(rasd?.summary.panP95Ms?.median, floor?.summary.panP95Ms?.median) || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
