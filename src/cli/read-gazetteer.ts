import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GazetteerProblem, parseGazetteerFiles } from '../model/gazetteer.ts';
import type { Gazetteer } from '../model/gazetteer-schema.ts';

/** Where the gazetteer's files live, relative to the project root. */
export const DEFAULT_GAZETTEER_DIR = 'data/gazetteer';

/**
 * Reads every .json file in `dir` (default data/gazetteer) in name order, parses and checks them;
 * never throws. A file that cannot be read or is not JSON is one problem naming it.
 */
export function readGazetteer(dir = DEFAULT_GAZETTEER_DIR): {
  gazetteer: Gazetteer;
  problems: GazetteerProblem[];
} {
  const problems: GazetteerProblem[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    problems.push({ file: dir, path: '(folder)', message: `cannot be read: ${code}` });
  }
  const files: { name: string; value: unknown }[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      files.push({ name: file, value: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (error) {
      problems.push({ file, path: '(file)', message: `not readable JSON: ${(error as Error).message}` });
    }
  }
  const parsed = parseGazetteerFiles(files);
  return { gazetteer: parsed.gazetteer, problems: [...problems, ...parsed.problems] };
}
