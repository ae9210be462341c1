// The benchmark: `npm run bench` (1,000, 10,000 and 100,000 events, 5 runs) or `npm run bench -- --quick`
// (1,000 and 10,000, 3 runs). Options: --sizes 1000,10000  --runs N  --seed N  --profile  --no-profile
// --pages rasd,floor (which pages to measure; all three by default).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { type AssetBytes, filesBytes, initialAssetBytes } from './lib/asset-bytes.ts';
import { buildApp, buildPages } from './lib/build.ts';
import { type CorpusFacts, corpusFacts } from './lib/corpus-facts.ts';
import { type RunFigures, type Subject, type SubjectResult, summariseRuns } from './lib/figures.ts';
import { pointsOf } from './lib/points-file.ts';
import { formatProfiles, type PhaseProfile, profileRasd } from './lib/profile-run.ts';
import { formatTable, formatTargets } from './lib/report.ts';
import { FULL_WINDOW, runSubject, type SubjectPage, warmUp } from './lib/run-subject.ts';
import { describeError } from './lib/stack.ts';
import { serveStatic } from './lib/static-server.ts';
import { checkTargets, type Results } from './lib/targets.ts';

const BENCH = import.meta.dirname;
const OUT = join(BENCH, '.out');
const RESULTS = join(BENCH, 'results');
/** Chromium as the e2e tests launch it. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const argv = process.argv.slice(2);
const option = (flag: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const runs = Number(option('--runs') ?? (quick ? 3 : 5));
const seed = Number(option('--seed') ?? 7);
const pages = new Set((option('--pages') ?? 'rasd,vis,floor').split(','));
// A run over chosen sizes or pages is for investigating: it keeps its own file and leaves latest.* alone.
const partial = option('--sizes') !== undefined || option('--pages') !== undefined;
const profileMode = argv.includes('--profile')
  ? 'always'
  : argv.includes('--no-profile') || quick
    ? 'never'
    : 'misses';
// vis-timeline lays out every item on the main thread: 10,000 take over a minute here, 100,000 would
// take far longer than the whole run may. Above VIS_MAX it is skipped; within it a load has a timeout.
// Any page whose warm-up load passes SLOW_LOAD_MS is measured once rather than `runs` times.
const VIS_MAX = 10_000;
const VIS_TIMEOUT_MS = quick ? 15_000 : 180_000;
const SLOW_LOAD_MS = 20_000;
/** How long Rasd's graph may take to settle after the first draw before its mark counts as missing. */
const graphWaitMs = (n: number) => (quick ? 8_000 : n >= 100_000 ? 60_000 : 30_000);

