import { type GazetteerProblem, parseGazetteerFiles } from '../model/gazetteer.ts';
import type { Gazetteer } from '../model/gazetteer-schema.ts';

// Eager: the gazetteer is small next to the drafter that needs it, and whoever imports this module
// (the editor's worker, loaded lazily) wants all of it at once.
const modules = import.meta.glob<unknown>('../../data/gazetteer/*.json', { eager: true, import: 'default' });

/** The gazetteer bundled with the app, parsed once per module load, with any problems its files have. */
export function bundledGazetteer(): { gazetteer: Gazetteer; problems: GazetteerProblem[] } {
  cached ??= parseGazetteerFiles(
    Object.keys(modules)
      .sort()
      .map((path) => ({ name: path.replace('../../', ''), value: modules[path] })),
  );
  return cached;
}

let cached: { gazetteer: Gazetteer; problems: GazetteerProblem[] } | undefined;
