import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** Where a result comes from: the code, whether it was committed, the tools and the machine's load. */
export interface Provenance {
  commit: string;
  /** `git status --porcelain` was not empty: the files it listed. */
  dirty: boolean;
  dirtyFiles: string[];
  node: string;
  chromium: string | null;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  /** 1, 5 and 15-minute load averages when the run started and when it ended. */
  loadStart: number[];
  loadEnd: number[] | null;
}

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: `${import.meta.dirname}/../..`, encoding: 'utf8' });

/** Reads the provenance at the start of a run; `finish` adds the Chromium version and the load at the end. */
export function startProvenance(): Provenance {
  const dirtyFiles = git(['status', '--porcelain'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
  return {
    commit: git(['rev-parse', 'HEAD']).trim(),
    dirty: dirtyFiles.length > 0,
    dirtyFiles,
    node: process.version,
    chromium: null,
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    loadStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
    loadEnd: null,
  };
}

export function finishProvenance(p: Provenance, chromium: string): Provenance {
  return { ...p, chromium, loadEnd: os.loadavg().map((v) => Math.round(v * 100) / 100) };
}

/** The lines that head latest.txt and every printed result. */
export function formatProvenance(p: Provenance): string[] {
  const files =
    p.dirtyFiles.slice(0, 12).join(', ') +
    (p.dirtyFiles.length > 12 ? `, … (${p.dirtyFiles.length} in all)` : '');
  return [
    `Commit ${p.commit}${p.dirty ? ` with uncommitted changes: ${files}` : ' (clean working tree)'}`,
    `Machine: ${p.cores} × ${p.cpuModel}, ${p.memoryGiB} GiB, ${p.os}; Node ${p.node}; Chromium ${p.chromium ?? '?'}`,
    `Load average (1, 5, 15 min): ${p.loadStart.join(', ')} at the start, ${p.loadEnd?.join(', ') ?? '?'} at the end`,
  ];
}
