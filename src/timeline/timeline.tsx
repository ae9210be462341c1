import './timeline.css';
import {
  lazy,
  type PointerEvent,
  Suspense,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityRecord } from '../model/article-schema.ts';
import type { CorpusEvent } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';
import { createTimeScale } from '../model/time-scale.ts';
import { contextLabel, timeTicks } from '../model/time-ticks.ts';
import { layoutOf, type TimelineLayout } from '../model/timeline-layout.ts';
import { type VisibleMarks, visibleMarks } from '../model/timeline-marks.ts';
import { canFitResults, denseWindow, fullExtent, resultsWindow } from '../model/timeline-window.ts';
import { loadedModule, useLoadedModule } from '../ui/loaded-module.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { useFontsArrived } from '../ui/use-fonts-arrived.ts';
import { clusterHolding, type Hit, hitTest } from './hit-test.ts';
import { placeLabels } from './place-labels.ts';
import { afterNextPresent, firstFrameEmpty, markPresented } from './presented.ts';
import { TimelineAxis } from './timeline-axis.tsx';
import { laneTops, rowY, SVG_LIMIT } from './timeline-geometry.ts';
import { TimelineLanes } from './timeline-lanes.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { TimelineOverview } from './timeline-overview.tsx';
import { SvgMarks } from './timeline-svg-marks.tsx';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { UndatedTray } from './undated-tray.tsx';
import { useEventName } from './use-event-name.ts';
import { useTimelineKeyboard } from './use-timeline-keyboard.ts';
import { useTimelineZoom } from './use-timeline-zoom.ts';
import { useWindowFollow } from './use-window-follow.ts';
import { useWindowWiden } from './use-window-widen.ts';

// The card is wanted only once the pointer or the keyboard rests on something, so its code is fetched
// then rather than in the first load. If it cannot be fetched there is no card: each mark keeps its
// accessible name in the plot's list of events, and the next page load fetches it again.
const TimelineHoverCard = lazy(() =>
  import('./timeline-hover-card.tsx').then(
    (m) => ({ default: m.TimelineHoverCard }),
    () => ({ default: () => null }),
  ),
);

/** Props of Timeline. */
export interface TimelineProps {
  /** The events to draw (already filtered), in time order. */
  events: CorpusEvent[];
  /** Every loaded event, for the overview's extent, so outliers stay visible. */
  allEvents: CorpusEvent[];
  entities: ReadonlyMap<string, EntityRecord>;
  lanes: 'type' | 'person';
  onLanesChange: (lanes: 'type' | 'person') => void;
  /** The window from the URL (`window=`), or null to open on the densest days. */
  window: readonly [Date, Date] | null;
  /** Called when a gesture, the brush or a button settles on a new window; never a filter. */
  onWindowChange: (window: [Date, Date]) => void;
  /** The date filter (days, both included), which the window fits when it changes (default none). */
  dateFilter?: { from: string | null; to: string | null };
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Whether the wheel zooms only with Ctrl or ⌘ held, as in an embed (default false). */
  wheelZoomNeedsKey?: boolean;
  /** The event under the pointer or the keyboard's active event, for the other views (default none). */
  onHoverEvent?: (id: string | null) => void;
}

let drawnOnce = false;

/** Marks the first frame with events drawn (SVG or canvas), once per page. */
function noteDrawn(): void {
  if (drawnOnce) return;
  drawnOnce = true;
  performance.mark('rasd:events-drawn');
  afterNextPresent(markPresented);
}

// The canvas painter is fetched by the first timeline with a dense window (see loadedModule).
const painter = loadedModule(retryableImport(() => import('./timeline-canvas.tsx')));
// A page whose bundled corpus is dense preloads the painter in its head (scripts/vite-plugin-corpus.ts):
// it is made ready now, while the data loads, so the first render of the timeline can paint at once.
if (typeof document !== 'undefined' && document.querySelector('link[data-rasd-painter]')) {
  painter.load().catch(() => {});
}

// One context measures every label: a canvas made for each placement (each zoom and filter) was one
// more native object per frame for the garbage collector to find.
let labelCtx: CanvasRenderingContext2D | null | undefined;
function labelContext(): CanvasRenderingContext2D | null {
  if (labelCtx === undefined) labelCtx = document.createElement('canvas').getContext('2d');
  // Set at each use: the font resolves now, once the web font has arrived.
  if (labelCtx) labelCtx.font = '13px "Noto Naskh Arabic", "DejaVu Sans", sans-serif';
  return labelCtx;
}

