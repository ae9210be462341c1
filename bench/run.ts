// The benchmark: `npm run bench` (1,000 to 100,000 events, 5 runs). Options: --sizes 1000,10000
// --runs N  --seed N  --pages rasd,vis,vis-tuned,floor  --quick (1,000 and 10,000, 3 runs)
// --no-throttled  --no-drop  --profile. Definitions of every figure: bench/README.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunch } from '../scripts/chromium-launch.mjs';
import { generateCorpus, generateDroppedRecords, writeCorpus } from './generate-corpus.ts';
import { filesBytes } from './lib/asset-bytes.ts';
import { buildApp, buildPages } from './lib/build.ts';
import { type CorpusFacts, corpusFacts } from './lib/corpus-facts.ts';
import { type DroppedFile, measureDroppedFile } from './lib/dropped-file.ts';
import type { InteractionPlan } from './lib/expected-counts.ts';
import {
  type RunFigures,
  type Subject,
  type SubjectResult,
  summariseInteractions,
  summariseRuns,
} from './lib/figures.ts';
import { type FirstLoadFigures, measureFirstLoad } from './lib/first-load.ts';
import { type MemoryProbe, memoryProbe } from './lib/memory.ts';
import { blankTabMiB } from './lib/memory-session.ts';
import { cachedPlan } from './lib/plan-cache.ts';
import { pointsOf } from './lib/points-file.ts';
import { formatProfiles, type PhaseProfile, profileRasd } from './lib/profile-run.ts';
import { finishProvenance, formatProvenance, startProvenance } from './lib/provenance.ts';
import { formatMarkdown, formatTable, formatTargets } from './lib/report.ts';
import { FULL_WINDOW, type RunContext, runSubject, type SubjectPage, warmUp } from './lib/run-subject.ts';
import { describeError } from './lib/stack.ts';
import { serveStatic } from './lib/static-server.ts';
import { checkTargets, type Results } from './lib/targets.ts';
import { measureThrottled, THROTTLE, type ThrottledResult } from './lib/throttled.ts';

const BENCH = import.meta.dirname;
const OUT = join(BENCH, '.out');
const RESULTS = join(BENCH, 'results');
/** Chromium as the e2e tests launch it. */
// The benchmark launches Chromium as every other part of the project does (scripts/chromium-launch.mjs).
const FLAGS = [...CHROMIUM_ARGS];
const argv = process.argv.slice(2);
const option = (flag: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '1000,10000' : '1000,10000,20000,50000,100000'))
  .split(',')
  .map(Number);
const runs = Number(option('--runs') ?? (quick ? 3 : 5));
const seed = Number(option('--seed') ?? 7);
const pages = new Set((option('--pages') ?? 'rasd,vis,vis-tuned,floor').split(','));
// A run over chosen sizes or pages is for investigating: it keeps its own file and leaves latest.* alone.
const partial =
  option('--sizes') !== undefined || option('--pages') !== undefined || option('--runs') !== undefined;
const profileAll = argv.includes('--profile');
const throttledOn = !argv.includes('--no-throttled') && pages.has('rasd') && sizes.includes(10_000);
// The file is dropped into the 1,000-event explorer, the nearest to an empty one that the bench builds.
const dropOn = !argv.includes('--no-drop') && pages.has('rasd') && sizes.includes(1000);
/** vis-timeline lays out every item on the main thread: each load has this long, and after a timeout larger sizes are skipped. */
const VIS_TIMEOUT_MS = quick ? 15_000 : 45_000;
/** Any page whose warm-up load passes this is measured once rather than `runs` times. */
const SLOW_LOAD_MS = 20_000;
/** How long Rasd may take to have every view ready after the first draw. */
const readyWaitMs = (n: number) => (n >= 50_000 ? 60_000 : n >= 20_000 ? 30_000 : 15_000);
/** How long each interaction waits for its graph to settle. */
const interactionGraphWaitMs = (n: number) => (n >= 50_000 ? 6_000 : 4_000);
/** People added and removed per run: with the word and two notches, 4 + 2 + 2 samples a run. */
const PERSONS_PER_RUN = 2;

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
  plan: InteractionPlan;
  data: { raw: number; gzip: number; files: number };
  /** What the explorer fetches to draw every article: the index, the shards and the entities file. */
  loaded: { raw: number; gzip: number; files: number };
  buildMs: number;
  planMs: number;
  /** The expected counts came from bench/.out/plans (same records, same model code). */
  planCached: boolean;
}

