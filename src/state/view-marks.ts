/**
 * Marks a reader would recognise as "ready", for the benchmark: each view's first presented frame
 * (once per page), and `rasd:views-ready` once every one of them is in. A mark is made in a task
 * queued from the next animation frame, i.e. after that frame has been handed over for display:
 * a mark made in an effect comes before the paint it stands for.
 */
export const VIEW_MARKS = {
  list: 'rasd:list-presented',
  article: 'rasd:article-presented',
  search: 'rasd:search-ready',
} as const;

/** What all views ready waits for: the timeline, the list, the article text, text search, the graph. */
const READY_AFTER = [
  'rasd:events-presented',
  VIEW_MARKS.list,
  VIEW_MARKS.article,
  VIEW_MARKS.search,
  'rasd:graph-settled',
];
export const VIEWS_READY_MARK = 'rasd:views-ready';

const made = new Set<string>();
let watching = false;

function afterPresent(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}

// Watches the marks rather than being called by each view: the graph's mark is made in its own feature.
function watchForAllReady(): void {
  if (watching || typeof PerformanceObserver === 'undefined') return;
  watching = true;
  const seen = new Map<string, number>();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!seen.has(entry.name)) seen.set(entry.name, entry.startTime);
    }
    if (READY_AFTER.every((name) => seen.has(name))) {
      observer.disconnect();
      // Dated at the last of them, not at this callback, which the browser runs some time later.
      const startTime = Math.max(...READY_AFTER.map((name) => seen.get(name) as number));
      performance.mark(VIEWS_READY_MARK, { startTime });
    }
  });
  observer.observe({ type: 'mark', buffered: true });
}

/** Makes `name` once per page, after the next frame has been presented. */
export function markViewPresented(name: (typeof VIEW_MARKS)[keyof typeof VIEW_MARKS]): void {
  if (made.has(name) || typeof requestAnimationFrame === 'undefined') return;
  made.add(name);
  watchForAllReady();
  afterPresent(() => performance.mark(name));
}
