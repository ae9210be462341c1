import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../model/article-schema.ts';
import { validateArticle } from '../model/validate-article.ts';

/** The bundled corpus, used when no file is named. */
export const DEFAULT_DATA_DIR = 'data/articles';

/** One file's outcome: its record, or its problems already written as "file: path: message". */
export type FileResult = { file: string; record: ArticleRecord } | { file: string; problems: string[] };

/** Expands folders to the .json files in them, sorted; files are kept as named. */
export function expandFiles(args: string[]): string[] {
  const targets = args.length > 0 ? args : [DEFAULT_DATA_DIR];
  return targets.flatMap((target) => {
    try {
      if (statSync(target).isDirectory()) {
        return readdirSync(target)
          .filter((n) => n.endsWith('.json'))
          .sort()
          .map((n) => join(target, n));
      }
    } catch {
      // A missing path is reported by readRecord with the file's name.
    }
    return [target];
  });
}

/** Reads, parses and validates one file; never throws. */
export function readRecord(file: string): FileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      file,
      problems: [`${file}: (file): cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { file, problems: [`${file}: (record): not valid JSON: ${(error as Error).message}`] };
  }
  const result = validateArticle(value);
  return result.ok
    ? { file, record: result.record }
    : { file, problems: result.problems.map((p) => `${file}: ${p.path}: ${p.message}`) };
}