async function prepare(
  n: number,
): Promise<{ prepared: Prepared; records: ReturnType<typeof generateCorpus>['records'] }> {
  const corpusDir = join(BENCH, '.corpus', String(n));
  const { records } = generateCorpus({ events: n, seed });
  writeCorpus(corpusDir, records);
  mkdirSync(join(OUT, 'points'), { recursive: true });
  writeFileSync(join(OUT, 'points', `${n}.json`), JSON.stringify(pointsOf(records)));
  const appDir = join(OUT, `rasd-${n}`);
  const buildMs = await buildApp(corpusDir, appDir);
  const planStarted = performance.now();
  const { plan, cached } = cachedPlan(join(OUT, 'plans', `${n}-${seed}.json`), records, {
    from: '2014-01-01',
    to: '2023-12-31',
  });
  const planMs = performance.now() - planStarted;
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
    records,
    prepared: {
      n,
      facts: corpusFacts(records),
      plan,
      data: { ...filesBytes(dataFiles), files: dataFiles.length },
      loaded: { ...filesBytes(loadedFiles), files: loadedFiles.length },
      buildMs,
      planMs,
      planCached: cached,
    },
  };
}

function rasdPage(origin: string, p: Prepared): SubjectPage {
  return {
    subject: 'rasd',
    url: `${origin}/rasd/${p.n}/`,
    drawnMark: 'rasd:events-presented',
    loadTimeoutMs: 180_000,
    graphWaitMs: readyWaitMs(p.n),
    plan: p.plan,
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
  n: number,
  memory: MemoryProbe,
  blankMiB: number,
): Promise<SubjectResult> {
  const notes: string[] = [];
  const label = `${n.toLocaleString('en')} ${page.subject}`;
  const warm = await warmUp(browser, page);
  log(
    `${label} warm-up: ${warm.firstDrawMs === null ? 'no first draw' : `first draw ${warm.firstDrawMs.toFixed(0)} ms`}`,
  );
  // An uncaught error explains a load that never finishes better than the timeout does.
  for (const error of warm.errors.slice(0, 2)) notes.push(`page error: ${describeError(error, locateMap)}`);
  if (warm.firstDrawMs === null) {
    notes.unshift(
      warm.errors.length
        ? 'never drew (page error below)'
        : `> ${page.loadTimeoutMs / 1000} s (load timed out)`,
    );
    return { runs: [], summary: {}, interactions: {}, notes };
  }
  let count = runs;
  if (warm.firstDrawMs > SLOW_LOAD_MS) {
    // Minutes per run would make the whole benchmark impractical; one run still shows the order of magnitude.
    count = 1;
    notes.push(`1 run only: one load takes ${(warm.firstDrawMs / 1000).toFixed(0)} s`);
  }
  if (page.graphWaitMs !== undefined && warm.viewsReadyMs === null)
    notes.push(
      `rasd:views-ready never came in the warm-up (waited ${page.graphWaitMs / 1000} s after first draw)`,
    );
  const measured: RunFigures[] = [];
  for (let i = 0; i < count; i++) {
    const ctx: RunContext = {
      memory,
      blankMiB,
      index: i,
      session: page.subject === 'rasd' && i === count - 1,
      persons: PERSONS_PER_RUN,
      interactionGraphWaitMs: interactionGraphWaitMs(n),
    };
    const run = await runSubject(browser, page, ctx);
    measured.push(run);
    const f = (v: number | null, d = 0) => (v === null ? '—' : v.toFixed(d));
    const slowest = run.interactions.length
      ? Math.max(...run.interactions.map((s) => s.viewsMs ?? Number.POSITIVE_INFINITY))
      : null;
    log(
      `${label} run ${i + 1}/${count}: first draw ${f(run.firstDrawMs)} ms, views ready ${f(run.viewsReadyMs)} ms, zoom ${f(run.zoomMs, 1)} ms, pan p95 ${f(run.panP95Ms, 1)} ms, memory ${f(run.memoryRestMiB, 1)} MB (peak ${f(run.memoryPeakMiB, 1)}${run.memoryGrowthMiB === null ? '' : `, growth ${run.memoryGrowthMiB.toFixed(1)}`}), primitives ${f(run.primitives)}${slowest === null ? '' : `, slowest interaction ${f(slowest)} ms`}`,
    );
  }
  const session = measured.find((r) => r.sessionChanges !== null);
  if (session && (session.sessionChanges ?? 0) < 50)
    notes.push(
      `the memory session made ${session.sessionChanges} filter changes, not 50, within its 3 minutes`,
    );
  return {
    runs: measured,
    summary: summariseRuns(measured),
    interactions: summariseInteractions(measured),
    notes,
  };
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

/** The comparison pages, measured after Rasd at each size. */
const COMPARISONS: { subject: Exclude<Subject, 'rasd'>; html: string }[] = [
  { subject: 'vis', html: 'vis.html' },
  { subject: 'vis-tuned', html: 'vis-tuned.html' },
  { subject: 'floor', html: 'floor.html' },
];

async function main() {
  takeLock();
  const provenance = startProvenance();
  log(
    `${quick ? 'quick' : partial ? 'partial' : 'full'} run: sizes ${sizes.join(', ')}, ${runs} runs after a warm-up, seed ${seed}`,
  );
  await buildPages(join(OUT, 'pages'));
  const prepared: Prepared[] = [];
  let smallest: { n: number; records: ReturnType<typeof generateCorpus>['records'] } | null = null;
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const { prepared: p, records } = await prepare(n);
    prepared.push(p);
    smallest ??= { n, records };
    log(
      `${n.toLocaleString('en')} events: ${p.facts.articles} articles, ${p.plan.total} events after merging sameAs, ${p.facts.participants} participants, data ${(p.data.raw / 1e6).toFixed(1)} MB (${(p.data.gzip / 1e6).toFixed(1)} MB gzipped), app built in ${(p.buildMs / 1000).toFixed(1)} s, expected counts in ${(p.planMs / 1000).toFixed(1)} s${p.planCached ? ' (kept from an earlier run)' : ''}`,
    );
  }
  const mounts: Record<string, string> = { '/pages/': join(OUT, 'pages'), '/points/': join(OUT, 'points') };
  for (const p of prepared) mounts[`/rasd/${p.n}/`] = join(OUT, `rasd-${p.n}`);
  const server = await serveStatic(mounts);
  const browser = await chromium.launch(chromiumLaunch());
  const memory = await memoryProbe(browser);
  const results: Results = {};
  const profiles: Record<number, PhaseProfile[]> = {};
  let firstLoad: FirstLoadFigures | null = null;
  let throttled: ThrottledResult | null = null;
  const dropped: DroppedFile[] = [];
  const visTimedOut = new Map<Subject, number>();
  try {
    const base = prepared[0];
    if (base && pages.has('rasd')) {
      firstLoad = await measureFirstLoad(browser, `${server.origin}/rasd/${base.n}/`);
      log(
        `first-load bytes: explorer ${firstLoad.explorer ? (firstLoad.explorer.jsCssGzip / 1000).toFixed(1) : '—'} KB, embed ${firstLoad.embed ? (firstLoad.embed.jsCssGzip / 1000).toFixed(1) : '—'} KB (${firstLoad.source})`,
      );
    }
    for (const p of prepared) {
      const byPage: Partial<Record<Subject, SubjectResult>> = {};
      results[p.n] = byPage;
      const blankMiB = await blankTabMiB(browser, memory);
      log(`${p.n.toLocaleString('en')}: a blank tab's renderers hold ${blankMiB.toFixed(1)} MB`);
      if (pages.has('rasd'))
        byPage.rasd = await measureSubject(browser, rasdPage(server.origin, p), p.n, memory, blankMiB);
      for (const { subject, html } of COMPARISONS) {
        if (!pages.has(subject) || !existsSync(join(OUT, 'pages', html))) continue;
        const timedOutAt = visTimedOut.get(subject);
        if (timedOutAt !== undefined) {
          byPage[subject] = {
            runs: [],
            summary: {},
            interactions: {},
            notes: [`skipped: a load timed out at ${timedOutAt.toLocaleString('en')} events`],
          };
          continue;
        }
        const isVis = subject !== 'floor';
        byPage[subject] = await measureSubject(
          browser,
          {
            subject,
            url: `${server.origin}/pages/${html}?n=${p.n}&from=2014-01-01&to=2024-01-01`,
            drawnMark: 'bench:events-presented',
            loadTimeoutMs: isVis ? VIS_TIMEOUT_MS : 60_000,
          },
          p.n,
          memory,
          blankMiB,
        );
        if (isVis && (byPage[subject]?.runs.length ?? 0) === 0) visTimedOut.set(subject, p.n);
      }
    }
    if (throttledOn) {
      const gz = await serveStatic(mounts, { gzip: true, network: THROTTLE });
      try {
        throttled = await measureThrottled(browser, `${gz.origin}/rasd/10000/`, runs);
        log(
          `throttled 10,000: first draw ${throttled.firstDrawMs?.median.toFixed(0) ?? 'missing'} ms, views ready ${throttled.viewsReadyMs?.median.toFixed(0) ?? 'missing'} ms`,
        );
      } finally {
        await gz.close();
      }
    }
    if (dropOn && smallest) {
      for (const events of [1000, 10_000]) {
        const file = await measureDroppedFile(
          browser,
          `${server.origin}/rasd/${smallest.n}/`,
          smallest.records,
          generateDroppedRecords(events, seed),
          join(OUT, 'drop'),
          runs,
        );
        dropped.push(file);
        log(
          `dropped ${file.files} file(s) of ${events.toLocaleString('en')} events: ${file.rejected ? `refused: ${file.rejected}` : `drawn in ${file.drawnMs?.median.toFixed(0) ?? 'missing'} ms, longest task ${file.longestTaskMs?.max.toFixed(0) ?? '—'} ms; graph settled ${file.graphMs?.median.toFixed(0) ?? 'missing'} ms, longest task until then ${file.untilGraphLongestTaskMs?.max.toFixed(0) ?? '—'} ms`}`,
        );
      }
    }
    const drop10k = dropped.find((d) => d.events === 10_000);
    const checks = checkTargets(results, {
      firstLoad: {
        explorer: firstLoad?.explorer?.jsCssGzip ?? null,
        embed: firstLoad?.embed?.jsCssGzip ?? null,
      },
      ...(throttled ? { throttledFirstDraw: throttled.firstDrawMs } : {}),
      ...(drop10k
        ? {
            dropped10k: {
              drawnMs: drop10k.drawnMs,
              longestTaskMs: drop10k.longestTaskMs,
              refused: drop10k.rejected,
            },
          }
        : {}),
    });
    if (profileAll && pages.has('rasd')) {
      for (const p of prepared) {
        log(`profiling Rasd at ${p.n.toLocaleString('en')} events`);
        profiles[p.n] = await profileRasd(browser, rasdPage(server.origin, p), locateMap);
      }
    }
    const done = finishProvenance(provenance, browser.version());
    const createdAt = new Date().toISOString();
    const kb = (v: number | undefined) => (v === undefined ? '—' : `${(v / 1000).toFixed(1)} KB`);
    const header = [
      `Rasd benchmark, ${quick ? 'quick' : partial ? 'partial' : 'full'} run, ${createdAt}, ${Math.round((performance.now() - started) / 1000)} s`,
      ...formatProvenance(done),
      `Chromium headless (${FLAGS.join(' ')}), 1300×900. Medians of ${runs} runs after a warm-up (min–max in brackets); interactions pooled over the runs. Times in ms, MB = 2^20 bytes, KB = 1,000 bytes.`,
      ...prepared.map(
        (p) =>
          `Corpus ${p.n.toLocaleString('en')}: ${p.facts.articles} articles, ${p.plan.total} events once sameAs reports are merged, ${p.facts.participants} participants, records ${(p.data.raw / 1e6).toFixed(1)} MB (${(p.data.gzip / 1e6).toFixed(1)} MB gzipped) in ${p.data.files} files; the explorer loads ${(p.loaded.raw / 1e6).toFixed(1)} MB (${(p.loaded.gzip / 1e6).toFixed(1)} MB gzipped) in ${p.loaded.files} files`,
      ),
    ];
    const extra = [
      firstLoad
        ? `First-load JS + CSS before first draw, gzipped (${firstLoad.source}): explorer ${kb(firstLoad.explorer?.jsCssGzip)} (fonts ${kb(firstLoad.explorer?.fontsGzip)}), embed ${kb(firstLoad.embed?.jsCssGzip)} (fonts ${kb(firstLoad.embed?.fontsGzip)})`
        : '',
      throttled
        ? `Throttled, 10,000 events (${THROTTLE.cpuRate}× CPU, ${THROTTLE.latencyMs} ms round trip, ${THROTTLE.downMbit} Mbit/s down, cold cache, gzip): first draw ${throttled.firstDrawMs ? `${throttled.firstDrawMs.median.toFixed(0)} (${throttled.firstDrawMs.min.toFixed(0)}–${throttled.firstDrawMs.max.toFixed(0)})` : 'missing'} ms, all views ready ${throttled.viewsReadyMs ? `${throttled.viewsReadyMs.median.toFixed(0)} (${throttled.viewsReadyMs.min.toFixed(0)}–${throttled.viewsReadyMs.max.toFixed(0)})` : 'missing'} ms${throttled.problems.length ? `; ${throttled.problems.slice(0, 3).join('; ')}` : ''}`
        : '',
      ...dropped.map(
        (d) =>
          `Dropped files holding ${d.events.toLocaleString('en')} events (${d.files} ${d.files === 1 ? 'record' : 'records'}, each under the app's 5 MiB limit) into the ${smallest?.n.toLocaleString('en')}-event explorer: drawn ${d.drawnMs ? `${d.drawnMs.median.toFixed(0)} (${d.drawnMs.min.toFixed(0)}–${d.drawnMs.max.toFixed(0)})` : 'missing'} ms, longest task ${d.longestTaskMs ? `${d.longestTaskMs.median.toFixed(0)} (max ${d.longestTaskMs.max.toFixed(0)})` : '—'} ms; then the graph settled at ${d.graphMs ? `${d.graphMs.median.toFixed(0)} (${d.graphMs.min.toFixed(0)}–${d.graphMs.max.toFixed(0)})` : 'missing'} ms, longest task from the drop until then ${d.untilGraphLongestTaskMs ? `${d.untilGraphLongestTaskMs.median.toFixed(0)} (max ${d.untilGraphLongestTaskMs.max.toFixed(0)})` : '—'} ms (no target)${d.rejected ? `; REFUSED by the app: «${d.rejected}»` : ''}${d.wrongCounts.length ? `; WRONG COUNT in ${d.wrongCounts.length} runs (expected ${d.wrongCounts[0]?.expected}, shown ${d.wrongCounts[0]?.shown})` : ''}`,
      ),
    ].filter(Boolean);
    const profileText = Object.entries(profiles)
      .map(([n, phases]) => formatProfiles(Number(n), phases))
      .join('\n\n');
    const output = [
      header.join('\n'),
      '',
      formatTable(results),
      ...extra,
      '',
      'Targets (issue 18):',
      formatTargets(checks),
      profileText ? `\n${profileText}` : '',
    ].join('\n');
    process.stdout.write(`${output}\n`);
    const record = {
      createdAt,
      durationS: Math.round((performance.now() - started) / 1000),
      provenance: done,
      options: {
        quick,
        partial,
        sizes,
        runs,
        seed,
        pages: [...pages],
        visTimeoutMs: VIS_TIMEOUT_MS,
        flags: FLAGS,
        viewport: '1300×900',
      },
      corpus: Object.fromEntries(
        prepared.map((p) => [
          p.n,
          { ...p.facts, plan: p.plan, data: p.data, loaded: p.loaded, appBuildMs: Math.round(p.buildMs) },
        ]),
      ),
      firstLoad,
      throttled: throttled ? { ...throttled, conditions: THROTTLE } : null,
      dropped,
      results,
      targets: checks,
      profiles,
    };
    mkdirSync(RESULTS, { recursive: true });
    const stamp = createdAt.replace(/[:.]/g, '-');
    // A partial run is an investigation, not a result: a .tmp file, which git ignores.
    const file = `${stamp}${quick ? '-quick' : ''}${partial ? '-partial.json.tmp' : '.json'}`;
    writeFileSync(join(RESULTS, file), `${JSON.stringify(record, null, 2)}\n`);
    if (!partial) {
      writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(record, null, 2)}\n`);
      writeFileSync(join(RESULTS, 'latest.txt'), `${output}\n`);
      writeFileSync(
        join(RESULTS, 'latest.md'),
        formatMarkdown(checks, results, [header[0] as string, ...formatProvenance(done)]),
      );
    }
    log(`wrote bench/results/${file}${partial ? '' : ' and latest.{json,txt,md}'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
