import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRecordBytes } from '../data/read-record.ts';
import type { ArticleRecord } from '../model/article-schema.ts';
import { validateArticle } from '../model/validate-article.ts';
import { failureLines } from './failure-lines.ts';

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

/** Reads, decodes, parses and validates one file exactly as the app reads an opened file; never throws. */
export function readRecord(file: string): FileResult {
  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return {
        file,
        problems: [`${file}: (file): cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`],
      };
    }
    const result = readRecordBytes(file, bytes, validateArticle);
    return result.ok ? { file, record: result.record } : { file, problems: failureLines(result.failure) };
  } catch (error) {
    // A bug met on one file is reported with that file's name; the other files are still checked.
    return {
      file,
      problems: failureLines({ kind: 'internal', file, detail: String((error as Error)?.message ?? error) }),
    };
  }
}
