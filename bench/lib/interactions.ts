import type { CDPSession, Page } from '@playwright/test';
import type { InteractionPlan, PickedPerson } from './expected-counts.ts';
import { armViews, type ViewsSpec, type ViewsTiming, viewsTiming } from './interaction-probe.ts';
import { plotPoint, waitQuiet } from './measure.ts';

/** The interactions timed, as a person makes them. */
export type InteractionKind = 'person' | 'text' | 'wheel';
export const INTERACTIONS: readonly InteractionKind[] = ['person', 'text', 'wheel'];

/** One timed interaction. */
export interface InteractionSample {
  kind: InteractionKind;
  /** What was done, e.g. "add person puzaton-0". */
  action: string;
  /**
   * Event Timing: the longest interaction (by interactionId; input to the next paint after its
   * handlers) from the input until the views were presented; 16 when none reached the API's 16 ms
   * floor; null for the wheel, which Event Timing does not cover.
   */
  eventTimingMs: number | null;
  /** Input timeStamp → the frame showing the change in every view but the graph was presented. */
  viewsMs: number | null;
  /** Input timeStamp → the next `rasd:graph-settled`; null when the graph did not lay out again in time. */
  graphMs: number | null;
  /** Longest task (≥ 50 ms, else 0) from the input until the last of those. */
  longestTaskMs: number;
  expected: number | null;
  shown: number | null;
  /** The list showed the expected count (null: the list is not what this changes). */
  countOk: boolean | null;
}

const PICKER = '.person-picker input[role="combobox"]';
const SEARCH = '.search-field input[type="search"]';
const PLOT = '.tl-plot';

export function sample(
  kind: InteractionKind,
  action: string,
  spec: ViewsSpec,
  timing: ViewsTiming,
): InteractionSample {
  const { inputAt, presentedAt, graphAt } = timing;
  const end = Math.max(presentedAt ?? 0, graphAt ?? 0);
  const longest = timing.longTasks
    .filter(([start, d]) => inputAt !== null && start < end && start + d > inputAt)
    .reduce((max, [, d]) => Math.max(max, d), 0);
  const eventTimingMs =
    spec.input === 'wheel' || spec.input === 'change'
      ? null
      : Math.max(16, ...timing.interactions.filter((e) => e.start <= end).map((e) => e.duration));
  return {
    kind,
    action,
    eventTimingMs,
    viewsMs: inputAt !== null && presentedAt !== null ? presentedAt - inputAt : null,
    graphMs: inputAt !== null && graphAt !== null ? graphAt - inputAt : null,
    longestTaskMs: longest,
    expected: spec.expected,
    shown: timing.shownCount,
    countOk: spec.watch === 'list' ? timing.shownCount === spec.expected : null,
  };
}

async function timed(
  page: Page,
  kind: InteractionKind,
  action: string,
  spec: ViewsSpec,
  input: () => Promise<void>,
): Promise<InteractionSample> {
  await armViews(page, spec);
  await input();
  const result = sample(kind, action, spec, await viewsTiming(page));
  await waitQuiet(page, 200);
  return result;
}

/** Picks a person in the filter bar's picker (a click on the option), then removes the chip (a click). */
async function togglePerson(page: Page, person: PickedPerson, plan: InteractionPlan, graphWaitMs: number) {
  const list = { watch: 'list', input: 'pointerdown', graphWaitMs, timeoutMs: 15_000 } as const;
  await page.locator(PICKER).click();
  await page.locator(PICKER).fill(person.name);
  const option = page.locator('.person-picker [role="option"]', { hasText: person.name }).first();
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  await waitQuiet(page);
  const add = await timed(
    page,
    'person',
    `add person ${person.id}`,
    { ...list, expected: person.expected },
    () => option.click(),
  );
  const chip = page.locator('.chips li button').first();
  await chip.waitFor({ state: 'visible', timeout: 15_000 });
  const remove = await timed(
    page,
    'person',
    `remove person ${person.id}`,
    { ...list, expected: plan.total },
    () => chip.click(),
  );
  return [add, remove];
}

/**
 * A key of an Arabic keyboard: keydown (with its text, so keypress and input follow) and keyup, through
 * CDP's Input domain as Playwright's own keys are; Playwright knows only the US layout's keys.
 */
async function pressLetter(cdp: CDPSession, letter: string): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    key: letter,
    text: letter,
    unmodifiedText: letter,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter });
}

/** Types the word into the text search key by key (Arabic keys), then clears it (Ctrl+A, Backspace). */
async function typeWord(page: Page, cdp: CDPSession, plan: InteractionPlan, graphWaitMs: number) {
  const keys = { watch: 'list', input: 'keydown', graphWaitMs, timeoutMs: 15_000 } as const;
  await page.locator(SEARCH).click();
  await waitQuiet(page);
  const typed = await timed(
    page,
    'text',
    `type «${plan.word}»`,
    { ...keys, expected: plan.wordExpected },
    async () => {
      for (const letter of plan.word) {
        await pressLetter(cdp, letter);
        await page.waitForTimeout(80);
      }
    },
  );
  const cleared = await timed(page, 'text', 'clear the text', { ...keys, expected: plan.total }, async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  });
  return [typed, cleared];
}

/** One wheel notch in at the plot's centre, then one out. */
async function wheelNotches(page: Page, graphWaitMs: number) {
  const at = await plotPoint(page, PLOT);
  if (!at) return [];
  await page.mouse.move(at.x, at.y);
  await waitQuiet(page);
  // The window is no filter: the graph lays out again only if the app rebuilds it for the window, and
  // in the partial runs it never did within 4 s; 2 s keeps the run short and still sees a quick one.
  const spec = {
    watch: 'timeline',
    input: 'wheel',
    expected: null,
    graphWaitMs: Math.min(graphWaitMs, 2000),
    timeoutMs: 5_000,
  } as const;
  const out: InteractionSample[] = [];
  for (const [action, delta] of [
    ['wheel in', -240],
    ['wheel out', 240],
  ] as const) {
    out.push(await timed(page, 'wheel', action, spec, () => page.mouse.wheel(0, delta)));
    // d3-zoom ends the gesture 150 ms after its last event, then the window goes to the URL.
    await waitQuiet(page, 300);
  }
  return out;
}

/**
 * The interactions of one load: `persons` people added and removed, the word typed and cleared, two
 * wheel notches. Each starts from a quiet page; the graph is given `graphWaitMs` to settle after each.
 */
export async function runInteractions(
  page: Page,
  cdp: CDPSession,
  plan: InteractionPlan,
  { persons, graphWaitMs, offset = 0 }: { persons: number; graphWaitMs: number; offset?: number },
): Promise<InteractionSample[]> {
  const samples: InteractionSample[] = [];
  for (let i = 0; i < persons; i++) {
    const person = plan.people[(offset + i) % plan.people.length];
    if (person) samples.push(...(await togglePerson(page, person, plan, graphWaitMs)));
  }
  samples.push(...(await typeWord(page, cdp, plan, graphWaitMs)));
  samples.push(...(await wheelNotches(page, graphWaitMs)));
  return samples;
}