/** The width of an axis label as drawn (12 px, bold for a major tick: the wider of the two). */
function tickMeasure(): ((text: string) => number) | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = 'bold 12px "Noto Naskh Arabic", "DejaVu Sans", sans-serif';
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = ctx.measureText(text).width;
      widths.set(text, w);
    }
    return w;
  };
}
/** Above this many events the plot's width is taken from the ResizeObserver, after the first layout. */
const LARGE_TIMELINE = 20_000;
const NOTHING_VISIBLE: VisibleMarks = { marks: [], clusters: [], visible: 0 };
const GUTTER = 128;

/**
 * The zoomable timeline: d3 computes scales, ticks, zoom and brush; React draws SVG for readable
 * windows and a canvas for dense ones. Time runs right-to-left in Arabic through the scale's range.
 */
export function Timeline(props: TimelineProps) {
  const { events, allEvents, lanes } = props;
  // Laid out here and drawn in a component of its own: a new corpus arrives in a transition, and
  // React yields between the two renders. Together they were one task of some 100 ms when a
  // 10,000-event file was dropped.
  const layout = useMemo(() => layoutOf(events, lanes), [events, lanes]);
  const extent = useMemo<[Date, Date]>(
    () => fullExtent(allEvents) ?? [new Date(0), new Date(86_400_000)],
    [allEvents],
  );
  return <TimelineView {...props} layout={layout} extent={extent} />;
}

