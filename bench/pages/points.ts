/** The events as the comparison pages draw them: one point per dated event, in lanes by type. */
export interface Points {
  /** Lane names, in lane order. */
  groups: string[];
  /** Event time, ms since the epoch (the first day of the event's interval). */
  time: number[];
  /** Lane index of each event. */
  group: number[];
  /** A short English label per event, for the library that draws labels. */
  label: string[];
  /** First ms of the event's interval, or null when it is open towards the past. */
  start: (number | null)[];
  /** The ms after its last day, or null when it is open towards the future. */
  end: (number | null)[];
  /** 1 when the event is drawn as a bar (its date is not one day), else 0 (a glyph at mid-day). */
  bar: number[];
}

/** What the page URL asks for: the corpus size and the window to open on. */
export interface PageQuery {
  n: number;
  from: Date;
  to: Date;
}

/** Reads `?n=1000&from=2014-01-01&to=2024-01-01`; the defaults open the whole ten years. */
export function readQuery(search: string = window.location.search): PageQuery {
  const params = new URLSearchParams(search);
  return {
    n: Number(params.get('n') ?? 1000),
    from: new Date(`${params.get('from') ?? '2014-01-01'}T00:00:00Z`),
    to: new Date(`${params.get('to') ?? '2024-01-01'}T00:00:00Z`),
  };
}

/** Fetches the points the benchmark wrote for corpus size `n` (served beside the pages). */
export async function loadPoints(n: number): Promise<Points> {
  const response = await fetch(new URL(`../points/${n}.json`, document.baseURI));
  if (!response.ok) throw new Error(`points for ${n}: HTTP ${response.status}`);
  return (await response.json()) as Points;
}

/** Publishes the visible window the way Rasd's timeline does, so one measuring script serves all pages. */
export function reportWindow(plot: HTMLElement, from: Date, to: Date, visible: number): void {
  plot.dataset.from = from.toISOString();
  plot.dataset.to = to.toISOString();
  plot.dataset.visible = String(visible);
}

/**
 * Marks `bench:events-drawn` now and `bench:events-presented` once the frame holding the drawing has
 * been presented: after the next animation frame's callbacks, in a task queued from there (as Rasd's
 * timeline marks `rasd:events-presented`).
 */
export function markFirstDraw(): void {
  performance.mark('bench:events-drawn');
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      performance.mark('bench:events-presented');
    };
    channel.port2.postMessage(null);
  });
}

/** Publishes how many shapes (marks, clusters, bars, labels) the page drew in its last frame. */
export function reportPrimitives(element: HTMLElement, count: number): void {
  element.dataset.primitives = String(count);
}
