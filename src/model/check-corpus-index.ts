import type { ArticleList, CorpusIndex } from './corpus-index.ts';
import type { Problem } from './validate-article.ts';

// The index is a build artifact, written by scripts/corpus-files.ts from validated records: its check
// guards against a stale or hand-edited file, not hostile input, so a few lines do what a schema
// library did, without fetching that library before the first draw.

/**
 * Where a value sits, as a chain to the root: built one link per field as the check descends, and
 * spelled out only for a problem (at 100,000 events the index has some 300,000 fields to check).
 */
type Path = { up: Path; key: string } | null;

type Check = (value: unknown, path: Path, problems: Problem[]) => void;

const at = (up: Path, key: string): Path => ({ up, key });

function spell(path: Path): string {
  const keys: string[] = [];
  for (let link = path; link; link = link.up) keys.push(link.key);
  return keys.length === 0 ? '(index)' : keys.reverse().join('.');
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function report(problems: Problem[], path: Path, message: string): void {
  problems.push({ path: spell(path), message });
}

const string: Check = (value, path, problems) => {
  if (typeof value !== 'string') report(problems, path, `expected a string, got ${kindOf(value)}`);
};

const count: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(problems, path, `expected a number, got ${kindOf(value)}`);
  }
};

const SHA256 = /^[0-9a-f]{64}$/;

const sha256: Check = (value, path, problems) => {
  if (typeof value !== 'string') report(problems, path, `expected a string, got ${kindOf(value)}`);
  else if (!SHA256.test(value)) {
    report(problems, path, 'expected a SHA-256: 64 lowercase hexadecimal digits');
  }
};

const oneOf =
  (...allowed: string[]): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      report(problems, path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
  };

const list =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) report(problems, path, `expected an array, got ${kindOf(value)}`);
    else for (let i = 0; i < value.length; i++) item(value[i], at(path, String(i)), problems);
  };

/** An object with exactly these fields; `?` after a name makes it optional. */
const object = (shape: Record<string, Check>): Check => {
  const fields = new Map(
    Object.entries(shape).map(([name, check]) => [
      name.replace(/\?$/, ''),
      { check, optional: name.endsWith('?') },
    ]),
  );
  return (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(problems, path, `expected an object, got ${kindOf(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [name, { check, optional }] of fields) {
      const present = Object.hasOwn(record, name);
      if (present || !optional) check(present ? record[name] : undefined, at(path, name), problems);
    }
    for (const name of Object.keys(record)) {
      if (!fields.has(name)) report(problems, at(path, name), `unknown field "${name}"`);
    }
  };
};

const entry = object({
  id: string,
  file: string,
  headline: string,
  source: object({ ar: string, en: string }),
  published: string,
  language: oneOf('ar', 'en'),
  counts: object({ events: count, entities: count, paragraphs: count }),
  'sha256?': sha256,
});

const hashedFile = object({ file: string, sha256 });

const indexSchema = object({
  'articles?': list(entry),
  'list?': hashedFile,
  'shards?': list(object({ file: string, sha256, articles: list(string) })),
  'entities?': hashedFile,
  'words?': hashedFile,
});

const listSchema = object({ articles: list(entry) });

/** The corpus index when `value` has its shape, else every problem with its path and what was expected. */
export function checkCorpusIndex(
  value: unknown,
): { ok: true; index: CorpusIndex } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  indexSchema(value, null, problems);
  if (problems.length === 0) {
    const { articles, list } = value as CorpusIndex;
    // Without the lines or the file that holds them, no article can be listed or read.
    if (!articles && !list) report(problems, at(null, 'articles'), 'expected an array, got nothing');
  }
  return problems.length === 0 ? { ok: true, index: value as CorpusIndex } : { ok: false, problems };
}

/** The list file's lines when `value` has its shape, else every problem (see checkCorpusIndex). */
export function checkArticleList(
  value: unknown,
): { ok: true; list: ArticleList } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  listSchema(value, null, problems);
  return problems.length === 0 ? { ok: true, list: value as ArticleList } : { ok: false, problems };
}
