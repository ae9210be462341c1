import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SHARDS_IN_FLIGHT } from '../src/data/fetch-bytes.ts';
import { articleJsonSchemaText } from '../src/model/article-json-schema.ts';
import type { CorpusIndex } from '../src/model/corpus-index.ts';
import { DAY_FORMAT, dateFormatOptions, localeOf } from '../src/model/format-date.ts';
import { SVG_LIMIT } from '../src/timeline/timeline-geometry.ts';
import { readCorpusFiles } from './corpus-files.ts';

/**
 * Serves the bundled corpus (data/articles) as data/index.json, one file per record and the shards
 * (records without paragraphs, packed, several to a file), and for a large corpus its word index
 * (data/words.bin), in dev and in the build. The build stops on any invalid record, with the same messages as `rasd validate`.
 */
export function corpusPlugin(
  // RASD_DATA_DIR lets the benchmark build the same app over a synthetic corpus.
  dataDir = resolve(process.env.RASD_DATA_DIR ?? resolve(import.meta.dirname, '../data/articles')),
): Plugin {
  const files = () => {
    const corpus = readCorpusFiles(dataDir);
    const out = new Map<string, string | Uint8Array>();
    out.set('data/index.json', `${JSON.stringify(corpus.index)}\n`);
    for (const { record, json } of corpus.records) out.set(`data/articles/${record.id}.json`, json);
    for (const [file, json] of corpus.shards) out.set(file, json);
    if (corpus.words) out.set(corpus.words.file, corpus.words.bytes);
    out.set('schema/article.schema.json', articleJsonSchemaText());
    return {
      out,
      problems: corpus.problems,
      early: earlyFiles(corpus.index),
      dense: corpus.events > SVG_LIMIT,
    };
  };
  // One reading of the records per build: the page and the bundle both want it (at 100,000 events
  // reading and packing them takes seconds). The dev server reads them again for every request.
  let built: ReturnType<typeof files> | null = null;
  const forBuild = () => {
    built = built ?? files();
    return built;
  };
  return {
    name: 'rasd-corpus',
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const body = files().out.get(path);
        if (body === undefined) return next();
        res.setHeader(
          'Content-Type',
          typeof body === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream',
        );
        res.end(body);
      });
    },
    transformIndexHtml: {
      // With Vite's own tags in place, before the first of them: an inline script after a stylesheet
      // link waits for that stylesheet, so the shards were asked for only once the CSS had arrived
      // (some 170 ms later on a throttled network). The preload scanner has found the scripts by then.
      order: 'post',
      handler(html, ctx) {
        const page = ctx.filename.replace(/.*\//, '');
        if (page === 'embed.html') return beforeModuleScript(html, formatWarmUpScript());
        if (page !== 'index.html') return html;
        const { early, dense } = ctx.server ? files() : forBuild();
        // A corpus with more events than the timeline draws as SVG opens on its canvas: the painter's
        // chunk (loaded on demand, so the embed of an article never fetches it) is asked for with the data.
        const painter = Object.values(ctx.bundle ?? {}).find(
          (chunk) =>
            chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/timeline/timeline-canvas.tsx'),
        );
        const script = earlyFetchScript(early, dense && painter ? [painter.fileName] : []);
        return beforeModuleScript(html, `${script}${formatWarmUpScript()}`);
      },
    },
    generateBundle() {
      const { out, problems } = forBuild();
      built = null;
      if (problems.length > 0) this.error(`invalid article records:\n${problems.join('\n')}`);
      for (const [fileName, source] of out) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * The files the page asks for before its scripts run: the entities file first (every shard's entities
 * are looked up in it, and behind 26 shards, at 100,000 events on six connections, it was asked for
 * last, at 1.3 s), then the shards the app fetches first: it fetches them in turn, SHARDS_IN_FLIGHT at
 * a time, and the rest follow as those arrive.
 */
export function earlyFiles(index: Pick<CorpusIndex, 'entities' | 'shards'>): string[] {
  const first = (index.shards ?? []).slice(0, SHARDS_IN_FLIGHT);
  return [...(index.entities ? [index.entities.file] : []), ...first.map((shard) => shard.file)];
}

/** `scripts` (inline script tags) before the page's module script, else at the end of its head. */
function beforeModuleScript(html: string, scripts: string): string {
  const at = html.indexOf('<script type="module"');
  return at < 0
    ? html.replace('</head>', `${scripts}  </head>`)
    : `${html.slice(0, at)}${scripts.trimStart()}    ${html.slice(at)}`;
}

/**
 * An inline script that makes the page language's first number and date formats while the scripts
 * download. A renderer's first Intl.NumberFormat loads ICU's locale data: 13–19 ms in Chromium (the
 * next one 0.2 ms), the first date format 2.5 ms more, and both fell in the render that first draws
 * the timeline, when nothing else can run. Here the main thread would otherwise wait for the network.
 */
export function formatWarmUpScript(): string {
  return `  <script>
      (() => {
        const locale = new URLSearchParams(location.search).get("lang") === "en" ? ${JSON.stringify(localeOf('en'))} : ${JSON.stringify(localeOf('ar'))};
        new Intl.NumberFormat(locale).format(0);
        new Intl.DateTimeFormat(locale, ${JSON.stringify(dateFormatOptions(DAY_FORMAT))}).format(0);
      })();
    </script>
`;
}

/**
 * An inline script for the explorer's page that starts fetching the first shards and the entities file
 * while the scripts load (preload links, which the app's own fetches of the same files then use), when
 * the address wants every bundled article: not for `bundled=no` or an `article=` link, which read other
 * files. Without it the shards were asked for only once the app had run and read the index: at 10,000
 * events the main thread then waited some 70 ms with nothing to do.
 */
export function earlyFetchScript(files: readonly string[], modules: readonly string[] = []): string {
  return `  <script>
      (() => {
        const query = new URLSearchParams(location.search);
        if (query.get("bundled") === "no" || (query.get("article") ?? "") !== "") return;
        for (const file of ${JSON.stringify(files)}) {
          const link = document.createElement("link");
          link.rel = "preload";
          link.as = "fetch";
          link.crossOrigin = "anonymous";
          link.href = file;
          document.head.append(link);
        }
        for (const file of ${JSON.stringify(modules)}) {
          const link = document.createElement("link");
          link.rel = "modulepreload";
          link.href = file;
          link.dataset.rasdPainter = "";
          document.head.append(link);
        }
      })();
    </script>
`;
}
