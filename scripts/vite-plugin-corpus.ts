import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { articleJsonSchemaText } from '../src/model/article-json-schema.ts';
import { readCorpusFiles } from './corpus-files.ts';

/**
 * Serves the bundled corpus (data/articles) as data/index.json, one file per record and the shards
 * (records without paragraphs, packed, several to a file), in dev and in the build. The build stops on any invalid record, with the same messages as `rasd validate`.
 */
export function corpusPlugin(
  // RASD_DATA_DIR lets the benchmark build the same app over a synthetic corpus.
  dataDir = resolve(process.env.RASD_DATA_DIR ?? resolve(import.meta.dirname, '../data/articles')),
): Plugin {
  const files = () => {
    const corpus = readCorpusFiles(dataDir);
    const out = new Map<string, string>();
    out.set('data/index.json', `${JSON.stringify(corpus.index)}\n`);
    for (const { record, json } of corpus.records) out.set(`data/articles/${record.id}.json`, json);
    for (const [file, json] of corpus.shards) out.set(file, json);
    out.set('schema/article.schema.json', articleJsonSchemaText());
    return { out, problems: corpus.problems };
  };
  return {
    name: 'rasd-corpus',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const body = files().out.get(path);
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      const { out, problems } = files();
      if (problems.length > 0) this.error(`invalid article records:\n${problems.join('\n')}`);
      for (const [fileName, source] of out) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
