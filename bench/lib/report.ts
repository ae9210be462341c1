import type { Figure, Subject, SubjectResult } from './figures.ts';
import type { Summary } from './stats.ts';
import type { Results, TargetCheck } from './targets.ts';

const ROWS: { label: string; figure: Figure | 'bytes'; digits: number }[] = [
  { label: 'JS + CSS, gzipped (KB)', figure: 'bytes', digits: 1 },
  { label: 'load → first events drawn (ms)', figure: 'loadMs', digits: 0 },
  { label: 'zoom redraw (ms)', figure: 'zoomMs', digits: 1 },
  { label: 'zoom, to commit (ms)', figure: 'zoomCommitMs', digits: 1 },
  { label: 'pan frame, average (ms)', figure: 'panAvgMs', digits: 1 },
  { label: 'pan frame, p95 (ms)', figure: 'panP95Ms', digits: 1 },
  { label: 'filter person, script (ms)', figure: 'personScriptMs', digits: 1 },
  { label: 'filter person, wall (ms)', figure: 'personWallMs', digits: 1 },
  { label: 'filter person, to its graph settled (ms)', figure: 'personGraphMs', digits: 0 },
  { label: 'filter person, script to graph settled (ms)', figure: 'personGraphScriptMs', digits: 1 },
  { label: 'filter person, longest task to graph (ms)', figure: 'personGraphLongestTaskMs', digits: 0 },
  { label: 'filter window, script (ms)', figure: 'windowScriptMs', digits: 1 },
  { label: 'filter window, wall (ms)', figure: 'windowWallMs', digits: 1 },
  { label: 'filter window, to its graph settled (ms)', figure: 'windowGraphMs', digits: 0 },
  { label: 'filter window, script to graph settled (ms)', figure: 'windowGraphScriptMs', digits: 1 },
  { label: 'filter window, longest task to graph (ms)', figure: 'windowGraphLongestTaskMs', digits: 0 },
  { label: 'filter text, script (ms)', figure: 'textScriptMs', digits: 1 },
  { label: 'filter text, wall (ms)', figure: 'textWallMs', digits: 1 },
  { label: 'filter text, to its graph settled (ms)', figure: 'textGraphMs', digits: 0 },
  { label: 'filter text, script to graph settled (ms)', figure: 'textGraphScriptMs', digits: 1 },
  { label: 'filter text, longest task to graph (ms)', figure: 'textGraphLongestTaskMs', digits: 0 },
  { label: 'graph settled, from navigation (ms)', figure: 'graphSettleMs', digits: 0 },
  { label: 'longest task while graph settles (ms)', figure: 'graphLongestTaskMs', digits: 0 },
  { label: 'longest task before first draw (ms)', figure: 'loadLongestTaskMs', digits: 0 },
  { label: 'JS heap after load (MB)', figure: 'heapMB', digits: 1 },
];

const SUBJECTS: Subject[] = ['rasd', 'vis', 'floor'];

const num = (v: number, digits: number) =>
  v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cell = (s: Summary | null | undefined, digits: number) =>
  s
    ? s.runs > 1
      ? `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`
      : num(s.median, digits)
    : '';

function value(result: SubjectResult | undefined, figure: Figure | 'bytes'): number | null {
  if (!result) return null;
  if (figure === 'bytes') return result.bytes === null ? null : result.bytes / 1000;
  return result.summary[figure]?.median ?? null;
}

function text(
  subject: Subject,
  result: SubjectResult | undefined,
  figure: Figure | 'bytes',
  digits: number,
): string {
  if (!result) return '';
  if (figure === 'bytes') return result.bytes === null ? '' : num(result.bytes / 1000, digits);
  const shown = cell(result.summary[figure], digits);
  if (shown) return shown;
  // A page that timed out or was skipped says so in its load cell; other empty cells mean "not measured".
  if (figure === 'loadMs' && result.notes[0]) return result.notes[0];
  // Only Rasd has a graph: an empty cell there means its mark never came.
  if (subject === 'rasd' && figure === 'graphSettleMs' && result.runs.length > 0) return 'missing';
  return '';
}

const ratio = (a: number | null, b: number | null) => (a !== null && b ? `${(a / b).toFixed(2)}×` : '');

function pad(columns: string[], widths: number[]): string {
  return columns
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
    .join('  ');
}

/** The terminal table: one block per corpus size, Rasd beside vis-timeline and the floor, with ratios. */
export function formatTable(results: Results): string {
  const lines: string[] = [];
  for (const n of Object.keys(results).map(Number)) {
    const byPage = results[n] ?? {};
    const rows = ROWS.map(({ label, figure, digits }) => {
      const [rasd, vis, floor] = SUBJECTS.map((s) => value(byPage[s], figure));
      return [
        label,
        ...SUBJECTS.map((s) => text(s, byPage[s], figure, digits)),
        ratio(rasd ?? null, vis ?? null),
        ratio(rasd ?? null, floor ?? null),
      ];
    }).filter((row) => row.slice(1).some((c) => c !== ''));
    const header = [
      `${n.toLocaleString('en')} events`,
      'Rasd',
      'vis-timeline',
      'floor (d3 canvas)',
      'Rasd÷vis',
      'Rasd÷floor',
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    lines.push(pad(header, widths), widths.map((w) => '─'.repeat(w)).join('  '));
    for (const row of rows) lines.push(pad(row, widths));
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
