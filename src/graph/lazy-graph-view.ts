import { retryableImport } from '../data/retryable-import.ts';
import { loadGraphModel } from '../state/use-participant-graph.ts';

// The graph's view and the model that builds it are two chunks, loaded after the first screen. The view
// waits for both, so a failure of either is said where the view would be, and a try fetches what failed.
const viewCode = retryableImport(() => import('./participant-graph.tsx'));
const graphCode = () => Promise.all([viewCode(), loadGraphModel()]).then(([view]) => view);

/** Loads the participant graph view and its model; a failed load is fetched again by the next call. */
export const loadGraphView = () => graphCode().then((m) => m.ParticipantGraphView);
