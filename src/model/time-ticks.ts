import { type CountableTimeInterval, utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { type Lang, localeOf } from './format-date.ts';

/** A tick on the time axis: where, what it says, and whether it starts a larger unit. */
export interface TimeTick {
  time: Date;
  label: string;
  major: boolean;
}

/** The unit the ticks are counted in, coarsest first. */
export type TickUnit = 'decade' | 'year' | 'quarter' | 'month' | 'day' | 'hour';

interface TickLevel {
  unit: TickUnit;
  interval: CountableTimeInterval;
  step: number;
  /** Typical milliseconds between ticks, to pick a level for a width. */
  ms: number;
}

const DAY = 86_400_000;
const LEVELS: TickLevel[] = [
  { unit: 'decade', interval: utcYear, step: 10, ms: 3652 * DAY },
  { unit: 'year', interval: utcYear, step: 5, ms: 1826 * DAY },
  { unit: 'year', interval: utcYear, step: 2, ms: 730 * DAY },
  { unit: 'year', interval: utcYear, step: 1, ms: 365 * DAY },
  { unit: 'quarter', interval: utcMonth, step: 3, ms: 91 * DAY },
  { unit: 'month', interval: utcMonth, step: 1, ms: 30 * DAY },
  { unit: 'day', interval: utcDay, step: 7, ms: 7 * DAY },
  { unit: 'day', interval: utcDay, step: 2, ms: 2 * DAY },
  { unit: 'day', interval: utcDay, step: 1, ms: DAY },
  { unit: 'hour', interval: utcHour, step: 6, ms: DAY / 4 },
  { unit: 'hour', interval: utcHour, step: 3, ms: DAY / 8 },
  { unit: 'hour', interval: utcHour, step: 1, ms: DAY / 24 },
];

/** Pixels each label needs: day numbers are short, Arabic month names (تشرين الثاني) are the widest. */
export const MIN_TICK_SPACING: Record<TickUnit, number> = {
  decade: 56,
  year: 56,
  quarter: 84,
  month: 84,
  day: 40,
  hour: 56,
};

// Building an Intl formatter costs far more than using one, and ticks are labelled every frame of a pan.
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', ...options });
    formatters.set(key, format);
  }
  return format;
}

function stepped(level: TickLevel, start: Date, end: Date): Date[] {
  // d3 counts steps within the parent unit (days 1, 3, 5… of each month), so ticks stay on
  // calendar boundaries a reader expects rather than drifting with the window.
  const every = level.interval.every(level.step);
  return every ? every.range(start, new Date(end.getTime() + 1)) : [];
}

function label(unit: TickUnit, time: Date, lang: Lang): { label: string; major: boolean } {
  const month = time.getUTCMonth();
  const date = time.getUTCDate();
  switch (unit) {
    case 'decade':
    case 'year':
      return { label: fmt(lang, { year: 'numeric' }).format(time), major: true };
    case 'quarter':
    case 'month':
      return month === 0
        ? { label: fmt(lang, { month: 'long', year: 'numeric' }).format(time), major: true }
        : { label: fmt(lang, { month: 'long' }).format(time), major: false };
    case 'day':
      return date === 1
        ? { label: fmt(lang, { day: 'numeric', month: 'long' }).format(time), major: true }
        : { label: fmt(lang, { day: 'numeric' }).format(time), major: false };
    default:
      return time.getUTCHours() === 0
        ? { label: fmt(lang, { day: 'numeric', month: 'long' }).format(time), major: true }
        : {
            label: fmt(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time),
            major: false,
          };
  }
}

/** The finest tick level whose labels fit `width` pixels for the given domain. */
export function tickLevelFor(domain: readonly [Date, Date], width: number): TickUnit {
  return pickLevel(domain, width).unit;
}

function pickLevel(domain: readonly [Date, Date], width: number): TickLevel {
  const span = Math.max(1, domain[1].getTime() - domain[0].getTime());
  const fits = (level: TickLevel) => Math.max(1, Math.floor(width / MIN_TICK_SPACING[level.unit]));
  return LEVELS.findLast((level) => span / level.ms <= fits(level)) ?? (LEVELS[0] as TickLevel);
}

/** Pixels kept clear between two axis labels. */
const LABEL_GAP = 8;
/** How near an edge a label is anchored inwards (as the axis draws it) rather than centred. */
const EDGE = 24;

/**
 * Whether every label clears its neighbours, each placed as the axis draws it: centred on its tick,
 * or anchored inwards within EDGE pixels of either end.
 */
function labelsFit(
  ticks: TimeTick[],
  domain: readonly [Date, Date],
  width: number,
  measure: (text: string) => number,
): boolean {
  const t0 = domain[0].getTime();
  const span = Math.max(1, domain[1].getTime() - t0);
  const boxes = ticks
    .map((tick) => {
      const px = ((tick.time.getTime() - t0) / span) * width;
      const w = measure(tick.label);
      if (px < 0 || px > width) return null;
      if (px < EDGE) return [px + 3, px + 3 + w] as const;
      if (px > width - EDGE) return [px - 3 - w, px - 3] as const;
      return [px - w / 2, px + w / 2] as const;
    })
    .filter((box) => box !== null)
    .sort((a, b) => a[0] - b[0]);
  return boxes.every(
    (box, i) => i === 0 || (boxes[i - 1] as readonly [number, number])[1] + LABEL_GAP <= box[0],
  );
}

/**
 * Ticks for the visible domain, adapting from decades to hours, labelled through Intl in the
 * interface language (Levantine month names and Arabic-Indic digits in Arabic). Returns the unit too.
 * Given `measure` (a label's width in pixels), the finest level whose labels all clear one another is
 * chosen, in either script: a month's name on the first of it is wider than the day numbers around it.
 */
export function timeTicks(
  domain: readonly [Date, Date],
  width: number,
  lang: Lang,
  measure?: (text: string) => number,
): { unit: TickUnit; ticks: TimeTick[] } {
  const first = pickLevel(domain, width);
  const make = (level: TickLevel) =>
    stepped(level, domain[0], domain[1]).map((time) => ({ time, ...label(level.unit, time, lang) }));
  let ticks = make(first);
  let unit = first.unit;
  if (measure) {
    // Coarser levels from the first guess on, until the labels clear (the coarsest is taken as is).
    for (let i = LEVELS.indexOf(first); i >= 0; i--) {
      const level = LEVELS[i] as TickLevel;
      ticks = make(level);
      unit = level.unit;
      if (labelsFit(ticks, domain, width, measure)) break;
    }
  }
  return { unit, ticks };
}

/** A label for the whole visible window's context, e.g. "تشرين الأول ٢٠١٥" when ticks are days. */
export function contextLabel(domain: readonly [Date, Date], unit: TickUnit, lang: Lang): string {
  const mid = new Date((domain[0].getTime() + domain[1].getTime()) / 2);
  if (unit === 'day' || unit === 'hour') return fmt(lang, { month: 'long', year: 'numeric' }).format(mid);
  if (unit === 'month' || unit === 'quarter') return fmt(lang, { year: 'numeric' }).format(mid);
  return '';
}
