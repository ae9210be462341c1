import { retryableImport } from '../data/retryable-import.ts';
import { loadGraphModel } from '../state/use-participant-graph.ts';
import { retryingLazy } from '../ui/retrying-lazy.ts';

// The graph's view and the model that builds it are two chunks, loaded after the first screen. The view
// waits for both, so a failure of either reaches the error boundary around it, whose "Try again"
// (retryFailedLazies) fetches what failed.
const viewCode = retryableImport(() => import('./participant-graph.tsx'));
const graphCode = () => Promise.all([viewCode(), loadGraphModel()]).then(([view]) => view);

/** Loads the participant graph view and its model; a failed load is fetched again by the next call. */
export const loadGraphView = () => graphCode().then((m) => m.ParticipantGraphView);

/** The participant graph view, loaded on first use; one copy for every page part that shows it. */
export const LazyGraphView = retryingLazy(loadGraphView);

/** Draws nothing: shown while the graph's events are laid out, so a failed fetch is said then too. */
export const GraphCodeArrived = retryingLazy(() => graphCode().then(() => () => null));
