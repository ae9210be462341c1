import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { ArticleInput } from '../../src/model/article-schema.ts';
import { interactionPlan } from './expected-counts.ts';
import { armViews, viewsTiming } from './interaction-probe.ts';
import { sample } from './interactions.ts';
import { loadUntilMark, openSession, waitForMark, waitQuiet } from './measure.ts';
import { type Summary, summarise } from './stats.ts';

/**
 * A dropped file's runs: change event → the frame with its events in the list and timeline, and the
 * longest task meanwhile; then on to the participant graph of the new corpus settled, and the longest
 * task over that whole time (reported, no target: the graph follows the list with its progress shown).
 */
export interface DroppedFile {
  events: number;
  /** How many record files held them (each under the app's 5 MiB limit for one record). */
  files: number;
  drawnMs: Summary | null;
  longestTaskMs: Summary | null;
  /** Change event → the last `rasd:graph-settled` after it (see interaction: to the graph settled). */
  graphMs: Summary | null;
  /** The longest task from the change event until the graph settled (or the drawn frame, if later). */
  untilGraphLongestTaskMs: Summary | null;
  /** Runs whose list did not show the expected count, with what it showed. */
  wrongCounts: { expected: number; shown: number | null }[];
  runs: {
    drawnMs: number | null;
    longestTaskMs: number;
    graphMs: number | null;
    untilGraphLongestTaskMs: number;
  }[];
  /** The app's notice when it refused the file (then no further run is made). */
  rejected: string | null;
}

/**
 * Opens the explorer (`appUrl`, built over `bundled`), waits for all views, then gives its
 * "open articles" control the files holding `records` at once (Playwright's setInputFiles, as a person choosing
 * a file does). Timed from the file input's `change` event until the frame in which the list shows the
 * bundled and the file's events together (the count computed in Node) was presented; the timeline
 * draws in the same commit.
 */
export async function measureDroppedFile(
  browser: Browser,
  appUrl: string,
  bundled: readonly ArticleInput[],
  records: readonly ArticleInput[],
  dir: string,
  runs: number,
): Promise<DroppedFile> {
  mkdirSync(dir, { recursive: true });
  const files = records.map((record) => {
    const file = join(dir, `${record.id}.json`);
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    return file;
  });
  const expected = interactionPlan([...bundled, ...records]).total;
  const out: DroppedFile['runs'] = [];
  const wrongCounts: DroppedFile['wrongCounts'] = [];
  let rejected: string | null = null;
  for (let i = 0; i < runs && rejected === null; i++) {
    const session = await openSession(browser);
    try {
      const drawn = await loadUntilMark(
        session.page,
        appUrl,
        'rasd:events-presented',
        60_000,
        session.errors,
      );
      if (drawn === null) throw new Error(`the explorer at ${appUrl} never drew`);
      await waitForMark(session.page, 'rasd:views-ready', 30_000);
      await waitQuiet(session.page, 300);
      // The graph is waited for (up to 10 s) after the drawn frame; the drawn figures stop at that frame.
      const spec = {
        watch: 'list',
        input: 'change',
        expected,
        graphWaitMs: 10_000,
        timeoutMs: 60_000,
      } as const;
      await armViews(session.page, spec);
      await session.page.locator('input[type="file"]').first().setInputFiles(files);
      // A notice naming the file means the app refused it (too large, invalid): no count will come.
      const notice = session.page
        .locator('[role="alert"], [role="status"]')
        .filter({ hasText: new RegExp(records.map((r) => `${r.id}\\.json`).join('|')) })
        .first();
      const outcome = await Promise.race([
        viewsTiming(session.page).then((timing) => ({ timing })),
        notice
          .waitFor({ timeout: spec.timeoutMs })
          .then(async () => ({ refused: (await notice.textContent())?.trim() ?? 'refused' }))
          .catch(() => new Promise<never>(() => {})),
      ]);
      if ('refused' in outcome) {
        rejected = outcome.refused;
        break;
      }
      const result = sample('person', 'drop', spec, outcome.timing);
      const { inputAt, presentedAt } = outcome.timing;
      // sample() reaches to the graph settled; the drawn figure's longest task stops at the drawn frame.
      const drawnLongest = outcome.timing.longTasks
        .filter(([start, d]) => inputAt !== null && start < (presentedAt ?? 0) && start + d > inputAt)
        .reduce((max, [, d]) => Math.max(max, d), 0);
      out.push({
        drawnMs: result.viewsMs,
        longestTaskMs: drawnLongest,
        graphMs: result.graphMs,
        untilGraphLongestTaskMs: result.longestTaskMs,
      });
      if (!result.countOk) wrongCounts.push({ expected, shown: result.shown });
    } finally {
      await session.context.close();
    }
  }
  return {
    events: records.reduce((sum, r) => sum + r.events.length, 0),
    files: records.length,
    drawnMs: summarise(out.map((r) => r.drawnMs)),
    longestTaskMs: summarise(out.map((r) => r.longestTaskMs)),
    graphMs: summarise(out.map((r) => r.graphMs)),
    untilGraphLongestTaskMs: summarise(out.map((r) => r.untilGraphLongestTaskMs)),
    wrongCounts,
    runs: out,
    rejected,
  };
}