function TimelineView(props: TimelineProps & { layout: TimelineLayout; extent: [Date, Date] }) {
  const { events, allEvents, entities, lanes, selectedId, onSelect, layout, extent } = props;
  const { t, lang } = useLocale();
  const ids = { help: useId(), option: useId(), heading: useId() };
  const bodyRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  // Nothing is drawn before the plot's width is known: a first pass at a guessed width would be
  // thrown away in the same commit, at the cost of a full draw and the overview's bins.
  // A large corpus's first layout is left to the browser's own frame (see useElementWidth).
  const measured = useElementWidth(bodyRef, 900, allEvents.length <= LARGE_TIMELINE);
  const bodyWidth = measured ?? 900;
  const gutter = bodyWidth < 520 ? 84 : GUTTER;
  const width = Math.max(160, bodyWidth - gutter);

  const from = props.dateFilter?.from ?? null;
  const to = props.dateFilter?.to ?? null;
  // What the filters keep, fitted: worked out when asked (Fit, a date filter's change), not at each
  // filter: reading the times of 21,000 events shown took 4 ms of a click at 100,000.
  const fitWindow = useCallback(() => resultsWindow(events, from, to), [events, from, to]);
  const canFit = useMemo(() => canFitResults(events, from, to), [events, from, to]);
  // A link's own window first; else what a date filter keeps; else the densest days.
  const [initial] = useState(
    () => props.window ?? (((from || to) && fitWindow()) || denseWindow(events) || extent),
  );
  const zoom = useTimelineZoom(
    plotRef,
    extent,
    width,
    t.dir,
    initial,
    props.onWindowChange,
    props.wheelZoomNeedsKey,
  );
  const { zoomBy, showWindow } = zoom;
  const domain = useWindowWiden({
    allEvents,
    domain: zoom.domain,
    adjustWindow: zoom.adjustWindow,
    onWindowChange: props.onWindowChange,
  });

  useWindowFollow({
    requested: props.window,
    fitWindow,
    dateFilter: `${props.dateFilter?.from ?? ''}|${props.dateFilter?.to ?? ''}`,
    domain,
    showWindow,
    onWindowChange: props.onWindowChange,
  });

  const x = useMemo(() => createTimeScale(domain, width, t.dir), [domain, width, t.dir]);
  const geometry = useMemo(() => laneTops(layout), [layout]);
  const lo = domain[0].getTime();
  const hi = domain[1].getTime();
  const visible = useMemo(
    () => (measured === null ? NOTHING_VISIBLE : visibleMarks(layout, (ms) => x(ms), [lo, hi], width)),
    [measured, layout, x, lo, hi, width],
  );
  const useCanvas = visible.visible > SVG_LIMIT;
  const canvasCode = useLoadedModule(painter, useCanvas);
  // Text measured in a fallback font is too wide or narrow once the web font arrives: the axis and
  // the labels are measured and placed again then (a slow machine drew the first frame without it).
  const fonts = useFontsArrived();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fonts is the web font arriving
  const measureTick = useMemo(() => tickMeasure(), [fonts]);
  const { unit, ticks } = useMemo(
    () => timeTicks(domain, width, lang, measureTick),
    [domain, width, lang, measureTick],
  );
  const eventName = useEventName(entities);
  const legendTypes = useMemo(
    () =>
      layout.lanes.length && lanes === 'type'
        ? layout.lanes.map((l) => l.key as CorpusEvent['type'])
        : [...new Set(events.map((e) => e.type))],
    [layout, lanes, events],
  );

  const [hover, setHover] = useState<Hit>(null);
  const keyboard = useTimelineKeyboard({
    layout,
    selectedId,
    onSelect,
    zoomBy,
    showWindow,
    domain,
    direction: t.dir,
  });
  const activeItem = layout.items[keyboard.active] ?? null;
  const focusedItem = keyboard.focused ? activeItem : null;
  // An event drawn in a cluster has no mark of its own: its card and its option name the cluster.
  const focusedCluster = useMemo(
    () => (focusedItem ? clusterHolding(visible, focusedItem) : null),
    [visible, focusedItem],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: fonts is the web font arriving
  const labels = useMemo(() => {
    if (useCanvas || visible.marks.length > 300) return [];
    const ctx = labelContext();
    return placeLabels(
      visible.marks,
      (lane, row) => rowY(geometry.tops, lane, row),
      // Lanes by participant already name the people: there a label says what happened.
      (mark) =>
        (lanes === 'person'
          ? ''
          : mark.item.event.participants
              .slice(0, 3)
              .map((p) => {
                const entity = entities.get(p.entity);
                return entity?.short?.[lang] ?? entity?.name[lang] ?? p.entity;
              })
              .join(' – ')) || mark.item.event.title[lang],
      (text) => (ctx ? ctx.measureText(text).width : text.length * 7),
      t.dir,
      width,
      (lane) => layout.rowsPerLane[lane] ?? 1,
    );
  }, [useCanvas, visible, geometry.tops, entities, lang, t.dir, width, lanes, layout, fonts]);

  // Canvas marks are drawn (and the first frame noted) by TimelineCanvas once its code is here. If
  // that code cannot be fetched, the first frame holds the notice with Try again: what waits for the
  // first frame (the graph, the text index) goes on, rather than waiting for marks until a retry.
  const painterFailed = useCanvas && canvasCode.failed;
  useLayoutEffect(() => {
    if (visible.visible > 0 && !useCanvas) noteDrawn();
    else if ((measured !== null && visible.visible === 0) || painterFailed) afterNextPresent(firstFrameEmpty);
  }, [measured, useCanvas, visible, painterFailed]);

  const pointerAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return hitTest(visible, geometry.tops, event.clientX - box.left, event.clientY - box.top);
  };
  const onClick = (event: PointerEvent<HTMLDivElement>) => {
    const hit = pointerAt(event);
    if (hit?.kind === 'mark') {
      keyboard.setActive(hit.mark.item.order);
      onSelect(hit.mark.item.event.id);
    } else if (hit?.kind === 'cluster') {
      zoomBy(6, new Date(x.invert(hit.cluster.x)));
    }
  };

  return (
    <section className="timeline pane" aria-labelledby={ids.heading}>
      <TimelineToolbar
        headingId={ids.heading}
        domain={domain}
        context={contextLabel(domain, unit, lang)}
        lanes={lanes}
        onLanesChange={props.onLanesChange}
        onZoom={(factor) => zoomBy(factor)}
        onReset={() => {
          const dense = denseWindow(events) ?? extent;
          showWindow(dense);
          props.onWindowChange(dense);
        }}
        onFit={
          canFit
            ? () => {
                const fitted = fitWindow();
                if (!fitted) return;
                showWindow(fitted);
                props.onWindowChange([fitted[0], fitted[1]]);
              }
            : null
        }
      />
      <div className="tl-body" ref={bodyRef}>
        <TimelineLanes
          layout={layout}
          entities={entities}
          tops={geometry.tops}
          heights={geometry.heights}
          width={gutter}
        />
        <div
          ref={plotRef}
          className="tl-plot"
          style={{ width, height: geometry.total }}
          role="listbox"
          tabIndex={0}
          aria-label={t.timeline.plotLabel}
          aria-describedby={ids.help}
          aria-activedescendant={activeItem ? ids.option : undefined}
          onKeyDown={keyboard.onKeyDown}
          onFocus={keyboard.onFocus}
          onBlur={keyboard.onBlur}
          onClick={onClick}
          onPointerMove={(event) => {
            // A held button drags the window under the pointer: a card and the graph's emphasis would
            // chase whatever passes beneath it, and the hit test would lay the page out every frame.
            const hit = event.buttons === 0 ? pointerAt(event) : null;
            setHover(hit);
            props.onHoverEvent?.(hit?.kind === 'mark' ? hit.mark.item.event.id : null);
          }}
          onPointerLeave={() => {
            setHover(null);
            props.onHoverEvent?.(null);
          }}
          data-mode={useCanvas ? 'canvas' : 'svg'}
          data-visible={visible.visible}
          data-from={domain[0].toISOString()}
          data-to={domain[1].toISOString()}
        >
          <svg width={width} height={geometry.total} aria-hidden="true">
            {geometry.tops.map((top, i) => (
              <rect
                key={layout.lanes[i]?.key}
                className={i % 2 ? 'tl-lane odd' : 'tl-lane'}
                x={0}
                y={top}
                width={width}
                height={geometry.heights[i]}
              />
            ))}
            <TimelineAxis ticks={ticks} x={(d) => x(d)} height={geometry.total} width={width} />
            {useCanvas ? null : (
              <SvgMarks
                visible={visible}
                tops={geometry.tops}
                labels={labels}
                x={(ms) => x(ms)}
                width={width}
                selectedId={selectedId}
                activeId={focusedItem?.event.id ?? null}
                countText={(n) => formatNumber(n, lang)}
              />
            )}
          </svg>
          {useCanvas ? (
            canvasCode.module ? (
              <canvasCode.module.TimelineCanvas
                width={width}
                height={geometry.total}
                visible={visible}
                tops={geometry.tops}
                lang={lang}
                onDrawn={noteDrawn}
              />
            ) : canvasCode.failed ? (
              <div className="notice tl-empty" role="alert">
                {t.timeline.drawingFailed}{' '}
                <button type="button" onClick={canvasCode.retry}>
                  {t.retry}
                </button>
              </div>
            ) : null
          ) : null}
          {activeItem ? (
            // The one option the listbox points at (aria-activedescendant); focus stays on the plot.
            // biome-ignore lint/a11y/useFocusableInteractive: focus is on the listbox, by design
            <div
              role="option"
              id={ids.option}
              aria-selected={activeItem.event.id === selectedId}
              aria-posinset={activeItem.order + 1}
              aria-setsize={layout.items.length}
              className="sr-only"
            >
              {eventName(activeItem.event)}
              {focusedCluster
                ? `${t.listSeparator}${t.timeline.cluster(focusedCluster.items.length)} — ${t.timeline.clusterHint}`
                : null}
            </div>
          ) : null}
          {hover || focusedItem ? (
            <Suspense fallback={null}>
              <TimelineHoverCard
                hover={hover}
                focused={focusedItem}
                focusedCluster={focusedCluster}
                visible={visible}
                tops={geometry.tops}
                width={width}
                eventName={eventName}
              />
            </Suspense>
          ) : null}
          {measured !== null && visible.visible === 0 ? <p className="tl-empty">{t.timeline.empty}</p> : null}
        </div>
      </div>
      <div className="tl-overview-row" style={{ paddingInlineStart: gutter }}>
        {measured !== null ? (
          <TimelineOverview
            events={allEvents}
            extent={extent}
            width={width}
            window={domain}
            onBrush={(window) => {
              showWindow(window);
              props.onWindowChange(window);
            }}
          />
        ) : null}
      </div>
      <p id={ids.help} className="sr-only">
        {t.timeline.plotHelp}
      </p>
      <div className="tl-footer">
        <TimelineLegend types={legendTypes} />
        <UndatedTray events={layout.undated} selectedId={selectedId} onSelect={onSelect} />
      </div>
    </section>
  );
}