const started = performance.now();
const log = (text: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${text}\n`);

/** The hidden source map of a served app or page script, to name profile frames and error stacks. */
function locateMap(url: string): string | null {
  if (!/^https?:/.test(url)) return null;
  const path = new URL(url).pathname;
  const app = /^\/rasd\/(\d+)\/(.+)$/.exec(path);
  if (app) return resolve(OUT, `rasd-${app[1]}`, `${app[2]}.map`);
  const page = /^\/pages\/(.+)$/.exec(path);
  return page ? resolve(OUT, 'pages', `${page[1]}.map`) : null;
}

interface Prepared {
  n: number;
  facts: CorpusFacts;
  explorer: AssetBytes;
  embed: AssetBytes | null;
  data: { raw: number; gzip: number; files: number };
  /** What the explorer fetches to draw every article: the index, the shards and the entities file. */
  loaded: { raw: number; gzip: number; files: number };
  buildMs: number;
}

async function prepare(n: number): Promise<Prepared> {
  const corpusDir = join(BENCH, '.corpus', String(n));
  const { records } = generateCorpus({ events: n, seed });
  writeCorpus(corpusDir, records);
  mkdirSync(join(OUT, 'points'), { recursive: true });
  writeFileSync(join(OUT, 'points', `${n}.json`), JSON.stringify(pointsOf(records)));
  const appDir = join(OUT, `rasd-${n}`);
  const buildMs = await buildApp(corpusDir, appDir);
  const dataFiles = [
    join(appDir, 'data', 'index.json'),
    ...readdirSync(join(appDir, 'data', 'articles')).map((f) => join(appDir, 'data', 'articles', f)),
  ];
  const shardDir = join(appDir, 'data', 'shards');
  const loadedFiles = [
    join(appDir, 'data', 'index.json'),
    ...(existsSync(shardDir) ? readdirSync(shardDir).map((f) => join(shardDir, f)) : []),
  ];
  return {
    n,
    facts: corpusFacts(records),
    explorer: initialAssetBytes(appDir),
    embed: existsSync(join(appDir, 'embed.html')) ? initialAssetBytes(appDir, 'embed.html') : null,
    data: { ...filesBytes(dataFiles), files: dataFiles.length },
    loaded: { ...filesBytes(loadedFiles), files: loadedFiles.length },
    buildMs,
  };
}

function rasdPage(origin: string, p: Prepared, graphWaitMs: number): SubjectPage {
  return {
    subject: 'rasd',
    url: `${origin}/rasd/${p.n}/`,
    drawnMark: 'rasd:events-drawn',
    loadTimeoutMs: 180_000,
    graphWaitMs,
    filters: {
      person: { query: `${FULL_WINDOW}&person=${p.facts.topPerson}`, expectFrom: null },
      window: { query: '?from=2018-03-01&to=2018-03-31', expectFrom: '2018-03-01' },
      text: { query: `${FULL_WINDOW}&q=${encodeURIComponent(p.facts.textQuery)}`, expectFrom: null },
    },
  };
}

async function measureSubject(
  browser: Browser,
  page: SubjectPage,
  bytes: number | null,
  n: number,
): Promise<SubjectResult> {
  const notes: string[] = [];
  const label = `${n.toLocaleString('en')} ${page.subject}`;
  const warm = await warmUp(browser, page);
  log(`${label} warm-up: ${warm.loadMs === null ? 'no first draw' : `load ${warm.loadMs.toFixed(0)} ms`}`);
  // An uncaught error explains a load that never finishes better than the timeout does.
  for (const error of warm.errors.slice(0, 2)) notes.push(`page error: ${describeError(error, locateMap)}`);
  if (warm.loadMs === null) {
    notes.unshift(
      warm.errors.length
        ? 'never drew (page error below)'
        : `> ${page.loadTimeoutMs / 1000} s (load timed out)`,
    );
    return { runs: [], summary: {}, bytes, notes };
  }
  let count = runs;
  if (warm.loadMs > SLOW_LOAD_MS) {
    // Minutes per run would make the whole benchmark impractical; one run still shows the order of magnitude.
    count = 1;
    notes.push(`1 run only: one load takes ${(warm.loadMs / 1000).toFixed(0)} s`);
  }
  const graphMissing = page.graphWaitMs !== undefined && warm.graphSettleMs === null;
  if (graphMissing)
    notes.push(`rasd:graph-settled never came (waited ${(page.graphWaitMs ?? 0) / 1000} s after first draw)`);
  const measured: RunFigures[] = [];
  for (let i = 0; i < count; i++) {
    const run = await runSubject(browser, graphMissing ? { ...page, graphWaitMs: 300 } : page);
    measured.push(run);
    log(
      `${label} run ${i + 1}/${count}: load ${run.loadMs?.toFixed(0)} ms, zoom ${run.zoomMs?.toFixed(1)} ms, pan p95 ${run.panP95Ms?.toFixed(1)} ms, heap ${run.heapMB?.toFixed(1)} MB`,
    );
  }
  return { runs: measured, summary: summariseRuns(measured), bytes, notes };
}

/**
 * One run at a time: two would rebuild and serve the same folders under each other and share the two
 * cores, spoiling both. A lock left by a run that died (its process gone) is taken over.
 */
function takeLock(): void {
  const lock = join(OUT, 'run.lock');
  mkdirSync(OUT, { recursive: true });
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = true;
    } catch {
      // No such process: the lock is stale.
    }
    if (alive && holder !== process.pid) {
      process.stderr.write(
        `bench: another run (process ${holder}) is using bench/.out; wait for it to finish\n`,
      );
      process.exit(1);
    }
    writeFileSync(lock, String(process.pid));
  }
  process.on('exit', () => rmSync(lock, { force: true }));
  // Ctrl-C ends the process without an 'exit' event unless it is handled.
  process.on('SIGINT', () => process.exit(130));
}

async function main() {
  takeLock();
  log(
    `${quick ? 'quick' : 'full'} run: sizes ${sizes.join(', ')}, ${runs} runs after a warm-up, seed ${seed}`,
  );
  await buildPages(join(OUT, 'pages'));
  const pageBytes = {
    vis: initialAssetBytes(join(OUT, 'pages'), 'vis.html'),
    floor: initialAssetBytes(join(OUT, 'pages'), 'floor.html'),
  };
  const prepared: Prepared[] = [];
  for (const n of sizes) {
    const p = await prepare(n);
    prepared.push(p);
    log(
      `${n.toLocaleString('en')} events: ${p.facts.articles} articles, ${p.facts.participants} participants, data ${(p.data.raw / 1e6).toFixed(1)} MB (${(p.data.gzip / 1e6).toFixed(1)} MB gzipped), app built in ${(p.buildMs / 1000).toFixed(1)} s`,
    );
  }
  const mounts: Record<string, string> = { '/pages/': join(OUT, 'pages'), '/points/': join(OUT, 'points') };
  for (const p of prepared) mounts[`/rasd/${p.n}/`] = join(OUT, `rasd-${p.n}`);
  const server = await serveStatic(mounts);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  const results: Results = {};
  const profiles: Record<number, PhaseProfile[]> = {};
  const explorerBytes = prepared[0]?.explorer.gzip ?? 0;
  try {
    for (const p of prepared) {
      const byPage: Partial<Record<Subject, SubjectResult>> = {};
      results[p.n] = byPage;
      const pagesQuery = `?n=${p.n}&from=2014-01-01&to=2024-01-01`;
      if (pages.has('rasd')) {
        byPage.rasd = await measureSubject(
          browser,
          rasdPage(server.origin, p, graphWaitMs(p.n)),
          p.explorer.gzip,
          p.n,
        );
      }
      if (pages.has('vis')) {
        byPage.vis =
          p.n > VIS_MAX
            ? {
                runs: [],
                summary: {},
                bytes: pageBytes.vis.gzip,
                notes: [`skipped above ${VIS_MAX.toLocaleString('en')} events`],
              }
            : await measureSubject(
                browser,
                {
                  subject: 'vis',
                  url: `${server.origin}/pages/vis.html${pagesQuery}`,
                  drawnMark: 'bench:events-drawn',
                  loadTimeoutMs: VIS_TIMEOUT_MS,
                },
                pageBytes.vis.gzip,
                p.n,
              );
      }
      if (pages.has('floor')) {
        byPage.floor = await measureSubject(
          browser,
          {
            subject: 'floor',
            url: `${server.origin}/pages/floor.html${pagesQuery}`,
            drawnMark: 'bench:events-drawn',
            loadTimeoutMs: 60_000,
          },
          pageBytes.floor.gzip,
          p.n,
        );
      }
    }
    const checks = checkTargets(results, {
      explorer: explorerBytes,
      embed: prepared[0]?.embed?.gzip ?? null,
      visTimeline: pageBytes.vis.gzip,
    });
    for (const p of prepared) {
      const missed = checks.some(
        (c) => c.verdict === 'MISS' && c.target.startsWith(`${p.n.toLocaleString('en')} events`),
      );
      if (pages.has('rasd') && (profileMode === 'always' || (profileMode === 'misses' && missed))) {
        log(`profiling Rasd at ${p.n.toLocaleString('en')} events`);
        profiles[p.n] = await profileRasd(browser, rasdPage(server.origin, p, graphWaitMs(p.n)), locateMap);
      }
    }
    const version = browser.version();
    const table = formatTable(results);
    const targets = formatTargets(checks);
    const profileText = Object.entries(profiles)
      .map(([n, phases]) => formatProfiles(Number(n), phases))
      .join('\n\n');
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      chromium: version,
      flags: FLAGS,
      viewport: '1300×900',
    };
    const header = [
      `Rasd benchmark, ${quick ? 'quick' : 'full'} run, ${new Date().toISOString()}`,
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${version} headless (${FLAGS.join(' ')}), 1300×900`,
      `Medians of ${runs} runs after a warm-up (min–max in brackets). Zoom and pan on all ten years; times in ms.`,
      ...prepared.map(
        (p) =>
          `Corpus ${p.n.toLocaleString('en')}: ${p.facts.articles} articles, ${p.facts.participants} participants, records ${(p.data.raw / 1e6).toFixed(1)} MB (${(p.data.gzip / 1e6).toFixed(1)} MB gzipped) in ${p.data.files} files; the explorer loads ${(p.loaded.raw / 1e6).toFixed(1)} MB (${(p.loaded.gzip / 1e6).toFixed(1)} MB gzipped) in ${p.loaded.files} files`,
      ),
    ].join('\n');
    const output = [
      header,
      '',
      table,
      'Targets (issue 7):',
      targets,
      profileText ? `\n${profileText}` : '',
    ].join('\n');
    process.stdout.write(`${output}\n`);
    const record = {
      createdAt: new Date().toISOString(),
      durationS: Math.round((performance.now() - started) / 1000),
      options: { quick, sizes, runs, seed, visMax: VIS_MAX, visTimeoutMs: VIS_TIMEOUT_MS },
      machine,
      corpus: Object.fromEntries(
        prepared.map((p) => [
          p.n,
          { ...p.facts, data: p.data, loaded: p.loaded, appBuildMs: Math.round(p.buildMs) },
        ]),
      ),
      bytes: {
        explorer: prepared[0]?.explorer,
        embed: prepared[0]?.embed ?? null,
        visTimeline: pageBytes.vis,
        floor: pageBytes.floor,
      },
      results,
      targets: checks,
      profiles,
    };
    mkdirSync(RESULTS, { recursive: true });
    const stamp = record.createdAt.replace(/[:.]/g, '-');
    // A partial run is an investigation, not a result: a .tmp file, which git ignores.
    const file = `${stamp}${quick ? '-quick' : ''}${partial ? '-partial.json.tmp' : '.json'}`;
    const json = `${JSON.stringify(record, null, 2)}\n`;
    writeFileSync(join(RESULTS, file), json);
    if (!partial) {
      writeFileSync(join(RESULTS, 'latest.json'), json);
      writeFileSync(join(RESULTS, 'latest.txt'), `${output}\n`);
    }
    log(`wrote bench/results/${file}${partial ? '' : ' and latest.*'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
